/**
 * Evidence beyond names. Each item is a log-odds weight (weights.ts EVIDENCE) with a sign: positive
 * when the query and the record agree, negative when they clearly disagree, absent when either side
 * says nothing. A field the query did not give never costs anything.
 */
import type { BirthDate, SanctionedParty } from '../lists/model.js';
import type { PreparedFacts, PreparedQuery } from './prepared.js';
import { schemaKind } from './prepared.js';
import { EVIDENCE } from './weights.js';

export type EvidenceKind = 'birthDate' | 'nationality' | 'country' | 'gender' | 'document' | 'imoNumber' | 'kind' | 'aliasQuality' | 'koreanSyllables';

export interface EvidenceItem {
  kind: EvidenceKind;
  /** What the comparison found, in words an analyst reads: "same year", "years apart" ... */
  outcome: string;
  /** Log-odds added to the name evidence; its sign says for or against. */
  weight: number;
  sign: '+' | '-';
  query?: string;
  listed?: string;
}

function item(kind: EvidenceKind, outcome: string, weight: number, query?: string, listed?: string): EvidenceItem {
  const out: EvidenceItem = { kind, outcome, weight, sign: weight >= 0 ? '+' : '-' };
  // Set only when given (absent, not undefined), in this order: the items are serialised as they are.
  if (query !== undefined) out.query = query;
  if (listed !== undefined) out.listed = listed;
  return out;
}

interface DatePoint {
  year: number;
  month?: number;
  day?: number;
}

function parseDate(text: string | undefined): DatePoint | undefined {
  if (!text) return undefined;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text);
  if (!m) return undefined;
  const p: DatePoint = { year: Number(m[1]) };
  if (m[2]) p.month = Number(m[2]);
  if (m[2] && m[3]) p.day = Number(m[3]);
  return p;
}

function describe(b: BirthDate): string {
  if (b.kind === 'between') return `between ${b.from ?? '?'} and ${b.to ?? '?'}`;
  return b.kind === 'approximately' ? `approximately ${b.date ?? '?'}` : (b.date ?? '?');
}

/**
 * One query date against one listed birth date. A year-only date is a year: it agrees with every day
 * of that year and never stands for 1 January.
 */
export function compareBirthDate(queryDate: string, listed: BirthDate): { outcome: string; weight: number } | undefined {
  const q = parseDate(queryDate);
  if (!q) return undefined;
  if (listed.kind === 'between') {
    const from = parseDate(listed.from);
    const to = parseDate(listed.to);
    if (!from && !to) return undefined;
    const lo = from?.year ?? (to as DatePoint).year;
    const hi = to?.year ?? lo;
    if (q.year >= lo && q.year <= hi) return { outcome: 'within the listed range', weight: EVIDENCE.birthInRange };
    const gap = q.year < lo ? lo - q.year : q.year - hi;
    return gap <= 1 ? { outcome: 'one year outside the listed range', weight: 0 } : { outcome: 'outside the listed range', weight: EVIDENCE.birthMismatch };
  }
  const l = parseDate(listed.date);
  if (!l) return undefined;
  if (listed.kind === 'approximately') {
    const gap = Math.abs(q.year - l.year);
    if (gap === 0) return { outcome: 'same year as an approximate date', weight: EVIDENCE.birthSameYear };
    if (gap <= EVIDENCE.approximateYears) return { outcome: `within ${EVIDENCE.approximateYears} years of an approximate date`, weight: EVIDENCE.birthInRange };
    if (gap === EVIDENCE.approximateYears + 1) return { outcome: 'just outside an approximate date', weight: 0 };
    return { outcome: 'far from an approximate date', weight: EVIDENCE.birthMismatch };
  }
  if (q.year !== l.year) {
    const gap = Math.abs(q.year - l.year);
    return gap === 1 ? { outcome: 'years one apart', weight: EVIDENCE.birthMismatch / 2 } : { outcome: 'years apart', weight: EVIDENCE.birthMismatch };
  }
  if (q.month === undefined || l.month === undefined) return { outcome: 'same year', weight: EVIDENCE.birthSameYear };
  if (q.month !== l.month) return { outcome: 'same year, different month', weight: EVIDENCE.birthSameYearOtherDay };
  if (q.day === undefined || l.day === undefined) return { outcome: 'same month', weight: EVIDENCE.birthSameMonth };
  if (q.day !== l.day) return { outcome: 'same month, different day', weight: EVIDENCE.birthSameYearOtherDay };
  return { outcome: 'same date', weight: EVIDENCE.birthSameDay };
}

function birthEvidence(query: PreparedFacts, listed: PreparedFacts): EvidenceItem | undefined {
  let best: EvidenceItem | undefined;
  for (const qd of query.birthDates) {
    if (!qd.date) continue;
    for (const ld of listed.birthDates) {
      const r = compareBirthDate(qd.date, ld);
      if (!r) continue;
      // The best agreement counts: a party listed with several dates is any one of them.
      if (!best || r.weight > best.weight) best = item('birthDate', r.outcome, r.weight, qd.date, describe(ld));
    }
  }
  return best;
}

function overlap(a: readonly string[], b: readonly string[]): string | undefined {
  return a.find((x) => b.includes(x));
}

function countryEvidence(pq: PreparedQuery, listed: PreparedFacts): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  const qn = pq.facts.nationalities;
  if (qn.length > 0) {
    // Nationality against nationality when the record has one; otherwise against any country of the record.
    const against = listed.nationalities.length > 0 ? listed.nationalities : listed.countries;
    if (against.length > 0) {
      const hit = overlap(qn, against);
      if (listed.nationalities.length > 0) {
        out.push(hit ? item('nationality', 'same nationality', EVIDENCE.nationalityMatch, hit, hit) : item('nationality', 'different nationality', EVIDENCE.nationalityMismatch, qn.join(','), against.join(',')));
      } else {
        out.push(hit ? item('country', 'nationality is a country of the record', EVIDENCE.countryMatch, hit, hit) : item('country', 'nationality is not a country of the record', EVIDENCE.countryMismatch, qn.join(','), against.join(',')));
      }
    }
  }
  const qc = pq.queryCountries;
  if (qc.length > 0 && listed.countries.length > 0) {
    const hit = overlap(qc, listed.countries);
    out.push(hit ? item('country', 'country connected with the record', EVIDENCE.countryMatch, hit, hit) : item('country', 'no country in common', EVIDENCE.countryMismatch, qc.join(','), listed.countries.join(',')));
  }
  return out;
}

function genderEvidence(query: PreparedFacts, listed: PreparedFacts): EvidenceItem | undefined {
  if (query.genders.length === 0 || listed.genders.length === 0) return undefined;
  const hit = overlap(query.genders, listed.genders);
  return hit ? item('gender', 'same gender', EVIDENCE.genderMatch, hit, hit) : item('gender', 'different gender', EVIDENCE.genderMismatch, query.genders.join(','), listed.genders.join(','));
}

function documentEvidence(query: PreparedFacts, listed: PreparedFacts): EvidenceItem | undefined {
  if (query.documents.length === 0 || listed.documents.length === 0) return undefined;
  let best: EvidenceItem | undefined;
  for (const qd of query.documents) {
    for (const ld of listed.documents) {
      if (qd.number !== ld.number) continue;
      const same = qd.passport === ld.passport;
      const it = item('document', same ? 'same document number' : 'same number, filed as another kind of document', same ? EVIDENCE.documentExact : EVIDENCE.documentCrossKind, qd.shown, ld.shown);
      if (!best || it.weight > best.weight) best = it;
    }
  }
  if (best) return best;
  const qp = query.documents.filter((d) => d.passport);
  const lp = listed.documents.filter((d) => d.passport);
  if (qp.length > 0 && lp.length > 0) {
    return item('document', 'different passport numbers', EVIDENCE.documentMismatch, qp.map((d) => d.shown).join(','), lp.map((d) => d.shown).join(','));
  }
  return undefined;
}

function imoEvidence(query: PreparedFacts, listed: PreparedFacts): EvidenceItem | undefined {
  if (query.imoNumbers.length === 0 || listed.imoNumbers.length === 0) return undefined;
  const hit = overlap(query.imoNumbers, listed.imoNumbers);
  return hit ? item('imoNumber', 'same IMO number', EVIDENCE.imoExact, hit, hit) : item('imoNumber', 'different IMO numbers', EVIDENCE.imoMismatch, query.imoNumbers.join(','), listed.imoNumbers.join(','));
}

function kindEvidence(pq: PreparedQuery, kind: SanctionedParty['kind']): EvidenceItem | undefined {
  const qk = schemaKind(pq.query.schema);
  if (qk === 'unknown' || kind === 'unknown' || qk === kind) return undefined;
  return item('kind', `a ${qk} against a listed ${kind}`, EVIDENCE.kindMismatch, pq.query.schema, kind);
}

function pushItem(out: EvidenceItem[], e: EvidenceItem | undefined): void {
  if (e) out.push(e);
}

/** All evidence beyond names for one query against one listed party, in a fixed order. */
export function evaluateEvidence(pq: PreparedQuery, listed: PreparedFacts, kind: SanctionedParty['kind']): EvidenceItem[] {
  // Each kind is asked only where the query gives that field (each function says nothing otherwise).
  const out: EvidenceItem[] = [];
  const q = pq.facts;
  if (q.documents.length > 0) pushItem(out, documentEvidence(q, listed));
  if (q.imoNumbers.length > 0) pushItem(out, imoEvidence(q, listed));
  if (q.birthDates.length > 0) pushItem(out, birthEvidence(q, listed));
  if (q.nationalities.length > 0 || pq.queryCountries.length > 0) for (const e of countryEvidence(pq, listed)) out.push(e);
  if (q.genders.length > 0) pushItem(out, genderEvidence(q, listed));
  pushItem(out, kindEvidence(pq, kind));
  return out;
}

/**
 * The largest total positive evidence this query could earn against any record, documents and IMO
 * excluded (those candidates come from exact lookups). Lets the index skip names that could not reach
 * the threshold even with every other field agreeing.
 */
export function maxPositiveEvidence(pq: PreparedQuery): number {
  let e = 0;
  if (pq.facts.birthDates.length > 0) e += EVIDENCE.birthSameDay;
  if (pq.facts.nationalities.length > 0) e += Math.max(EVIDENCE.nationalityMatch, EVIDENCE.countryMatch);
  if (pq.queryCountries.length > 0) e += EVIDENCE.countryMatch;
  if (pq.facts.genders.length > 0) e += EVIDENCE.genderMatch;
  return e;
}
