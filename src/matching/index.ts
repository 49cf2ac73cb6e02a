/**
 * Candidate retrieval over the interned list vocabulary, built once per list version.
 *
 * The list has far fewer distinct tokens than names (UN: ~5,000 tokens for ~4,300 names; a million
 * names: tens of thousands), so the fuzzy work happens once per (query token, vocabulary entry):
 *
 * - retrieval keys (skeleton, its deletion neighbourhood, coarse phonetic key; the same for a
 *   glued-article alternative) map to vocabulary entries, and each entry to the ascending ids of
 *   the names carrying it (postings);
 * - each query token looks its keys up once, and the transliteration-aware similarity (memoised,
 *   memo.ts) is computed only against the entries found: a small map entry -> similarity;
 * - names are credited from the postings of those entries with at most fuzzyCredit(similarity) x
 *   the smaller of the query token's weight and the entry's largest listed weight per query token
 *   (a unit: the most the scorer can credit such a pairing), and with the weight the unit covers; units go from the most
 *   informative down, and once the units left could not lift a name none of the earlier ones hit to
 *   the needed name score, no new name is admitted (early stop, as in max-score/WAND pruning); the
 *   remaining units only add to admitted names, by whichever is cheaper: walking their postings or
 *   looking at the admitted names' own tokens;
 * - spellings merged or split differently on the two sides (bin Laden / Binladen, VladimirPutin)
 *   are units of their own: two adjacent query tokens joined, looked up as one (kept only where the
 *   scorer's merge rule could accept the pair), and a long query token cut in two, credited to names
 *   carrying the halves' keys on two adjacent tokens, in order (as the scorer's merge rule needs);
 * - a name is a candidate when nameScoreFormula(credit, uncovered weight) can still reach the
 *   needed score. Credit only over-estimates agreement (a pairing's weight never exceeds its query
 *   token's, units may overlap) and uncovered weight only under-estimates loss, so the bound never
 *   drops a name the scorer would rank above the threshold through the pairings the keys find.
 *
 * Bookkeeping lives in typed arrays sized once per list, reset by stamps rather than cleared.
 */
import { isIndexable, isQueryIndexable, tokenKeys, type PreparedName, type PreparedToken } from './prepared.js';
import { cutIdentity, formSimilarityAtLeast, hasRole, joinedAt, joinedFold, keyedSimilarityValue, lastKeyedCost, lengthsCompatible, MIN_CUT_LENGTH, presenceRefuses, tokenCuts } from './score.js';
import { TOKEN } from './weights.js';
import { buildPlan, PairingInitials, planBound, queryLetters, unitBest, type RetrievalPlan, type Unit } from './retrieval-plan.js';
import { AdjacentKeyFilter, AdjacentPairs, type VisitPair } from './adjacent-key-filter.js';
import { letterLayers, useSurplusPairing } from './distance.js';
import { FOLDED, SHAPE_SIZE, vocabularyShapes, writeShape } from './form-shape.js';
import { unitBit, UnitMarks, UnitSetBounds } from './unit-marks.js';
import { ListedTokens } from './listed-tokens.js';
import { KeyPresence } from './key-presence.js';
import { Postings } from './postings.js';
import { IntBuffer } from './int-buffer.js';
import { FiledLists, VocabularyMatches, VocabularySplits } from './vocabulary-matches.js';
import { MirroredPairs } from './mirrored-pairs.js';
import { skeleton } from '../names/keys.js';
import { runSteps, type Steps } from '../util/event-loop.js';

const EMPTY = new Int32Array(0);
/** The (shared, never modified) answer for a token similar to nothing: most tokens, on a small list. */
const NO_MATCHES: TokenMatches = { vocab: EMPTY, similarity: new Float64Array(0) };

/** Every vocabulary entry a query token shares a key with and is similar to (similarity > 0), by id. */
export interface TokenMatches {
  vocab: Int32Array;
  similarity: Float64Array;
  /**
   * The weighted edit cost behind each similarity (score.ts tokenSimilarity's cost), where the list
   * was computed in this process (similarEntries has it at hand); absent on a list read from the
   * vocabulary's own store, whose costs the memo works out when an explanation asks (memo.ts cost).
   */
  costs?: Float64Array;
}

/**
 * The per-form lists one query name needs, looked up once per query (NameIndex.forms) and shared by
 * retrieval, the similarity memo and the merge hints instead of each building the cache keys again.
 */
export interface QueryForms {
  /** matches(t) of every token. */
  tokens: TokenMatches[];
  /** joinedMatches of tokens i and i + 1 (the split pairing's entries); none where either is an initial. */
  joined: TokenMatches[];
  /** splitNames of token i's folded form (a merged pairing's names); none for an initial or a token too short to cut. */
  split: Int32Array[];
  /**
   * The same cuts' adjacent pairs themselves, by the flat position of their left token
   * (listed-tokens.ts; ascending, once each): exactly the pairs (j, j + 1) of listed tokens for
   * which score.ts cutMatches(token i, token j, token j + 1) holds.
   */
  splitAt: Int32Array[];
  /**
   * candidates()'s per-query preparation for these lists (retrieval-plan.ts), once built: kept on
   * the lists object itself rather than in a map beside them (a WeakMap's get and set were about a
   * tenth of the plan's cost on a cold pass).
   */
  plan: RetrievalPlan | undefined;
}

/** What splitNames finds for one folded form: the names, and the adjacent pairs by position (QueryForms). */
interface SplitLists {
  names: Int32Array;
  at: Int32Array;
}

const NO_SPLIT: SplitLists = { names: EMPTY, at: EMPTY };

/**
 * What NameIndex.build derives from the vocabulary's retrieval keys, and takes back from a saved
 * engine: each key with the ascending vocabulary ids carrying it (in the order the build first met
 * the keys), the filter of the key pairs adjacent listed tokens present, and the similarity and
 * split lists of the vocabulary's own forms (vocabulary-matches.ts).
 */
export interface IndexKeys {
  keyIds: ReadonlyMap<string, Int32Array>;
  adjacentKeys: AdjacentKeyFilter;
  vocabularyMatches: VocabularyMatches;
  vocabularySplits: VocabularySplits;
}

/** joinedMatches' lists of one joined form: where neither token is in Arabic script, and where one is. */
interface JoinedLists {
  plain: TokenMatches | undefined;
  abjad: TokenMatches | undefined;
}

/** Cached per distinct token form; cleared whole when it grows past this (bounded memory). */
const CACHE_LIMIT = 200_000;

/**
 * The vocabulary-intern key: everything a token's similarity to others depends on, which includes
 * the two roles that change it: an initial pairs by its letter, and the Abd particle has its own
 * skeleton and retrieval key (prepared.ts), so the particle عبد and the name عابد, both folded
 * "abd", are two entries (up to 1.8.0 they shared one, and a query's result depended on which of
 * them the engine had met first).
 */
export function formKey(t: PreparedToken): string {
  const role = t.role === 'initial' ? 1 : t.role === 'abd' ? 2 : 0;
  return `${t.folded}|${t.abjad ? 1 : 0}|${t.alt ?? ''}|${t.initial}|${role}|${t.written}`;
}

/**
 * The entries and similarities of a list, and their costs when given (a query form's list keeps them
 * for the explanations; a build's own-form lists are stored without), sorted by entry id (the memo
 * looks entries up by binary search), as typed arrays. Ids are distinct, so the order is the
 * ascending one whatever the sort: an insertion sort for the few similar entries most forms have
 * (~15 on the UN list), an index sort for long lists (a common name on a large list), where
 * insertion would be quadratic.
 */
function sortedMatches(vocab: readonly number[], similarity: readonly number[], cost?: readonly number[]): TokenMatches {
  const n = vocab.length;
  if (n > INSERTION_SORT_LIMIT) {
    const order = vocab.map((_, i) => i).sort((x, y) => (vocab[x] as number) - (vocab[y] as number));
    const sorted: TokenMatches = { vocab: Int32Array.from(order, (i) => vocab[i] as number), similarity: Float64Array.from(order, (i) => similarity[i] as number) };
    if (cost !== undefined) sorted.costs = Float64Array.from(order, (i) => cost[i] as number);
    return sorted;
  }
  const ids = new Int32Array(n);
  const values = new Float64Array(n);
  const costs = cost === undefined ? undefined : new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = vocab[i] as number;
    let j = i;
    for (; j > 0 && (ids[j - 1] as number) > v; j--) {
      ids[j] = ids[j - 1] as number;
      values[j] = values[j - 1] as number;
      if (costs !== undefined) costs[j] = costs[j - 1] as number;
    }
    ids[j] = v;
    values[j] = similarity[i] as number;
    if (costs !== undefined) costs[j] = (cost as readonly number[])[i] as number;
  }
  return costs === undefined ? { vocab: ids, similarity: values } : { vocab: ids, similarity: values, costs };
}

/**
 * The distinct values held by `ids` in ascending order, in an array of their own: sorted in place in
 * the buffer (a typed array's own sort is numeric), repeats dropped in place, then copied out once.
 */
function ascendingOnce(ids: IntBuffer): Int32Array {
  const sorted = ids.view().sort();
  let n = 1;
  for (let k = 1; k < sorted.length; k++) if (sorted[k] !== sorted[n - 1]) sorted[n++] = sorted[k] as number;
  return sorted.slice(0, n);
}

/** Longest list sortedMatches sorts by insertion. */
const INSERTION_SORT_LIMIT = 64;

/**
 * Most units of a call credited by scanAdmitted; the rest walk their postings. (Once the size of a
 * table of per-unit rows; kept because the two ways sum a name's credit in different orders, and
 * the candidates are the same only if each unit is credited the same way as before.)
 */
const SCANNED_UNITS = 32;

/**
 * The fewest names that must carry a vocabulary entry for its similarity and split lists to be
 * computed with the index (vocabulary-matches.ts): one name in every OWN_LIST_NAMES. A list costs about the same
 * for any entry, while a query writes an entry's form about as often as names carry it: on the UN
 * list (one name is enough) the cold bench pass met 3,451 of the 4,343 entries' forms, entries of
 * one name included; on the 200,000-name synthetic list (ten names) the entries carried by more than
 * ten names were 16% of the entries and 90% of the forms met (docs/benchmarks.md, session 15 h1).
 * The cut also bounds the build: at most (listed tokens / fewest) entries qualify.
 */
export function ownListCarriers(names: number): number {
  return Math.max(1, Math.floor(names / OWN_LIST_NAMES));
}

const OWN_LIST_NAMES = 20_000;

/** Stored similarity list k as matches() gives it (an empty one is NO_MATCHES). */
function storedMatches(store: VocabularyMatches, k: number): TokenMatches {
  const list = store.list(k);
  return list.vocab.length === 0 ? NO_MATCHES : list;
}

/** Stored split list k as splitNames() gives it (an empty one is NO_SPLIT). */
function storedSplits(store: VocabularySplits, k: number): SplitLists {
  const list = store.list(k);
  return list.at.length === 0 ? NO_SPLIT : list;
}

/** Names or vocabulary entries between two points where NameIndex.buildSteps may pause (a few ms of work). */
const BUILD_STEP = 1024;

/** What the index keeps per name, derived in buildSteps before the index is made. */
interface FromNames {
  listed: ListedTokens;
  initials: Uint8Array;
  maxInitials: number;
  initialCarriers: Int32Array[];
  unkeyedInitialNames: Int32Array;
  entryWeight: Float64Array;
}

function* fromNamesSteps(names: readonly PreparedName[], vocabularySize: number): Steps<FromNames> {
  const n = names.length;
  const listed = yield* ListedTokens.build(names, BUILD_STEP);
  const initials = new Uint8Array(n);
  let most = 0;
  for (let id = 0; id < n; id++) {
    if (id % BUILD_STEP === BUILD_STEP - 1) yield;
    let k = 0;
    for (const t of (names[id] as PreparedName).tokens) if (t.role === 'initial') k++;
    initials[id] = Math.min(255, k);
    if (k > most) most = k;
  }
  const carriers = new Map<number, number[]>();
  const unkeyed: number[] = [];
  for (let id = 0; id < n; id++) {
    if (id % BUILD_STEP === BUILD_STEP - 1) yield;
    if (initials[id] === 0) continue;
    const tokens = (names[id] as PreparedName).tokens;
    if (tokens.some((t) => t.id < 0)) {
      unkeyed.push(id);
      continue;
    }
    for (const t of tokens) {
      if (t.role !== 'initial') continue;
      let list = carriers.get(t.id);
      if (list === undefined) carriers.set(t.id, (list = []));
      list.push(id);
    }
  }
  const initialCarriers: Int32Array[] = [];
  for (let v = 0; v < vocabularySize; v++) {
    const list = carriers.get(v);
    initialCarriers.push(list === undefined ? EMPTY : Int32Array.from(list));
  }
  const entryWeight = new Float64Array(vocabularySize);
  for (let id = 0; id < n; id++) {
    if (id % BUILD_STEP === BUILD_STEP - 1) yield;
    for (const t of (names[id] as PreparedName).tokens) if (t.id >= 0 && t.weight > (entryWeight[t.id] as number)) entryWeight[t.id] = t.weight;
  }
  return { listed, initials, maxInitials: most, initialCarriers, unkeyedInitialNames: Int32Array.from(unkeyed), entryWeight };
}

export class NameIndex {
  private readonly keyIds = new Map<string, Int32Array>();
  /** Per vocabulary entry: ascending ids of the names carrying it. */
  private readonly postings: Postings;
  private readonly names: readonly PreparedName[];
  private readonly vocab: readonly PreparedToken[];
  /** Per vocabulary entry, its forms' letter masks (form-shape.ts), read by the similarity lists. */
  private readonly shapes: Int32Array;
  /** The shape of the query token form matches() is building the list of. */
  private readonly queryShape = new Int32Array(SHAPE_SIZE);
  // Per-query scratch, reused across queries, reset by stamps.
  private readonly nameStamp: Uint32Array;
  /**
   * Per name, side by side (one cache line holds a name's four, where four arrays cost four misses
   * per posting on a large list): at 4 x id its credit, at + 1 its covered weight, at + 2 its best
   * credit from the current unit and at + 3 that unit's number (a stamp, exact in a double).
   */
  private readonly state: Float64Array;
  private readonly vocabSeen: Uint32Array;
  /** Every name's tokens as flat arrays (listed-tokens.ts), also read by the engine's per-candidate bound. */
  readonly listed: ListedTokens;
  /** Token vocabulary ids of every name, flattened (listed's): name `id` has tokenIds[tokenStart[id] .. tokenStart[id + 1]). */
  private readonly tokenStart: Int32Array;
  private readonly tokenIds: Int32Array;
  /**
   * scanAdmitted's unit, per vocabulary entry: the entry's credit from the unit being scanned, valid
   * where scanUnit holds that unit's number (a fresh serial per unit, so nothing is cleared).
   */
  private readonly scanUnit: Uint32Array;
  private readonly scanCredit: Float64Array;
  private stamp = 0;
  private serial = 0;
  private readonly touched: number[] = [];
  private readonly matchCache = new Map<string, TokenMatches>();
  /**
   * The vocabulary's own forms' lists (vocabularyMatches), by formKey: read before matchCache, never
   * cleared. An empty stored list is NO_MATCHES, as matches() computes it.
   */
  private readonly ownMatches = new FiledLists(storedMatches);
  private vocabularyMatches!: VocabularyMatches;
  private readonly splitCache = new Map<string, SplitLists>();
  /** The split lists of the vocabulary's own folded forms (vocabularySplits), by folded form, as ownMatches. */
  private readonly ownSplits = new FiledLists(storedSplits);
  private vocabularySplits!: VocabularySplits;
  /** joinedMatches by joined form, one list per Arabic-script flag (see JoinedLists). */
  private readonly joinedCache = new Map<string, JoinedLists>();
  /** forms() per query name object (see there). */
  private readonly formsByName = new WeakMap<PreparedName, QueryForms>();
  /** Initials per name (they pair with any token of that first letter, so no key reaches them). */
  private readonly initials: Uint8Array;
  /** Per vocabulary entry: the largest weight of the listed tokens carrying it (caps a unit's credit). */
  private readonly entryWeight: Float64Array;
  private readonly maxInitials: number;
  /** Vocabulary entries that are initials (role is part of the intern key, so of every occurrence). */
  private readonly initialVocab: Int32Array;
  /** The initial entries by the letters they pair with, for the plans (retrieval-plan.ts). */
  private readonly pairing: PairingInitials;
  /**
   * Per initial vocabulary entry: the ids of the names carrying it, once per token (a name with two
   * J. twice), ascending; EMPTY for every other entry. Names with an id-less token are left out
   * (unkeyedInitialNames).
   */
  private readonly initialCarriers: Int32Array[];
  /** Names with initials and a token without a vocabulary id (none when the list is prepared by prepareList): counted token by token. */
  private readonly unkeyedInitialNames: Int32Array;
  /** Per vocabulary entry: the serial of the last query whose letters an initial entry pairs with. */
  private readonly vocabPairs: Uint32Array;
  /** Which cut-key pairs adjacent listed tokens can present (splitNames skips the others unwalked). */
  private adjacentKeys!: AdjacentKeyFilter;
  /** The adjacent pairs of retrievable entries with their names (what splitNames walks). */
  private adjacentPairs!: AdjacentPairs;
  /** Which keys keyIds may hold, by hash (joinedMatches builds only the keys it may hold). */
  private keyPresence!: KeyPresence;
  /** joinedMatches' keys of the current form (reused). */
  private readonly joinedKeys: string[] = [];
  /** splitNames' places of the current form, and splitLists' names of them (reused; copied out when kept). */
  private readonly splitPlaces = new IntBuffer();
  private readonly splitNameIds = new IntBuffer();
  /** Per vocabulary entry: its postings restricted to the names with initials (admitByInitials walks these). */
  private initialPostings!: Postings;
  /** admitByInitials scratch: names it admits for the current unit. */
  private readonly fresh: number[] = [];
  /** Which units of the current call reach each name (unit-marks.ts), and which sets of units could make a candidate. */
  private readonly unitMarks: UnitMarks;
  private readonly unitSets = new UnitSetBounds();
  /** Per unit of the current call's plan, in walk order: the fewest initials a name must carry to be admitted by it (admissionSteps). */
  private readonly unitInitials: number[] = [];
  /** The retrievable weight the current call's units leave uncovered, all of them walked (admissionSteps). */
  private weightLeft = 0;
  /**
   * candidates()' listed-loss test (markPairable): per vocabulary entry, the stamp of the last call
   * in which some query token may pair with it; per name, the stamp of the last call in which a
   * query token cut in two may meet two of its tokens.
   */
  private readonly pairableStamp: Uint32Array;
  private readonly cutStamp: Uint32Array;
  /** unpairableLoss's second answer: the name's initials that may pair with the query. */
  private pairingInitials = 0;

  private constructor(names: readonly PreparedName[], vocab: readonly PreparedToken[], postings: Postings, fromNames: FromNames) {
    this.names = names;
    this.vocab = vocab;
    this.shapes = vocabularyShapes(vocab);
    this.postings = postings;
    const n = names.length;
    this.nameStamp = new Uint32Array(n);
    this.unitMarks = new UnitMarks(n);
    this.state = new Float64Array(4 * n);
    this.vocabSeen = new Uint32Array(vocab.length);
    this.listed = fromNames.listed;
    this.tokenStart = this.listed.start;
    this.tokenIds = this.listed.ids;
    this.scanUnit = new Uint32Array(vocab.length);
    this.scanCredit = new Float64Array(vocab.length);
    this.pairableStamp = new Uint32Array(vocab.length);
    this.cutStamp = new Uint32Array(n);
    this.initials = fromNames.initials;
    this.maxInitials = fromNames.maxInitials;
    const initialVocab: number[] = [];
    for (let v = 0; v < vocab.length; v++) if ((vocab[v] as PreparedToken).role === 'initial') initialVocab.push(v);
    this.initialVocab = Int32Array.from(initialVocab);
    this.pairing = new PairingInitials(this.initialVocab, vocab);
    this.initialCarriers = fromNames.initialCarriers;
    this.unkeyedInitialNames = fromNames.unkeyedInitialNames;
    this.vocabPairs = new Uint32Array(vocab.length);
    this.entryWeight = fromNames.entryWeight;
  }

  /**
   * The index of `names` over `vocab` (`vocab[id]` is a representative of every listed token whose
   * `id` is `id`). `saved`: the keys' part of an index built before from the very
   * same names and vocabulary (NameIndex.keys of it, read back from a saved engine, engine-snapshot.ts):
   * used as it is instead of being derived again, which on a fresh process is a third of the build.
   */
  static build(names: readonly PreparedName[], vocab: readonly PreparedToken[], saved?: IndexKeys): NameIndex {
    return runSteps(NameIndex.buildSteps(names, vocab, saved));
  }

  /**
   * build as steps, pausing (`yield`) every BUILD_STEP names or entries of its long loops, so that a
   * server's thread can build the index of a new list version in slices (engine.ts
   * fromPreparedInSlices) and answer other requests between them. Same index either way.
   */
  static *buildSteps(names: readonly PreparedName[], vocab: readonly PreparedToken[], saved?: IndexKeys): Steps<NameIndex> {
    const postings = yield* Postings.ofNamesSteps(names, vocab.length, isIndexable, BUILD_STEP);
    const index = new NameIndex(names, vocab, postings, yield* fromNamesSteps(names, vocab.length));
    yield;
    // An entry has retrieval keys exactly when it has postings: keys are made for those only, and
    // tokenKeys gives every token at least its skeleton's key.
    const retrievable = (v: number): boolean => postings.count(v) > 0;
    // Pairs of retrievable tokens side by side in a name: what a cut query token can meet.
    const adjacentSteps = function* (visit: VisitPair): Steps<void> {
      const { tokenStart, tokenIds } = index;
      for (let id = 0; id < names.length; id++) {
        if (id % BUILD_STEP === BUILD_STEP - 1) yield;
        const end = (tokenStart[id + 1] as number) - 1;
        for (let j = tokenStart[id] as number; j < end; j++) {
          const b = tokenIds[j] as number;
          const c = tokenIds[j + 1] as number;
          if (b >= 0 && c >= 0 && retrievable(b) && retrievable(c)) visit(b, c, id, j);
        }
      }
    };
    const adjacent = (visit: VisitPair): void => runSteps(adjacentSteps(visit));
    let keysOf: string[][] | undefined;
    if (saved !== undefined) {
      let copied = 0;
      for (const [k, l] of saved.keyIds) {
        if (++copied % BUILD_STEP === 0) yield;
        index.keyIds.set(k, l);
      }
      index.adjacentKeys = saved.adjacentKeys;
    } else {
      const keyLists = new Map<string, number[]>();
      keysOf = vocab.map(() => []);
      for (let v = 0; v < vocab.length; v++) {
        if (!retrievable(v)) continue;
        keysOf[v] = tokenKeys(vocab[v] as PreparedToken);
        for (const key of keysOf[v] as string[]) {
          let l = keyLists.get(key);
          if (!l) keyLists.set(key, (l = []));
          l.push(v);
        }
      }
      for (const [k, l] of keyLists) index.keyIds.set(k, Int32Array.from(l));
      const built = keysOf;
      index.adjacentKeys = AdjacentKeyFilter.build(adjacent, vocab.length, (v) => built[v] as string[]);
    }
    yield;
    index.adjacentPairs = yield* AdjacentPairs.buildSteps(adjacentSteps, vocab.length);
    yield;
    index.keyPresence = KeyPresence.build(index.keyIds.keys(), index.keyIds.size);
    yield;
    if (saved !== undefined) {
      index.vocabularyMatches = saved.vocabularyMatches;
      index.vocabularySplits = saved.vocabularySplits;
    } else {
      const own = keysOf as string[][];
      const fewest = ownListCarriers(names.length);
      const chosen = (v: number): boolean => postings.count(v) >= fewest;
      const pairs = new MirroredPairs(vocab.length, index.shapes, chosen);
      index.vocabularyMatches = yield* VocabularyMatches.buildSteps(vocab.length, chosen, (v) => index.ownEntries(v, own[v] as string[], pairs));
      // A query token is cut only from MIN_CUT_LENGTH letters; one list per cut identity (splitNames' key).
      const identities = new Set<string>();
      const cut = (v: number): boolean => {
        const t = vocab[v] as PreparedToken;
        if (!chosen(v) || t.folded.length < MIN_CUT_LENGTH) return false;
        const identity = cutIdentity(t);
        if (identities.has(identity)) return false;
        identities.add(identity);
        return true;
      };
      index.vocabularySplits = yield* VocabularySplits.buildSteps(vocab.length, cut, (v) => index.splitOf(vocab[v] as PreparedToken));
    }
    // An entry's formKey is its intern key (prepared-list.ts), so a query token of that key is that
    // entry's form, and its list is the one stored; split lists go by cut identity (splitNames' key:
    // the folded form, with the written letters where they add cuts, score.ts cutIdentity).
    const matchEntries = index.vocabularyMatches.entries;
    yield* index.ownMatches.file(index.vocabularyMatches, matchEntries.length, (k) => formKey(vocab[matchEntries[k] as number] as PreparedToken), BUILD_STEP);
    const splitEntries = index.vocabularySplits.parts.entries;
    yield* index.ownSplits.file(index.vocabularySplits, splitEntries.length, (k) => cutIdentity(vocab[splitEntries[k] as number] as PreparedToken), BUILD_STEP);
    // One pass over every posting (a few ms at 200,000 names): left in one piece.
    index.initialPostings = index.postings.filter((id) => (index.initials[id] as number) > 0);
    return index;
  }

  get keyCount(): number {
    return this.keyIds.size;
  }

  /** The keys' part of this index, as NameIndex.build takes it back (for a saved engine; not copied). */
  get keys(): IndexKeys {
    return { keyIds: this.keyIds, adjacentKeys: this.adjacentKeys, vocabularyMatches: this.vocabularyMatches, vocabularySplits: this.vocabularySplits };
  }

  get size(): number {
    return this.names.length;
  }

  get vocabularySize(): number {
    return this.vocab.length;
  }

  /** Vocabulary ids carrying a retrieval key, ascending. */
  lookup(key: string): Int32Array {
    return this.keyIds.get(key) ?? EMPTY;
  }

  /**
   * The vocabulary entries similar to a query token, with their similarities: computed once per
   * distinct token form (the same values every time; the cache only saves the work).
   */
  matches(t: PreparedToken): TokenMatches {
    const key = formKey(t);
    const own = this.ownMatches.get(key);
    if (own !== undefined) return own;
    let m = this.matchCache.get(key);
    if (m) return m;
    m = t.role !== 'initial' && isIndexable(t) ? this.similarEntries(t, (t.keys ??= tokenKeys(t))) : NO_MATCHES;
    if (this.matchCache.size >= CACHE_LIMIT) this.matchCache.clear();
    this.matchCache.set(key, m);
    return m;
  }

  /**
   * matches() of an indexable token that is not an initial, computed: the entries reached by its
   * retrieval keys `keys` (tokenKeys(t)) whose similarity to it is above 0.
   */
  private similarEntries(t: PreparedToken, keys: readonly string[]): TokenMatches {
    const vocab: number[] = [];
    const similarity: number[] = [];
    // The cost behind each similarity, kept for the explanations (memo.ts cost), which would
    // otherwise compute the pair again: most returned matches of a noisy query pair a new form.
    const cost: number[] = [];
    this.nextSerial();
    // Hundreds of mostly unrelated entries: worth the tighter bound (distance.ts useSurplusPairing).
    useSurplusPairing(true);
    const shapes = this.shapes;
    const queryShape = this.queryShape;
    writeShape(t, queryShape, 0);
    const seen = this.vocabSeen;
    const serial = this.serial;
    const entries = this.vocab;
    for (const k of keys) {
      const list = this.lookup(k);
      for (let i = 0; i < list.length; i++) {
        const v = list[i] as number;
        if (seen[v] === serial) continue;
        seen[v] = serial;
        const s = keyedSimilarityValue(t, queryShape, 0, entries[v] as PreparedToken, shapes, v * SHAPE_SIZE);
        if (s > 0) {
          vocab.push(v);
          similarity.push(s);
          cost.push(lastKeyedCost());
        }
      }
    }
    useSurplusPairing(false);
    return vocab.length === 0 ? NO_MATCHES : sortedMatches(vocab, similarity, cost);
  }

  /**
   * Vocabulary entry `own`'s similarity list in a build (VocabularyMatches.buildSteps asks for the
   * entries in ascending order): similarEntries of its token (its keys `keys`, its shape the
   * vocabulary's), but a pair of two mirrored entries is computed once (mirrored-pairs.ts says why
   * they are symmetric): a reached mirrored entry below `own` is not compared, its pair waits in
   * `pairs`; one above it is, and the pair is filed there for it. A loop of its own beside
   * similarEntries (the queries' hot loop, left without the mirrored-pair tests), and without the
   * costs: a stored list carries none (memo.ts cost works them out on first use).
   */
  private ownEntries(own: number, keys: readonly string[], pairs: MirroredPairs): TokenMatches {
    const vocab: number[] = [];
    const similarity: number[] = [];
    this.nextSerial();
    useSurplusPairing(true);
    const t = this.vocab[own] as PreparedToken;
    const shapes = this.shapes;
    const at = own * SHAPE_SIZE;
    const mirrored = pairs.mirrored(own);
    const seen = this.vocabSeen;
    const serial = this.serial;
    const entries = this.vocab;
    for (const k of keys) {
      const list = this.lookup(k);
      for (let i = 0; i < list.length; i++) {
        const v = list[i] as number;
        if (seen[v] === serial) continue;
        seen[v] = serial;
        const once = mirrored && pairs.mirrored(v);
        if (once && v < own) continue;
        const s = keyedSimilarityValue(t, shapes, at, entries[v] as PreparedToken, shapes, v * SHAPE_SIZE);
        if (s > 0) {
          vocab.push(v);
          similarity.push(s);
          if (once && v > own) pairs.file(v, own, s);
        }
      }
    }
    useSurplusPairing(false);
    pairs.take(own, vocab, similarity);
    return vocab.length === 0 ? NO_MATCHES : sortedMatches(vocab, similarity);
  }

  /**
   * Entries two adjacent query tokens written together may be (the scorer's split pairing): keyed by
   * their joined skeleton, lengths within the cliff, concatenation similarity at least
   * TOKEN.mergeMinSimilarity. Cached per joined form and Arabic-script flag. `form` is the refolded
   * joined spelling, exactly as the scorer's split pairing compares it (score.ts joinedFold; a query
   * name's are kept on it, joinedAt).
   */
  private joinedMatches(a: PreparedToken, b: PreparedToken, form: string = joinedFold(a, b)): TokenMatches {
    const abjad = a.abjad || b.abjad;
    // Keyed by the form string itself (kept by joinedFold's cache, so its hash is taken once), not by
    // a key joining the form and the flag, which was a new string to build and hash on every call.
    let lists = this.joinedCache.get(form);
    let m = lists === undefined ? undefined : abjad ? lists.abjad : lists.plain;
    if (m) return m;
    const vocab: number[] = [];
    const similarity: number[] = [];
    // The joined form's letters, for the presence bound below (once per new pair of forms), in
    // queryShape's first three numbers: matches() writes the whole shape afresh for each form.
    const layers = this.queryShape;
    letterLayers(form, layers, 0);
    const formLetters = layers[0] as number;
    const formRepeats = layers[1] as number;
    this.nextSerial();
    // The keys of score.ts joinedFormKeys(form), less those the index certainly lacks (key-presence.ts).
    const keys = this.joinedKeys;
    this.keyPresence.joinedKeysMaybeHeld(skeleton(form), keys);
    for (let j = 0; j < keys.length; j++) {
      const list = this.lookup(keys[j] as string);
      for (let k = 0; k < list.length; k++) {
        const v = list[k] as number;
        if (this.vocabSeen[v] === this.serial) continue;
        this.vocabSeen[v] = this.serial;
        const l = this.vocab[v] as PreparedToken;
        if (l.role === 'initial' || !lengthsCompatible(l.folded.length, form.length, abjad || l.abjad)) continue;
        // The distance is at least the presence bound (distance.ts): past the cost a similarity of
        // mergeMinSimilarity allows, the entry could only come out below it, so it is not read.
        const at = v * SHAPE_SIZE + FOLDED;
        if (presenceRefuses(formLetters, formRepeats, form.length, this.shapes[at] as number, this.shapes[at + 1] as number, l.folded.length, abjad, l.abjad, TOKEN.mergeMinSimilarity)) continue;
        // Only similarities from mergeMinSimilarity up are kept: the distance stops at their cost.
        const s = formSimilarityAtLeast(form, abjad, l.folded, l.abjad, TOKEN.mergeMinSimilarity);
        if (s >= TOKEN.mergeMinSimilarity) {
          vocab.push(v);
          similarity.push(s);
        }
      }
    }
    m = vocab.length === 0 ? NO_MATCHES : { vocab: Int32Array.from(vocab), similarity: Float64Array.from(similarity) };
    if (lists === undefined) {
      if (this.joinedCache.size >= CACHE_LIMIT) this.joinedCache.clear();
      lists = { plain: undefined, abjad: undefined };
      this.joinedCache.set(form, lists);
    }
    if (abjad) lists.abjad = m;
    else lists.plain = m;
    return m;
  }

  /**
   * The per-form lists of query name `q` (see QueryForms), from the caches. Kept per prepared name
   * object as well: the engine hands out the same PreparedName for a repeated query text (engine.ts
   * analysed), and rebuilding the lists cost a warm query three string keys and three map lookups
   * per token. The lists are the same values whenever they are computed (the per-form caches only
   * save work), so a name keeps its lists even after those caches are cleared. A WeakMap, so a name
   * dropped from the engine's name cache takes its entry with it.
   */
  forms(q: PreparedName): QueryForms {
    let out = this.formsByName.get(q);
    if (out === undefined) {
      out = this.buildForms(q);
      this.formsByName.set(q, out);
    }
    return out;
  }

  private buildForms(q: PreparedName): QueryForms {
    const tokens = q.tokens;
    const out: QueryForms = { tokens: [], joined: [], split: [], splitAt: [], plan: undefined };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as PreparedToken;
      out.tokens.push(this.matches(t));
      const split = t.role === 'initial' || t.folded.length < MIN_CUT_LENGTH ? NO_SPLIT : this.splitNames(t);
      out.split.push(split.names);
      out.splitAt.push(split.at);
      if (i + 1 < tokens.length) {
        const b = tokens[i + 1] as PreparedToken;
        out.joined.push(t.role === 'initial' || b.role === 'initial' ? NO_MATCHES : this.joinedMatches(t, b, joinedAt(q, i)));
      }
    }
    return out;
  }

  /**
   * Names carrying, for some cut of token `t` in two (score.ts tokenCuts), adjacent tokens keyed by
   * the halves in order (ascending), and those adjacent pairs by position (QueryForms.splitAt).
   */
  private splitNames(t: PreparedToken): SplitLists {
    const identity = cutIdentity(t);
    const own = this.ownSplits.get(identity);
    if (own !== undefined) return own;
    let out = this.splitCache.get(identity);
    if (out) return out;
    out = this.splitOf(t);
    if (this.splitCache.size >= CACHE_LIMIT) this.splitCache.clear();
    this.splitCache.set(identity, out);
    return out;
  }

  /** splitNames(t) computed. */
  private splitOf(t: PreparedToken): SplitLists {
    const at = this.splitPlaces;
    at.clear();
    for (const [l, r] of tokenCuts(t)) {
      if (!this.adjacentKeys.mayHave(l, r)) continue;
      const left = this.lookup(l);
      if (left.length === 0) continue;
      const right = this.lookup(r);
      if (right.length === 0) continue;
      // The scorer only merges a query token into two ADJACENT listed tokens, the first carrying the
      // left half's key and the second the right half's (score.ts cutMatches): names are kept only
      // where such a pair exists, read from the index of adjacent pairs (from the side with fewer
      // distinct neighbours: common entries such as Mohammed stand next to the same few entries).
      // Every entry a key reaches has postings, so both tokens of such a pair are retrievable.
      this.adjacentPairs.collect(left, right, at);
    }
    return at.length === 0 ? NO_SPLIT : this.splitLists(ascendingOnce(at));
  }

  /** The names of the ascending places `at` (ascending too, since names lie in id order), with the places. */
  private splitLists(at: Int32Array): SplitLists {
    const names = this.splitNameIds;
    names.clear();
    let last = -1;
    for (let k = 0; k < at.length; k++) {
      const id = this.adjacentPairs.nameOf(at[k] as number);
      if (id !== last) names.push((last = id));
    }
    return { names: names.copy(), at };
  }

  /** The retrieval plan of query name `query` with lists `forms` (built once per lists object). */
  private plan(query: PreparedName, forms: QueryForms): RetrievalPlan {
    const known = forms.plan;
    if (known !== undefined && known.query === query) return known;
    const p = buildPlan(query, forms, this.entryWeight, this.postings, this.pairing);
    forms.plan = p;
    return p;
  }

  /** A fresh unit number; the stamp arrays are cleared before it could wrap around. */
  private nextSerial(): void {
    if (++this.serial >= 0xffffffff) {
      for (let i = 3; i < this.state.length; i += 4) this.state[i] = 0;
      this.vocabSeen.fill(0);
      this.vocabPairs.fill(0);
      this.scanUnit.fill(0);
      this.serial = 1;
    }
  }

  private admit(id: number): void {
    this.nameStamp[id] = this.stamp;
    this.state[4 * id] = 0;
    this.state[4 * id + 1] = 0;
    this.touched.push(id);
  }

  /** Credits `c` from unit number `serial` (covering `w`) to name `id`, keeping the unit's best. */
  private creditName(id: number, serial: number, c: number, w: number): void {
    const state = this.state;
    const at = 4 * id;
    if (state[at + 3] !== serial) {
      state[at + 3] = serial;
      state[at + 2] = c;
      state[at] = (state[at] as number) + c;
      state[at + 1] = (state[at + 1] as number) + w;
    } else if (c > (state[at + 2] as number)) {
      state[at] = (state[at] as number) + c - (state[at + 2] as number);
      state[at + 2] = c;
    }
  }

  /**
   * Whether a name not yet admitted is admitted under the rule (`minInitials`, `bit`): it carries at
   * least `minInitials` initials (0: every name), or `bit` (the admitting unit's, 0: none) is given
   * and the units that reach the name, with that one, could make it a candidate (unitSets).
   */
  private admissible(id: number, minInitials: number, bit: number): boolean {
    if ((this.initials[id] as number) >= minInitials) return true;
    return bit !== 0 && this.unitSets.mayReach(this.unitMarks.of(id) | bit);
  }

  /** Credits unit `u` along its postings, admitting the names the rule (`minInitials`, `bit`: see admissible) admits. */
  private walk(u: Unit, serial: number, minInitials: number, bit: number): void {
    const stamp = this.stamp;
    const admitNone = minInitials > this.maxInitials && bit === 0;
    const nameStamp = this.nameStamp;
    const { start, ids } = this.postings;
    const w = u.weight;
    for (let k = 0; k < u.vocab.length; k++) {
      const v = u.vocab[k] as number;
      const end = start[v + 1] as number;
      const c = u.credits[u.first + k] as number;
      for (let p = start[v] as number; p < end; p++) {
        const id = ids[p] as number;
        if (nameStamp[id] !== stamp) {
          if (admitNone || !this.admissible(id, minInitials, bit)) continue;
          this.admit(id);
        }
        this.creditName(id, serial, c, w);
      }
    }
  }

  /**
   * What walk(u, serial, minInitials) adds beyond crediting the admitted names: the names with at
   * least `minInitials` initials (minInitials > 0) that the unit's postings reach, admitted and
   * credited. Read from the unit's postings restricted to names with initials, so the cost follows
   * the few names with initials, not the unit's postings.
   */
  private admitByInitials(u: Unit, serial: number, minInitials: number): void {
    const stamp = this.stamp;
    const fresh = this.fresh;
    fresh.length = 0;
    const state = this.state;
    const { start, ids } = this.initialPostings;
    for (let k = 0; k < u.vocab.length; k++) {
      const v = u.vocab[k] as number;
      const end = start[v + 1] as number;
      const c = u.credits[u.first + k] as number;
      for (let p = start[v] as number; p < end; p++) {
        const id = ids[p] as number;
        if (this.nameStamp[id] === stamp || (this.initials[id] as number) < minInitials) continue;
        // Not admitted, so no unit has credited it under this serial: the unit's number marks "reached here".
        if (state[4 * id + 3] !== serial) {
          state[4 * id + 3] = serial;
          state[4 * id + 2] = c;
          fresh.push(id);
        } else if (c > (state[4 * id + 2] as number)) state[4 * id + 2] = c;
      }
    }
    // Admitted after the walk, with the unit's best credit added once (as creditName adds a first one).
    for (let k = 0; k < fresh.length; k++) {
      const id = fresh[k] as number;
      this.admit(id);
      state[4 * id] = (state[4 * id] as number) + (state[4 * id + 2] as number);
      state[4 * id + 1] = (state[4 * id + 1] as number) + u.weight;
    }
  }

  /**
   * Credits a query token's merged reading (`credit`, covering `w`) to its names under unit number
   * `serial`, admitting those the rule (`minInitials`, `bit`: see admissible) admits.
   */
  private creditSplit(ids: Int32Array, serial: number, credit: number, w: number, minInitials: number, bit: number): void {
    const stamp = this.stamp;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      if (this.nameStamp[id] !== stamp) {
        if (!this.admissible(id, minInitials, bit)) continue;
        this.admit(id);
      }
      this.creditName(id, serial, credit, w);
    }
  }

  /**
   * The early stop of every unit of `plan` (see candidates): fills unitInitials with the fewest
   * initials a name none of the earlier units hit must carry to be admitted by each unit, sets
   * weightLeft, and returns how many units, from the first, admit every name.
   */
  private admissionSteps(plan: RetrievalPlan, neededScore: number): number {
    // A name none of the earlier units hit can earn from the units left at most each one's best
    // credit (unitBest: what the final test below can credit it with, besides its initials and the
    // free tokens, which planBound adds), and can have covered at most their weights: tokens with
    // no unit cover nothing for it (names that joined units or lonely merged readings reach were
    // admitted before). Each is taken with twice the final test's slack (sums in another order)
    // and never past the retrievable weight left, the cut-off's credit and cover before session 15
    // (every token left agreeing fully), so no step admits a name that one refused, and a name
    // refused here has a final bound under the needed score (planBound grows with the credit and
    // shrinks with the uncovered weight). On a clean name whose tokens meet nothing or only loose
    // spellings, no unit admits, and the walks read only the names with initials.
    let remaining = plan.retrievable;
    let best = 0;
    let cover = 0;
    for (const u of plan.units) {
      best += unitBest(plan, u);
      cover += u.weight;
    }
    let minInitials = 0;
    let admitting = 0;
    const steps = this.unitInitials;
    steps.length = 0;
    for (const u of plan.units) {
      const credit = Math.min(remaining, best + 2 * BOUND_SLACK);
      const uncovered = plan.total - Math.min(remaining, cover + 2 * BOUND_SLACK);
      while (minInitials <= this.maxInitials && planBound(plan, credit, uncovered, minInitials) < neededScore) minInitials++;
      steps.push(minInitials);
      if (minInitials === 0) admitting++;
      remaining -= u.weight;
      best -= unitBest(plan, u);
      cover -= u.weight;
    }
    this.weightLeft = remaining;
    return admitting;
  }

  /**
   * Whether the first `admitting` units of `plan` should admit by unit sets: some of them cannot
   * make a candidate alone. If so, marks which of the units after the first reach each name (the
   * first is being walked when it admits, so its bit is added then).
   */
  private markUnitSets(plan: RetrievalPlan, forms: QueryForms, admitting: number, neededScore: number): boolean {
    this.unitSets.begin(plan, neededScore, BOUND_SLACK);
    // From the eighth unit on, units share a bit: a set with it counts all of them (still an upper bound).
    if (admitting === 0 || admitting > 7) return false;
    let alone = true;
    for (let j = 0; j < admitting; j++) if (!this.unitSets.mayReach(unitBit(j))) alone = false;
    if (alone) return false;
    this.unitMarks.begin();
    const n = plan.units.length;
    // With few units, a unit whose bit changes no answer the admitting walks ask is not marked
    // (UnitSetBounds.decides; 2^n sets to ask, so only for few units).
    const used = n <= DECIDED_UNITS ? (1 << n) - 1 : 0;
    for (let j = 1; j < n; j++) {
      const u = plan.units[j] as Unit;
      const bit = unitBit(j);
      if (used !== 0 && !this.unitSets.decides(bit, used, (1 << admitting) - 1)) continue;
      this.unitMarks.markEntries(u.vocab, this.postings, bit);
      if ((plan.splitCredit[u.position] as number) > 0) this.unitMarks.markAll(forms.split[u.position] as Int32Array, bit);
    }
    return true;
  }

  /**
   * Credits unit `u` (number `serial`) only to admitted names, by looking at their tokens (cheaper
   * than long postings): the unit's credits are written per entry under its number, and a name
   * gets the best of its tokens' entries carrying it.
   */
  private scanAdmitted(u: Unit, serial: number): void {
    const scanUnit = this.scanUnit;
    const scanCredit = this.scanCredit;
    for (let k = 0; k < u.vocab.length; k++) {
      const v = u.vocab[k] as number;
      scanUnit[v] = serial;
      scanCredit[v] = u.credits[u.first + k] as number;
    }
    const start = this.tokenStart;
    const tokenIds = this.tokenIds;
    const touched = this.touched;
    for (let n = 0; n < touched.length; n++) {
      const id = touched[n] as number;
      let best = 0;
      // The name's token ids from the flat copy (the same ids as its tokens carry).
      const end = start[id + 1] as number;
      for (let j = start[id] as number; j < end; j++) {
        const v = tokenIds[j] as number;
        if (v < 0 || scanUnit[v] !== serial) continue;
        const c = scanCredit[v] as number;
        if (c > best) best = c;
      }
      if (best > 0) this.creditName(id, serial, best, u.weight);
    }
  }

  /**
   * The end of candidates(): admits every name not yet admitted that carries at least `fewest`
   * initials (>= 1) of which at least `fewest` pair with the query's letters. A listed initial pairs
   * only with a query token of its first letter (or an equal initial), which is decided once per
   * initial entry of the vocabulary (the plan's pairingInitials); the pairing tokens are then counted
   * from those entries' carriers, so the work follows the few names carrying a pairing initial, not
   * every name with that many initials (at 200,000 names ~740 such names were read token by token
   * per call, in nearly every call). The count sits in the name's unit slot under a fresh unit
   * number, as admitByInitials keeps its best credit there: no unit credits an unadmitted name under it.
   */
  private admitByPairingInitials(plan: RetrievalPlan, fewest: number): void {
    const stamp = this.stamp;
    this.nextSerial();
    const mark = this.serial;
    const state = this.state;
    const pairing = plan.pairingInitials;
    for (let p = 0; p < pairing.length; p++) {
      const carriers = this.initialCarriers[pairing[p] as number] as Int32Array;
      for (let k = 0; k < carriers.length; k++) {
        const id = carriers[k] as number;
        if (this.nameStamp[id] === stamp || (this.initials[id] as number) < fewest) continue;
        const at = 4 * id;
        const count = state[at + 3] === mark ? (state[at + 2] as number) + 1 : 1;
        state[at + 3] = mark;
        state[at + 2] = count;
        if (count >= fewest) this.admit(id);
      }
    }
    if (this.unkeyedInitialNames.length === 0) return;
    const pairs = this.vocabPairs;
    for (let k = 0; k < pairing.length; k++) pairs[pairing[k] as number] = mark;
    const letters = queryLetters(plan.query.tokens);
    const start = this.tokenStart;
    const tokenIds = this.tokenIds;
    for (let k = 0; k < this.unkeyedInitialNames.length; k++) {
      const id = this.unkeyedInitialNames[k] as number;
      if (this.nameStamp[id] === stamp || (this.initials[id] as number) < fewest) continue;
      let pairable = 0;
      const end = start[id + 1] as number;
      for (let j = start[id] as number; j < end; j++) {
        const v = tokenIds[j] as number;
        if (v >= 0 ? pairs[v] === mark : pairsWith(((this.names[id] as PreparedName).tokens[j - (start[id] as number)]) as PreparedToken, letters)) pairable++;
      }
      if (pairable >= fewest) this.admit(id);
    }
  }

  /**
   * Stamps, for this call, every vocabulary entry some token of the query may pair with: the
   * entries of its tokens' similar-entry lists (what pairBound's single pairings can find), of its
   * adjacent tokens' joined lists (a listed token two query tokens may be merged into) and the
   * listed initials its letters pair with (plan.pairingInitials); and every name a query token cut
   * in two may meet (its tokens may all join a merged pairing).
   */
  private markPairable(forms: QueryForms, plan: RetrievalPlan): void {
    const stamp = this.stamp;
    const pairable = this.pairableStamp;
    for (const lists of [forms.tokens, forms.joined]) {
      for (const m of lists) for (let k = 0; k < m.vocab.length; k++) pairable[m.vocab[k] as number] = stamp;
    }
    for (const v of plan.pairingInitials) pairable[v] = stamp;
    for (const ids of forms.split) for (let k = 0; k < ids.length; k++) this.cutStamp[ids[k] as number] = stamp;
  }

  /**
   * Name `id`'s own tokens against the query marked by markPairable: sets pairingInitials to the
   * number of its initials that may pair (an initial without a vocabulary id counted as one), and
   * returns the least its tokens lose, the listed unmatched share (listed.lossFloor) of every token
   * nothing in the query may pair with, as pairBound's last step counts it (the scorer leaves such a
   * token unmatched whatever the alignment). A name a cut query token may meet loses nothing here.
   */
  private unpairableLoss(id: number): number {
    const stamp = this.stamp;
    const cut = this.cutStamp[id] === stamp;
    const listed = this.listed;
    const pairable = this.pairableStamp;
    let lost = 0;
    let initials = 0;
    const end = listed.start[id + 1] as number;
    for (let j = listed.start[id] as number; j < end; j++) {
      const v = listed.ids[j] as number;
      const initial = listed.initial[j] === 1;
      if (v < 0 || pairable[v] === stamp) {
        if (initial) initials++;
      } else if (initial || !cut) lost += listed.lossFloor[j] as number;
    }
    this.pairingInitials = initials;
    return lost;
  }

  /**
   * Ids of the listed names that could reach `neededScore` against this query name, ascending.
   * `neededScore` is a name score (before other evidence). `refusable` (engine.ts refusableBelow): a
   * name score under which the engine refuses a name whatever else it holds; where given, a name
   * whose bound with its own tokens' certain loss falls under it is not returned.
   */
  candidates(query: PreparedName, neededScore: number, forms: QueryForms = this.forms(query), refusable = -Infinity): number[] {
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.nameStamp.fill(0);
      this.pairableStamp.fill(0);
      this.cutStamp.fill(0);
      this.stamp = 1;
    }
    this.touched.length = 0;
    const plan = this.plan(query, forms);
    const total = plan.total;

    // Merged and split spellings first; they always admit.
    for (const u of plan.joined) {
      this.nextSerial();
      this.walk(u, this.serial, 0, 0);
    }
    // A query token cut in two (a merged pairing) is credited with the token's single unit below,
    // under the same unit number, so a name both readings reach gets the better of the two credits
    // and the token's weight covered once. The scorer pairs each query token at most once (single,
    // merged, split or initial pairing: score.ts usedQ), so the token can add to a name's agreement
    // through one reading only. A token with no single unit: its merged reading is credited (and
    // admits) under a number of its own.
    const splitCredit = plan.splitCredit;
    for (const i of plan.lonelySplits) {
      this.nextSerial();
      this.creditSplit(forms.split[i] as Int32Array, this.serial, splitCredit[i] as number, (query.tokens[i] as PreparedToken).weight, 0, 0);
    }

    // Early stop, per count of initials: a name none of the units so far hit can get at most the
    // units left plus what its own initials give (planBound grows with the initials and shrinks unit
    // by unit), so from a unit on only names with at least its count of initials are admitted, and
    // none once that exceeds every name's. One stop for all names at the list's largest count of
    // initials kept nearly every name admissible on the synthetic list, where 12 names of 200,000
    // carry 5 initials and 198,901 none; a name refused once is never admitted later (the count
    // only rises), and the final test below would have refused it anyway.
    const admitting = this.admissionSteps(plan, neededScore);
    // The units before the stop admit names. Where one of them alone cannot make a candidate, which
    // units reach each name is marked first, and they admit only names whose set of units could
    // (and every name with initials, which the sets do not count): on a large list most names the
    // heaviest unit reaches carry none of the query's other tokens, and were admitted, credited and
    // refused one by one.
    const bySets = this.markUnitSets(plan, forms, admitting, neededScore);
    let scanned = 0;
    for (let j = 0; j < plan.units.length; j++) {
      const u = plan.units[j] as Unit;
      const minInitials = this.unitInitials[j] as number;
      this.nextSerial();
      const serial = this.serial;
      if (minInitials === 0) {
        if (bySets) this.walk(u, serial, 1, unitBit(j));
        else this.walk(u, serial, 0, 0);
      }
      else {
        // The admitted names first (by their postings or their own tokens, whichever is cheaper),
        // then, while some count of initials still admits, the few names carrying that many.
        if (scanned < SCANNED_UNITS && u.postings > this.touched.length * 4) {
          this.scanAdmitted(u, serial);
          scanned++;
        }
        else this.walk(u, serial, this.maxInitials + 1, 0);
        if (minInitials <= this.maxInitials) this.admitByInitials(u, serial, minInitials);
      }
      // The token's merged reading, under the unit's number (see above), admitting as the unit does.
      if ((splitCredit[u.position] as number) > 0) {
        const ids = forms.split[u.position] as Int32Array;
        const credit = splitCredit[u.position] as number;
        if (minInitials > 0) this.creditSplit(ids, serial, credit, u.weight, minInitials, 0);
        else if (bySets) this.creditSplit(ids, serial, credit, u.weight, 1, unitBit(j));
        else this.creditSplit(ids, serial, credit, u.weight, 0, 0);
      }
    }
    // A name no unit hit may still reach the needed score through the free tokens and its own
    // initials alone (a query of initials and a legal form, "E. S. Co.", against an organisation's
    // name): while names of the most initials were still admissible, such names are candidates too
    // (the bound only shrinks, so the last value decides). The scan is over the names with enough
    // initials (all names only when the free tokens alone could suffice).
    if (planBound(plan, this.weightLeft, total - this.weightLeft, this.maxInitials) >= neededScore) {
      let fewest = 0;
      while (fewest <= this.maxInitials && planBound(plan, 0, total, fewest) < neededScore) fewest++;
      if (fewest === 0) {
        for (let id = 0; id < this.names.length; id++) if (this.nameStamp[id] !== this.stamp) this.admit(id);
      } else if (fewest <= this.maxInitials) this.admitByPairingInitials(plan, fewest);
    }

    const out: number[] = [];
    // The listed side's loss (see unpairableLoss) is counted where the engine says which bound it
    // refuses, and only for a query without initials (a query initial pairs with any listed token
    // of its letter, which the lists below do not hold).
    const listedSide = refusable > -Infinity && !hasRole(query.tokens, 'initial');
    let marked = false;
    // Names admitted one after another from the same postings mostly carry the same credit, cover
    // and initials: the last test's answer is reused for equal inputs (the same pure function).
    let lastAcc = NaN;
    let lastCov = NaN;
    let lastInitials = -1;
    let lastPasses = false;
    for (const id of this.touched) {
      const a = this.state[4 * id] as number;
      const c = this.state[4 * id + 1] as number;
      const k = this.initials[id] as number;
      if (a !== lastAcc || c !== lastCov || k !== lastInitials) {
        // The slack: a unit's credit reaches a name by its postings or by its own tokens, summed in
        // different orders (rounding); the candidates may only grow by it.
        lastPasses = planBound(plan, a + BOUND_SLACK, total - c, k) >= neededScore;
        lastAcc = a;
        lastCov = c;
        lastInitials = k;
      }
      if (!lastPasses) continue;
      if (listedSide) {
        if (!marked) {
          this.markPairable(forms, plan);
          marked = true;
        }
        // The slack again, taken off the loss (summed here in another order than pairBound's). Only
        // the initials that may pair are allowed their best pairing; the others lose their share.
        const lost = Math.max(0, this.unpairableLoss(id) - BOUND_SLACK);
        const pairing = this.pairingInitials;
        if ((lost > 0 || pairing < k) && planBound(plan, a + BOUND_SLACK, total - c, pairing, lost) < refusable) continue;
      }
      out.push(id);
    }
    // Most calls return no name or one (a clean query's usual answer): nothing to sort.
    if (out.length > 1) out.sort((a, b) => a - b);
    return out;
  }
}

/** Whether a listed token is an initial pairing with a query token of these letters (initials or folded forms). */
function pairsWith(t: PreparedToken, letters: Set<string>): boolean {
  return t.role === 'initial' && (letters.has(t.initial) || letters.has(t.folded));
}

/** Most units of a call for which markUnitSets asks which units' bits decide anything (2^n sets each). */
const DECIDED_UNITS = 5;

/** Added to a name's credit in the final test (see there). */
const BOUND_SLACK = 1e-9;
