/**
 * Validation of goAML XML against the FIU's XSD, in process with libxml2-wasm (no native build, no
 * external tool), before anything is exported. Parsing the 7,000-line schema takes about half a
 * second, so each schema is compiled once per process and reused.
 *
 * `validateGoamlXml` checks any XML (the FIU's samples, a file from elsewhere) and returns libxml2's
 * own findings; `buildValidatedGoaml` builds from a case and reports every problem against the
 * case's fields: the profile's required fields, malformed input, and the XSD's errors mapped back.
 */
import { readFile } from 'node:fs/promises';
import { XmlDocument, XmlLibError, XsdValidator, type ErrorDetail } from 'libxml2-wasm';
import type { ReportIssue } from './build-context.js';
import type { LoadedProfile } from './fiu-profile.js';
import { buildGoaml } from './goaml.js';
import type { GoamlReportInput } from './goaml-input.js';
import { checkRequiredFields } from './required-fields.js';
import { SchemaErrorMapper } from './schema-errors.js';
import { SchemaIndex } from './schema-index.js';

interface CompiledSchema {
  /** Kept referenced: libxml2-wasm frees a document once its wrapper is garbage-collected. */
  xsd: XmlDocument;
  validator: XsdValidator;
  index: SchemaIndex;
}

const compiled = new Map<string, Promise<CompiledSchema>>();

/** The compiled schema for a file, shared by every report that uses it in this process. */
export function compileSchema(schemaPath: string): Promise<CompiledSchema> {
  let entry = compiled.get(schemaPath);
  if (!entry) {
    entry = (async () => {
      // The XSD document stays alive with the validator: the index reads it on demand.
      const xsd = XmlDocument.fromBuffer(await readFile(schemaPath), { url: schemaPath });
      return { xsd, validator: XsdValidator.fromDoc(xsd), index: new SchemaIndex(xsd) };
    })();
    compiled.set(schemaPath, entry);
    entry.catch(() => compiled.delete(schemaPath));
  }
  return entry;
}

/** libxml2's findings for an XML document; empty when it is valid. Malformed XML is a finding too. */
export async function validateGoamlXml(xml: string | Uint8Array, schemaPath: string): Promise<ErrorDetail[]> {
  const { validator } = await compileSchema(schemaPath);
  let doc: XmlDocument;
  try {
    doc = typeof xml === 'string' ? XmlDocument.fromString(xml) : XmlDocument.fromBuffer(xml);
  } catch (err) {
    if (err instanceof XmlLibError) return err.details;
    throw err;
  }
  try {
    validator.validate(doc);
    return [];
  } catch (err) {
    if (err instanceof XmlLibError) return err.details;
    throw err;
  } finally {
    doc.dispose();
  }
}

export interface GoamlResult {
  ok: boolean;
  xml: string;
  reportCode: string;
  issues: ReportIssue[];
}

function related(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

/**
 * One problem, one line: a malformed date is reported by the input check, and its element is then
 * absent, which the XSD reports again as "missing"; the second report is dropped.
 */
function dedupe(issues: ReportIssue[]): ReportIssue[] {
  const inputFields = issues.filter((i) => i.source !== 'schema').map((i) => i.field);
  const seen = new Set<string>();
  return issues.filter((i) => {
    if (i.source === 'schema' && inputFields.some((f) => related(f, i.field))) return false;
    const key = `${i.field}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Build the report and validate it; `ok` only when the profile, the input and the XSD all agree. */
export async function buildValidatedGoaml(input: GoamlReportInput, profile: LoadedProfile, now: Date = new Date()): Promise<GoamlResult> {
  const required = checkRequiredFields(input, profile.requiredFields, profile.id);
  const built = buildGoaml(input, profile, now);
  const { index } = await compileSchema(profile.schemaPath);
  const details = await validateGoamlXml(built.xml, profile.schemaPath);
  // Indexing every element's path costs time on large reports: only done when there is an error to map.
  const schemaIssues = details.length > 0 ? new SchemaErrorMapper(built.root, index).map(details) : [];
  const issues = dedupe([...required, ...built.issues, ...schemaIssues]);
  return { ok: issues.length === 0, xml: built.xml, reportCode: built.reportCode, issues };
}

export function formatIssue(i: ReportIssue): string {
  const where = i.xsd ? ` [XSD line ${i.xsd.line}${i.xsd.xpath ? ` ${i.xsd.xpath}` : ''}]` : '';
  return `${i.field || '(report)'}: ${i.message}${where}`;
}

/** Refusal to export a report that does not validate; the message lists every issue by field. */
export class ReportRefusedError extends Error {
  constructor(
    readonly kind: string,
    readonly issues: readonly ReportIssue[],
  ) {
    super(`${kind} refused, ${issues.length} problem(s):\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    this.name = 'ReportRefusedError';
  }
}

/** The XML, or a ReportRefusedError naming each field at fault. */
export async function exportGoaml(input: GoamlReportInput, profile: LoadedProfile, now: Date = new Date()): Promise<GoamlResult> {
  const result = await buildValidatedGoaml(input, profile, now);
  if (!result.ok) throw new ReportRefusedError(`goAML ${result.reportCode} report`, result.issues);
  return result;
}
