/**
 * Per-query token similarities over the interned list vocabulary.
 *
 * Every listed token carries the id of its vocabulary entry (equal folded form, alternative form,
 * script flag and initial: equal similarity to anything). For each query token the index keeps,
 * per distinct token form, the vocabulary entries it shares a retrieval key with and is similar to,
 * sorted by id (index.ts matches). At the start of a query those lists are spread into dense
 * per-column tables the size of the vocabulary (reused across queries: each reset clears what the
 * last query wrote), so a lookup is one array read: the scorer and its bounds ask for the same (column,
 * entry) pairs many times over the candidates of one query. The values are exactly
 * tokenSimilarity's (a pair that shares no retrieval key is no match): memoising changes the cost
 * of a query, never its scores.
 */
import type { QueryForms, TokenMatches } from './index.js';
import type { PreparedName, PreparedToken } from './prepared.js';
import { cutHalfBits, cutMatches, initialSimilarity, joinedAt, keyedSimilarity, lengthsCompatible, maskableCuts, mayCut, queryJoinMatches, splitMayMeet, tokenSimilarity, type MergeHints as MergeHintsView, type PairChecks, type SimilarityFn, type SimilarRows } from './score.js';

/**
 * Memory for the dense tables, all columns together: beyond this (long or many query names against
 * a large vocabulary: a million-name list has ~270,000 entries, 3.2 MB a column) the further columns
 * are looked up by binary search in their sorted lists, as before, with the same values.
 */
const DENSE_BYTES = 64 * 1024 * 1024;
/** Bytes a dense column takes per vocabulary entry (a Float64 value). */
const BYTES_PER_ENTRY = 8;

export class SimilarityMemo {
  private queryTokens: PreparedToken[] = [];
  /** The similar-entry list of each column (sorted by id), for columns past the dense ones. */
  private lists: TokenMatches[] = [];
  /** The dense columns the last query filled (reset clears the entries it wrote before filling). */
  private filled = 0;
  private readonly denseColumns: number;
  /**
   * Per query-token column: similarity by vocabulary id, 0 where the entry is not in the column's
   * list. Only the entries a query wrote are non-zero, and the next reset sets them back to 0 (no
   * stamps: one array read per lookup, one cache line written per entry).
   */
  private readonly values: Float64Array[] = [];
  /**
   * Per vocabulary id: the columns (bit per flattened query token) whose similar-entry list holds
   * it, 0 for the others, cleared like the values; filled only for queries of at most
   * MAX_ROW_COLUMNS tokens (`rowsValid`). A listed token's row says which query tokens it can be
   * similar to at all.
   */
  private readonly rowBits: Int32Array;
  private rowsValid = false;
  private readonly rowViews: SimilarRowView[] = [];

  /**
   * `matches(t)`: the vocabulary entries similar to a query token (the index's cached lists);
   * `vocabularySize`: the number of vocabulary ids; `denseBytes`: the memory the dense tables may
   * take (tests lower it to reach the binary-search columns).
   */
  constructor(
    private readonly matches: (t: PreparedToken) => TokenMatches,
    private readonly vocabularySize: number,
    denseBytes = DENSE_BYTES,
  ) {
    this.denseColumns = Math.max(1, Math.floor(denseBytes / (BYTES_PER_ENTRY * Math.max(1, vocabularySize))));
    this.rowBits = new Int32Array(vocabularySize);
  }

  /**
   * Starts a query whose tokens (all names, flattened) are `tokens`; `lists`, when given, are their
   * similar-entry lists already looked up (index.ts QueryForms), else they are asked for here.
   */
  reset(tokens: PreparedToken[], lists?: TokenMatches[]): void {
    this.clear();
    this.queryTokens = tokens;
    this.lists = lists ?? tokens.map((t) => this.matches(t));
    const dense = Math.min(tokens.length, this.denseColumns);
    while (this.values.length < dense) this.values.push(new Float64Array(this.vocabularySize));
    this.filled = dense;
    this.rowsValid = tokens.length <= MAX_ROW_COLUMNS;
    // One pass per column writes both its dense values and its row bits (the entries of a list are
    // read once, and an entry's value and row are written together).
    const rowBits = this.rowBits;
    for (let column = 0; column < this.lists.length; column++) {
      const m = this.lists[column] as TokenMatches;
      const ids = m.vocab;
      const similarity = m.similarity;
      const bit = 1 << column;
      if (column < dense) {
        const values = this.values[column] as Float64Array;
        if (this.rowsValid) {
          for (let k = 0; k < ids.length; k++) {
            const v = ids[k] as number;
            values[v] = similarity[k] as number;
            rowBits[v] = (rowBits[v] as number) | bit;
          }
        } else for (let k = 0; k < ids.length; k++) values[ids[k] as number] = similarity[k] as number;
      } else if (this.rowsValid) {
        for (let k = 0; k < ids.length; k++) {
          const v = ids[k] as number;
          rowBits[v] = (rowBits[v] as number) | bit;
        }
      }
    }
  }

  /** Sets every entry the last query wrote (dense values, rows) back to 0, one pass per column. */
  private clear(): void {
    const rowBits = this.rowBits;
    for (let column = 0; column < this.lists.length; column++) {
      const ids = (this.lists[column] as TokenMatches).vocab;
      if (column < this.filled) {
        const values = this.values[column] as Float64Array;
        if (this.rowsValid) {
          for (let k = 0; k < ids.length; k++) {
            const v = ids[k] as number;
            values[v] = 0;
            rowBits[v] = 0;
          }
        } else for (let k = 0; k < ids.length; k++) values[ids[k] as number] = 0;
      } else if (this.rowsValid) for (let k = 0; k < ids.length; k++) rowBits[ids[k] as number] = 0;
    }
  }

  /** Row bits of vocabulary entry `v`, all columns (0: no column's list holds it). */
  rowColumns(v: number): number {
    return this.rowBits[v] as number;
  }

  /**
   * The rows of query name `qi` of the last reset, whose tokens are the `tokens` columns from
   * `offset` (score.ts SimilarRows); undefined when the query has too many tokens for the bits.
   * Valid until the next reset.
   */
  rows(qi: number, offset: number, tokens: number): SimilarRows | undefined {
    if (!this.rowsValid) return undefined;
    while (this.rowViews.length <= qi) this.rowViews.push(new SimilarRowView(this));
    const view = this.rowViews[qi] as SimilarRowView;
    view.place(offset, tokens);
    return view;
  }

  /** Similarity of query token `column` (flattened index) with listed token `l`. */
  get(column: number, l: PreparedToken): number {
    const q = this.queryTokens[column] as PreparedToken;
    if (q.role === 'initial' || l.role === 'initial') return initialSimilarity(q, l);
    if (l.id < 0) return tokenSimilarity(q, l).similarity;
    return this.entryValue(column, l.id);
  }

  /**
   * get(column, l) for a listed token l of vocabulary id `id` where neither l nor query token
   * `column` is an initial: the similarity from the column's list alone, no token read.
   */
  entryValue(column: number, id: number): number {
    if (column < this.denseColumns) return (this.values[column] as Float64Array)[id] as number;
    const m = this.lists[column] as TokenMatches;
    const ids = m.vocab;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = ids[mid] as number;
      if (v === id) return m.similarity[mid] as number;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /**
   * tokenSimilarity(query token `column`, l).cost, for the explanation of a returned match: kept per
   * similar-entry list (the index caches one list per query token form, so a form met again, in
   * this query or a later one, finds its costs) and entry. Exact: a list belongs to one form key
   * (index.ts formKey: folded and written spellings, alternative, script, initial, role), which fixes
   * every field of the query token the similarity and its cost read; an entry in the list shares a
   * key with the form and stands for listed tokens alike in every field the similarity reads (the
   * vocabulary's premise, as for the similarities above). A list the index computed in this process
   * carries its costs (index.ts TokenMatches.costs, from the same computation as its similarities);
   * a stored own-form list does not, and its costs are computed on first use. Pairs outside the list
   * (an initial, a token without an id, an entry not similar) are computed directly.
   */
  cost(column: number, l: PreparedToken): number {
    const q = this.queryTokens[column] as PreparedToken;
    const m = this.lists[column];
    if (m === undefined || l.id < 0 || q.role === 'initial' || l.role === 'initial') return tokenSimilarity(q, l).cost;
    const k = positionOf(m.vocab, l.id);
    if (k < 0) return tokenSimilarity(q, l).cost;
    const known = m.costs;
    if (known !== undefined) return known[k] as number;
    let costs = costsByList.get(m);
    if (costs === undefined) {
      costs = new Float64Array(m.vocab.length).fill(NaN);
      costsByList.set(m, costs);
    }
    let c = costs[k] as number;
    if (Number.isNaN(c)) {
      // The list holds l's entry, so q and l share a retrieval key (the list is what q's keys reach,
      // and every token of an entry has its keys): tokenSimilarity's key test would only say so,
      // building l's key set the first time a listed token is asked about.
      c = keyedSimilarity(q, l).cost;
      costs[k] = c;
    }
    return c;
  }

  /** A cost function (see cost) for one query name whose tokens start at flattened column `offset`. */
  costFn(offset: number): (qi: number, l: PreparedToken) => number {
    return (qi, l) => this.cost(offset + qi, l);
  }

  /** A SimilarityFn for one query name whose tokens start at flattened column `offset`. */
  fn(offset: number): SimilarityFn {
    return (qi, l) => this.get(offset + qi, l);
  }
}

/** Flattened query tokens SimilarityMemo's rows can describe (bits 0 .. 30 of an Int32). */
const MAX_ROW_COLUMNS = 31;

/**
 * One query name's window on bits by flattened column (SimilarityMemo's rows, MergeHints): its
 * `tokens` columns from `offset`, shifted to start at bit 0.
 */
class ColumnWindow {
  /** The query name's first flattened column. */
  protected offset = 0;
  private mask = 0;

  place(offset: number, tokens: number): void {
    this.offset = offset;
    this.mask = (1 << tokens) - 1;
  }

  protected window(bits: number): number {
    return (bits >>> this.offset) & this.mask;
  }
}

/** One query name's rows. */
class SimilarRowView extends ColumnWindow implements SimilarRows {
  constructor(private readonly owner: SimilarityMemo) {
    super();
  }

  columnsOf(v: number): number {
    return this.window(this.owner.rowColumns(v));
  }

  value(i: number, v: number): number {
    return this.owner.entryValue(this.offset + i, v);
  }
}

/** SimilarityMemo.cost's answers, per similar-entry list (index.ts caches the lists; dropped with them). */
const costsByList = new WeakMap<TokenMatches, Float64Array>();

/** Position of `id` in the ascending `ids`, -1 if absent. */
function positionOf(ids: Int32Array, id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid] as number;
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** PairCheckMemo.checks' merge until the real one, which reads the checks object, is made. */
const NO_MERGE: PairChecks['merge'] = () => false;

/** Memory for PairCheckMemo's tables, all columns together (beyond it: the checks computed directly). */
const PAIR_CHECK_BYTES = 32 * 1024 * 1024;
/** Bytes a PairCheckMemo column takes per vocabulary entry (stamp, flags, two cut masks). */
const PAIR_CHECK_BYTES_PER_ENTRY = 13;
/** PairCheckMemo flags: the join answer is known, and what it is; each cut mask is known. */
const JOIN_KNOWN = 1;
const JOIN_TRUE = 2;
const LEFT_KNOWN = 4;
const RIGHT_KNOWN = 8;
const SPLIT_KNOWN = 16;
const SPLIT_TRUE = 32;

/**
 * Per-query answers to the key checks of merged and split pairings (score.ts PairChecks), by query
 * token column (flattened over the query's names, as in SimilarityMemo) and listed vocabulary id.
 * The candidate bound and the scorer ask whether a query token cut in two meets two adjacent listed
 * tokens (cutMatches) and whether two adjacent query tokens joined meet a listed token
 * (joinMatches) for every candidate name, and the candidates of one query share most of their
 * tokens (aliases, common names); each answer is a few to a few dozen string-set lookups. Here each
 * (column, entry) pair is looked up once per query: for a cut, as two bit masks over the cuts of the
 * query token (which cuts have their left half among the entry's keys, which their right half),
 * whose intersection is cutMatches' answer.
 *
 * Exact: a listed token's keys (prepared.ts tokenKeys, isIndexable) depend on its vocabulary entry's
 * interned fields plus its role (the Abd particle) and skeleton; the engine marks any vocabulary id
 * whose tokens differ in those (`cacheable`), and such ids, tokens without an id, query tokens of
 * more cuts than a mask holds, and columns past the memory budget are checked directly.
 */
export class PairCheckMemo {
  private tokens: PreparedToken[] = [];
  private readonly columns: number;
  private readonly stamps: Uint32Array[] = [];
  private readonly flags: Uint8Array[] = [];
  private readonly left: Int32Array[] = [];
  private readonly right: Int32Array[] = [];
  private serial = 0;

  /** `cacheable[id]`: 1 when every listed token of vocabulary id `id` has the same keys (see above). */
  constructor(
    private readonly vocabularySize: number,
    private readonly cacheable: Uint8Array,
    bytes = PAIR_CHECK_BYTES,
  ) {
    this.columns = Math.floor(bytes / (PAIR_CHECK_BYTES_PER_ENTRY * Math.max(1, vocabularySize)));
  }

  /** Starts a query whose tokens (all names, flattened) are `tokens`. */
  reset(tokens: PreparedToken[]): void {
    this.tokens = tokens;
    if (++this.serial >= 0xffffffff) {
      for (const s of this.stamps) s.fill(0);
      this.serial = 1;
    }
    const columns = Math.min(tokens.length, this.columns);
    while (this.stamps.length < columns) {
      this.stamps.push(new Uint32Array(this.vocabularySize));
      this.flags.push(new Uint8Array(this.vocabularySize));
      this.left.push(new Int32Array(this.vocabularySize));
      this.right.push(new Int32Array(this.vocabularySize));
    }
  }

  /**
   * The checks for one query name whose tokens start at flattened column `offset`. The three
   * closures come from methods that return them: a function written as an object literal's property
   * gets its name set at run time by tsx (`keepNames`: an Object.defineProperty per closure, per
   * query name), a returned one has none to set. (A NameChecks object with methods in place of the
   * closures made cold passes 25% slower in session 8, cause unknown: the closures stay.)
   */
  checks(offset: number, q: PreparedName): PairChecks {
    const checks: PairChecks = { cut: this.cutFn(offset), join: this.joinFn(offset, q), merge: NO_MERGE, split: NO_MERGE };
    checks.merge = this.mergeFn(offset, q, checks);
    checks.split = this.splitFn(offset, q, checks);
    return checks;
  }

  private cutFn(offset: number): PairChecks['cut'] {
    return (qi, b, c) => this.cut(offset + qi, b, c);
  }

  private joinFn(offset: number, q: PreparedName): PairChecks['join'] {
    return (qi, b) => this.join(offset + qi, q, qi, b);
  }

  private mergeFn(offset: number, q: PreparedName, checks: PairChecks): PairChecks['merge'] {
    return (qi, l) => this.merge(offset + qi, q, qi, l, checks);
  }

  private splitFn(offset: number, q: PreparedName, checks: PairChecks): PairChecks['split'] {
    return (qi, l) => this.split(offset + qi, q, qi, l, checks);
  }

  /**
   * score.ts mayMerge(q, l, qi, true) with the split half kept per (column, entry) (score.ts
   * splitMayMeet: it reads only the entry's fields and keys) and the cut masks of the merge half.
   * The merge half is asked first, as mayMerge does: with merge hints pairBound asks only where the
   * index says a cut of the token meets two adjacent tokens of the name (MergeHints.nameBits), and
   * on the UN bench mix 33,261 of 44,632 calls were true by a cut against 2,715 by a split, so
   * asking the split half first read every listed token's split answer (and filled it, the first
   * time in a query) for nothing. Either order gives the same answer: both halves are pure.
   */
  private merge(column: number, q: PreparedName, qi: number, l: PreparedName, checks: PairChecks): boolean {
    const lt = l.tokens;
    const m = lt.length;
    const a = this.tokens[column] as PreparedToken;
    if (mayCut(a)) {
      for (let j = 0; j + 1 < m; j++) {
        const b = lt[j] as PreparedToken;
        const c = lt[j + 1] as PreparedToken;
        if (lengthsCompatible(a.folded.length, joinedAt(l, j).length, a.abjad || b.abjad || c.abjad) && this.cut(column, b, c)) return true;
      }
    }
    return this.split(column, q, qi, l, checks);
  }

  /** merge's split half (PairChecks.split): splitMayMeet for some token of l, kept per (column, entry). */
  private split(column: number, q: PreparedName, qi: number, l: PreparedName, checks: PairChecks): boolean {
    const lt = l.tokens;
    const m = lt.length;
    const tabled = column < this.stamps.length;
    for (let j = 0; j < m; j++) {
      const b = lt[j] as PreparedToken;
      if (!tabled || !this.cached(b)) {
        if (splitMayMeet(q, qi, b, true, checks)) return true;
        continue;
      }
      const flags = this.open(column, b.id);
      const f = flags[b.id] as number;
      if ((f & SPLIT_KNOWN) === 0) {
        const yes = splitMayMeet(q, qi, b, true, checks);
        flags[b.id] = (flags[b.id] as number) | SPLIT_KNOWN | (yes ? SPLIT_TRUE : 0);
        if (yes) return true;
      } else if ((f & SPLIT_TRUE) !== 0) return true;
    }
    return false;
  }

  private cut(column: number, b: PreparedToken, c: PreparedToken): boolean {
    const a = this.tokens[column] as PreparedToken;
    if (!mayCut(a)) return false;
    if (column >= this.stamps.length || !maskableCuts(a) || !this.cached(b) || !this.cached(c)) return cutMatches(a, b, c);
    const flags = this.open(column, b.id);
    const fb = flags[b.id] as number;
    const left = this.left[column] as Int32Array;
    if ((fb & LEFT_KNOWN) === 0) {
      left[b.id] = cutHalfBits(a, b, 0);
      flags[b.id] = fb | LEFT_KNOWN;
    }
    const bits = left[b.id] as number;
    if (bits === 0) return false;
    this.open(column, c.id);
    const fc = flags[c.id] as number;
    const right = this.right[column] as Int32Array;
    if ((fc & RIGHT_KNOWN) === 0) {
      right[c.id] = cutHalfBits(a, c, 1);
      flags[c.id] = fc | RIGHT_KNOWN;
    }
    return (bits & (right[c.id] as number)) !== 0;
  }

  private join(column: number, q: PreparedName, qi: number, b: PreparedToken): boolean {
    if (column >= this.stamps.length || !this.cached(b)) return queryJoinMatches(q, qi, b);
    const flags = this.open(column, b.id);
    const f = flags[b.id] as number;
    if ((f & JOIN_KNOWN) !== 0) return (f & JOIN_TRUE) !== 0;
    const yes = queryJoinMatches(q, qi, b);
    flags[b.id] = f | JOIN_KNOWN | (yes ? JOIN_TRUE : 0);
    return yes;
  }

  private cached(t: PreparedToken): boolean {
    return t.id >= 0 && this.cacheable[t.id] === 1;
  }

  /** The flags of `column`, with entry `id`'s cleared if they belong to an earlier query. */
  private open(column: number, id: number): Uint8Array {
    const stamps = this.stamps[column] as Uint32Array;
    const flags = this.flags[column] as Uint8Array;
    if (stamps[id] !== this.serial) {
      stamps[id] = this.serial;
      flags[id] = 0;
    }
    return flags;
  }
}

/**
 * score.ts MergeHints for the names of one query, from the index's per-form caches: which listed
 * names a merged pairing of each query token could meet (index.ts splitNames of its folded form)
 * and which vocabulary entries a split pairing of each pair of adjacent query tokens could meet
 * (index.ts joinedMatches). Bits by query token column, flattened over the query's names as in
 * SimilarityMemo, so one table serves every name of the query (the scorer meets them in party
 * order); queries of more than MAX_HINT_TOKENS tokens get none (`prepare` returns false). Typed
 * arrays sized once per list, reset by stamps; `view(qi)` gives one name's bits from bit 0. Since
 * session 13 also which adjacent pairs of a listed name a cut of each query token meets (pairBits,
 * from splitNames' places): the merged pairing's key check, read where it was asked of the keys
 * (cutHalfBits through PairCheckMemo.cut, two string-set passes per (column, entry) and query).
 */
export class MergeHints {
  private readonly nameStamp: Uint32Array;
  private readonly names: Int32Array;
  private readonly entryStamp: Uint32Array;
  private readonly entries: Int32Array;
  /**
   * Per listed token position (listed-tokens.ts): the columns a cut of which meets it and the next
   * token (pairColumns), valid for the names whose pairStamp is this query's: filled per name the
   * first time it is asked, from the columns' sorted places (QueryForms.splitAt), so a query pays
   * only for the names the bound or the scorer asks about (a large list's split lists are long).
   */
  private readonly pairStamp: Uint32Array;
  private readonly pairs: Int32Array;
  /** Per flattened column of the last prepared query: its QueryForms.splitAt list (EMPTY_PLACES where none). */
  private readonly columnPlaces: Int32Array[] = [];
  private readonly views: NameHints[] = [];
  private serial = 0;

  /** `tokenStart`: listed-tokens.ts ListedTokens.start (name `id`'s tokens are at tokenStart[id] ..). */
  constructor(nameCount: number, vocabularySize: number, private readonly tokenStart: Int32Array) {
    this.nameStamp = new Uint32Array(nameCount);
    this.names = new Int32Array(nameCount);
    this.entryStamp = new Uint32Array(vocabularySize);
    this.entries = new Int32Array(vocabularySize);
    this.pairStamp = new Uint32Array(nameCount);
    this.pairs = new Int32Array(tokenStart[nameCount] as number);
  }

  /**
   * Fills the hints for the query names `names` from their per-form lists (`forms[qi]`: split[i],
   * the names carrying adjacent tokens keyed by the halves of some cut of token i; joined[i], the
   * entries tokens i and i + 1 written together may meet). False (no hints) for a query too long
   * for the bits.
   */
  prepare(names: readonly PreparedName[], forms: readonly QueryForms[]): boolean {
    let columns = 0;
    for (const qn of names) columns += qn.tokens.length;
    if (columns > MAX_HINT_TOKENS) return false;
    if (++this.serial >= 0xffffffff) {
      this.nameStamp.fill(0);
      this.entryStamp.fill(0);
      this.pairStamp.fill(0);
      this.serial = 1;
    }
    const serial = this.serial;
    let offset = 0;
    for (let qi = 0; qi < names.length; qi++) {
      const qt = (names[qi] as PreparedName).tokens;
      if (qi === this.views.length) this.views.push(new NameHints(this));
      (this.views[qi] as NameHints).place(offset, qt.length);
      for (let i = 0; i < qt.length; i++) {
        const a = qt[i] as PreparedToken;
        this.columnPlaces[offset + i] = EMPTY_PLACES;
        // cutMatches' own conditions on the query token: no initial, long enough to cut.
        if (a.role === 'initial' || !mayCut(a)) continue;
        const ids = (forms[qi] as QueryForms).split[i] as Int32Array;
        for (let k = 0; k < ids.length; k++) mark(this.nameStamp, this.names, ids[k] as number, serial, 1 << (offset + i));
        this.columnPlaces[offset + i] = (forms[qi] as QueryForms).splitAt[i] as Int32Array;
      }
      for (let i = 0; i + 1 < qt.length; i++) {
        const a = qt[i] as PreparedToken;
        const b = qt[i + 1] as PreparedToken;
        if (a.role === 'initial' || b.role === 'initial') continue;
        const m = (forms[qi] as QueryForms).joined[i] as TokenMatches;
        for (let k = 0; k < m.vocab.length; k++) mark(this.entryStamp, this.entries, m.vocab[k] as number, serial, 1 << (offset + i));
      }
      offset += qt.length;
    }
    return true;
  }

  /** The hints of query name `qi` of the last prepared query (valid until the next prepare). */
  view(qi: number): MergeHintsView {
    return this.views[qi] as NameHints;
  }

  /** Bits of listed name `id`, all columns. */
  nameColumns(id: number): number {
    return this.nameStamp[id] === this.serial ? (this.names[id] as number) : 0;
  }

  /** Bits of vocabulary entry `v`, all columns. */
  entryColumns(v: number): number {
    return this.entryStamp[v] === this.serial ? (this.entries[v] as number) : 0;
  }

  /**
   * Bits of the adjacent pair of tokens j and j + 1 of listed name `id`, all columns: bit c set when
   * column c's places hold the pair (only columns of the name's nameColumns can: its places are
   * where its names come from).
   */
  pairColumns(id: number, j: number): number {
    const from = this.tokenStart[id] as number;
    if (this.pairStamp[id] !== this.serial) this.fillPairs(id, from);
    return this.pairs[from + j] as number;
  }

  private fillPairs(id: number, from: number): void {
    this.pairStamp[id] = this.serial;
    const to = this.tokenStart[id + 1] as number;
    const pairs = this.pairs;
    for (let p = from; p < to; p++) pairs[p] = 0;
    let columns = this.nameColumns(id);
    while (columns !== 0) {
      const c = 31 - Math.clz32(columns & -columns);
      columns &= columns - 1;
      const places = this.columnPlaces[c] as Int32Array;
      for (let k = lowerBound(places, from); k < places.length && (places[k] as number) < to; k++) {
        const p = places[k] as number;
        pairs[p] = (pairs[p] as number) | (1 << c);
      }
    }
  }
}

/** One query name's MergeHints. */
class NameHints extends ColumnWindow implements MergeHintsView {
  constructor(private readonly owner: MergeHints) {
    super();
  }

  nameBits(id: number): number {
    return this.window(this.owner.nameColumns(id));
  }

  entryBits(v: number): number {
    return this.window(this.owner.entryColumns(v));
  }

  pairBits(id: number, j: number): number {
    return this.window(this.owner.pairColumns(id, j));
  }
}

/** Query tokens MergeHints can describe: bits 0 .. 29 (pairBound also shifts the split bits left by one). */
const MAX_HINT_TOKENS = 30;

/** A column without places (an initial, a token too short to cut). */
const EMPTY_PLACES = new Int32Array(0);

/** The first index of the ascending `list` whose value is at least `value` (list.length if none). */
function lowerBound(list: Int32Array, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mark(stamps: Uint32Array, bits: Int32Array, at: number, serial: number, bit: number): void {
  if (stamps[at] !== serial) {
    stamps[at] = serial;
    bits[at] = bit;
  } else bits[at] = (bits[at] as number) | bit;
}
