import type { PartyName, SanctionedParty } from './model.js';

/**
 * The difference between two versions of one list: parties added, removed, and amended with the
 * fields that changed. Parties are matched by their stable id (source + reference number).
 *
 * Set-like fields (aliases, nationalities, documents, ...) are compared as sets: a publisher that
 * re-orders the same aliases has not amended the record. Every field of the canonical model takes
 * part, including `extra`, so no change in the source goes unreported.
 */
export interface FieldChange {
  field: DiffField;
  /** Values only in the old version / only in the new one (set fields), or the old/new value. */
  removed: string[];
  added: string[];
}

export interface AmendedParty {
  ref: string;
  id: string;
  caption: string;
  fields: DiffField[];
  changes: FieldChange[];
  /** True when a field that screening uses changed (see IDENTIFYING_FIELDS): such a party is re-screened. */
  identifying: boolean;
}

export interface ListDiff {
  added: string[];
  removed: string[];
  amended: AmendedParty[];
}

/** The fields a diff reports, in a fixed order. */
export const DIFF_FIELDS = [
  'kind',
  'name',
  'nameParts',
  'aliases',
  'originalScriptNames',
  'listType',
  'programs',
  'titles',
  'designations',
  'genders',
  'nationalities',
  'birthDates',
  'birthPlaces',
  'documents',
  'addresses',
  'vessel',
  'listedOn',
  'amendedOn',
  'comments',
  'sourceId',
  'sourceRecordVersion',
  'extra',
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

/**
 * Fields that screening reads. An amendment touching only the others (a narrative comment, an
 * amendment date, a designation) changes no match, so it need not trigger a re-screen; it is still
 * reported. Between the UN lists of 2017-07-03 and 2026-01-28, 625 of 676 amendments touch comments.
 */
export const IDENTIFYING_FIELDS: ReadonlySet<DiffField> = new Set<DiffField>([
  'kind',
  'name',
  'nameParts',
  'aliases',
  'originalScriptNames',
  'genders',
  'nationalities',
  'birthDates',
  'birthPlaces',
  'documents',
  'addresses',
  'vessel',
]);

/** Stable JSON: object keys sorted, so equal values always serialise alike. */
function stable(value: unknown): string {
  if (value === undefined) return '';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stable(obj[k])}`).join(',')}}`;
}

function aliasText(n: PartyName): string {
  // The full alias record matters (a quality change Good -> Low is an amendment), not just the text.
  return stable({ full: n.full, quality: n.quality, note: n.note, birthDate: n.birthDate, birthCity: n.birthCity, birthCountry: n.birthCountry });
}

/** Each field as a set of canonical strings (a scalar field is a set of at most one). */
export function fieldValues(p: SanctionedParty): Record<DiffField, string[]> {
  const primary = p.names.find((n) => n.type === 'primary');
  const one = (v: string | undefined): string[] => (v === undefined || v === '' ? [] : [v]);
  return {
    kind: [p.kind],
    name: one(p.caption),
    nameParts: primary?.parts ? [stable(primary.parts)] : [],
    aliases: p.names.filter((n) => n.type === 'alias').map(aliasText),
    originalScriptNames: p.names.filter((n) => n.type === 'original-script').map(aliasText),
    listType: one(p.listType),
    programs: [...p.programs],
    titles: [...p.titles],
    designations: [...p.designations],
    genders: [...p.genders],
    nationalities: [...p.nationalities],
    birthDates: p.birthDates.map(stable),
    birthPlaces: p.birthPlaces.map(stable),
    documents: p.documents.map(stable),
    addresses: p.addresses.map(stable),
    vessel: p.vessel ? [stable(p.vessel)] : [],
    listedOn: one(p.listedOn),
    amendedOn: [...p.amendedOn],
    comments: one(p.comments),
    sourceId: one(p.sourceId),
    sourceRecordVersion: one(p.sourceRecordVersion),
    extra: p.extra.map(stable),
  };
}

/** Multiset difference a \ b, keeping duplicates that appear more often in a than in b. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const c = counts.get(x) ?? 0;
    if (c > 0) counts.set(x, c - 1);
    else out.push(x);
  }
  return out.sort();
}

export function diffParty(before: SanctionedParty, after: SanctionedParty): FieldChange[] {
  const a = fieldValues(before);
  const b = fieldValues(after);
  const changes: FieldChange[] = [];
  for (const field of DIFF_FIELDS) {
    const removed = minus(a[field], b[field]);
    const added = minus(b[field], a[field]);
    if (removed.length > 0 || added.length > 0) changes.push({ field, removed, added });
  }
  return changes;
}

function byRef(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function diffLists(before: readonly SanctionedParty[], after: readonly SanctionedParty[]): ListDiff {
  const old = new Map(before.map((p) => [p.id, p]));
  const neu = new Map(after.map((p) => [p.id, p]));
  const added: string[] = [];
  const removed: string[] = [];
  const amended: AmendedParty[] = [];
  for (const [id, p] of neu) {
    const prev = old.get(id);
    if (!prev) {
      added.push(p.referenceNumber);
      continue;
    }
    const changes = diffParty(prev, p);
    if (changes.length > 0) {
      const fields = changes.map((c) => c.field);
      amended.push({ ref: p.referenceNumber, id, caption: p.caption, fields, changes, identifying: fields.some((f) => IDENTIFYING_FIELDS.has(f)) });
    }
  }
  for (const [id, p] of old) if (!neu.has(id)) removed.push(p.referenceNumber);
  added.sort(byRef);
  removed.sort(byRef);
  amended.sort((x, y) => byRef(x.ref, y.ref));
  return { added, removed, amended };
}
