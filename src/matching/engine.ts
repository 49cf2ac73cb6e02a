/**
 * The match engine: one object per list version, built once, then any number of queries.
 *
 *   score = sigmoid( logit(best name score) + alias-quality adjustment + sum of evidence log-odds )
 *
 * where the best name score is the maximum over (query name x listed name) of score.ts, and the
 * evidence comes from evidence.ts. Same input and same list version give the same output: every loop
 * runs in a fixed order and every sort has a complete tie-break (score, then entity id).
 */
import type { SanctionedParty } from '../lists/model.js';
import { evaluateEvidence, maxPositiveEvidence, type EvidenceItem } from './evidence.js';
import { explainEvidence, explainName, round, summarise, type Explanation } from './explain.js';
import { NameIndex, type IndexKeys, type QueryForms, type TokenMatches } from './index.js';
import { FloatBuffer } from './int-buffer.js';
import { MergeHints, PairCheckMemo, SimilarityMemo } from './memo.js';
import {
  prepareName,
  queryFacts,
  type Frequencies,
  type PreparedFacts,
  type PreparedName,
  type PreparedQuery,
  type PreparedToken,
  schemaKind,
} from './prepared.js';
import type { Query } from './query.js';
import { organisationReadings } from './organisation-readings.js';
import { nameVariants } from './name-variants.js';
import { furtherReadings } from './further-readings.js';
import { exactNameKey, exactNameListed, raisedWordForWord } from './exact-names.js';
import { runOnNasabApart } from './run-on-nasab.js';
import { droppedPlaceCountries } from './place-conflict.js';
import { branchInParentheses } from './branch-notes.js';
import { recordFamilyAliasNames } from './family-alias-names.js';
import { acronymReadings, markAcronym, prepareList, sameTokens, wordBoundaryReadings, type PreparedList } from './prepared-list.js';
import { RunTogetherWords } from './run-together.js';
import { lastQueryCover, pairBound, scoreNames, type MergeHints as MergeHintsView, type PairChecks, type SimilarityFn, type SimilarRows } from './score.js';
import { DEFAULT_THRESHOLD, thresholdProblem } from './threshold.js';
import { runStepsInSlices } from '../util/event-loop.js';
import { EVIDENCE, LOGIT_FLOOR, NAME } from './weights.js';
import { koreanNameKeys, koreanSyllablesDiffer } from '../names/korean.js';

export { nameVariants };

/** Bump on any change that can change a score (weights, keys, rules). Stored with every result. */
export const ALGORITHM_VERSION = 'interdict-match-1.161.0';

export interface ScreenOptions {
  threshold?: number;
  /** At most this many matches, best first (default 5). */
  limit?: number;
  /** Also return near misses down to this score (match: false); default: the threshold. */
  minScore?: number;
}

export interface Match {
  entityId: string;
  referenceNumber: string;
  source: string;
  caption: string;
  score: number;
  match: boolean;
  explanation: Explanation;
}

export interface BuildStats {
  parties: number;
  names: number;
  keys: number;
  buildMs: number;
  heapUsedBytes: number;
}

export const DEFAULT_LIMIT = 5;
/** Analysed query names kept per engine (the cache is cleared whole past this). */
const NAME_CACHE_LIMIT = 50_000;

const logit = (p: number): number => {
  const c = Math.min(1 - LOGIT_FLOOR, Math.max(LOGIT_FLOOR, p));
  return Math.log(c / (1 - c));
};
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** Log-odds adjustment for the publisher's own doubt about an alias. */
function qualityAdjustment(n: PreparedName): number {
  if (n.quality === 'low') return EVIDENCE.lowQualityAlias;
  if (n.quality === 'fka') return EVIDENCE.formerName;
  return 0;
}

/**
 * The syllable keys of a name that is Korean-shaped (every word one Korean syllable: names/korean.ts
 * koreanNameKeys), else null; kept per prepared name, since the listed ones are met query after query.
 */
const koreanKeysOf = new WeakMap<PreparedName, string[] | null>();
function koreanKeys(n: PreparedName): string[] | null {
  let keys = koreanKeysOf.get(n);
  if (keys === undefined) {
    keys = koreanNameKeys(n.tokens.map((t) => t.written)) ?? null;
    koreanKeysOf.set(n, keys);
  }
  return keys;
}

/**
 * Log-odds for a Korean name against another that each hold a syllable the other lacks (since
 * 1.67.0): Korean names are three short syllables from a small stock, and a letter's distance
 * between two syllables (Choe, Chae; Kil, Il) is another name, not another spelling. 0 for every
 * other pair of names. Only ever lowers a score, so every bound above a name's score still holds.
 */
function koreanAdjustment(q: PreparedName, l: PreparedName): number {
  const lk = koreanKeys(l);
  if (lk === null) return 0;
  const qk = koreanKeys(q);
  return qk !== null && koreanSyllablesDiffer(qk, lk) ? EVIDENCE.koreanSyllablesDiffer : 0;
}

interface Scored {
  party: number;
  score: number;
  /** logit of the best name score. */
  nameLogit: number;
  /** Alias-quality adjustment of the listed name that gave it. */
  qualityLogit: number;
  /** Korean-syllables adjustment of the best name pair (koreanAdjustment): 0 or negative. */
  koreanLogit: number;
  /** True when an exact identifier match lifted weak name evidence to EVIDENCE.identifierNameFloor. */
  identifierFloor: boolean;
  /** True when the best name was met word for word and raised to NAME.exactNameFloor (exact-names.ts). */
  exactNameFloor: boolean;
  nameScore: number | null;
  queryName: PreparedName | null;
  listedName: PreparedName | null;
  /** The listed name's index id (-1: none, or not a listed name: compare()). */
  listedId: number;
  evidence: EvidenceItem[];
  logOdds: number;
  /** The best name paired every query token (score.ts lastQueryCover.covered). */
  queryCovered: boolean;
  /** The best name's score rests on an unmatched query token costing less than its weight. */
  queryShared: boolean;
  /**
   * The score with that name's unmatched query tokens at their whole weight (= score unless
   * queryShared): no lower than what chargeQueryBesideRival may lower the party to.
   */
  scoreInFull: number;
  /** The (query name, listed name) pairs scored for this party, to score them again (finish). */
  combos: [number, number][];
  /**
   * Set when the party was scored again with every unmatched query token at its whole weight,
   * because this other party (its reference number) paired every query token and scored at least
   * as high (chargeQueryBesideRival).
   */
  rival: string | null;
}

interface BestName {
  nameLogit: number;
  qualityLogit: number;
  koreanLogit: number;
  nameScore: number;
  q: PreparedName;
  l: PreparedName;
  /** l's index id (-1 in compare()). */
  id: number;
  covered: boolean;
  shared: boolean;
  /** The name score with every unmatched query token at its whole weight. */
  inFull: number;
  /** The name score was raised to NAME.exactNameFloor (exact-names.ts). */
  exact: boolean;
}

/**
 * The BestName of a name score `s` just computed by score.ts scoreNames, with what that call left in
 * lastQueryCover (read here at once, before another scoring overwrites it).
 */
function bestName(s: number, qualityLogit: number, koreanLogit: number, q: PreparedName, l: PreparedName, id: number, exact = false): BestName {
  return { nameLogit: logit(s), qualityLogit, koreanLogit, nameScore: s, q, l, id, covered: lastQueryCover.covered, shared: lastQueryCover.shared, inFull: exact && q.droppedPlaces === undefined ? s : lastQueryCover.scoreInFull, exact };
}

interface ClampedOptions {
  threshold: number;
  floor: number;
  limit: number;
}

function options(o: ScreenOptions | undefined, defaultThreshold: number): ClampedOptions {
  const threshold = o?.threshold ?? defaultThreshold;
  const problem = thresholdProblem(threshold);
  if (problem) throw new RangeError(problem);
  const floor = o?.minScore ?? threshold;
  const limit = o?.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer');
  return { threshold, floor: Math.min(floor, threshold), limit };
}

/**
 * analysed()'s cache slot of each kind of party within a name position: a name is read by its
 * party's kind (an organisation's places and branches, further-readings.ts's per kind).
 */
const KIND_SLOT: Record<SanctionedParty['kind'], number> = { aircraft: 0, organization: 1, person: 2, unknown: 3, vessel: 4 };
const KIND_SLOTS = 5;

export class MatchEngine {
  readonly defaultThreshold: number = DEFAULT_THRESHOLD;
  readonly buildStats: BuildStats;
  readonly listVersions: { source: string; hash: string }[];
  private readonly parties: SanctionedParty[];
  private readonly names: PreparedName[];
  private readonly partyNames: number[][];
  private readonly facts: PreparedFacts[];
  private readonly freq: Frequencies;
  private readonly index: NameIndex;
  private readonly memoTable: SimilarityMemo;
  private readonly pairChecks: PairCheckMemo;
  /** Which merged and split pairings the index says may meet, per query name (undefined: not used). */
  private readonly mergeHints: MergeHints | undefined;
  /** analysed()'s cache: one map per name position and kind, at KIND_SLOTS * position + KIND_SLOT[kind]. */
  private readonly nameCache: Map<string, PreparedName[]>[] = [];
  private nameCacheSize = 0;
  /**
   * The list's words a run-together query word is cut into (run-together.ts). Made with the engine:
   * it reads every listed token (0.7 s for a million names, a few ms for the UN list), which the
   * first query would otherwise pay.
   */
  private readonly runTogether: RunTogetherWords;
  private readonly documents = new Map<string, number[]>();
  private readonly imos = new Map<string, number[]>();
  /** Listed organisations' names of good quality by exactNameKey (exact-names.ts): name ids. */
  private readonly exactNames = new Map<string, number[]>();
  /** search() scratch per party: its name bound, valid where boundStamp equals the query's stamp. */
  private readonly nameBound: Float64Array;
  private readonly boundStamp: Uint32Array;
  private stamp = 0;
  /** search() scratch: its (party, query name, listed name) codes, sorted in place each query. */
  private readonly codes = new FloatBuffer();

  private constructor(
    parties: SanctionedParty[],
    meta: { listVersions: { source: string; hash: string }[] },
    list: PreparedList,
    index: NameIndex,
    started: number,
    heapBefore: number,
  ) {
    this.parties = parties;
    this.listVersions = meta.listVersions.map((v) => ({ source: v.source, hash: v.hash }));
    this.names = list.names;
    this.partyNames = list.partyNames;
    this.facts = list.facts;
    this.freq = list.freq;
    for (let p = 0; p < list.facts.length; p++) {
      const facts = list.facts[p] as PreparedFacts;
      for (const d of facts.documents) push(this.documents, d.number, p);
      for (const i of facts.imoNumbers) push(this.imos, i, p);
    }
    for (let id = 0; id < this.names.length; id++) {
      const ln = this.names[id] as PreparedName;
      if ((parties[ln.party] as SanctionedParty).kind !== 'organization' || !exactNameListed(ln)) continue;
      const key = exactNameKey(ln);
      if (key !== undefined) push(this.exactNames, key, id);
    }
    const { vocab, mixedKeys } = list;
    this.index = index;
    this.runTogether = new RunTogetherWords(this.names);
    this.nameBound = new Float64Array(parties.length);
    this.boundStamp = new Uint32Array(parties.length);
    this.memoTable = new SimilarityMemo((t) => this.index.matches(t), this.index.vocabularySize);
    const cacheable = new Uint8Array(vocab.length).fill(1);
    for (const id of mixedKeys) cacheable[id] = 0;
    this.pairChecks = new PairCheckMemo(vocab.length, cacheable);
    // The hints read the index's keys for each vocabulary entry, so they hold only where every token
    // of an entry has that entry's keys (the same condition as the pair-check memo's tables).
    this.mergeHints = mixedKeys.length === 0 ? new MergeHints(this.names.length, vocab.length, this.index.listed.start) : undefined;
    this.buildStats = {
      parties: parties.length,
      names: this.names.length,
      keys: this.index.keyCount,
      buildMs: round(performance.now() - started, 1),
      heapUsedBytes: Math.max(0, process.memoryUsage().heapUsed - heapBefore),
    };
  }

  static build(parties: SanctionedParty[], meta: { listVersions: { source: string; hash: string }[] }): MatchEngine {
    const started = performance.now();
    const heapBefore = process.memoryUsage().heapUsed;
    const list = prepareList(parties);
    return new MatchEngine(parties, meta, list, NameIndex.build(list.names, list.vocab), started, heapBefore);
  }

  /**
   * The engine of `parties` from their names and facts prepared already (prepareList's result for
   * these very parties), and optionally the keys' part of its index (indexKeys of an engine built
   * from them): both as a saved engine gives them back (saved-engine.ts), so only the rest of the
   * index is built. buildStats.buildMs counts from `started` (where the caller began).
   */
  static fromPrepared(
    parties: SanctionedParty[],
    meta: { listVersions: { source: string; hash: string }[] },
    list: PreparedList,
    options: { keys?: IndexKeys; started?: number } = {},
  ): MatchEngine {
    const heapBefore = process.memoryUsage().heapUsed;
    return new MatchEngine(parties, meta, list, NameIndex.build(list.names, list.vocab, options.keys), options.started ?? performance.now(), heapBefore);
  }

  /**
   * fromPrepared in slices of about `sliceMs` with the event loop running between them (the index
   * built through NameIndex.buildSteps): a server's thread takes a new list version's engine in
   * while it keeps answering (a 200,000-name list's index is seconds on a busy machine). Same engine.
   */
  static async fromPreparedInSlices(
    parties: SanctionedParty[],
    meta: { listVersions: { source: string; hash: string }[] },
    list: PreparedList,
    options: { keys?: IndexKeys; started?: number } = {},
    sliceMs = 20,
  ): Promise<MatchEngine> {
    const heapBefore = process.memoryUsage().heapUsed;
    const index = await runStepsInSlices(NameIndex.buildSteps(list.names, list.vocab, options.keys), sliceMs);
    return new MatchEngine(parties, meta, list, index, options.started ?? performance.now(), heapBefore);
  }

  /** The keys' part of the index, as fromPrepared takes it back (for saving the engine; not copied). */
  get indexKeys(): IndexKeys {
    return this.index.keys;
  }

  /**
   * A compared record's names as a list's are read: its names as a query's (prepareQuery), each
   * followed by its readings with hyphens joined or a run-on nasab apart (prepared-list.ts
   * wordBoundaryReadings) and, for an organisation, by its acronyms (acronymReadings: low-quality
   * aliases, as a list's).
   */
  private recordNames(record: PreparedQuery): PreparedName[] {
    const names: PreparedName[] = [];
    const organisation = schemaKind(record.query.schema) === 'organization';
    for (const name of record.names) {
      names.push(name);
      // A run-on nasab's reading is among the record's names already (analysed): not twice.
      for (const reading of wordBoundaryReadings(name, (text) => prepareName(text, -1, name.nameIndex, 'query', 'good', this.freq, undefined, organisation))) {
        if (!record.names.some((n) => sameTokens(n, reading))) names.push(reading);
      }
      if (organisation) names.push(...acronymReadings(name.full, (text) => prepareName(text, -1, name.nameIndex, 'alias', 'low', this.freq)));
    }
    if (!organisation) {
      // A person's names joined with its family-name alias, as a list holding the record joins them.
      if (schemaKind(record.query.schema) === 'person') {
        for (const joined of recordFamilyAliasNames(record.query.name)) {
          const reading = prepareName(joined.text, -1, joined.nameIndex, 'alias', joined.quality, this.freq);
          if (reading.tokens.length === 0 || names.some((n) => sameTokens(n, reading))) continue;
          reading.full = joined.shown;
          names.push(reading);
        }
      }
      return names;
    }
    // As a list marks its names (prepared-list.ts): the record's own names are a query's objects,
    // shared through the name cache, so an acronym among them is marked on a copy.
    return names.map((n) => {
      const marked = { ...n };
      markAcronym(marked, 'organization');
      return marked;
    });
  }

  /** Analyses a query once: names with this list's token weights, and its other facts. */
  prepareQuery(query: Query): PreparedQuery {
    const names: PreparedName[] = [];
    const kind = schemaKind(query.schema);
    for (let i = 0; i < query.name.length; i++) for (const prepared of this.analysed(query.name[i] as string, i, kind)) names.push(prepared);
    const { facts, queryCountries } = queryFacts(query);
    return { query, names, facts, queryCountries };
  }

  /**
   * A query name analysed with this list's weights: cached per (text, position, kind), since batches and
   * monitoring repeat names. Prepared names are never modified after this, so sharing them is safe.
   */
  private analysed(text: string, position: number, kind: SanctionedParty['kind']): PreparedName[] {
    // One map per position and kind, keyed by the text itself: a key joining them would be a new
    // string per query, concatenated and hashed each time; the query's own string keeps its hash
    // once taken. An organisation's name reads its places otherwise (place-words.ts).
    const slot = KIND_SLOTS * position + KIND_SLOT[kind];
    const organisation = kind === 'organization';
    while (this.nameCache.length <= slot) this.nameCache.push(new Map());
    const cache = this.nameCache[slot] as Map<string, PreparedName[]>;
    let out = cache.get(text);
    if (out) return out;
    out = [];
    // A branch or place a customer or payment writes after an organisation's name, read as if in
    // parentheses (branch-notes.ts, since 1.147.0). Not in a list's names: there a group's branch
    // with its place is a record of its own (ISLAMIC STATE IN IRAQ AND THE LEVANT - LIBYA).
    const written = organisation ? branchInParentheses(text) : text;
    const variants = nameVariants(written, organisation);
    // The name without the numbers, prefixes and second person payments and papers write in it
    // (further-readings.ts, since 1.157.0).
    for (const further of furtherReadings(written, kind)) for (const v of nameVariants(further, organisation)) if (!variants.includes(v)) variants.push(v);
    // An organisation's dotted initials closed up too (P.C.C.: dotted-legal-forms.ts, since 1.128.0),
    // and its formal country names short (formal-place-names.ts, since 1.132.0).
    if (organisation) variants.push(...organisationReadings(variants));
    for (const variant of variants) {
      const prepared = prepareName(variant, -1, position, 'query', 'good', this.freq, undefined, organisation);
      if (prepared.tokens.length === 0) continue;
      out.push(prepared);
      const apart = this.readApart(variant, prepared, this.runTogether, organisation);
      if (apart !== undefined) out.push(apart);
      // A nasab run onto the article and name after it, read apart as a list reads it (since
      // 1.135.0, run-on-nasab.ts): RAMZI MOHAMED ABDULLAH BINALSHIBH against the record's Arabic
      // بن الشيبة alone, which the list's reading of its own Latin names does not reach.
      const parted = runOnNasabApart(variant);
      if (parted === undefined) continue;
      const nasab = prepareName(parted, -1, position, 'query', 'good', this.freq, undefined, organisation);
      if (nasab.tokens.length === 0 || sameTokens(nasab, prepared)) continue;
      nasab.full = variant;
      out.push(nasab);
    }
    // A reading that leaves out a place the name writes in parentheses keeps its country
    // (place-conflict.ts droppedPlaceCountries, since 1.144.0).
    if (organisation && written.includes('(')) for (const p of out) p.droppedPlaces = droppedPlaceCountries(written, p.tokens);
    if (this.nameCacheSize >= NAME_CACHE_LIMIT) {
      for (const c of this.nameCache) c.clear();
      this.nameCacheSize = 0;
    }
    cache.set(text, out);
    this.nameCacheSize++;
    return out;
  }

  /**
   * Query name `text` (prepared as `prepared`) read with its run-together words apart over `words`
   * (run-together.ts), shown as the text itself; undefined when no word cuts or the reading gives
   * the same tokens.
   */
  private readApart(text: string, prepared: PreparedName, words: RunTogetherWords, organisation: boolean): PreparedName | undefined {
    const reading = words.readApart(text);
    if (reading === undefined) return undefined;
    const apart = prepareName(reading, -1, prepared.nameIndex, 'query', 'good', this.freq, undefined, organisation);
    if (apart.tokens.length === 0 || sameTokens(apart, prepared)) return undefined;
    apart.full = text;
    return apart;
  }

  /** Screens one query through the index. */
  screen(query: Query, opts?: ScreenOptions): Match[] {
    const o = options(opts, this.defaultThreshold);
    const pq = this.prepareQuery(query);
    const memo = this.unfilledMemo(pq);
    return this.finish(pq, this.search(pq, memo, o, false), o, memo);
  }

  /**
   * True when screen(query, { threshold, minScore: floor }) would return at least one match: the
   * same candidates and scores, but it stops at the first party that reaches the floor and builds no
   * explanation (the diff re-screen's prefilter asks only this).
   */
  reaches(query: Query, floor: number): boolean {
    if (!(floor > 0 && floor <= 1)) throw new RangeError(`floor must be in (0, 1], got ${floor}`);
    const pq = this.prepareQuery(query);
    return this.search(pq, this.unfilledMemo(pq), { threshold: floor, floor, limit: 1 }, true).length > 0;
  }

  /**
   * The parties scoring at least o.floor, enough of them for the best o.limit (all of them unless a
   * party is provably outside the top o.limit). Parties are scored in order of an upper bound on their
   * score (the best similarityBound of their candidate names, their alias quality, the most positive
   * evidence the query could earn, then their actual evidence), and a party whose bound cannot reach
   * the floor, or cannot beat the o.limit-th best score found so far, is never fully scored. Bounds
   * only ever over-estimate, so the result (after finish) is exactly what scoring every candidate
   * gives. `any`: stop at the first party that reaches the floor. `memo` may come unfilled
   * (unfilledMemo): it is filled here once some name or party is to be bounded or scored.
   */
  private search(pq: PreparedQuery, memo: QueryMemo, o: ClampedOptions, any: boolean): Scored[] {
    const maxEvidence = maxPositiveEvidence(pq);
    const neededName = sigmoid(logit(o.floor) - maxEvidence);
    const refusable = refusableBelow(o.floor, maxEvidence, neededName);
    const nNames = this.names.length;
    const nQuery = pq.names.length;
    // (party, query name, listed name) packed in one number, so one numeric sort orders them.
    const codeBuffer = this.codes;
    codeBuffer.clear();
    // Per party: the best bound on logit(name score) + alias quality over its candidate names
    // (typed arrays kept across queries, valid where boundStamp is this query's stamp).
    const stamp = this.nextBoundStamp();
    const boundStamp = this.boundStamp;
    const nameBound = this.nameBound;
    const candidates: number[][] = [];
    let anyCandidate = false;
    for (let qi = 0; qi < nQuery; qi++) {
      const ids = this.index.candidates(pq.names[qi] as PreparedName, neededName, memo.forms[qi], refusable);
      candidates.push(ids);
      if (ids.length > 0) anyCandidate = true;
    }
    const forced = this.forcedParties(pq);
    // The similarity memo, and the hints for the bound and the scorer, only for queries with
    // something to bound or score (a quarter of the bench mix's queries have neither).
    if (anyCandidate || forced.size > 0) this.fillMemo(pq, memo);
    if (anyCandidate) this.prepareHints(pq, memo);
    for (let qi = 0; qi < nQuery; qi++) {
      const qn = pq.names[qi] as PreparedName;
      const sim = memo.sims[qi] as SimilarityFn;
      const checks = memo.checks[qi] as PairChecks;
      const hints = memo.hints[qi];
      const rows = memo.rows[qi];
      const listed = this.index.listed;
      for (const id of candidates[qi] as number[]) {
        const ln = this.names[id] as PreparedName;
        // Second, tighter filter from the actual token similarities and weights (memoised across
        // names; score.ts pairBound). A name under neededName may still reach the floor once the
        // final score is rounded (a name score of 0.29996 is a 0.3), so it is refused only when
        // even its rounded best cannot (as stage 1 below judges parties); the slack keeps a bound
        // that equals the score up to the rounding of its differently ordered sums.
        const b = pairBound(qn, ln, sim, checks, refusable, hints, id, rows, listed);
        // Under `refusable` the test below refuses every name (refusableBelow): not worked out again.
        if (b < refusable) continue;
        if (b < neededName && round(sigmoid(logit(b + NAME_BOUND_SLACK) + maxEvidence + BOUND_SLACK)) < o.floor) continue;
        codeBuffer.push((ln.party * nQuery + qi) * nNames + id);
        const adjusted = logit(b) + qualityAdjustment(ln);
        if (boundStamp[ln.party] !== stamp) {
          boundStamp[ln.party] = stamp;
          nameBound[ln.party] = adjusted;
        } else if (adjusted > (nameBound[ln.party] as number)) nameBound[ln.party] = adjusted;
      }
    }
    // Numeric ascending, in place: the codes are distinct non-negative integers.
    const codes = codeBuffer.view().sort();
    const tasks: PartyTask[] = [];
    let at = 0;
    while (at < codes.length) {
      const p = Math.floor((codes[at] as number) / nNames / nQuery);
      const combos: [number, number][] = [];
      while (at < codes.length && Math.floor((codes[at] as number) / nNames / nQuery) === p) {
        const code = codes[at++] as number;
        combos.push([Math.floor(code / nNames) % nQuery, code % nNames]);
      }
      if (!forced.has(p)) tasks.push({ party: p, combos, bound: nameBound[p] as number });
    }
    // A party an identifier reaches is scored on every pair of names, whatever its name bound.
    for (const p of forced) {
      const combos: [number, number][] = [];
      for (let qi = 0; qi < nQuery; qi++) for (const id of this.partyNames[p] as number[]) combos.push([qi, id]);
      tasks.push({ party: p, combos, bound: Infinity });
    }
    if (tasks.length > 1) tasks.sort(byBound);

    const results: Scored[] = [];
    // The o.limit best scores so far, descending: a party that cannot beat the last is not needed.
    const top: number[] = [];
    for (const task of tasks) {
      // Stage 1: name bound + the most positive evidence any record could give (tasks are in bound
      // order, so once one fails, every later one does).
      if (task.bound !== Infinity) {
        const best = round(sigmoid(task.bound + maxEvidence + BOUND_SLACK));
        if (best < o.floor || (top.length >= o.limit && best < (top[top.length - 1] as number))) break;
      }
      // Stage 2: name bound + this party's actual evidence, as combine() would add them.
      const party = this.parties[task.party] as SanctionedParty;
      const evidence = evaluateEvidence(pq, this.facts[task.party] as PreparedFacts, party.kind);
      if (task.bound !== Infinity) {
        const best = round(sigmoid(combinedLogOdds(task.bound, evidence) + BOUND_SLACK));
        if (best < o.floor || (top.length >= o.limit && best < (top[top.length - 1] as number))) continue;
      }
      const r = this.scoreParty(pq, task.party, task.combos, memo, evidence);
      if (r.score < o.floor) continue;
      results.push(r);
      if (any) break;
      // A score that rests on a shared query token may still be lowered in finish (a rival that
      // pairs every query token), never below scoreInFull: that is what decides which parties are
      // not needed.
      const sure = r.scoreInFull;
      if (top.length < o.limit || sure > (top[top.length - 1] as number)) {
        let k = top.length < o.limit ? top.length : top.length - 1;
        while (k > 0 && (top[k - 1] as number) < sure) {
          top[k] = top[k - 1] as number;
          k--;
        }
        top[k] = sure;
      }
    }
    return results;
  }

  /** The same scorer over every listed party, no index: the reference the index must agree with. */
  screenExhaustive(query: Query, opts?: ScreenOptions): Match[] {
    const o = options(opts, this.defaultThreshold);
    const pq = this.prepareQuery(query);
    const memo = this.memo(pq);
    const results: Scored[] = [];
    for (let p = 0; p < this.parties.length; p++) {
      const combos: [number, number][] = [];
      for (let qi = 0; qi < pq.names.length; qi++) for (const id of this.partyNames[p] as number[]) combos.push([qi, id]);
      const r = this.scoreParty(pq, p, combos, memo);
      if (r.score >= o.floor) results.push(r);
    }
    return this.finish(pq, results, o, memo);
  }

  /** Compares two parties given as queries: `a` as the query, `b` as the record. */
  compare(a: Query, b: Query, opts?: { threshold?: number }): { score: number; match: boolean; explanation: Explanation } {
    const threshold = opts?.threshold ?? this.defaultThreshold;
    const problem = thresholdProblem(threshold);
    if (problem) throw new RangeError(problem);
    const pa = this.prepareQuery(a);
    const pb = this.prepareQuery(b);
    // The record's names read as a list's are (prepared-list.ts wordBoundaryReadings), so that a pair
    // scores here as the screening of `a` against a list holding `b` would.
    const recordNames = this.recordNames(pb);
    // The query's run-together words are read over the list's words (prepareQuery) and over the
    // record's own: the list in force may not hold the record's words, and a list that held the
    // record would.
    const recordWords = new RunTogetherWords(recordNames);
    const queryNames = [...pa.names];
    const queryIsOrganisation = schemaKind(a.schema) === 'organization';
    // A query name's text once: its list-word reading (shown with the same text) would cut alike.
    const read = new Set<string>();
    for (const qn of pa.names) {
      if (read.has(qn.full)) continue;
      read.add(qn.full);
      const apart = this.readApart(qn.full, qn, recordWords, queryIsOrganisation);
      if (apart !== undefined && !queryNames.some((n) => sameTokens(n, apart))) queryNames.push(apart);
    }
    const recordFacts: PreparedFacts = { ...pb.facts, countries: [...new Set([...pb.facts.countries, ...pb.queryCountries])] };
    let best: BestName | undefined;
    // A record of an organisation is met word for word as a listed one is (exact-names.ts).
    const wordForWord = exactNameQuery(pa) && schemaKind(b.schema) === 'organization';
    for (const qn of queryNames) {
      for (const ln of recordNames) {
        let s = scoreNames(qn, ln).score;
        const exact = wordForWord && raisedWordForWord(s, qn, ln);
        if (exact) s = NAME.exactNameFloor;
        const korean = koreanAdjustment(qn, ln);
        if (!best || logit(s) + korean > best.nameLogit + best.koreanLogit) best = bestName(s, 0, korean, qn, ln, -1, exact);
      }
    }
    const evidence = evaluateEvidence(pa, recordFacts, schemaKind(b.schema));
    const r = this.combine(best, evidence, -1, []);
    const score = round(r.score);
    return { score, match: score >= threshold, explanation: this.explanation(r, threshold) };
  }

  // ----------------------------------------------------------------------------------------------

  private nextBoundStamp(): number {
    if (++this.stamp >= 0xffffffff) {
      this.boundStamp.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }

  /**
   * Per-query memos over the list vocabulary: token similarities and the merged/split pairings' key
   * checks, one function and one checks object per query name.
   */
  private memo(pq: PreparedQuery): QueryMemo {
    const memo = this.unfilledMemo(pq);
    this.fillMemo(pq, memo);
    return memo;
  }

  /** The query's per-form lists (all retrieval needs), with the memos left to fillMemo. */
  private unfilledMemo(pq: PreparedQuery): QueryMemo {
    const forms: QueryForms[] = [];
    for (const qn of pq.names) forms.push(this.index.forms(qn));
    return { sims: [], checks: [], hints: [], forms, offsets: [], rows: [] };
  }

  /**
   * Starts the engine's memos on this query (each query's start clears what the last one wrote, so
   * a query that never fills them costs nothing there) and fills memo's per-name views of them.
   */
  private fillMemo(pq: PreparedQuery, memo: QueryMemo): void {
    const flat: PreparedToken[] = [];
    const lists: TokenMatches[] = [];
    for (let qi = 0; qi < pq.names.length; qi++) {
      const qn = pq.names[qi] as PreparedName;
      memo.offsets.push(flat.length);
      memo.sims.push(this.memoTable.fn(flat.length));
      memo.checks.push(this.pairChecks.checks(flat.length, qn));
      for (const t of qn.tokens) flat.push(t);
      for (const m of (memo.forms[qi] as QueryForms).tokens) lists.push(m);
    }
    this.memoTable.reset(flat, lists);
    this.pairChecks.reset(flat);
    for (let qi = 0; qi < pq.names.length; qi++) memo.rows.push(this.memoTable.rows(qi, memo.offsets[qi] as number, (pq.names[qi] as PreparedName).tokens.length));
  }

  /** Fills memo.hints with the query's merge hints (score.ts MergeHints), where there are any. */
  private prepareHints(pq: PreparedQuery, memo: QueryMemo): void {
    const hints = this.mergeHints;
    if (hints === undefined) return;
    if (!hints.prepare(pq.names, memo.forms)) return;
    for (let qi = 0; qi < pq.names.length; qi++) memo.hints[qi] = hints.view(qi);
  }

  /**
   * The parties scored on every pair of names whatever their name bound: those an identifier
   * reaches, and those with a name the query gives word for word, whose score NAME.exactNameFloor
   * may raise above any bound (exact-names.ts).
   */
  private forcedParties(pq: PreparedQuery): ReadonlySet<number> {
    const identified = this.identifierHits(pq);
    if (this.exactNames.size === 0 || !exactNameQuery(pq)) return identified;
    let out: Set<number> | undefined;
    for (const qn of pq.names) {
      const key = exactNameKey(qn);
      const ids = key === undefined ? undefined : this.exactNames.get(key);
      if (ids === undefined) continue;
      out ??= new Set(identified);
      for (const id of ids) out.add((this.names[id] as PreparedName).party);
    }
    return out ?? identified;
  }

  /** Parties whose document or IMO number equals one the query gives: always scored. */
  private identifierHits(pq: PreparedQuery): ReadonlySet<number> {
    if (pq.facts.documents.length === 0 && pq.facts.imoNumbers.length === 0) return NO_HITS;
    const out = new Set<number>();
    for (const d of pq.facts.documents) for (const p of this.documents.get(d.number) ?? []) out.add(p);
    for (const i of pq.facts.imoNumbers) for (const p of this.imos.get(i) ?? []) out.add(p);
    return out;
  }

  private scoreParty(pq: PreparedQuery, p: number, combos: [number, number][], memo: QueryMemo, knownEvidence?: EvidenceItem[], queryInFull = false): Scored {
    let best: BestName | undefined;
    let bestAdjusted = -Infinity;
    // Indexed rather than destructured (for const [qi, id] of combos): destructuring each pair ran
    // the array iterator protocol, an iterator object and a result per element (4.5 of the 483 MiB
    // a cold 20,000-query UN pass allocated, bench/alloc-profile.ts).
    for (let c = 0; c < combos.length; c++) {
      const combo = combos[c] as [number, number];
      const qi = combo[0];
      const id = combo[1];
      const qn = pq.names[qi] as PreparedName;
      const ln = this.names[id] as PreparedName;
      // The ranking is not kept for the explanation: it lives in score.ts's reused scratch (no
      // object per pairing), and ranking again for a returned match costs less than copying it
      // out for every party that gets a best name (docs/benchmarks.md, session 13, r2).
      let s = scoreNames(qn, ln, false, memo.sims[qi], memo.checks[qi], memo.hints[qi], id, undefined, queryInFull).score;
      // A reading without its place is refused beside a rival (score.ts pairUp): not raised either.
      const exact = !(queryInFull && qn.droppedPlaces !== undefined) && exactNameQuery(pq) && (this.parties[ln.party] as SanctionedParty).kind === 'organization' && raisedWordForWord(s, qn, ln);
      if (exact) s = NAME.exactNameFloor;
      const quality = qualityAdjustment(ln);
      const korean = koreanAdjustment(qn, ln);
      const adjusted = logit(s) + quality + korean;
      if (adjusted > bestAdjusted) {
        bestAdjusted = adjusted;
        best = bestName(s, quality, korean, qn, ln, id, exact);
      }
    }
    const party = this.parties[p] as SanctionedParty;
    const evidence = knownEvidence ?? evaluateEvidence(pq, this.facts[p] as PreparedFacts, party.kind);
    return this.combine(best, evidence, p, combos);
  }

  private combine(best: BestName | undefined, evidence: EvidenceItem[], party: number, combos: [number, number][]): Scored {
    // A query with no name (identifiers only) starts from even odds.
    const nameLogit = best ? best.nameLogit : 0;
    const qualityLogit = best ? best.qualityLogit : 0;
    const koreanLogit = best ? best.koreanLogit : 0;
    const namePart = nameLogit + qualityLogit + koreanLogit;
    const logOdds = combinedLogOdds(namePart, evidence);
    const identifierFloor = identifierFloorApplies(namePart, evidence);
    const score = round(sigmoid(logOdds));
    return {
      party,
      score,
      nameLogit,
      qualityLogit,
      koreanLogit,
      identifierFloor,
      exactNameFloor: best ? best.exact : false,
      nameScore: best ? best.nameScore : null,
      queryName: best ? best.q : null,
      listedName: best ? best.l : null,
      listedId: best ? best.id : -1,
      evidence,
      logOdds,
      queryCovered: best ? best.covered : false,
      queryShared: best ? best.shared : false,
      scoreInFull: best && best.shared ? round(sigmoid(combinedLogOdds(logit(best.inFull) + qualityLogit + koreanLogit, evidence))) : score,
      combos,
      rival: null,
    };
  }

  /** The best o.limit results as matches, explained with the query's memo (still this query's). */
  private finish(pq: PreparedQuery, found: Scored[], o: ClampedOptions, memo: QueryMemo): Match[] {
    // Nothing found (most clean queries): no sort, no rival check, no copy.
    if (found.length === 0) return [];
    const parties = this.parties;
    this.sortBest(found);
    const results = this.chargeQueryBesideRival(pq, found, o, memo);
    if (results !== found) this.sortBest(results);
    return results.slice(0, o.limit).map((r) => {
      const party = parties[r.party] as SanctionedParty;
      return {
        entityId: party.id,
        referenceNumber: party.referenceNumber,
        source: party.source,
        caption: party.caption,
        score: r.score,
        match: r.score >= o.threshold,
        explanation: this.explanation(r, o.threshold, pq, memo),
      };
    });
  }

  /**
   * Best score first, then by entity id. The comparator is written inline in the sort call, not
   * held in a named const: tsx (esbuild, keepNames) wraps a named arrow in __name(), an
   * Object.defineProperty on every call of the enclosing method, which cost about 1.5% of a cold UN
   * pass when finish() held one (docs/benchmarks.md, session 14, r1).
   */
  private sortBest(results: Scored[]): void {
    const parties = this.parties;
    results.sort((x, y) => y.score - x.score || compareIds((parties[x.party] as SanctionedParty).id, (parties[y.party] as SanctionedParty).id));
  }

  /**
   * A query token left unmatched costs less than its weight where it may be an extra middle name or
   * a typed title (score.ts pairUp, since 1.6.0): the query may say more than the record. That
   * reading is only needed when no record accounts for the token. Where another party's best name
   * paired every query token and scored at least as high, a party whose score rests on such a share
   * is scored again with every unmatched query token at its whole weight (since 1.12.0): Ibrahim Isa
   * Hajji Muhammad al-Bakr meets the record that has Isa, not Ibrahim Ali Muhammad Abu Bakr with Isa
   * read as an extra middle name. `results` sorted best first; returns them, or a new array (no
   * longer sorted) with those parties scored again and the ones now under o.floor dropped.
   * Exact against screenExhaustive: the rival scores at least as high as the party it lowers, so it
   * is among the results unless search() left it out for being under o.limit other scores, and then
   * the lowered party is outside the best o.limit either way (search counts a party that may be
   * lowered toward the limit only at its scoreInFull, which the lowering cannot go under).
   */
  private chargeQueryBesideRival(pq: PreparedQuery, results: Scored[], o: ClampedOptions, memo: QueryMemo): Scored[] {
    let rival: Scored | undefined;
    for (const r of results) {
      if (r.queryCovered) {
        rival = r;
        break;
      }
    }
    if (rival === undefined) return results;
    let out: Scored[] | undefined;
    for (let k = 0; k < results.length; k++) {
      const r = results[k] as Scored;
      if (!r.queryShared || r.score > rival.score) {
        out?.push(r);
        continue;
      }
      out ??= results.slice(0, k);
      const again = this.scoreParty(pq, r.party, r.combos, memo, r.evidence, true);
      again.rival = (this.parties[rival.party] as SanctionedParty).referenceNumber;
      if (again.score >= o.floor) out.push(again);
    }
    return out ?? results;
  }

  /**
   * With the query's memo the alignment reads the memoised similarities and key checks, which equal
   * the direct ones: since 1.9.0 the vocabulary and the index's per-form lists tell the Abd particle
   * from a name folded alike (up to 1.8.0 they did not, and the memo could differ for such a query
   * token; docs/benchmarks.md, session 5). compare() has no memo and reads them directly.
   */
  private explanation(r: Scored, threshold: number, pq?: PreparedQuery, memo?: QueryMemo): Explanation {
    let name = null;
    const evidence = explainEvidence(r.evidence);
    if (r.queryName && r.listedName) {
      const qi = pq && memo ? pq.names.indexOf(r.queryName) : -1;
      // With the memo: scored again in detail under this same memo (its similarities, key checks
      // and hints, which equal the direct ones), the costs of the chosen pairings looked up.
      const detailed =
        qi >= 0 && memo
          ? scoreNames(r.queryName, r.listedName, true, memo.sims[qi], memo.checks[qi], memo.hints[qi], r.listedId, this.memoTable.costFn(memo.offsets[qi] as number), r.rival !== null)
          : scoreNames(r.queryName, r.listedName, true);
      name = explainName(r.queryName, r.listedName, detailed, NAME.prior);
      if (r.rival !== null) name.queryChargedInFull = r.rival;
      if (r.koreanLogit !== 0) {
        evidence.unshift({ kind: 'koreanSyllables', outcome: 'Korean names each with a syllable the other lacks', sign: '-', weight: round(r.koreanLogit, 3), query: r.queryName.full, listed: r.listedName.full });
      }
      if (r.qualityLogit !== 0) {
        evidence.unshift({ kind: 'aliasQuality', outcome: r.listedName.quality === 'low' ? 'low-quality alias' : 'former name', sign: '-', weight: round(r.qualityLogit, 3), listed: r.listedName.quality });
      }
    }
    const evidenceLogOdds = r.evidence.reduce((s, e) => s + e.weight, 0);
    return {
      summary: summarise(name, evidence, r.score, threshold),
      scoring: {
        nameScore: r.nameScore === null ? null : round(r.nameScore),
        nameLogOdds: round(r.nameLogit, 3),
        aliasQualityLogOdds: round(r.qualityLogit, 3),
        koreanSyllablesLogOdds: round(r.koreanLogit, 3),
        identifierFloorApplied: r.identifierFloor,
        exactNameFloorApplied: r.exactNameFloor,
        evidenceLogOdds: round(evidenceLogOdds, 3),
        finalLogOdds: round(r.logOdds, 3),
        score: r.score,
      },
      name,
      evidence,
      threshold,
      algorithmVersion: ALGORITHM_VERSION,
      listVersions: this.listVersions.map((v) => ({ source: v.source, hash: v.hash })),
    };
  }
}

/** A query whose names may meet an organisation's word for word: an organisation's, or of unknown kind. */
function exactNameQuery(pq: PreparedQuery): boolean {
  const kind = schemaKind(pq.query.schema);
  return kind === 'organization' || kind === 'unknown';
}

/** identifierHits of a query without document or IMO numbers (most queries: no set made for them). */
const NO_HITS: ReadonlySet<number> = new Set<number>();
/** Highest bound first, then party order (a complete order: the same input scores in the same order). */
const byBound = (x: PartyTask, y: PartyTask): number => y.bound - x.bound || x.party - y.party;

/** The per-query memos of one query, by query name (MatchEngine.memo). */
interface QueryMemo {
  sims: SimilarityFn[];
  checks: PairChecks[];
  /** Merge hints by query name, once search() has prepared them (absent: none). */
  hints: (MergeHintsView | undefined)[];
  /** The per-form lists of each query name (looked up once, for retrieval, the memo and the hints). */
  forms: QueryForms[];
  /** The flattened column of each query name's first token (memo.ts SimilarityMemo). */
  offsets: number[];
  /** Which query tokens each listed vocabulary entry may be similar to, by query name (absent: unknown). */
  rows: (SimilarRows | undefined)[];
}

/** A party waiting to be scored: its candidate (query name, listed name) pairs and its name bound. */
interface PartyTask {
  party: number;
  combos: [number, number][];
  /** Upper bound on logit(name score) + alias quality; Infinity for identifier hits. */
  bound: number;
}

/**
 * Added to a bound before comparing: similarityBound and scoreNames sum the same terms in different
 * orders, so an exact bound may come out a rounding error below the score it bounds.
 */
const BOUND_SLACK = 1e-9;

/**
 * Added to pairBound before comparing it with the name score a candidate needs: the bound and the
 * scorer sum the same terms in different orders (score.ts pairBound counts a split pairing's gain
 * as two terms), so where the bound is exact it may come out a rounding error below the score.
 */
const NAME_BOUND_SLACK = 1e-9;

/**
 * A name score under which the candidate filter in search() refuses every name, even allowing for
 * the rounding of the final score: pairBound may stop early below it. Below floor - 1e-4 a final
 * score cannot round up to the floor (round keeps 4 decimals); the margins keep clear of logit's
 * clamp at LOGIT_FLOOR. -Infinity (no early stop) where they cannot.
 */
function refusableBelow(floor: number, maxEvidence: number, neededName: number): number {
  if (floor - 1e-4 <= 2 * LOGIT_FLOOR) return -Infinity;
  const below = sigmoid(logit(floor - 1e-4) - maxEvidence) - 1e-6;
  return below > 2 * LOGIT_FLOOR ? Math.min(below, neededName) : -Infinity;
}

/** An exact identifier match dominates: the names then only need not be absurd. */
function identifierFloorApplies(namePart: number, evidence: EvidenceItem[]): boolean {
  return evidence.some((e) => (e.kind === 'document' || e.kind === 'imoNumber') && e.weight > 0) && namePart < logit(EVIDENCE.identifierNameFloor);
}

/** Final log-odds from the name part (logit of the name score + alias quality) and the evidence. */
function combinedLogOdds(namePart: number, evidence: EvidenceItem[]): number {
  let e = 0;
  for (const item of evidence) e += item.weight;
  return (identifierFloorApplies(namePart, evidence) ? logit(EVIDENCE.identifierNameFloor) : namePart) + e;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** Plain code-unit order, independent of locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
