/**
 * What NameIndex.candidates() needs of a query name before it reads any postings: its units with
 * every entry's credit, in the order they are walked, the weights the bound treats as free, and the
 * listed initials its letters pair with. All of it depends only on the query name and its per-form
 * lists (index.ts QueryForms), so it is built once per QueryForms object and kept with it: a
 * repeated query text (the engine hands out the same prepared name and lists) skips the work, and a
 * new one builds it once, computing each entry's credit once instead of once per reader.
 */
import type { PreparedName, PreparedToken } from './prepared.js';
import { isQueryIndexable } from './prepared.js';
import { fuzzyCredit, leastUnmatchedLoss, MIN_CUT_LENGTH, nameScoreFormula, typedTitleCandidate } from './score.js';
import { NAME, TOKEN } from './weights.js';
import type { QueryForms, TokenMatches } from './index.js';
import type { Postings } from './postings.js';

/**
 * A unit's vocabulary entries (the index's cached list, not a copy) and their credits: entry
 * vocab[k] earns credits[k] = fuzzyCredit(similarity - shift) x the smaller of the query weight the
 * unit stands for and the entry's largest listed weight, the most the scorer can credit any pairing
 * the unit stands for (score.ts: a pairing's agreement is its fuzzy credit times the smaller weight
 * of its two sides).
 */
export interface Unit {
  /** Query weight the unit stands for (what it covers when it hits). */
  weight: number;
  /** Largest credit it gives any name. */
  maxCredit: number;
  vocab: Int32Array;
  /** Entry k's credit is credits[first + k] (one array for the plan's joined units; a token unit's own, shared by plans of the same list and weight). */
  credits: number[];
  first: number;
  /** Query token position for token units (tie-break), -1 otherwise. */
  position: number;
  /** Sum of the unit's postings lengths (the cost of walking it). */
  postings: number;
}

export interface RetrievalPlan {
  /** The query name and lists it was built for (a plan is reused only for both). */
  query: PreparedName;
  total: number;
  /** Weight of the tokens that cannot retrieve, credited to every candidate. */
  free: number;
  /** Weight an unmatched token may not cost in full (typed title at the head, common middle names). */
  maybeFree: number;
  heaviest: number;
  /** Units of adjacent query tokens written together, by position. */
  joined: Unit[];
  /** Positions of the query tokens with a merged reading (whose names are admitted), ascending. */
  splits: number[];
  /** Per query token: the credit of its merged reading (0: none). */
  splitCredit: number[];
  /** Positions whose merged reading has no single unit to be credited with, ascending. */
  lonelySplits: number[];
  /** Single-token units, heaviest first (ties by position): the order they are walked. */
  units: Unit[];
  /** Sum of the retrievable tokens' weights (the early stop's starting credit and cover). */
  retrievable: number;
  /** The initial entries of the vocabulary that pair with the query tokens' letters (PairingInitials). */
  pairingInitials: number[];
}

/** Most agreement one initial pairing can give (similarity x weight cap). */
export const INITIAL_AGREEMENT = TOKEN.initialSimilarity * TOKEN.initialMaxWeight;

/**
 * The bound on the name score of a name with `credit`, `uncovered` query weight and `initials`
 * listed initials: the free tokens agree, each listed initial pairs at its best and takes the
 * heaviest query token off the loss. `listedLoss`: what the name's own tokens surely lose (tokens
 * nothing in the query can pair with; 0 when not known), added to the query side's loss.
 */
export function planBound(p: RetrievalPlan, credit: number, uncovered: number, initials: number, listedLoss = 0): number {
  return nameScoreFormula(Math.min(p.total, credit + p.free + initials * INITIAL_AGREEMENT), Math.max(0, uncovered - p.free - p.maybeFree - initials * p.heaviest) * NAME.queryUnmatched + listedLoss);
}

/**
 * The most unit `u` of plan `p` credits any one name: its largest entry credit, or its token's
 * merged reading, credited under the unit's number (index.ts candidates: a name gets the better of
 * the two).
 */
export function unitBest(p: RetrievalPlan, u: Unit): number {
  const split = p.splitCredit[u.position] as number;
  return split > u.maxCredit ? split : u.maxCredit;
}

/**
 * The unit over list `m`: entry k earns fuzzyCredit(similarity - shift) x min(entry weight, scale),
 * appended to `credits` (a plain array of the plan's units: on the JavaScript heap, where a typed
 * array per unit would allocate a buffer of its own per unit of every new query).
 */
function unitOf(weight: number, position: number, m: TokenMatches, shift: number, scale: number, entryWeight: Float64Array, postings: Postings, credits: number[]): Unit {
  const n = m.vocab.length;
  const first = credits.length;
  let maxCredit = 0;
  let walk = 0;
  for (let k = 0; k < n; k++) {
    const v = m.vocab[k] as number;
    const w = entryWeight[v] as number;
    const c = fuzzyCredit((m.similarity[k] as number) - shift, 'fuzzy') * (w < scale ? w : scale);
    credits.push(c);
    if (c > maxCredit) maxCredit = c;
    walk += postings.count(v);
  }
  return { weight, maxCredit, vocab: m.vocab, credits, first, position, postings: walk };
}

/**
 * A token unit's credits over one similar-entry list for one query weight (the unit's scale), and
 * the postings it walks. Kept per list (the index caches one list per query token form, and new
 * query names mostly repeat tokens met before: the bench's cold pass reads 982,000 entries of 10,349
 * distinct lists), for the last weight asked: a plan of a token with that list and weight shares
 * the credits (read-only) instead of computing each entry's fuzzy credit and postings again.
 */
interface ListCredits {
  scale: number;
  credits: number[];
  maxCredit: number;
  postings: number;
}

/** ListCredits by list (dropped with the index's list). */
const creditsByList = new WeakMap<TokenMatches, ListCredits>();

/**
 * The unit of query token `position` of weight `weight` over its list `m`: unitOf(weight, position,
 * m, 0, weight, ...) with the credits in an array of their own, from creditsByList where the list
 * was last asked for the same weight (the same entries, similarities, entry weights and scale give
 * the same products).
 */
function tokenUnit(weight: number, position: number, m: TokenMatches, entryWeight: Float64Array, postings: Postings): Unit {
  let known = creditsByList.get(m);
  if (known === undefined || known.scale !== weight) {
    const credits: number[] = [];
    const u = unitOf(weight, position, m, 0, weight, entryWeight, postings, credits);
    known = { scale: weight, credits, maxCredit: u.maxCredit, postings: u.postings };
    creditsByList.set(m, known);
    return u;
  }
  return { weight, maxCredit: known.maxCredit, vocab: m.vocab, credits: known.credits, first: 0, position, postings: known.postings };
}

/**
 * Sorts `units` heaviest first, ties by position (distinct per token unit, so the order is total
 * and any sort gives it), by insertion: a plan has a few units, and Array.prototype.sort with a
 * comparator allocated a work array and a boxed weight difference per comparison (12.7 of the 483
 * MiB a cold 20,000-query UN pass allocated, bench/alloc-profile.ts).
 */
export function walkOrder(units: Unit[]): void {
  for (let i = 1; i < units.length; i++) {
    const u = units[i] as Unit;
    let k = i;
    while (k > 0 && walksBefore(u, units[k - 1] as Unit)) {
      units[k] = units[k - 1] as Unit;
      k--;
    }
    units[k] = u;
  }
}

/** Whether unit x is walked before unit y: heavier, or as heavy and earlier in the query. */
function walksBefore(x: Unit, y: Unit): boolean {
  return x.weight > y.weight || (x.weight === y.weight && x.position < y.position);
}

/** The plan of query name `query` with lists `forms` against an index's vocabulary (see RetrievalPlan). */
export function buildPlan(query: PreparedName, forms: QueryForms, entryWeight: Float64Array, postings: Postings, initials: PairingInitials): RetrievalPlan {
  const tokens = query.tokens;
  let free = 0;
  let heaviest = 0;
  for (const t of tokens) {
    if (!isQueryIndexable(t)) free += t.weight;
    if (t.weight > heaviest) heaviest = t.weight;
  }
  // A typed title at the head of the query (Hji, Qafi) may cost nothing against a listed name that
  // had the title removed (score.ts facesItsTitle): the bound does not count it as lost.
  const first = tokens[0];
  let maybeFree = first !== undefined && isQueryIndexable(first) && typedTitleCandidate(first) ? first.weight : 0;
  // A common middle name left unmatched costs only part of its weight (score.ts queryUnmatchedShare),
  // and a country's word of an organisation's name at most a place's pairing weight (since 1.146.0):
  // score.ts leastUnmatchedLoss. The first token's share is its whole weight, so only its place counts.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as PreparedToken;
    if (isQueryIndexable(t) && !(i === 0 && maybeFree > 0)) maybeFree += t.weight - leastUnmatchedLoss(tokens, i) / NAME.queryUnmatched;
  }
  const credits: number[] = [];
  const joined: Unit[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] as PreparedToken;
    const b = tokens[i + 1] as PreparedToken;
    if (a.role === 'initial' || b.role === 'initial') continue;
    const m = forms.joined[i] as TokenMatches;
    if (m.vocab.length === 0) continue;
    const w = a.weight + b.weight;
    joined.push(unitOf(w, -1, m, TOKEN.mergePenalty, w, entryWeight, postings, credits));
  }
  const splits: number[] = [];
  const splitCredit: number[] = new Array<number>(tokens.length).fill(0);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as PreparedToken;
    if (!isQueryIndexable(t) || t.folded.length < MIN_CUT_LENGTH) continue;
    if ((forms.split[i] as Int32Array).length === 0) continue;
    splits.push(i);
    // A merged pairing earns at most fuzzyCredit(1 - mergePenalty) x the query token's weight.
    splitCredit[i] = fuzzyCredit(1 - TOKEN.mergePenalty, 'merged') * t.weight;
  }
  const units: Unit[] = [];
  const lonelySplits: number[] = [];
  let retrievable = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as PreparedToken;
    if (!isQueryIndexable(t)) continue;
    retrievable += t.weight;
    // (s - 0) x weight is s x weight exactly: the credits are those of the unshifted product.
    const u = tokenUnit(t.weight, i, forms.tokens[i] as TokenMatches, entryWeight, postings);
    if (u.maxCredit > 0) units.push(u);
    else if ((splitCredit[i] as number) > 0) lonelySplits.push(i);
  }
  walkOrder(units);
  return {
    query,
    total: query.totalWeight,
    free,
    maybeFree,
    heaviest,
    joined,
    splits,
    splitCredit,
    lonelySplits,
    units,
    retrievable,
    pairingInitials: initials.pairingWith(tokens),
  };
}

/**
 * The letters of query tokens: their initials and folded forms (what a listed initial pairs with:
 * index.ts pairsWith).
 */
export function queryLetters(tokens: readonly PreparedToken[]): Set<string> {
  const letters = new Set<string>();
  for (const t of tokens) {
    letters.add(t.initial);
    letters.add(t.folded);
  }
  return letters;
}

/**
 * The vocabulary's initial entries by the letters they pair with (their initial and their folded
 * form), so that a plan finds the entries its query's letters pair with by a few map lookups
 * instead of building the query's letter set and testing every initial entry against it (about a
 * quarter of buildPlan's time on a cold UN pass). The same entries in the same order, ascending
 * by position in `entries`, as that test gives (test/matching/pairing-initials.test.ts).
 */
export class PairingInitials {
  /** Positions in `entries` by letter, ascending. */
  private readonly byLetter = new Map<string, number[]>();
  /** Per position: the serial of the last call that found it. */
  private readonly found: Uint32Array;
  private serial = 0;

  /** `entries`: the ids of the vocabulary's initial entries, ascending; `vocab`: the vocabulary. */
  constructor(
    private readonly entries: Int32Array,
    vocab: readonly PreparedToken[],
  ) {
    this.found = new Uint32Array(entries.length);
    for (let k = 0; k < entries.length; k++) {
      const t = vocab[entries[k] as number] as PreparedToken;
      this.add(t.initial, k);
      if (t.folded !== t.initial) this.add(t.folded, k);
    }
  }

  /** The ids of the initial entries that pair with some token of `tokens`, in the order of `entries`. */
  pairingWith(tokens: readonly PreparedToken[]): number[] {
    if (++this.serial >= 0xffffffff) {
      this.found.fill(0);
      this.serial = 1;
    }
    const serial = this.serial;
    let any = false;
    for (const t of tokens) {
      if (this.mark(t.initial, serial)) any = true;
      if (t.folded !== t.initial && this.mark(t.folded, serial)) any = true;
    }
    const out: number[] = [];
    if (!any) return out;
    for (let k = 0; k < this.entries.length; k++) if (this.found[k] === serial) out.push(this.entries[k] as number);
    return out;
  }

  private add(letter: string, k: number): void {
    const list = this.byLetter.get(letter);
    if (list === undefined) this.byLetter.set(letter, [k]);
    else if (list[list.length - 1] !== k) list.push(k);
  }

  /** Marks the positions `letter` pairs with; whether there were any. */
  private mark(letter: string, serial: number): boolean {
    const list = this.byLetter.get(letter);
    if (list === undefined) return false;
    for (let i = 0; i < list.length; i++) this.found[list[i] as number] = serial;
    return true;
  }
}
