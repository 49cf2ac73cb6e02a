/**
 * libxml2's XSD messages, rewritten in terms of the input. libxml2 says where in the generated XML a
 * rule broke ("/report/transaction[2]/t_from/from_person", line 57) and what it expected there; the
 * analyst needs the field of the case to fix ("transactions[1].from.person.last_name: missing
 * (required by goAML t_person)"). The element tree remembers each element's input field
 * (xml-tree.ts); the schema index says which expected elements are mandatory (schema-index.ts).
 */
import type { ErrorDetail } from 'libxml2-wasm';
import type { ReportIssue } from './build-context.js';
import type { SchemaIndex } from './schema-index.js';
import { joinPath, normaliseXPath, pathIndex, type Located, type XNode } from './xml-tree.js';

const NOT_EXPECTED = /^Element '([^']+)': This element is not expected\.(?: Expected is (?:one of )?\( ([^)]*) \))?/;
const MISSING_CHILD = /^Element '([^']+)': Missing child element\(s\)\. Expected is (?:one of )?\( ([^)]*) \)/;
const FACET = /^Element '([^']+)': \[facet '([^']+)'\] (.*)$/;
const ATOMIC = /^Element '([^']+)': '([^']*)' is not a valid value of the (local )?atomic type(?: '([^']+)')?/;
const FIXED = /^Element '([^']+)': The value '([^']*)' does not match the fixed value constraint '([^']*)'/;

const NON_LATIN = /[^\u0000-\u024F]/;

function parentXPath(xpath: string): string {
  return xpath.slice(0, xpath.lastIndexOf('/')) || '/';
}

export class SchemaErrorMapper {
  private readonly located: Map<string, Located>;

  constructor(
    root: XNode,
    private readonly index: SchemaIndex,
  ) {
    this.located = new Map([...pathIndex(root)].map(([k, v]) => [normaliseXPath(k), v]));
  }

  private at(xpath: string | undefined): Located | undefined {
    if (!xpath) return undefined;
    let p = normaliseXPath(xpath);
    // An XPath the tree does not know (should not happen) falls back to its nearest known ancestor.
    while (p.length > 1) {
      const hit = this.located.get(p);
      if (hit) return hit;
      p = parentXPath(p);
    }
    return undefined;
  }

  private typeLabel(xpath: string): string {
    return this.index.typeAt(normaliseXPath(xpath))?.label ?? xpath.split('/').pop() ?? 'report';
  }

  map(details: readonly ErrorDetail[]): ReportIssue[] {
    const issues: ReportIssue[] = [];
    const facetAt = new Set<string>();
    for (const d of details) {
      const message = d.message.trim();
      const xsd = { message, line: d.line, ...(d.xpath ? { xpath: d.xpath } : {}) };
      const push = (field: string, text: string) => issues.push({ field, message: text, source: 'schema', xsd });
      const here = this.at(d.xpath);
      const field = here?.path ?? '';

      const missing = MISSING_CHILD.exec(message);
      if (missing && d.xpath && here) {
        for (const [f, text] of this.missingChildren(d.xpath, here, missing[2]!.split(', '), undefined)) push(f, text);
        continue;
      }
      const unexpected = NOT_EXPECTED.exec(message);
      if (unexpected && d.xpath) {
        const parent = this.at(parentXPath(d.xpath));
        if (parent && unexpected[2]) {
          for (const [f, text] of this.missingChildren(parentXPath(d.xpath), parent, unexpected[2].split(', '), { name: unexpected[1]!, field })) push(f, text);
        } else {
          push(field, `${unexpected[1]} is not allowed here by goAML ${parent ? this.typeLabel(parentXPath(d.xpath)) : 'report'}`);
        }
        continue;
      }
      const facet = FACET.exec(message);
      if (facet) {
        facetAt.add(d.xpath ?? '');
        push(field, this.facetText(facet[1]!, facet[2]!, facet[3]!, d.xpath));
        continue;
      }
      const atomic = ATOMIC.exec(message);
      if (atomic) {
        // libxml2 follows every facet error with a generic "not a valid value" for the same element.
        if (atomic[3] && facetAt.has(d.xpath ?? '')) continue;
        const type = atomic[4];
        const what = type === 'sql_date' ? 'a goAML date-time (YYYY-MM-DDTHH:MM:SS, not before 1753)' : type ? `a valid ${type}` : 'a valid value';
        push(field, `"${atomic[2]}" is not ${what}`);
        continue;
      }
      const fixed = FIXED.exec(message);
      if (fixed) {
        push(field, `"${fixed[2]}" must be "${fixed[3]}" (goAML fixes this value)`);
        continue;
      }
      push(field, message);
    }
    return issues;
  }

  private facetText(element: string, facet: string, detail: string, xpath: string | undefined): string {
    const type = xpath ? this.typeLabel(parentXPath(xpath)) : 'report';
    if (facet === 'pattern') {
      const value = /The value '(.*)' is not accepted/.exec(detail)?.[1] ?? '';
      const pattern = /by the pattern '(.*)'\.?$/.exec(detail)?.[1] ?? '';
      const hint = NON_LATIN.test(value)
        ? `; this FIU takes Latin script only in ${element}: give the transliteration here and the original-script name in full_name_frn (persons) or name_frn (entities)`
        : '';
      return `"${value}" is not accepted by the FIU's pattern ${pattern} for goAML ${type}.${element}${hint}`;
    }
    if (facet === 'enumeration') {
      const value = /The value '(.*)' is not an element of the set/.exec(detail)?.[1] ?? '';
      return `"${value}" is not a code this FIU's schema accepts for goAML ${type}.${element} (see the profile's lookups)`;
    }
    return `${detail} (goAML ${type}.${element}, facet ${facet})`;
  }

  /**
   * Which of the elements libxml2 expected are actually mandatory and absent; when none is, the
   * element that stopped validation (`culprit`) is out of the XSD's order.
   */
  private missingChildren(xpath: string, parent: Located, expected: string[], culprit: { name: string; field: string } | undefined): [string, string][] {
    const type = this.index.typeAt(normaliseXPath(xpath));
    const label = type?.label ?? xpath.split('/').pop() ?? 'report';
    const present = new Set(parent.node.children.map((c) => c.name));
    const fieldOf = (name: string) => parent.node.fieldNames?.[name] ?? name;
    const out: [string, string][] = [];
    for (const name of expected) {
      const decl = type?.children.find((c) => c.name === name);
      if (decl?.required && !present.has(name)) out.push([joinPath(parent.path, fieldOf(name)), `missing (required by goAML ${label})`]);
    }
    for (const group of type?.choices ?? []) {
      if (!group.some((n) => expected.includes(n)) || group.some((n) => present.has(n))) continue;
      const fields = [...new Set(group.map(fieldOf))];
      // t_to | t_to_my_client are both the input's "to": then the field itself is what is missing.
      if (fields.length === 1) out.push([joinPath(parent.path, fields[0]!), `missing (required by goAML ${label}: ${group.join(' | ')})`]);
      else out.push([parent.path, `missing one of ${fields.join(', ')} (required by goAML ${label}: ${group.join(' | ')})`]);
    }
    if (out.length > 0) return out;
    if (culprit === undefined) {
      return [[parent.path, `missing one of ${[...new Set(expected.map(fieldOf))].join(', ')} (required by goAML ${label})`]];
    }
    return [[culprit.field, `${culprit.name} is out of order in goAML ${label}: at this point the schema expects one of ${expected.join(', ')}`]];
  }
}
