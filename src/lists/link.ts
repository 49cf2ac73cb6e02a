/**
 * Linking: which parties on different lists are the same person or organisation, and why.
 *
 * Most organisations screen against their own country's lists as well as the UN's, and one person
 * is on several of them under other spellings. Linked parties form a group, so a screening hit can
 * show every list the party is on: one alert with all its designations, not four.
 *
 * Three bases, strongest first; every link names its basis and carries the evidence:
 * 1. un-reference: a national record cites the UN reference of the UN record (UK "UN Ref QDi.086",
 *    EU unitedNationId, OpenSanctions unscId; see un-ref.ts). The citation must agree with the
 *    record's type: a UK individual citing an entity reference (SOURCES.md: Group 13349 cites
 *    QDe.004) is a data error in the citing list, and is reported instead of linked.
 * 2. document: both records list the same passport or national identity number (compared without
 *    case, spaces, dashes and a leading country word: the UN writes "Jordan 654781", OFAC "654781"),
 *    of the same kind, on parties of the same kind, with no conflicting issuing country. Registry
 *    numbers ("other" documents) link organisations only.
 * 3. name-birthdate: a strong name agreement from the matching engine (src/matching) together with
 *    agreeing birth dates. Only persons: a birth date is what makes a name agreement strong enough.
 *
 * A link that would join a national record to a UN record other than the one it cites is not made
 * (the citation wins) and is reported; so is a group that ends up holding two records of one list.
 */
import { countryCode } from '../matching/countries.js';
import { MatchEngine } from '../matching/engine.js';
import { partyToQuery, type Query } from '../matching/query.js';
import { phoneticFold, phoneticKey, skeleton } from '../names/keys.js';
import { normaliseIdentifier, normaliseText, splitTokens } from '../names/normalise.js';
import type { BirthDate, DocumentKind, IdentityDocument, SanctionedParty } from './model.js';
import { recordLabel } from './source-label.js';
import { comparableNumber } from './stated-documents.js';
import { citedUnReferences, unReferenceKind } from './un-ref.js';

export type LinkBasis = 'un-reference' | 'document' | 'name-birthdate';

interface LinkBase {
  /** Party ids; `a` is the UN party when one side is from the UN list. */
  a: string;
  b: string;
  basis: LinkBasis;
  /** One sentence for an analyst (linkSentence): records named by list and reference, not by id. */
  summary: string;
}

export interface UnReferenceLink extends LinkBase {
  basis: 'un-reference';
  /** The reference cited, current form ("QDi.086"). */
  reference: string;
}

export interface DocumentLink extends LinkBase {
  basis: 'document';
  /** The compared form of the number. */
  documentKey: string;
  documentKind: DocumentKind;
  documentA: IdentityDocument;
  documentB: IdentityDocument;
}

export interface NameBirthDateLink extends LinkBase {
  basis: 'name-birthdate';
  nameA: string;
  nameB: string;
  /** The engine's name score for the best pair of names (0..1). */
  nameScore: number;
  birthDateA: string;
  birthDateB: string;
}

export type PartyLink = UnReferenceLink | DocumentLink | NameBirthDateLink;

/** A link's facts without its sentence (what linkSentence reads). */
export type LinkFacts = UnReferenceLinkFacts | DocumentLinkFacts | NameBirthDateLinkFacts;
type UnReferenceLinkFacts = Omit<UnReferenceLink, 'summary'>;
type DocumentLinkFacts = Omit<DocumentLink, 'summary'>;
type NameBirthDateLinkFacts = Omit<NameBirthDateLink, 'summary'>;

const DOCUMENT_WORDS: Record<DocumentKind, string> = { passport: 'passport', 'national-id': 'national ID number', other: 'registration number' };

/**
 * A link in an analyst's words, each record named by `nameOf` (its list and that list's own
 * reference, "UK HMT 6962"): "UK HMT 6962 cites UN QDi.059", "OFAC SDN 7209 shares passport 456682
 * with UN QDi.059". Built from the link's typed fields alone, so a link read back from the link
 * cache reads the same as a fresh one. `b` is the subject: `a` is the UN record when there is one.
 */
export function linkSentence(link: LinkFacts, nameOf: (partyId: string) => string): string {
  const a = nameOf(link.a);
  const b = nameOf(link.b);
  switch (link.basis) {
    case 'un-reference':
      return `${b} cites ${a}`;
    case 'document':
      return `${b} shares ${DOCUMENT_WORDS[link.documentKind]} ${link.documentKey} with ${a}`;
    case 'name-birthdate':
      return `${b} matches ${a} on name and birth date: "${link.nameB}" / "${link.nameA}" (name score ${link.nameScore.toFixed(2)}), born ${link.birthDateB} / ${link.birthDateA}`;
  }
}

/** The link with its sentence, for two parties at hand (`a` and `b` of the link). */
function described<L extends LinkFacts>(link: L, a: SanctionedParty, b: SanctionedParty): L & { summary: string } {
  return { ...link, summary: linkSentence(link, (id) => recordLabel(id === a.id ? a : b)) };
}

export type LinkProblemKind = 'kind-mismatch' | 'reference-not-on-list' | 'contradicts-reference' | 'group-spans-one-list';

/** Something linking noticed and refused to paper over. */
export interface LinkProblem {
  kind: LinkProblemKind;
  /** The party concerned (the citing party for reference problems). */
  party: string;
  reference?: string;
  message: string;
}

export interface LinkReport {
  links: PartyLink[];
  problems: LinkProblem[];
}

export interface LinkOptions {
  /** Source key of the UN list among the parties (default "un"). */
  unSource?: string;
  /** Run the name + birth date basis (default true; it is the slowest). */
  nameBirthDate?: boolean;
  /**
   * Minimum name score (0..1) from the matching engine for a name + birth date link, well above the
   * engine's match threshold: this basis merges records, so it must be strong on its own. 0.94 since
   * engine 1.2.0, whose name scores run higher for (near-)exact names (prior 1 instead of 1.5): the
   * 0.9 of 1.1.0 corresponds to 0.92-0.935 now; 0.94 keeps the bar at least as high.
   */
  strongNameScore?: number;
}

export const DEFAULT_STRONG_NAME_SCORE = 0.94;

/** Every link between the parties, by every basis. */
export function linkParties(parties: SanctionedParty[], options: LinkOptions = {}): PartyLink[] {
  return findLinks(parties, options).links;
}

/**
 * Links and the problems found on the way (refused citations, contradictions). The parties are one
 * version of each list: party ids must be unique (two UN versions are linked in two calls).
 */
export function findLinks(parties: SanctionedParty[], options: LinkOptions = {}): LinkReport {
  const unSource = options.unSource ?? 'un';
  const problems: LinkProblem[] = [];
  const byId = new Map(parties.map((p) => [p.id, p]));
  if (byId.size !== parties.length) throw new RangeError('findLinks: party ids are not unique (more than one version of a list?)');
  const refLinks = referenceLinks(parties, unSource, problems);
  // What each party validly cites, to refuse weaker links that contradict a citation. A citation
  // already refused for its kind (a person citing an entity) is an error and constrains nothing:
  // a document or name may then find the right record.
  const cites = new Map<string, Set<string>>();
  for (const p of parties) {
    const refs = citedUnReferences(p).filter((ref) => !problems.some((x) => x.kind === 'kind-mismatch' && x.party === p.id && x.reference === ref));
    if (refs.length > 0) cites.set(p.id, new Set(refs));
  }
  const order = pairOrder(unSource);
  const contradicts = (a: SanctionedParty, b: SanctionedParty): string | undefined => {
    for (const [un, other] of [[a, b], [b, a]] as const) {
      if (un.source !== unSource) continue;
      const cited = cites.get(other.id);
      if (cited && !cited.has(un.referenceNumber)) return `${other.id} cites ${[...cited].join(', ')}, not ${un.referenceNumber}`;
    }
    return undefined;
  };
  const weaker: PartyLink[] = [];
  const keep = (link: PartyLink) => {
    const reason = contradicts(byId.get(link.a)!, byId.get(link.b)!);
    if (reason === undefined) return void weaker.push(link);
    const message = `${link.basis} link ${link.a} - ${link.b} not made: ${reason}`;
    // Two shared passports make two links and one problem.
    if (!problems.some((p) => p.message === message)) problems.push({ kind: 'contradicts-reference', party: link.b, message });
  };
  for (const link of documentLinks(parties, order)) keep(link);
  if (options.nameBirthDate !== false) {
    for (const link of nameBirthDateLinks(parties, order, options.strongNameScore ?? DEFAULT_STRONG_NAME_SCORE)) keep(link);
  }
  const links = [...refLinks, ...weaker];
  problems.push(...groupProblems(links, byId));
  return { links, problems };
}

// ---------------------------------------------------------------------------------------------
// Basis 1: cited UN references.

function referenceLinks(parties: SanctionedParty[], unSource: string, problems: LinkProblem[]): UnReferenceLink[] {
  const un = new Map<string, SanctionedParty>();
  for (const p of parties) if (p.source === unSource) un.set(p.referenceNumber, p);
  const out: UnReferenceLink[] = [];
  for (const party of parties) {
    if (party.source === unSource) continue;
    for (const ref of citedUnReferences(party)) {
      const refKind = unReferenceKind(ref);
      if (refKind !== undefined && (refKind === 'individual') !== (party.kind === 'person')) {
        problems.push({
          kind: 'kind-mismatch',
          party: party.id,
          reference: ref,
          message: `${party.id} (${party.kind}) cites ${ref}, an ${refKind} reference: an error in the citing list; not linked`,
        });
        continue;
      }
      const target = un.get(ref);
      if (target === undefined) {
        problems.push({ kind: 'reference-not-on-list', party: party.id, reference: ref, message: `${party.id} cites ${ref}, which is not on the loaded UN list (removed, or another version); not linked` });
        continue;
      }
      if ((target.kind === 'person') !== (party.kind === 'person')) {
        problems.push({ kind: 'kind-mismatch', party: party.id, reference: ref, message: `${party.id} (${party.kind}) cites ${ref}, a UN ${target.kind}; not linked` });
        continue;
      }
      out.push(described({ a: target.id, b: party.id, basis: 'un-reference', reference: ref }, target, party));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Basis 2: shared document numbers.

/**
 * The form document numbers are compared in: the number of the field (stated-documents.ts
 * comparableNumber, the form screening compares them in too: "Jordan 654781" is 654781, "381110042
 * (Expired 25 Jan. 2016)" 381110042, "D 000763" keeps its series), in upper case without spaces or
 * punctuation. Too short or digit-poor numbers give no key: "12345" is on many documents in the world.
 */
export function documentKey(number: string | undefined): string | undefined {
  if (number === undefined) return undefined;
  const key = normaliseIdentifier(comparableNumber(number));
  const digits = key.replace(/\D/g, '').length;
  return key.length >= 6 && digits >= 4 ? key : undefined;
}

type Orderer = (x: SanctionedParty, y: SanctionedParty) => [SanctionedParty, SanctionedParty];

/** A pair reads the same way whichever side was found first: the UN party first, else the smaller id. */
function pairOrder(unSource: string): Orderer {
  return (x, y) => {
    if (x.source === unSource) return [x, y];
    if (y.source === unSource) return [y, x];
    return y.id < x.id ? [y, x] : [x, y];
  };
}

function documentLinks(parties: SanctionedParty[], order: Orderer): DocumentLink[] {
  const index = new Map<string, { party: SanctionedParty; doc: IdentityDocument }[]>();
  for (const party of parties) {
    for (const doc of party.documents) {
      if (doc.kind === 'other' && party.kind === 'person') continue;
      const key = documentKey(doc.number);
      if (key === undefined) continue;
      const bucket = index.get(`${doc.kind}:${key}`) ?? [];
      // One entry per party and key: a party listing one number twice links once.
      if (!bucket.some((e) => e.party === party)) bucket.push({ party, doc });
      index.set(`${doc.kind}:${key}`, bucket);
    }
  }
  const out: DocumentLink[] = [];
  for (const [indexKey, bucket] of index) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const x = bucket[i]!;
        const y = bucket[j]!;
        if (x.party.source === y.party.source || x.party.kind !== y.party.kind) continue;
        if (!sameCountry(x.doc, y.doc)) continue;
        const [a, b] = order(x.party, y.party);
        const [da, db] = a === x.party ? [x.doc, y.doc] : [y.doc, x.doc];
        const key = indexKey.slice(indexKey.indexOf(':') + 1);
        out.push(described({ a: a.id, b: b.id, basis: 'document', documentKey: key, documentKind: da.kind, documentA: da, documentB: db }, a, b));
      }
    }
  }
  return out;
}

/** False only when both documents name an issuing country and the two are known to differ. */
function sameCountry(a: IdentityDocument, b: IdentityDocument): boolean {
  const ca = documentCountry(a);
  const cb = documentCountry(b);
  return ca === undefined || cb === undefined || ca === cb;
}

/**
 * The issuing country as an ISO code: the document's country field, else a country written into
 * the number field before the digits ("Jordan 654781", "Qatari passport number 592667": the UN
 * writes them so).
 */
function documentCountry(doc: IdentityDocument): string | undefined {
  const field = doc.issuingCountry ?? doc.countryOfIssue;
  if (field !== undefined) return countryCode(field);
  const words: string[] = [];
  for (const word of (doc.number ?? '').trim().split(/\s+/)) {
    if (/\d/.test(word)) break;
    // Short words are codes or abbreviations at best, and "No." would read as Norway.
    if (word.replace(/[^\p{L}]/gu, '').length >= 4) words.push(word);
  }
  if (words.length === 0) return undefined;
  return countryCode(words.join(' ')) ?? words.map((w) => countryCode(w)).find((c) => c !== undefined);
}

// ---------------------------------------------------------------------------------------------
// Basis 3: strong name + agreeing birth dates.

function nameBirthDateLinks(parties: SanctionedParty[], order: Orderer, strongNameScore: number): NameBirthDateLink[] {
  // Only persons with a birth date can link on this basis; the engine is built over them alone,
  // so its token weights are about the population being linked.
  const persons = parties.filter((p) => p.kind === 'person' && p.birthDates.length > 0);
  if (persons.length < 2) return [];
  const engine = MatchEngine.build(persons, { listVersions: [] });
  const out: NameBirthDateLink[] = [];
  for (const [x, y] of candidatePairs(persons)) {
    const [a, b] = order(x, y);
    const dates = agreeingBirthDates(a.birthDates, b.birthDates);
    if (!dates) continue;
    // Names and birth dates only: documents and countries are not what this basis claims.
    const result = engine.compare(namesAndBirthDates(a), namesAndBirthDates(b));
    const name = result.explanation.name;
    const nameScore = result.explanation.scoring.nameScore;
    if (name === null || nameScore === null || nameScore < strongNameScore) continue;
    out.push(
      described({ a: a.id, b: b.id, basis: 'name-birthdate', nameA: name.queryName, nameB: name.listedName, nameScore, birthDateA: dates[0], birthDateB: dates[1] }, a, b),
    );
  }
  return out;
}

/**
 * Pairs worth a full comparison: different lists, a birth year in common (agreeing dates share one
 * by definition), and two phonetic name keys in common (one, if a party has only one). A gate, not a
 * proof: on UN 2018 x UK 2018 it kept every pair an exhaustive comparison scores 0.9 or more. The
 * engine's comparison costs about a millisecond; the gate keeps the pairs to thousands instead of
 * the millions of all cross-list pairs (minutes -> seconds on the real files).
 */
function candidatePairs(persons: SanctionedParty[]): [SanctionedParty, SanctionedParty][] {
  const keys = new Map(persons.map((p) => [p, nameKeys(p)]));
  const buckets = new Map<string, SanctionedParty[]>();
  for (const p of persons) {
    for (const year of years(p)) {
      for (const k of keys.get(p)!) {
        const bucket = `${year}|${k}`;
        (buckets.get(bucket) ?? buckets.set(bucket, []).get(bucket)!).push(p);
      }
    }
  }
  // Pair -> the distinct keys it shares (a pair sharing several years meets the same key again).
  const shared = new Map<string, { x: SanctionedParty; y: SanctionedParty; keys: Set<string> }>();
  for (const [bucket, members] of buckets) {
    const key = bucket.slice(bucket.indexOf('|') + 1);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const x = members[i]!;
        const y = members[j]!;
        if (x.source === y.source) continue;
        const pair = x.id < y.id ? `${x.id}\u0000${y.id}` : `${y.id}\u0000${x.id}`;
        const entry = shared.get(pair) ?? shared.set(pair, { x, y, keys: new Set() }).get(pair)!;
        entry.keys.add(key);
      }
    }
  }
  const out: [SanctionedParty, SanctionedParty][] = [];
  for (const { x, y, keys: common } of shared.values()) {
    const needed = Math.min(2, keys.get(x)!.size, keys.get(y)!.size);
    if (common.size >= needed) out.push([x, y]);
  }
  return out;
}

/** Phonetic keys of the Latin-script name tokens of a party (src/names/keys.ts). */
function nameKeys(p: SanctionedParty): Set<string> {
  const out = new Set<string>();
  for (const n of p.names) {
    for (const token of splitTokens(normaliseText(n.full))) {
      if (!/^[a-z]+$/.test(token)) continue;
      const key = phoneticKey(skeleton(phoneticFold(token)));
      if (key.length >= 2) out.add(key);
    }
  }
  return out;
}

function namesAndBirthDates(p: SanctionedParty): Query {
  const full = partyToQuery(p);
  return { ...full, nationality: [], country: [], gender: [], idNumber: [], passportNumber: [], address: [], imoNumber: [] };
}

/** Birth years a party's dates cover (ranges in full, approximate dates as their year). */
function years(p: SanctionedParty): number[] {
  const out = new Set<number>();
  for (const b of p.birthDates) {
    const [lo, hi] = yearSpan(b);
    if (lo === undefined || hi === undefined || hi - lo > 10) continue; // a decade-wide range says little
    for (let y = lo; y <= hi; y++) out.add(y);
  }
  return [...out];
}

function yearSpan(b: BirthDate): [number | undefined, number | undefined] {
  if (b.kind === 'between') {
    const lo = b.from ? Number(b.from.slice(0, 4)) : undefined;
    const hi = b.to ? Number(b.to.slice(0, 4)) : lo;
    return [lo ?? hi, hi];
  }
  const y = b.date ? Number(b.date.slice(0, 4)) : undefined;
  return [y, y];
}

/**
 * The first pair of dates that agree: the year spans overlap and, where both are exact dates, they
 * agree to the precision both give (1971-04 agrees with 1971-04-11, not with 1971-05-02).
 */
export function agreeingBirthDates(as: BirthDate[], bs: BirthDate[]): [string, string] | undefined {
  for (const a of as) {
    for (const b of bs) {
      const [alo, ahi] = yearSpan(a);
      const [blo, bhi] = yearSpan(b);
      if (alo === undefined || ahi === undefined || blo === undefined || bhi === undefined) continue;
      if (ahi < blo || bhi < alo) continue;
      if (a.kind === 'exact' && b.kind === 'exact' && a.date && b.date) {
        const n = Math.min(a.date.length, b.date.length);
        if (a.date.slice(0, n) !== b.date.slice(0, n)) continue;
      }
      return [describe(a), describe(b)];
    }
  }
  return undefined;
}

function describe(b: BirthDate): string {
  if (b.kind === 'between') return `${b.from ?? '?'} to ${b.to ?? '?'}`;
  return b.kind === 'approximately' ? `about ${b.date}` : b.date ?? '?';
}

// ---------------------------------------------------------------------------------------------
// Groups.

/**
 * Connected parties share a group: party id -> group id, the smallest member id, so the group id
 * does not depend on the order of the links. Parties without links are not in the map; their group
 * is themselves.
 */
export function linkGroups(links: readonly PartyLink[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps later finds short.
    for (let n = x; parent.get(n) !== root; ) {
      const next = parent.get(n)!;
      parent.set(n, root);
      n = next;
    }
    return root;
  };
  for (const { a, b } of links) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    // The smaller id becomes the root, so the group id does not depend on link order.
    if (ra !== rb) {
      if (ra < rb) parent.set(rb, ra);
      else parent.set(ra, rb);
    }
  }
  const out = new Map<string, string>();
  for (const id of parent.keys()) out.set(id, find(id));
  return out;
}

/** The members of each group, in id order: group id -> party ids. */
export function groupMembers(groups: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [id, group] of [...groups].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const members = out.get(group);
    if (members) members.push(id);
    else out.set(group, [id]);
  }
  return out;
}

/** Groups holding two parties of one list: two records the lists say are different, joined by links. */
function groupProblems(links: PartyLink[], byId: Map<string, SanctionedParty>): LinkProblem[] {
  const out: LinkProblem[] = [];
  for (const [group, members] of groupMembers(linkGroups(links))) {
    const bySource = new Map<string, string[]>();
    for (const id of members) {
      const source = byId.get(id)?.source ?? '?';
      bySource.set(source, [...(bySource.get(source) ?? []), id]);
    }
    for (const [source, ids] of bySource) {
      if (ids.length > 1) {
        out.push({ kind: 'group-spans-one-list', party: group, message: `the links join ${ids.length} parties of ${source} (${ids.join(', ')}) into one group; check the links of group ${group}` });
      }
    }
  }
  return out;
}
