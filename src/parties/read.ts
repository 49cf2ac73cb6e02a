import { parseCsvWithHeader, CsvError } from '../util/csv.js';
import { QUERY_PROPERTIES, QueryError, parseQuery } from '../matching/query.js';
import type { PartyInput } from '../store/parties-repo.js';
import type { PartyProperties } from '../store/schema/parties.js';

/**
 * Reading the organisation's parties (customers, beneficial owners, counterparties) from CSV or JSON
 * Lines. The columns are the screening query's property names (docs/matching.md) plus `id`, the
 * organisation's own identifier, which is the upsert key.
 *
 * Every record goes through parseQuery, the same validation a screening request gets, so a party that
 * is stored can always be screened: a party that could not be screened would be a silent gap.
 * One bad record does not stop the others; it is reported with its line and nothing is stored for it.
 */
export type PartyFileFormat = 'csv' | 'jsonl';

export interface PartyRecordError {
  line: number;
  message: string;
}

export interface ReadPartiesResult {
  parties: (PartyInput & { line: number })[];
  errors: PartyRecordError[];
}

/** Longest organisation id kept: ids are keys, not documents. */
const MAX_ORG_ID = 200;

/** The format from a file name or a content type; JSON Lines unless it says CSV. */
export function partyFormatOf(nameOrType: string): PartyFileFormat {
  return /csv/i.test(nameOrType) ? 'csv' : 'jsonl';
}

function toInput(raw: Record<string, unknown>, line: number): PartyInput & { line: number } {
  const id = raw.id;
  if (typeof id !== 'string' && typeof id !== 'number') throw new QueryError(`line ${line}: id: the organisation's id is required (a string)`, 'id');
  const orgId = String(id).trim();
  if (orgId === '' || orgId.length > MAX_ORG_ID) throw new QueryError(`line ${line}: id: must be 1-${MAX_ORG_ID} characters`, 'id');
  const query = parseQuery(raw, `line ${line}`);
  // Only the known properties are kept, copied into a fresh object: nothing else from the input
  // (an "__proto__" key, the caller's own columns) reaches the database.
  const properties: PartyProperties = { name: query.name };
  for (const p of QUERY_PROPERTIES) {
    if (p === 'name') continue;
    if (query[p].length > 0) properties[p] = query[p];
  }
  return { orgId, schema: query.schema, properties, line };
}

function collect(records: Iterable<{ line: number; raw: unknown }>): ReadPartiesResult {
  const result: ReadPartiesResult = { parties: [], errors: [] };
  const seen = new Map<string, number>();
  for (const { line, raw } of records) {
    try {
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new QueryError(`line ${line}: a party must be a JSON object`);
      const input = toInput(raw as Record<string, unknown>, line);
      const first = seen.get(input.orgId);
      // The same id twice in one file is ambiguous (which one is the customer?): neither wins silently.
      if (first !== undefined) throw new QueryError(`line ${line}: id ${JSON.stringify(input.orgId)} appears already on line ${first}`, 'id');
      seen.set(input.orgId, line);
      result.parties.push(input);
    } catch (err) {
      if (!(err instanceof QueryError)) throw err;
      result.errors.push({ line, message: err.message });
    }
  }
  return result;
}

function* jsonLines(text: string): Generator<{ line: number; raw: unknown }> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const body = lines[i]!.trim();
    if (body === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch (err) {
      raw = new Error(`line ${i + 1}: not JSON: ${(err as Error).message}`);
    }
    yield { line: i + 1, raw };
  }
}

function* csvRows(text: string): Generator<{ line: number; raw: unknown }> {
  const { rows } = parseCsvWithHeader(text);
  for (const row of rows) {
    const raw: Record<string, unknown> = {};
    for (const [key, cell] of Object.entries(row.values)) {
      if (cell.trim() === '') continue;
      // Several values share one cell, separated by ";" (as in watch lists). id and schema are single.
      Object.defineProperty(raw, key, { value: key === 'id' || key === 'schema' ? cell : cell.split(';'), enumerable: true, writable: true, configurable: true });
    }
    yield { line: row.line, raw };
  }
}

export function readParties(text: string, format: PartyFileFormat): ReadPartiesResult {
  if (format === 'csv') {
    try {
      return collect(csvRows(text));
    } catch (err) {
      if (err instanceof CsvError) return { parties: [], errors: [{ line: err.line, message: err.message }] };
      throw err;
    }
  }
  const records = [...jsonLines(text)];
  const result = collect(records.filter((r) => !(r.raw instanceof Error)));
  for (const r of records) if (r.raw instanceof Error) result.errors.push({ line: r.line, message: r.raw.message });
  result.errors.sort((a, b) => a.line - b.line);
  return result;
}
