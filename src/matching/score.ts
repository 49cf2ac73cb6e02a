/**
 * Name evidence: how well one query name meets one listed name.
 *
 * 1. Candidate pairings: every query token with every listed token; one query token with two adjacent
 *    listed tokens and the reverse (Abdalrahman ~ Abd al Rahman, VladimirPutin ~ Vladimir Putin,
 *    Binladen ~ bin Laden); an initial with a name of that first letter.
 * 2. Each pairing's similarity comes from the transliteration-aware distance with a length-dependent
 *    cliff (similarity 0 past the budget), and its weight is the smaller information weight of the two
 *    sides (agreeing on a rare token with a common one is only worth the common one).
 * 3. Pairings are chosen one to one, order free, greedily by gained weight (deterministic order on
 *    ties).
 * 4. Score S = C / (C + L + prior) x (1 - exp(-C / k)): C = sum of credit x weight over chosen
 *    pairings (credit = similarity, squared for fuzzy pairings: fuzzyCredit); L = the weight lost in
 *    imperfect pairings, plus every unmatched query token's weight, plus half of every unmatched
 *    listed token's weight; the last factor keeps agreement on very little information (one common
 *    name, an initial) from making a match (weights.ts NAME).
 */
import { layeredDistance, layeredPairingRefuses, NOT_LAYERED, pairedDistance, presenceExceeds } from './distance.js';
import { ABJAD_FLAG, ALT, ALT_FLAG, distinctClassOf, FOLDED, lengthAt, LENGTHS, LONG_FLAG, NAME_CLASS, PLAIN_FLAG, SHAPE_SIZE, WRITTEN, WRITTEN_LENGTH, writeShape } from './form-shape.js';
import { deletionKeys, phoneticFold, skeleton } from '../names/keys.js';
import { BoundedMemo } from '../names/bounded-memo.js';
import { keyboardSlip } from '../names/keyboard.js';
import { distinctNamesApart } from '../names/distinct-names.js';
import { kindsExclude, nameWordKindOf, orgKindOf } from '../names/org-kinds.js';
import { translatedOrgWord } from '../names/org-words.js';
import { attachedArticleStem, isTypedTitleOf, KUNYA, mayBeTypedTitle } from '../names/arabic.js';
import { droppedPlaceConflict, droppedPlacesApart, placeCountry, placesApart, unmatchedPlacesConflict } from './place-conflict.js';
import { isFormWord, isIndexable, oneWordBesidesForms, tokenKeys, unsaidAsWord, type PreparedName, type PreparedToken } from './prepared.js';
import type { ListedTokens } from './listed-tokens.js';
import { COST, NAME, TOKEN, WEIGHT } from './weights.js';
import { KIND_EXACT, KIND_FUZZY, KIND_INITIAL, KIND_MERGED, KIND_SPLIT, PAIRING_KINDS, RankedPairings } from './ranked-pairings.js';

export type AlignmentKind = 'exact' | 'fuzzy' | 'initial' | 'split' | 'merged' | 'unmatched-query' | 'unmatched-listed';

export interface TokenAlignment {
  kind: AlignmentKind;
  /** Indices into the query name's tokens. */
  query: number[];
  /** Indices into the listed name's tokens. */
  listed: number[];
  /** Weighted edit cost (0 for exact; undefined for unmatched tokens). */
  cost?: number;
  similarity: number;
  weight: number;
  /** similarity x weight: what the pairing adds to agreement C. */
  agreement: number;
  /** What the pairing (or the unmatched token) adds to the loss L. */
  loss: number;
}

export interface NameScore {
  score: number;
  agreement: number;
  loss: number;
  alignments?: TokenAlignment[];
}

/**
 * What the last pairUp (scoreNames) call found about the query's unmatched tokens, read by the
 * engine right after the call. Kept beside the NameScore rather than in it so that the object made
 * for every scored name stays as small as before (1.12.0's first version put these in NameScore:
 * more garbage collection in a cold UN pass).
 */
export const lastQueryCover = {
  /** Every query token went into a pairing. */
  covered: false,
  /**
   * Some unmatched query token cost less than its whole weight (an extra middle name, a typed
   * title): the score rests on reading that token as something the record may leave out.
   */
  shared: false,
  /** The score with every unmatched query token at its whole weight (= score unless shared). */
  scoreInFull: 0,
};

export interface FormMatch {
  similarity: number;
  cost: number;
}

const NO_MATCH: FormMatch = { similarity: 0, cost: Infinity };
const EXACT: FormMatch = { similarity: 1, cost: 0 };

/** The cliff: the most edit cost a pair of this length may have and still count. */
export function cliffBudget(length: number): number {
  const budget = TOKEN.cliffPerChar * (length - TOKEN.cliffFreeChars);
  return length >= TOKEN.cliffFloorMinLength && budget < TOKEN.cliffFloor ? TOKEN.cliffFloor : budget;
}

/** Similarity of two folded forms: 1 - scale * cost / length inside the cliff, 0 outside. */
export function formSimilarity(a: string, aAbjad: boolean, b: string, bAbjad: boolean): FormMatch {
  if (a === b) return EXACT;
  const sim = similarityAbove(a, aAbjad, b, bAbjad, 0);
  return sim > 0 ? { similarity: sim, cost: lastCost } : NO_MATCH;
}

/**
 * formSimilarity(a, b).similarity whenever that is at least `least` (> 0), else some value below
 * `least`: for callers that keep a pair only from a similarity up (index.ts joinedMatches keeps
 * joined spellings from TOKEN.mergeMinSimilarity), so the distance may stop at the cost that
 * similarity allows instead of the cliff. Every similarity of at least `least` is above the floor
 * similarityAbove is given (a hair below `least`), so it comes back exact.
 */
export function formSimilarityAtLeast(a: string, aAbjad: boolean, b: string, bAbjad: boolean, least: number): number {
  if (a === b) return 1;
  return similarityAbove(a, aAbjad, b, bAbjad, least - LEAST_SLACK);
}

/**
 * The least similarity at which a pairing of a name's own words spares the place and sector words
 * their cap (pairUp, since 1.141.0). Below it two names only look alike, and the trade they share
 * carried the match: on the OFAC SDN file of 2024-05-03 VTB LEASING JOINT STOCK COMPANY met VEB
 * LEASING OJSC at 0.65 (vtb~veb 0.6), KAROUN PETROCHEMICAL COMPANY met MARUN's at 0.72, MARJAN's met
 * MARUN's at 0.76 (its pairing between 0.8 and 0.85). A misspelt word of the name itself (KAROON,
 * KAVYAN) stays above it.
 */
const OWN_PAIRING_MIN = 0.85;

/** How far below `least` formSimilarityAtLeast puts similarityAbove's floor (far above rounding, far below any real step). */
const LEAST_SLACK = 1e-9;

/**
 * The weighted cost behind the last positive value similarityAbove returned (module state rather
 * than an object per call: the index asks for hundreds of pairs per new query token, most of them
 * no match, and the cost is only read for the one reading that wins).
 */
let lastCost = 0;

/**
 * formSimilarity(a, b).similarity whenever that is above `floor`, else some value not above `floor`
 * (0). The caller only wants a pair that beats what it already has, so the distance may give up as
 * soon as its cost passes what would still beat `floor`: since similarity = 1 - scale x cost /
 * length, beating `floor` needs cost < (1 - floor) x length / scale (plus a hair for rounding), a
 * tighter cliff for the same dynamic programme. With floor 0 this is exactly formSimilarity.
 */
function similarityAbove(a: string, aAbjad: boolean, b: string, bAbjad: boolean, floor: number): number {
  return layeredAbove(a, aAbjad, 0, 0, NOT_LAYERED, b, bAbjad, 0, 0, NOT_LAYERED, floor, false);
}

/**
 * similarityAbove for forms whose letter masks are known (a1 letters, a2 repeated, a3 thrice: the
 * prepared token's, see prepared.ts): the same value, the distance's bounds read from the masks
 * where they hold the letter counts (distance.ts layeredDistance), from the strings otherwise.
 * `bounded`: the caller has already tested the length difference and the surplus pairing against
 * this floor's limit (keyedSimilarityValue, readingRefused), so only the table is left. Leaving a
 * bound out never changes the value, only how soon a hopeless pair is given up.
 */
function layeredAbove(a: string, aAbjad: boolean, a1: number, a2: number, a3: number, b: string, bAbjad: boolean, b1: number, b2: number, b3: number, floor: number, bounded: boolean): number {
  if (a === b) {
    lastCost = 0;
    return 1;
  }
  const len = a.length > b.length ? a.length : b.length;
  const budget = cliffBudget(len);
  if (budget <= 0) return 0;
  if (!bounded && !aAbjad && !bAbjad && Math.abs(a.length - b.length) * COST.vowelIndel > budget) return 0;
  // The cliff stays `budget`; the table may stop sooner once the pair cannot beat `floor` (both
  // exits are exact, distance.ts).
  const stopCost = floorCost(len, budget, floor);
  const cost = bounded ? pairedDistance(a, b, aAbjad, bAbjad, a3, b3, budget, stopCost) : layeredDistance(a, b, aAbjad, bAbjad, a1, a2, a3, b1, b2, b3, budget, stopCost);
  if (cost === Infinity) return 0;
  const sim = 1 - (TOKEN.costScale * cost) / len;
  if (sim <= 0) return 0;
  lastCost = cost;
  return sim;
}

/**
 * Whether a reading of keyedSimilarityValue (q's form at offset qAt of its shape against l's at
 * lAt, form-shape.ts; qn and ln the two lengths words) is refused before its strings are read, from
 * the two shapes alone: the presence bound (which letters each side has), the length difference and
 * the surplus pairing (the letter counts the masks hold), each against the cost that could still
 * beat `floor` (0: the cliff). Such a reading would come out no match or no better than `floor`.
 * Most of the pairs the index's keys reach are refused in every reading (69% of a cold UN pass),
 * and then neither token object nor its strings is loaded. Never refuses where a form is longer
 * than the lengths word holds.
 */
function refusedAt(qs: Int32Array, qi: number, qn: number, qAt: number, ls: Int32Array, li: number, ln: number, lAt: number, floor: number): boolean {
  if (((qn | ln) & LONG_FLAG) !== 0) return false;
  // The written spellings are compared as Latin letters whatever the script (keyedSimilarityValue).
  const written = qAt === WRITTEN;
  return readingRefused(qs, qi + qAt, lengthAt(qn, qAt), !written && (qn & ABJAD_FLAG) !== 0, ls, li + lAt, lengthAt(ln, lAt), !written && (ln & ABJAD_FLAG) !== 0, floor);
}

/** refusedAt's tests for two forms with masks at as[ai], bs[bi] and the lengths given, in layeredAbove's order. */
function readingRefused(as: Int32Array, ai: number, aLength: number, aAbjad: boolean, bs: Int32Array, bi: number, bLength: number, bAbjad: boolean, floor: number): boolean {
  const len = aLength > bLength ? aLength : bLength;
  const budget = cliffBudget(len);
  // A cliff at or below 0 is left to layeredAbove (equal forms are 1 there whatever their length).
  if (budget <= 0) return false;
  const limit = floorCost(len, budget, floor);
  const a1 = as[ai] as number;
  const a2 = as[ai + 1] as number;
  const b1 = bs[bi] as number;
  const b2 = bs[bi + 1] as number;
  if (presenceExceeds(a1, a2, aLength, b1, b2, bLength, aAbjad, bAbjad, limit + PRESENCE_SLACK)) return true;
  if (!aAbjad && !bAbjad && Math.abs(aLength - bLength) * COST.vowelIndel > budget) return true;
  return layeredPairingRefuses(a1, a2, as[ai + 2] as number, aLength, b1, b2, bs[bi + 2] as number, bLength, aAbjad, bAbjad, limit);
}

/** layeredAbove of a reading refusedAt let through at `floor` (the forms' masks at as[ai], bs[bi]). */
function boundedAbove(a: string, aAbjad: boolean, as: Int32Array, ai: number, b: string, bAbjad: boolean, bs: Int32Array, bi: number, floor: number): number {
  return layeredAbove(a, aAbjad, as[ai] as number, as[ai + 1] as number, as[ai + 2] as number, b, bAbjad, bs[bi] as number, bs[bi + 1] as number, bs[bi + 2] as number, floor, true);
}

/**
 * The most a pair of forms (the longer `len` letters, cliff `budget` > 0) may cost and still beat
 * similarity `floor` (0: any similarity at all, the cliff): similarity = 1 - scale x cost / len.
 */
function floorCost(len: number, budget: number, floor: number): number {
  if (floor <= 0) return budget;
  const beat = ((1 - floor) * len) / TOKEN.costScale + FLOOR_SLACK;
  return beat < budget ? beat : budget;
}

/** Added to similarityAbove's cost limit so floating-point rounding never drops a pair that beats the floor. */
const FLOOR_SLACK = 1e-9;

/** First letter of a token as written in Latin (for initials). */
function firstLetter(t: PreparedToken): string {
  return t.initial;
}

/**
 * Best similarity of two tokens over their forms (a glued-article alternate costs a little).
 *
 * Two name tokens are compared only when they share a retrieval key (prepared.ts tokenKeys: the
 * skeleton, a skeleton one consonant shorter, the coarse phonetic key, or those of a glued-article
 * form); otherwise they are no match. This is part of the definition of similarity, not a shortcut:
 * it is what makes the index provably lossless (every pair the scorer can credit is one the index
 * reaches), and screenExhaustive, compare and the explanation apply it too.
 */
export function tokenSimilarity(q: PreparedToken, l: PreparedToken): FormMatch & { initial: boolean } {
  if (q.role === 'initial' || l.role === 'initial') {
    const similarity = initialSimilarity(q, l);
    return { similarity, cost: similarity > 0 ? 0 : Infinity, initial: true };
  }
  if (!shareKey(q, l)) return { ...NO_MATCH, initial: false };
  return { ...keyedSimilarity(q, l), initial: false };
}

/**
 * tokenSimilarity(q, l).similarity when q or l is an initial, without building a result (the memo
 * asks this for every initial it meets): two initials pair only when equal; an initial and a name
 * at TOKEN.initialSimilarity when the first letters agree.
 */
export function initialSimilarity(q: PreparedToken, l: PreparedToken): number {
  if (q.role === 'initial' && l.role === 'initial') return q.folded === l.folded ? 1 : 0;
  return firstLetter(q) === firstLetter(l) ? TOKEN.initialSimilarity : 0;
}

/** True when the two tokens have a retrieval key in common (tokens without keys share none). */
export function shareKey(q: PreparedToken, l: PreparedToken): boolean {
  const a = keysOf(q);
  if (a.length === 0 || keysOf(l).length === 0) return false;
  const b = keySetOf(l);
  for (const k of a) if (b.has(k)) return true;
  return false;
}

function keysOf(t: PreparedToken): string[] {
  if (t.keys === undefined) t.keys = isIndexable(t) ? tokenKeys(t) : [];
  return t.keys;
}

/**
 * The same keys as a set, built once per token: membership tests (shareKey, cutMatches,
 * joinMatches) run for every candidate pair, and a token carries a dozen or more keys.
 */
function keySetOf(t: PreparedToken): Set<string> {
  if (t.keySet === undefined) t.keySet = new Set(keysOf(t));
  return t.keySet;
}

/**
 * Keys under which two adjacent query tokens written apart are looked up as one listed token
 * (Abd al Rahman ~ Abdalrahman): the joined skeleton and, from four consonants, its deletion
 * neighbourhood. A split pairing needs the listed token to carry one of them.
 */
export function joinedKeys(a: PreparedToken, b: PreparedToken): string[] {
  return joinedFormKeys(joinedFold(a, b));
}

/**
 * Every joined skeleton of a consonant or more gets its own key (1.15.0). Up to 1.14.0 this was 3,
 * because a short skeleton's key is shared by many entries; but only its neighbourhood is wide
 * (MIN_JOINED_DELETION), the exact skeleton reaches few, and without it SOUS SOU never met
 * SOUSSOU (skeleton S), nor ZEIN IYE ZEINIYE (DN): on the UN list 289 of 4,103 names with a word
 * written as two at its middle lost their record, 90 since (bench/merged-spellings.ts SPLIT=1),
 * at no measurable cost to a cold pass (docs/benchmarks.md, session 20).
 */
export const MIN_JOINED_KEY = 1;
/** Joined skeletons from this length get their deletion neighbourhood as keys too. */
export const MIN_JOINED_DELETION = 4;

/** joinedKeys of an already joined form (joinedFold). */
export function joinedFormKeys(form: string): string[] {
  let keys = joinedCache.get(form);
  if (keys === undefined) {
    const joined = skeleton(form);
    keys = [];
    if (joined.length >= MIN_JOINED_KEY) keys.push(`k:${joined}`);
    if (joined.length >= MIN_JOINED_DELETION) for (const d of deletionKeys(joined)) keys.push(`k:${d}`);
    joinedCache.set(form, keys);
  }
  return keys;
}

/**
 * The folded form of two adjacent tokens written together: what a listed token spelt as one word
 * folds to (1.5.0). Gluing the two folded forms kept letter pairs the fold reads as one sound apart
 * and a doubled letter across the seam: Ans Horut gave "anshorut" where Anshorut folds to
 * "anSorut", Sat Tari "sattari" where Sattari folds to "satari". So tokens written in Latin or
 * Cyrillic are joined as written and folded again. Arabic-script folds (letter by letter, no
 * digraphs) are glued as they stand: short vowels are not written, so two equal letters across the
 * seam may stand for two sounds (سعد الدين, Sa'd ad-Din, is Saduddin). The scorer's split
 * pairing, its bound, joinedKeys and the index (joinedMatches) all read this form, so the index
 * reaches every split pairing the scorer credits. Merged pairings compare a query token with the
 * joined form of two listed ones (Amirrahimi, folded "amirahimi", against Amir Rahimi); the index
 * admits those by the keys of a cut (splitNames), whatever the similarity.
 */
export function joinedFold(a: PreparedToken, b: PreparedToken): string {
  if (a.written === '' || b.written === '') return a.folded + b.folded;
  const key = `${a.written} ${b.written}`;
  let form = joinedFoldCache.get(key);
  if (form === undefined) {
    form = phoneticFold(a.written + b.written);
    joinedFoldCache.set(key, form);
  }
  return form;
}

/** joinedFold of tokens i and i + 1 of a name, computed for the whole name once (PreparedName.joined). */
export function joinedAt(name: PreparedName, i: number): string {
  let forms = name.joined;
  if (forms === undefined) {
    const t = name.tokens;
    forms = [];
    for (let k = 0; k + 1 < t.length; k++) forms.push(joinedFold(t[k] as PreparedToken, t[k + 1] as PreparedToken));
    name.joined = forms;
  }
  return forms[i] as string;
}

/** Keys derived from folded forms alone, cached process-wide (pure functions of the form; bounded). */
const KEY_CACHE_LIMIT = 100_000;
const joinedCache = BoundedMemo.processWide<string, string[]>(KEY_CACHE_LIMIT);
const joinedFoldCache = BoundedMemo.processWide<string, string>(KEY_CACHE_LIMIT);
const cutCache = BoundedMemo.processWide<string, [string, string][]>(KEY_CACHE_LIMIT);
const writtenCutCache = BoundedMemo.processWide<string, WrittenCuts>(KEY_CACHE_LIMIT);
const articleJoinedCache = BoundedMemo.processWide<string, string>(KEY_CACHE_LIMIT);

/**
 * The keys of both halves of every cut of `folded` (positions 2 .. length - 2), in cut order: each
 * half's skeleton key, or for a half of one consonant its positional key with the gap on the cut's
 * side (halfKey).
 */
export function cuts(folded: string): [string, string][] {
  let out = cutCache.get(folded);
  if (out === undefined) {
    out = [];
    for (let cut = 2; cut <= folded.length - 2; cut++) out.push([halfKey(skeleton(folded.slice(0, cut)), 0), halfKey(skeleton(folded.slice(cut)), 1)]);
    cutCache.set(folded, out);
  }
  return out;
}

/**
 * The cuts of token `t` (kept on the token): cuts(t.folded), and where the token is folded from its
 * written Latin letters, more cuts read from those letters (since 1.13.0):
 * - seam cuts: each half folded on its own where that reads otherwise. The fold reads some letter
 *   pairs as one sound, so a seam inside one is lost in the whole word's fold: innocent|zimurinda
 *   folds to inosencimurinda ("tz" read as one sound), whose cuts never give inosent and zimurinda;
 *   mohammed|yahya reads "dy" as one sound, han|yu "ny".
 * - article cuts: a right half that starts with the article (articleHalfStem) is also read without
 *   it, as the listed name drops the article: hussein|altikriti meets HUSSEIN AL-TIKRITI, whose
 *   tokens are hussein and tikriti.
 * The other direction, two query tokens against one merged listed token, joins the halves already
 * folded, so it met them before (docs/matching.md, merged spellings).
 */
export function tokenCuts(t: PreparedToken): [string, string][] {
  return (t.cutKeys ??= cutsOf(t));
}

function cutsOf(t: PreparedToken): [string, string][] {
  const known = writtenCutsOf(t);
  return known === undefined ? cuts(t.folded) : known.cuts;
}

/** The memoised writtenCuts of `t`'s written letters where they are what `t` is folded from, else undefined. */
function writtenCutsOf(t: PreparedToken): WrittenCuts | undefined {
  const w = t.written;
  if (w.length < MIN_CUT_LENGTH) return undefined;
  let known = writtenCutCache.get(w);
  if (known === undefined) {
    known = writtenCuts(w);
    writtenCutCache.set(w, known);
  }
  return known.folded === t.folded ? known : undefined;
}

/** Written letters' fold, and their cuts: cuts(folded) with the seam and article cuts appended; `more` when there were any. */
interface WrittenCuts {
  folded: string;
  cuts: [string, string][];
  more: boolean;
}

function writtenCuts(w: string): WrittenCuts {
  const folded = phoneticFold(w);
  const base = cuts(folded);
  let out: [string, string][] | undefined;
  const add = (left: string, right: string): void => {
    const pair: [string, string] = [halfKey(skeleton(left), 0), halfKey(skeleton(right), 1)];
    if ((out ?? base).some((p) => p[0] === pair[0] && p[1] === pair[1])) return;
    (out ??= base.slice()).push(pair);
  };
  // Every cut of `word`'s letters; `whole` is the fold whose own cuts `base` already holds, so a cut
  // whose halves fold back to it adds nothing ('' for the article's stem: none of its cuts are there).
  const cutLetters = (word: string, whole: string): void => {
    for (let cut = 2; cut <= word.length - 2; cut++) {
      const leftLetters = word.slice(0, cut);
      const rightLetters = word.slice(cut);
      const left = phoneticFold(leftLetters);
      const right = phoneticFold(rightLetters);
      // Halves that read as in the whole word give a cut among cuts(folded).
      if (left + right !== whole) add(left, right);
      const stem = articleHalfStem(rightLetters);
      if (stem !== undefined) add(left, phoneticFold(stem));
    }
  };
  cutLetters(w, folded);
  // A word that starts with the article is cut without it as well (the listed name drops it:
  // ALMAJIDALTIKRITI against AL-MAJID AL-TIKRITI, majid + tikriti).
  const stem = articleHalfStem(w);
  if (stem !== undefined && stem.length >= MIN_CUT_LENGTH) cutLetters(stem, '');
  return { folded, cuts: out ?? base, more: out !== undefined };
}

/**
 * A cut's right half read without a leading article: attachedArticleStem's reading (al or el before
 * a consonant, an assimilated sun letter), or al / el before a vowel, which that function leaves
 * alone because Alawi or Elias standing alone are names. Inside a merged word the half after a name
 * is far more often the article and the next name (hammud|alubaidi: HAMMUD AL-UBAIDI), and the
 * half's keys must still meet a listed token next to the left half's, so the reading only adds a
 * cut to try. At least three letters are left.
 */
function articleHalfStem(right: string): string | undefined {
  const stem = attachedArticleStem(right);
  if (stem !== undefined) return stem;
  return right.length >= 5 && (right.startsWith('al') || right.startsWith('el')) ? right.slice(2) : undefined;
}

/**
 * What a token's split lists (index.ts splitNames) are filed under: its folded form, with its
 * written letters where those add cuts (two tokens of one fold may then cut differently).
 */
export function cutIdentity(t: PreparedToken): string {
  return writtenCutsOf(t)?.more === true ? `${t.folded}\n${t.written}` : t.folded;
}

/**
 * The key by which a cut's half of skeleton `skel` meets a listed token (`side` 0: the left half, 1:
 * the right): its skeleton's key; for a single consonant X (1.11.0) the positional key with the gap
 * at the cut, `d:X_` for a left half and `d:_X` for a right one (prepared.ts gapKeys), which every
 * listed token of that one consonant carries and every two-consonant one holding one more
 * consonant on the cut's side. Up to 1.10.0 the half's plain key `k:X` met every two-consonant
 * token holding X (their one-consonant deletion keys). The cut's side is where the fold reads the
 * letters differently from the whole word (a digraph or a y across the seam), so that is where a
 * half loses a consonant: Songhyok folds to sonGiok, whose right half Giok (K) meets Hyok (HK) at
 * `d:_K`; the right half "ychou" (x) of Maychou meets the Arabic-script يشو (Yx) at `d:_x`. One key
 * per half keeps one key pair per cut: both positional keys per half (up to four pairs a cut) had
 * the same evaluation figures and a cold UN pass 5% slower (docs/benchmarks.md, session 13 h1).
 */
function halfKey(skel: string, side: 0 | 1): string {
  if (skel.length !== 1) return `k:${skel}`;
  return side === 0 ? `d:${skel}_` : `d:_${skel}`;
}

/** A query token at least this long may be cut in two to meet two adjacent listed tokens. */
export const MIN_CUT_LENGTH = 4;


/**
 * A merged pairing (query token a against adjacent listed tokens b c) needs a cut of a whose halves'
 * skeletons are keys of b and c: the index reaches exactly these.
 */
function cutMatches(a: PreparedToken, b: PreparedToken, c: PreparedToken): boolean {
  if (a.folded.length < MIN_CUT_LENGTH || !isIndexable(b) || !isIndexable(c)) return false;
  const kb = keySetOf(b);
  const kc = keySetOf(c);
  const pairs = tokenCuts(a);
  for (let k = 0; k < pairs.length; k++) {
    const pair = pairs[k] as [string, string];
    if (kb.has(pair[0]) && kc.has(pair[1])) return true;
  }
  return false;
}

/**
 * cutMatches split by side, for a per-query memo (memo.ts PairCheckMemo): bit k is set when the
 * left (`side` 0) or right (1) half of cut k of `a` is a key of `b`. cutMatches(a, b, c) is exactly
 * (cutHalfBits(a, b, 0) & cutHalfBits(a, c, 1)) !== 0, since a cut needs its left half in b and its
 * right half in c; a token without keys sets no bit, as cutMatches then says no. Only for tokens of
 * at most MAX_MASKED_CUTS cuts (`maskableCuts`), so that the bits fit a 32-bit integer.
 */
export function cutHalfBits(a: PreparedToken, b: PreparedToken, side: 0 | 1): number {
  if (!isIndexable(b)) return 0;
  const kb = keySetOf(b);
  const pairs = tokenCuts(a);
  let bits = 0;
  for (let k = 0; k < pairs.length; k++) if (kb.has((pairs[k] as [string, string])[side])) bits |= 1 << k;
  return bits;
}

/** The most cuts cutHalfBits handles (bit 31 is the sign bit; cuts of tokens of 34 letters or fewer). */
const MAX_MASKED_CUTS = 31;

/** Whether query token `a` can be merged at all (cutMatches is false whatever the listed tokens otherwise). */
export function mayCut(a: PreparedToken): boolean {
  return a.folded.length >= MIN_CUT_LENGTH;
}

/**
 * Whether cutHalfBits can stand for cutMatches with this query token (a cut count that fits the
 * bits: one key pair per cut, cuts).
 */
export function maskableCuts(a: PreparedToken): boolean {
  return tokenCuts(a).length <= MAX_MASKED_CUTS;
}

/** cutMatches for callers outside this file (the per-query memo's fallback). */
export { cutMatches };

/**
 * A split pairing (adjacent query tokens joined, joinedFold, against listed token b) needs b to
 * carry a joined key.
 */
function joinMatches(keys: string[], b: PreparedToken): boolean {
  if (keys.length === 0 || !isIndexable(b)) return false;
  const kb = keySetOf(b);
  for (let k = 0; k < keys.length; k++) if (kb.has(keys[k] as string)) return true;
  return false;
}

/** joinMatches of query tokens i and i + 1 of `q` against `b` (the per-query memo's fallback and fill). */
export function queryJoinMatches(q: PreparedName, i: number, b: PreparedToken): boolean {
  return joinMatches(joinedKeysAt(q, i), b);
}

/**
 * The key checks of merged and split pairings for one query name, answered from a per-query memo
 * (memo.ts) instead of string-set lookups: the bound and the scorer ask the same (query token,
 * listed vocabulary entry) questions for many candidate names of one query. Both must answer exactly
 * as cutMatches and joinMatches do.
 */
export interface PairChecks {
  /** cutMatches(q.tokens[qi], b, c). */
  cut(qi: number, b: PreparedToken, c: PreparedToken): boolean;
  /** joinMatches(joined keys of q.tokens[qi] and q.tokens[qi + 1], b). */
  join(qi: number, b: PreparedToken): boolean;
  /** mayMerge(q, l, qi, true): a merged or split pairing of q.tokens[qi] with l's tokens may meet. */
  merge(qi: number, l: PreparedName): boolean;
  /** The split half of merge: some token b of l for which splitMayMeet(q, qi, b, true) holds. */
  split(qi: number, l: PreparedName): boolean;
}

/** joinedFormKeys of tokens i and i + 1 of a name (joinMatches' argument), kept on the name. */
function joinedKeysAt(name: PreparedName, i: number): string[] {
  let keys = name.joinedKeys;
  if (keys === undefined) {
    keys = [];
    for (let k = 0; k + 1 < name.tokens.length; k++) keys.push(joinedFormKeys(joinedAt(name, k)));
    name.joinedKeys = keys;
  }
  return keys[i] as string[];
}

/** tokenSimilarity for two non-initial tokens already known to share a key (the scorer's path). */
export function keyedSimilarity(q: PreparedToken, l: PreparedToken): FormMatch {
  writeShape(q, PAIR_SHAPES, 0);
  writeShape(l, PAIR_SHAPES, SHAPE_SIZE);
  const similarity = keyedSimilarityValue(q, PAIR_SHAPES, 0, l, PAIR_SHAPES, SHAPE_SIZE);
  return similarity > 0 ? { similarity, cost: keyedCost } : NO_MATCH;
}

/** keyedSimilarity's shapes of its two tokens (written per call: the scorer rarely gets here, see memo.ts). */
const PAIR_SHAPES = new Int32Array(2 * SHAPE_SIZE);

/**
 * The similarity tokenSimilarity would give two non-initial tokens if they were not two different
 * names of the distinct-names table (names/distinct-names.ts): what an explanation asks to say
 * whether the table is what kept them apart (explain.ts differentNames).
 */
export function similarityBesideDistinctNames(q: PreparedToken, l: PreparedToken): number {
  if (!shareKey(q, l)) return 0;
  writeShape(q, PAIR_SHAPES, 0);
  writeShape(l, PAIR_SHAPES, SHAPE_SIZE);
  PAIR_SHAPES[NAME_CLASS] = 0;
  return keyedSimilarityValue(q, PAIR_SHAPES, 0, l, PAIR_SHAPES, SHAPE_SIZE);
}

/** The cost of the reading behind the last positive keyedSimilarityValue (see lastCost). */
let keyedCost = 0;

/** keyedCost read from outside: the index keeps it beside each similarity of a new form's list. */
export function lastKeyedCost(): number {
  return keyedCost;
}

/**
 * keyedSimilarity(q, l).similarity without building a result (the index's path: it asks for every
 * vocabulary entry a new query token's keys reach, most of them no match), the tokens' shapes given
 * (form-shape.ts: q's at qs[qi], l's at ls[li]). Each further reading is only computed as far as it
 * could still beat the best so far (similarityAbove), which gives the same maximum.
 */
export function keyedSimilarityValue(q: PreparedToken, qs: Int32Array, qi: number, l: PreparedToken, ls: Int32Array, li: number): number {
  // Each reading is first put to refusedAt, from the shapes alone: the token objects and their
  // strings are read only for a reading that gets past it.
  const qn = qs[qi + LENGTHS] as number;
  const ln = ls[li + LENGTHS] as number;
  // Two different names of the distinct-names table (Mohammed and Mahmoud) are no pair (1.88.0).
  const qc = qs[qi + NAME_CLASS] as number;
  if (qc !== 0 && distinctNamesApart(qc, ls[li + NAME_CLASS] as number)) return 0;
  let best = refusedAt(qs, qi, qn, FOLDED, ls, li, ln, FOLDED, 0) ? 0 : boundedAbove(q.folded, q.abjad, qs, qi + FOLDED, l.folded, l.abjad, ls, li + FOLDED, 0);
  let cost = lastCost;
  if (best < 1 && (qn & ALT_FLAG) !== 0) {
    const floor = best + TOKEN.altFormPenalty;
    const m = refusedAt(qs, qi, qn, ALT, ls, li, ln, FOLDED, floor) ? 0 : boundedAbove(q.alt as string, q.abjad, qs, qi + ALT, l.folded, l.abjad, ls, li + FOLDED, floor);
    if (m - TOKEN.altFormPenalty > best) {
      best = m - TOKEN.altFormPenalty;
      cost = lastCost;
    }
  }
  if (best < 1 && (ln & ALT_FLAG) !== 0) {
    const floor = best + TOKEN.altFormPenalty;
    const m = refusedAt(qs, qi, qn, FOLDED, ls, li, ln, ALT, floor) ? 0 : boundedAbove(q.folded, q.abjad, qs, qi + FOLDED, l.alt as string, l.abjad, ls, li + ALT, floor);
    if (m - TOKEN.altFormPenalty > best) {
      best = m - TOKEN.altFormPenalty;
      cost = lastCost;
    }
  }
  // Both alternative forms, at both penalties (since 1.77.0): two words that translate one
  // organisation word, neither of them the English word itself (oriental and eastern, both east;
  // восточный and eastern), which no other reading meets.
  if (best < 1 && (qn & ln & ALT_FLAG) !== 0) {
    const floor = best + 2 * TOKEN.altFormPenalty;
    const m = refusedAt(qs, qi, qn, ALT, ls, li, ln, ALT, floor) ? 0 : boundedAbove(q.alt as string, q.abjad, qs, qi + ALT, l.alt as string, l.abjad, ls, li + ALT, floor);
    if (m - 2 * TOKEN.altFormPenalty > best) {
      best = m - 2 * TOKEN.altFormPenalty;
      cost = lastCost;
    }
  }
  // The typo reading (1.3.0): the written letters compared as they stand. A typo beside c, h or x
  // changes the folded form in two places (Innocrent inokrent / Innocent inosent, Xhol ksol / Chol
  // Col) but the written one in one. Both tokens must be written in Latin or Cyrillic (a written
  // length in both lengths words).
  if (best < 1 && (qn & WRITTEN_LENGTH) !== 0 && (ln & WRITTEN_LENGTH) !== 0) {
    // Where both written spellings are their folded forms (Omar, Karim: a tenth of the pairs the
    // index reaches) and neither side is Arabic script, this reading is the first one again and
    // cannot beat it. Equal spellings are never refused (their bounds are 0), so the refusal may
    // come before the strings are compared.
    const reading = (qn & ln & PLAIN_FLAG) === 0 && !refusedAt(qs, qi, qn, WRITTEN, ls, li, ln, WRITTEN, best);
    if ((reading || best > 0) && q.written !== l.written) {
      if (reading) {
        const m = boundedAbove(q.written, false, qs, qi + WRITTEN, l.written, false, ls, li + WRITTEN, best);
        if (m > best) {
          best = m;
          cost = lastCost;
        }
      }
      // The keyboard slip test only when the slip's similarity would beat the best so far, and only
      // for a pair some reading already found similar: with best still 0 here, the written spellings
      // (read just above, or equal to the folded forms read first) are farther apart than their
      // cliff, and a slip is one edit, within the cliff (SLIP_WITHIN_CLIFF), so no slip is possible.
      // That spares the test for most of the pairs the index reaches.
      if (best > 0) {
        const slip = keyboardSlipSimilarity(q.written, l.written);
        if (slip > best && keyboardSlip(q.written, l.written)) {
          best = slip;
          cost = TOKEN.keyboardSlipCost;
        }
      }
    }
  }
  if (best > 0) keyedCost = cost;
  return best;
}

/**
 * Whether distance.ts presenceBound shows that a pair of forms (their letter masks and lengths)
 * cannot beat similarity `floor` (0: cannot score at all, being past the cliff of their length):
 * its cost would be past floorCost, the limit similarityAbove stops the distance at. The bound is
 * at most the letter-count bound similarityAbove tests first, so a refused pair is one it would
 * score at 0 (floor 0) or below `floor`; PRESENCE_SLACK keeps rounding of the bound's sum from ever
 * refusing a pair at the limit's edge. The index's similarity lists (floor 0, keyedSimilarityValue)
 * and its joined-spelling lists (floor mergeMinSimilarity, index.ts joinedMatches) both ask it.
 */
export function presenceRefuses(aMask: number, aRepeats: number, aLength: number, bMask: number, bRepeats: number, bLength: number, aAbjad: boolean, bAbjad: boolean, floor: number): boolean {
  const len = aLength > bLength ? aLength : bLength;
  // A cliff at or below 0 is left to similarityAbove (equal forms are 1 there whatever their length).
  const budget = cliffBudget(len);
  return budget > 0 && presenceExceeds(aMask, aRepeats, aLength, bMask, bRepeats, bLength, aAbjad, bAbjad, floorCost(len, budget, floor) + PRESENCE_SLACK);
}

const PRESENCE_SLACK = 1e-9;

/**
 * A keyboard slip is one edit of the written spelling (a substitution, an extra letter or a swap of
 * neighbours), which costs at most a consonant (distance.ts: no substitution or indel costs more,
 * a transposition 0.7), and the written reading's cliff from keyboardSlipMinLength letters on is
 * at least that (the cliff grows with the length): so two spellings a slip apart always have a
 * positive written similarity, and keyedSimilarityValue tests for a slip only once a reading has
 * found one. Checked here in case the weights change.
 */
const SLIP_WITHIN_CLIFF = cliffBudget(TOKEN.keyboardSlipMinLength) >= COST.consonant && COST.transposition <= COST.consonant;
if (!SLIP_WITHIN_CLIFF) throw new Error('score.ts: a keyboard slip must lie within the cliff (keyedSimilarityValue skips its test otherwise)');

/**
 * The keyboard reading (1.5.0): written spellings one keyboard slip apart (names/keyboard.ts) pair
 * at the slip's cost. This is the similarity such a pair would have (0 when the spellings are too
 * short); whether they are a slip apart is keyboardSlip's to say. Read only through
 * keyedSimilarityValue, so the index and the scorer agree on it, and only for tokens that already
 * share a retrieval key.
 */
function keyboardSlipSimilarity(a: string, b: string): number {
  const len = a.length > b.length ? a.length : b.length;
  if (len < TOKEN.keyboardSlipMinLength) return 0;
  return 1 - (TOKEN.costScale * TOKEN.keyboardSlipCost) / len;
}

/**
 * Similarity of query token `qi` with listed token `l` (tokenSimilarity(...).similarity). The engine
 * passes one memoised per query over the interned list vocabulary (memo.ts).
 */
export type SimilarityFn = (qi: number, l: PreparedToken) => number;

/** Concatenations are only tried when the lengths could possibly agree within the cliff. */
export function lengthsCompatible(a: number, b: number, abjad: boolean): boolean {
  const len = Math.max(a, b);
  const diff = Math.abs(a - b);
  return diff * (abjad ? COST.vowelIndelAbjad : COST.vowelIndel) <= cliffBudget(len) && diff <= 4;
}

/**
 * Scores one query name against one listed name. `detail` adds the alignments for the explanation.
 * `sim` defaults to a direct tokenSimilarity; the engine passes a memoised one.
 */
export function scoreNames(q: PreparedName, l: PreparedName, detail = false, sim?: SimilarityFn, checks?: PairChecks, hints?: MergeHints, id = -1, cost?: CostFn, queryInFull = false): NameScore {
  return pairUp(q, l, rankPairings(q, l, sim, checks, hints, id), detail, sim === undefined, cost, queryInFull);
}

/**
 * The pairings scoreNames may choose for q against l, in the order it tries them (see scoreNames
 * for the arguments). Without `sim`, similarities and costs come from tokenSimilarity; with it,
 * similarities come from it (the same values) and the costs of single pairings are left unknown
 * (NaN) for pairUp to look up for the explanation. The pairings go into `into`, by default one
 * ranking shared by every call (no allocation per call): read it before ranking again, or pass
 * one of your own to keep it. pairUp(q, l, rankPairings(q, l, sim, checks, hints, id), detail,
 * sim === undefined, cost) is scoreNames(q, l, detail, sim, checks, hints, id, cost).
 */
export function rankPairings(q: PreparedName, l: PreparedName, sim?: SimilarityFn, checks?: PairChecks, hints?: MergeHints, id = -1, into: RankedPairings = sharedRanking): RankedPairings {
  const qt = q.tokens;
  const lt = l.tokens;
  const n = qt.length;
  const m = lt.length;
  const candidates = into;
  candidates.reset();
  if (n === 0 || m === 0) return candidates;
  // Without a memo, similarities and costs come from tokenSimilarity. With one, similarities come
  // from it (the same values) and, for the explanation, the cost of each chosen single pairing is
  // looked up afterwards: the choice reads similarities alone, and most pairs are never chosen.
  const full = sim === undefined;
  // Scratch per query and listed token, kept across calls (zeroed for each call's n and m, here and
  // in pairUp): the scorer runs for every surviving candidate, and six typed arrays a call were a
  // good part of it.
  if (scoreQ.length < n) scoreQ = new Float64Array(2 * n);
  const bestForQuery = scoreQ;
  for (let i = 0; i < n; i++) bestForQuery[i] = 0;
  const qHasAbd = hasRole(qt, 'abd');
  const lHasAbd = hasRole(lt, 'abd');
  // kunyaNameAsGiven's conditions on the names alone, asked once a call.
  const kunyaNameMayBeGiven = n >= 2 && hasRole(lt, 'kunya') && !writesKunya(qt);
  for (let i = 0; i < n; i++) {
    const a = qt[i] as PreparedToken;
    for (let j = 0; j < m; j++) {
      const b = lt[j] as PreparedToken;
      let similarity: number;
      let cost = NaN;
      if (full) {
        const s = tokenSimilarity(a, b);
        similarity = s.similarity;
        cost = s.cost;
      } else similarity = (sim as SimilarityFn)(i, b);
      if (similarity <= 0) continue;
      if (similarity < 1 && particleOverreach(a, b)) continue;
      // An acronym one letter off is another acronym (ASG, ASC; MAEI, MEI; ISI, ISY): a one-word name
      // meets a listed one letter for letter or not at all (prepared.ts PreparedName.acronym). Since
      // 1.142.0 the listed acronym may stand beside legal forms (CNOOC LIMITED), which keep their readings.
      // Since 1.145.0 a query word that cannot be said as a word is an acronym beside any other
      // words too (AO MPK: AO is no legal form in Latin letters, and MPK met Mobin Petrochemical
      // Company's alias MPC through the fold of c and k, OFAC SDN 15952, at 0.65); an initial is
      // none (the K of ISIS-K meets KHORASAN of the acronym reading ISIS KHORASAN).
      if (l.acronym && a.written !== b.written && !isFormWord(b) && (oneWordBesidesForms(qt) || (a.role !== 'initial' && unsaidAsWord(a.written)))) continue;
      if (abdDropped(qt, i, qHasAbd, lt, j, lHasAbd)) similarity = lessAbdDropped(similarity);
      if (kunyaNameMayBeGiven && kunyaNameAsGiven(i, lt, j)) similarity = Math.max(similarity - TOKEN.kunyaNameAsGivenPenalty, Number.MIN_VALUE);
      const initial = a.role === 'initial' || b.role === 'initial';
      const weight = initial ? Math.min(TOKEN.initialMaxWeight, a.weight, b.weight) : Math.min(a.weight, b.weight);
      if (similarity > (bestForQuery[i] as number)) bestForQuery[i] = similarity;
      candidates.add(similarity * weight, similarity, cost, weight, initial ? KIND_INITIAL : similarity === 1 ? KIND_EXACT : KIND_FUZZY, 0, i, -1, j, -1);
    }
  }
  // Which merged and split pairings the index says may meet (MergeHints; -1: no hints). A clear bit
  // is certain, so skipping its tests changes no pairing.
  const hinted = hints !== undefined && id >= 0;
  const mergeBits = hinted ? hints.nameBits(id) : -1;
  // One query token meeting two adjacent listed tokens (merged spelling on the query side).
  if (m > 1 && mergeBits !== 0) {
    for (let i = 0; i < n; i++) {
      const a = qt[i] as PreparedToken;
      if (a.role === 'initial' || (bestForQuery[i] as number) >= 0.97 || ((mergeBits >> i) & 1) === 0) continue;
      for (let j = 0; j + 1 < m; j++) {
        const b = lt[j] as PreparedToken;
        const c = lt[j + 1] as PreparedToken;
        if (b.role === 'initial' || c.role === 'initial') continue;
        const joined = joinedAt(l, j);
        if (!lengthsCompatible(a.folded.length, joined.length, a.abjad || b.abjad || c.abjad)) continue;
        // With hints the index has said which adjacent pairs a cut of token i meets (pairBits: exactly cutMatches).
        if (!(hinted ? (((hints as MergeHints).pairBits(id, j) >> i) & 1) !== 0 : checks ? checks.cut(i, b, c) : cutMatches(a, b, c))) continue;
        let f = formSimilarity(a.folded, a.abjad, joined, b.abjad || c.abjad);
        if (f.similarity < 1 && a.script === 'latin' && b.script === 'latin' && c.script === 'latin') f = mergedArticleReading(a, b, c, joined, f);
        if (f.similarity < TOKEN.mergeMinSimilarity) continue;
        const s = mergedSimilarity(f.similarity, abdDropped(qt, i, qHasAbd, lt, j, lHasAbd));
        const weight = Math.min(a.weight, b.weight + c.weight);
        candidates.add(s * weight, s, f.cost, weight, KIND_MERGED, 1, i, -1, j, j + 1);
      }
    }
  }
  // Two adjacent query tokens meeting one listed token (merged spelling on the list side).
  if (n > 1) {
    for (let j = 0; j < m; j++) {
      const b = lt[j] as PreparedToken;
      if (b.role === 'initial') continue;
      const splitBits = hinted && b.id >= 0 ? (hints as MergeHints).entryBits(b.id) : -1;
      if (splitBits === 0) continue;
      for (let i = 0; i + 1 < n; i++) {
        const a = qt[i] as PreparedToken;
        const c = qt[i + 1] as PreparedToken;
        if (a.role === 'initial' || c.role === 'initial' || ((splitBits >> i) & 1) === 0) continue;
        const joined = joinedAt(q, i);
        if (!lengthsCompatible(b.folded.length, joined.length, a.abjad || b.abjad || c.abjad)) continue;
        if (!(checks ? checks.join(i, b) : joinMatches(joinedKeysAt(q, i), b))) continue;
        const f = formSimilarity(joined, a.abjad || c.abjad, b.folded, b.abjad);
        if (f.similarity < TOKEN.mergeMinSimilarity) continue;
        const s = mergedSimilarity(f.similarity, abdDropped(qt, i, qHasAbd, lt, j, lHasAbd));
        const weight = Math.min(a.weight + c.weight, b.weight);
        candidates.add(s * weight, s, f.cost, weight, KIND_SPLIT, 1, i, i + 1, j, -1);
      }
    }
  }
  candidates.sort();
  return candidates;
}

/**
 * A merged or split pairing's similarity: its concatenation's, less the merge penalty, and less the
 * dropped-Abd penalty where the single pairing of the same tokens would pay it (1.15.0: Jall Oul met
 * Abdeljalil's Jalil at 0.888 where Jalloul met it at 0.808, and alerted where Jalloul does not).
 * Only ever lowered, so every bound that counts 1 - mergePenalty stays an upper bound.
 */
function mergedSimilarity(similarity: number, abdDroppedHere: boolean): number {
  const s = similarity - TOKEN.mergePenalty;
  return abdDroppedHere ? lessAbdDropped(s) : s;
}

/** A pairing's similarity less the dropped-Abd penalty (abdDropped), kept above 0 so the pairing stays one. */
function lessAbdDropped(similarity: number): number {
  return Math.max(similarity - TOKEN.abdDroppedPenalty, Number.MIN_VALUE);
}

/**
 * A merged pairing's best reading where the article may stand in the query token but not in the
 * listed tokens (since 1.13.0), `plain` being the reading of a's fold against the two tokens joined:
 * the listed name's analysis drops the article (HUSSEIN AL-TIKRITI is hussein + tikriti), so the
 * query's HUSSEINALTIKRITI is also read against the two joined with the article between them, and a
 * query token's alternative form (a glued article or title read off, ALMAJIDALTIKRITI -> majid...)
 * against both too. Only a higher similarity is taken, never above 1: the merged pairing's bound
 * (1 - mergePenalty, pairBound) and the gates before it (lengths, keys) are as for the plain
 * reading, so the index still reaches every merged pairing the scorer credits.
 */
function mergedArticleReading(a: PreparedToken, b: PreparedToken, c: PreparedToken, joined: string, plain: FormMatch): FormMatch {
  let best = plain;
  const withArticle = articleJoinedFold(b, c);
  const take = (f: FormMatch): void => {
    if (f.similarity > best.similarity) best = f;
  };
  take(formSimilarity(a.folded, false, withArticle, false));
  if (a.alt !== undefined) {
    take(formSimilarity(a.alt, false, joined, false));
    take(formSimilarity(a.alt, false, withArticle, false));
  }
  return best;
}

/** Listed tokens b and c written as one word with the article between them (al), folded; memoised. */
function articleJoinedFold(b: PreparedToken, c: PreparedToken): string {
  const key = `${b.written} ${c.written}`;
  let out = articleJoinedCache.get(key);
  if (out === undefined) {
    out = phoneticFold(`${b.written}al${c.written}`);
    articleJoinedCache.set(key, out);
  }
  return out;
}

/**
 * scoreNames' choice over ranked pairings (rankPairings of the same q and l): each pairing taken
 * greedily where its tokens are still free, then the unmatched tokens charged. `full`: the pairings
 * were ranked without a memo (their costs are known); else `detail` looks up the chosen single
 * pairings' costs (through `cost` where given). `queryInFull`: every unmatched query token costs its
 * whole weight (no middle-name or typed-title share; the engine's rival check, engine.ts).
 */
export function pairUp(q: PreparedName, l: PreparedName, ranked: RankedPairings, detail: boolean, full: boolean, cost?: CostFn, queryInFull = false): NameScore {
  const qt = q.tokens;
  const lt = l.tokens;
  const n = qt.length;
  const m = lt.length;
  // A query reading that left out a place the query writes (in parentheses, or after the name as
  // branch-notes.ts reads it) is not the query in full (since 1.147.0): beside a rival whose name
  // covers the whole query (engine.ts chargeQueryBesideRival) only the reading with the place is
  // read. "ISIL - Libya" read as ISIL met AL-QAIDA IN IRAQ (QDe.115, ISIL's filing) at 0.96 beside
  // ISIL's Libyan province (QDe.165), which the query names.
  if (n === 0 || m === 0 || (queryInFull && q.droppedPlaces !== undefined)) {
    lastQueryCover.covered = false;
    lastQueryCover.shared = false;
    lastQueryCover.scoreInFull = 0;
    return { score: 0, agreement: 0, loss: 0, ...(detail ? { alignments: [] } : {}) };
  }
  if (scoreQPaired.length < n) scoreQPaired = new Float64Array(2 * n);
  if (scoreQUsed.length < n) scoreQUsed = new Uint8Array(2 * n);
  if (scoreLPaired.length < m) {
    scoreLPaired = new Float64Array(2 * m);
    scoreLUsed = new Uint8Array(2 * m);
    scoreLQuery = new Int32Array(2 * m);
  }
  const usedQ = scoreQUsed;
  /** Similarity of the pairing each query token went into (0: unmatched). */
  const pairedQ = scoreQPaired;
  for (let i = 0; i < n; i++) {
    usedQ[i] = 0;
    pairedQ[i] = 0;
  }
  /** The (first) query token each listed token was paired with (-1: unmatched). */
  const queryOfL = scoreLQuery;
  /** Similarity of the pairing each listed token went into (0: unmatched). */
  const pairedL = scoreLPaired;
  const usedL = scoreLUsed;
  for (let j = 0; j < m; j++) {
    queryOfL[j] = -1;
    pairedL[j] = 0;
    usedL[j] = 0;
  }
  let agreement = 0;
  let loss = 0;
  const alignments: TokenAlignment[] | undefined = detail ? [] : undefined;
  const { order, similarity, weight, kind, q0, q1, l0, l1 } = ranked;
  // A place's word paired (place-words.ts, since 1.117.0) weighs at most WEIGHT.placeWord unless
  // another pairing holds a word of either name's own (since 1.122.0 either: a translation met by
  // the English word, Islamischer Staat im Irak against Islamic State in Iraq): two firms of one
  // country agree on little (Hong Kong Trading Limited against LEADER HONG KONG INTERNATIONAL
  // TRADING LIMITED, Afghan United Bank against AFGHAN SERVICE BUREAU), but the place beside a
  // shared name is the branch it names (ISIL-Tunisia). What the cap would take off.
  // A sector word paired (sector-words.ts, since 1.127.0) is capped the same way, at
  // WEIGHT.sectorWord: two firms of one trade agree on little (HASSAN DRUG TRAFFICKING ORGANIZATION
  // against ZHENG DRUG TRAFFICKING ORGANIZATION), two of one name and trade are one firm or its sister.
  let ownPaired = false;
  let placePaired = false;
  let sectorPaired = false;
  // The cap needs a place's or sector word paired, so a name pair with none has nothing to cap.
  const mayCap = holdsCappedWord(qt) || holdsCappedWord(lt);
  let placeGainOver = 0;
  let placeLossOver = 0;
  let sectorGainOver = 0;
  let sectorLossOver = 0;
  /** The capped alignments (with detail): index in `alignments`, then 1 for a sector word's, 0 for a place's. */
  let cappedAlignments: number[] | undefined;
  for (let r = 0; r < ranked.count; r++) {
    const c = order[r] as number;
    const a0 = q0[c] as number;
    const a1 = q1[c] as number;
    const b0 = l0[c] as number;
    const b1 = l1[c] as number;
    if (usedQ[a0] || usedL[b0] || (a1 >= 0 && usedQ[a1]) || (b1 >= 0 && usedL[b1])) continue;
    // Two countries' places are no pair, however alike their letters (place-conflict.ts: Iran, Syrian).
    if (mayCap && a1 < 0 && b1 < 0 && placesApart(qt[a0] as PreparedToken, lt[b0] as PreparedToken)) continue;
    usedQ[a0] = 1;
    usedL[b0] = 1;
    if (a1 >= 0) usedQ[a1] = 1;
    if (b1 >= 0) usedL[b1] = 1;
    const s = similarity[c] as number;
    pairedQ[a0] = s;
    queryOfL[b0] = a0;
    pairedL[b0] = s;
    if (b1 >= 0) pairedL[b1] = s;
    if (a1 >= 0) pairedQ[a1] = s;
    const k = PAIRING_KINDS[kind[c] as number] as AlignmentKind;
    const w = weight[c] as number;
    const credited = fuzzyCredit(s, k);
    const gained = credited * w;
    const lost = (1 - credited) * w;
    agreement += gained;
    loss += lost;
    const qa = qt[a0] as PreparedToken;
    const lb = lt[b0] as PreparedToken;
    const place = isPlaceWord(qa) || isPlaceWord(lb);
    const sector = !place && (isSectorWord(qa) || isSectorWord(lb));
    if (place) placePaired = true;
    else if (sector) sectorPaired = true;
    // An initial met by a word is no own word paired (since 1.127.0: AFRICADA INSURANCE COMPANY met
    // TRUST INSURANCE S.A.L. at 0.69 by the A of S.A.L. beside the shared trade).
    else if (!ownPaired && k !== 'initial' && s >= OWN_PAIRING_MIN && (isOwnWord(qa) || isOwnWord(lb))) ownPaired = true;
    // The faith's adjective is capped with a place (below), never alone, and still counts as the
    // name's own word. Asked only where a name holds a place's or sector word (mayCap): never of a
    // person's name, whose Islami is a nisba, and no lookup for the pairs of most names.
    if (mayCap && sector && w > WEIGHT.sectorWord) {
      sectorGainOver += credited * (w - WEIGHT.sectorWord);
      sectorLossOver += (1 - credited) * (w - WEIGHT.sectorWord);
      if (alignments !== undefined) (cappedAlignments ??= []).push(alignments.length, 1);
    } else if (mayCap && !sector && w > WEIGHT.placeWord && (place || isFaithAdjective(qa.text) || isFaithAdjective(lb.text))) {
      placeGainOver += credited * (w - WEIGHT.placeWord);
      placeLossOver += (1 - credited) * (w - WEIGHT.placeWord);
      if (alignments !== undefined) (cappedAlignments ??= []).push(alignments.length, 0);
    }
    alignments?.push({
      kind: k,
      query: a1 >= 0 ? [a0, a1] : [a0],
      listed: b1 >= 0 ? [b0, b1] : [b0],
      cost: ranked.cost[c] as number,
      similarity: s,
      weight: w,
      agreement: gained,
      loss: lost,
    });
  }
  const kindsConflict = unmatchedKindsConflict(qt, usedQ, lt, usedL);
  // Nor is the cap spared where the words left unpaired say two kinds of organisation (since
  // 1.123.0), and the faith's adjective paired beside the place takes it too: a bank and an armed
  // group of one country and faith are two bodies, not a branch of one. Up to 1.122.0 "Egyptian
  // Islamic Bank" met EGYPTIAN ISLAMIC JIHAD (QDe.003) at 0.75 and its alias Egyptian Islamic
  // Movement at 0.86 on Egyptian and Islamic alone.
  const capPlaces = (!ownPaired || kindsConflict) && placePaired && (placeGainOver > 0 || placeLossOver > 0);
  const capSectors = (!ownPaired || kindsConflict) && sectorPaired && (sectorGainOver > 0 || sectorLossOver > 0);
  if (capPlaces) {
    agreement -= placeGainOver;
    loss -= placeLossOver;
  }
  if (capSectors) {
    agreement -= sectorGainOver;
    loss -= sectorLossOver;
  }
  if (alignments !== undefined && cappedAlignments !== undefined && (capPlaces || capSectors)) {
    for (let c = 0; c < cappedAlignments.length; c += 2) {
      const ofSector = cappedAlignments[c + 1] === 1;
      if (ofSector ? !capSectors : !capPlaces) continue;
      const cap = ofSector ? WEIGHT.sectorWord : WEIGHT.placeWord;
      const a = alignments[cappedAlignments[c] as number] as TokenAlignment;
      const credited = a.agreement / a.weight;
      a.weight = cap;
      a.agreement = credited * cap;
      a.loss = (1 - credited) * cap;
    }
  }
  const namesConflict = unmatchedNamesConflict(qt, usedQ, lt, usedL);
  // Asked only where a name holds a place's or sector word (mayCap), as the caps above are.
  const placesConflict = mayCap && unmatchedPlacesConflict(qt, usedQ, lt, usedL);
  // A reading that left out a place in parentheses is no reading of its name against a name that
  // leaves another place unpaired (place-conflict.ts droppedPlaceCountries, since 1.144.0; a city or
  // region too since 1.147.0), nor against another reading that left out another place (two
  // branches, droppedPlacesApart): the reading with the place is, and is charged for the places.
  if (droppedPlaceConflict(q.droppedPlaces, lt, usedL) || droppedPlaceConflict(l.droppedPlaces, qt, usedQ) || droppedPlacesApart(q.droppedPlaces, l.droppedPlaces)) {
    lastQueryCover.covered = false;
    lastQueryCover.shared = false;
    lastQueryCover.scoreInFull = 0;
    return alignments ? { score: 0, agreement: 0, loss, alignments: [] } : { score: 0, agreement: 0, loss };
  }
  const branchOfListed = ownPaired && mayCap && !placesConflict && !unpairedPlace(lt, usedL);
  let queryCovered = true;
  /** What the shares of unmatched query tokens took off the loss. */
  let shared = 0;
  for (let i = 0; i < n; i++) {
    if (usedQ[i]) continue;
    queryCovered = false;
    const floorQ = conflictFloor(qt[i] as PreparedToken, kindsConflict, namesConflict, placesConflict);
    if (floorQ > 0) {
      // A word of another kind of organisation than the listed name's, or a different given name:
      // charged in full, at the conflict's weight at least (no middle-name or title share: it is neither).
      const raised = Math.max((qt[i] as PreparedToken).weight, floorQ);
      loss += raised * NAME.queryUnmatched;
      alignments?.push({ kind: 'unmatched-query', query: [i], listed: [], similarity: 0, weight: raised, agreement: 0, loss: raised * NAME.queryUnmatched });
      continue;
    }
    const whole = (qt[i] as PreparedToken).weight * NAME.queryUnmatched;
    if (queryInFull) {
      loss += whole;
      alignments?.push({ kind: 'unmatched-query', query: [i], listed: [], similarity: 0, weight: (qt[i] as PreparedToken).weight, agreement: 0, loss: whole });
      continue;
    }
    // A country the listed name lacks, beside a paired word of the name's own, where the listed name
    // leaves no place of its own unpaired (since 1.146.0): the branch or subsidiary in that country
    // of the listed body (VTB Bank Germany, of VTB BANK), charged as a place's pairing weighs at
    // most. Against another branch (ISIL-Yemen and ISIL-South-East Asia) the place tells them
    // apart, and a city or a region (Hamburg, Khorasan) is charged as a name. Not where another
    // name covers the whole query (queryInFull, above): that one is the branch itself.
    // Like a middle name's share, the weight spared counts as shared: beside a rival covering the
    // whole query the party is scored again with the country in full (engine.ts chargeQueryBesideRival).
    if (branchOfListed && isCountryWord(qt[i] as PreparedToken) && (qt[i] as PreparedToken).weight > WEIGHT.placeWord) {
      const w = WEIGHT.placeWord * NAME.queryUnmatched;
      shared += whole - w;
      loss += w;
      alignments?.push({ kind: 'unmatched-query', query: [i], listed: [], similarity: 0, weight: WEIGHT.placeWord, agreement: 0, loss: w });
      continue;
    }
    const between = agreement >= NAME.middleMinAgreement && i > 0 && i < n - 1 && (pairedQ[i - 1] as number) >= NAME.extraMiddleNeighbourSimilarity && (pairedQ[i + 1] as number) >= NAME.extraMiddleNeighbourSimilarity;
    const share = between ? queryUnmatchedShare(qt, i) : NAME.queryUnmatched;
    const w = i === 0 && facesItsTitle(qt[0] as PreparedToken, l) ? 0 : (qt[i] as PreparedToken).weight * share;
    shared += whole - w;
    loss += w;
    alignments?.push({ kind: 'unmatched-query', query: [i], listed: [], similarity: 0, weight: (qt[i] as PreparedToken).weight, agreement: 0, loss: w });
  }
  // A dropped middle name (listUnmatchedMiddle) only where the query said nothing the record lacks
  // and agreed on more than two very common names.
  // And only one: a query that also leaves out another of the record's names (Ayse Becker against
  // Ibrahim Isa Hajji Muhammad al-Bakr: Ibrahim and Muhammad both missing) has not dropped a middle
  // name, it has met two tokens of a longer name.
  let middleMayDrop = queryCovered && agreement >= NAME.middleMinAgreement;
  let listedMissing = 0;
  for (let j = 0; j < m; j++) if (!usedL[j]) listedMissing++;
  if (listedMissing !== 1) middleMayDrop = false;
  for (let j = 0; j < m; j++) {
    if (usedL[j]) continue;
    const floorL = conflictFloor(lt[j] as PreparedToken, kindsConflict, namesConflict, placesConflict);
    if (floorL > 0) {
      const raised = Math.max((lt[j] as PreparedToken).weight, floorL);
      loss += raised * NAME.listUnmatched;
      alignments?.push({ kind: 'unmatched-listed', query: [], listed: [j], similarity: 0, weight: raised, agreement: 0, loss: raised * NAME.listUnmatched });
      continue;
    }
    const w = (lt[j] as PreparedToken).weight * (abdNameAbbreviated(qt, usedQ, lt, queryOfL, j) ? NAME.listAbdNameDropped : middleMayDrop && middleDropped(pairedL, m, j) ? NAME.listUnmatchedMiddle : NAME.listUnmatched);
    loss += w;
    alignments?.push({ kind: 'unmatched-listed', query: [], listed: [j], similarity: 0, weight: (lt[j] as PreparedToken).weight, agreement: 0, loss: w });
  }
  const score = nameScoreFormula(agreement, loss);
  // A reading without its place (above) covers less than the query, and rests on leaving the place
  // out: scored again beside a rival, it may come to nothing.
  const placeLeftOut = q.droppedPlaces !== undefined;
  lastQueryCover.covered = queryCovered && !placeLeftOut;
  lastQueryCover.shared = shared > 0 || placeLeftOut;
  lastQueryCover.scoreInFull = placeLeftOut ? 0 : shared > 0 ? nameScoreFormula(agreement, loss + shared) : score;
  if (alignments && !full) singleCosts(qt, lt, alignments, cost);
  return alignments ? { score, agreement, loss, alignments } : { score, agreement, loss };
}

/**
 * The kind of organisation (names/org-kinds.ts) an organisation word names, 0 for most other tokens:
 * only words the name's reading classed as organisation words are asked (a person named Bank or
 * Front is no bank and no front), and (since 1.123.0) the few words of a group's own name that say
 * it is armed (org-kinds.ts nameWordKindOf: jihad).
 */
export function tokenOrgKind(t: PreparedToken): number {
  if (t.vocabulary === 'org-word' || t.vocabulary === 'org-word-alone') return orgKindOf(t.text);
  return t.vocabulary === undefined ? nameWordKindOf(t.text) : 0;
}

/**
 * Whether the words left unpaired in the two names say they are two kinds of organisation: each
 * side leaves at least one word of a kind unpaired, and no kind is on both sides (Islamic
 * International Bank against Islamic International Brigade; not Al Rashid Trading Bank against
 * Al Rashid Trading Company, whose legal form is of no kind, nor a bank and exchange against an
 * exchange). Such words are charged at NAME.conflictingKindWeight at least (since 1.104.0).
 */
function unmatchedKindsConflict(qt: PreparedToken[], usedQ: Uint8Array, lt: PreparedToken[], usedL: Uint8Array): boolean {
  let queryKinds = 0;
  for (let i = 0; i < qt.length; i++) if (!usedQ[i]) queryKinds |= tokenOrgKind(qt[i] as PreparedToken);
  if (queryKinds === 0) return false;
  let listedKinds = 0;
  for (let j = 0; j < lt.length; j++) if (!usedL[j]) listedKinds |= tokenOrgKind(lt[j] as PreparedToken);
  return kindsExclude(queryKinds, listedKinds);
}

/**
 * Whether the two names leave unpaired two different names of the distinct-names table, one each
 * (Mahmoud Hejazi against Mohammad Hejazi): such names are charged at NAME.differentNameWeight at
 * least.
 */
function unmatchedNamesConflict(qt: PreparedToken[], usedQ: Uint8Array, lt: PreparedToken[], usedL: Uint8Array): boolean {
  for (let i = 0; i < qt.length; i++) {
    if (usedQ[i]) continue;
    const a = distinctClassOf(qt[i] as PreparedToken);
    if (a === 0) continue;
    for (let j = 0; j < lt.length; j++) if (!usedL[j] && distinctNamesApart(a, distinctClassOf(lt[j] as PreparedToken))) return true;
  }
  return false;
}

/**
 * The weight at least at which unpaired token t is charged in full when its name and the other
 * conflict (pairUp): an organisation word when the two names' unpaired kinds exclude each other
 * (NAME.conflictingKindWeight), a name of the distinct-names table when each side leaves a different
 * one unpaired (NAME.differentNameWeight), a number when each side leaves a different one unpaired
 * (NAME.differentNumberWeight, since 1.128.0), a place when each side leaves a place of another
 * country unpaired (NAME.differentPlaceWeight, place-conflict.ts, since 1.132.0); 0 for any other token.
 */
function conflictFloor(t: PreparedToken, kindsConflict: boolean, namesConflict: boolean, placesConflict: boolean): number {
  if (kindsConflict && tokenOrgKind(t) !== 0) return NAME.conflictingKindWeight;
  if (placesConflict && isPlaceWord(t)) return NAME.differentPlaceWeight;
  if (!namesConflict) return 0;
  const c = distinctClassOf(t);
  return c === 0 ? 0 : c < 0 ? NAME.differentNumberWeight : NAME.differentNameWeight;
}

/** Whether a token is a place's word of an organisation's name (place-words.ts). */
function isPlaceWord(t: PreparedToken): boolean {
  return t.vocabulary === 'place-word';
}

/** Whether a token is a sector word of an organisation's name (sector-words.ts). */
function isSectorWord(t: PreparedToken): boolean {
  return t.vocabulary === 'sector-word';
}

/** Whether a token is a place's word of an organisation's name naming a country (not a city or a region). */
function isCountryWord(t: PreparedToken): boolean {
  return isPlaceWord(t) && placeCountry(t) !== '';
}

/** Whether a name leaves a place's word unpaired (used[j] 0). */
function unpairedPlace(tokens: readonly PreparedToken[], used: Uint8Array): boolean {
  for (let j = 0; j < tokens.length; j++) if (!used[j] && isPlaceWord(tokens[j] as PreparedToken)) return true;
  return false;
}

/** Whether any of a name's tokens is a place's or sector word (whose pairing pairUp may cap). */
function holdsCappedWord(tokens: readonly PreparedToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const v = (tokens[i] as PreparedToken).vocabulary;
    if (v === 'place-word' || v === 'sector-word') return true;
  }
  return false;
}

/** Whether a token is a name's own word: no place's, organisation or function word, legal form, particle or initial. */
function isOwnWord(t: PreparedToken): boolean {
  return t.vocabulary === undefined && (t.role === 'name' || t.role === 'nisba');
}

/**
 * Islamic and its translations (org-words.ts: islamique, الإسلامية), and the transliterated Islami
 * and Islamiya forms: the faith's adjective, a word of a bank's name as much as of an armed group's.
 */
function isFaithAdjective(text: string): boolean {
  return FAITH_ADJECTIVES.has(text) || translatedOrgWord(text) === 'islamic';
}

const FAITH_ADJECTIVES = new Set(['islamic', 'islami', 'islamiya', 'islamiyah', 'islamiyya', 'islamiyyah', 'islamiyeh', 'eslami']);

/** rankPairings' ranking when the caller gives none: reused by every call, so read it before the next. */
const sharedRanking = new RankedPairings();
/** scoreNames scratch (see there): per query token, and per listed token. */
let scoreQ = new Float64Array(16);
let scoreQPaired = new Float64Array(16);
let scoreQUsed = new Uint8Array(16);
let scoreLPaired = new Float64Array(16);
let scoreLUsed = new Uint8Array(16);
let scoreLQuery = new Int32Array(16);

/**
 * Fills in tokenSimilarity's cost of every single pairing (the memoised scorer leaves them unknown).
 * An exact pairing and an initial cost 0 without asking: tokenSimilarity gives an initial pairing
 * cost 0, and similarity 1 - costScale x cost / length is 1 only at cost 0 (an alternative form or
 * a keyboard slip always scores below 1).
 */
function singleCosts(qt: PreparedToken[], lt: PreparedToken[], alignments: TokenAlignment[], cost?: CostFn): void {
  for (const a of alignments) {
    if (a.kind === 'exact' || a.kind === 'initial') a.cost = 0;
    else if (a.kind === 'fuzzy') {
      const qi = a.query[0] as number;
      const l = lt[a.listed[0] as number] as PreparedToken;
      a.cost = cost ? cost(qi, l) : tokenSimilarity(qt[qi] as PreparedToken, l).cost;
    }
  }
}

/** tokenSimilarity(q.tokens[qi], l).cost, possibly remembered (memo.ts SimilarityMemo.cost). */
export type CostFn = (qi: number, l: PreparedToken) => number;

/**
 * A typed title (names/arabic.ts isTypedTitle: Hji, Qafi, Muplah) at the head of the query name
 * where the listed name had that title removed (since 1.6.0): left unpaired, it costs nothing, as
 * the title written right would have (it was dropped from both names). Only the first token, where
 * titles stand, and only against the listed name's own removed title: Hani or Hadi in front of a
 * name costs its weight as before unless the record is written Haji / Hadji before the same name.
 */
function facesItsTitle(t: PreparedToken, l: PreparedName): boolean {
  if (l.titles.length === 0 || !typedTitleCandidate(t)) return false;
  for (const title of l.titles) if (isTypedTitleOf(t.written, title)) return true;
  return false;
}

/** A query token that may be a typed title of some listed name (the index's bound allows for it). */
export function typedTitleCandidate(t: PreparedToken): boolean {
  return t.script === 'latin' && t.role === 'name' && mayBeTypedTitle(t.written);
}

/**
 * The least query token i can cost left unpaired (pairUp), for the bounds: its weight at its share
 * (queryUnmatchedShare), and for a country's word of an organisation's name at most what a place's
 * pairing weighs (pairUp's branchOfListed, since 1.146.0).
 */
export function leastUnmatchedLoss(qt: PreparedToken[], i: number): number {
  const t = qt[i] as PreparedToken;
  const share = t.weight * queryUnmatchedShare(qt, i);
  return isCountryWord(t) && t.weight > WEIGHT.placeWord ? Math.min(share, WEIGHT.placeWord * NAME.queryUnmatched) : share;
}

/**
 * Share of its weight an unmatched query token may cost: a common given name between two other
 * tokens (an extra middle name, weights.ts NAME.queryUnmatchedMiddle) costs less than the rest
 * (since 1.6.0), in scoreNames only when both its neighbours paired closely; the bounds (index,
 * similarityBound) allow the lower share whatever the neighbours, so they stay upper bounds.
 */
export function queryUnmatchedShare(qt: PreparedToken[], i: number): number {
  const t = qt[i] as PreparedToken;
  const middle = i > 0 && i < qt.length - 1 && t.role === 'name' && t.weight <= NAME.extraMiddleMaxWeight;
  return middle ? NAME.queryUnmatchedMiddle : NAME.queryUnmatched;
}

/**
 * True when unmatched listed token j is the name after a listed Abd that met an Abd of the query,
 * and the query went on with a name of its own that paired too (Abdul Zakir against Abdul Rauf
 * Zakir): the query's Abd stands for the Abd + name the record spells out (weights.ts
 * NAME.listAbdNameDropped). Only lowers a listed loss, which no bound counts.
 */
function abdNameAbbreviated(qt: PreparedToken[], usedQ: Uint8Array, lt: PreparedToken[], queryOfL: Int32Array, j: number): boolean {
  if (j === 0 || (lt[j - 1] as PreparedToken).role !== 'abd') return false;
  const qi = queryOfL[j - 1] as number;
  if (qi < 0 || qi + 1 >= qt.length || usedQ[qi + 1] !== 1) return false;
  const t = qt[qi] as PreparedToken;
  // Since 1.12.0 not when the query's next name met the name part of another Abd compound of the
  // record (Abdul Manan against Abd al-Sattar Abd al-Manan): the query wrote that compound, Abd
  // and name, and its Abd met this one's only because equal pairings go by position; the record's
  // first compound is dropped whole, not abbreviated.
  if (t.role === 'abd') return !nameOfAnotherAbd(lt, queryOfL, qi + 1, j - 1);
  // Since 1.11.0 also an initial A that met the Abd (A. Azouz for Abdelbassed Azouz): the initial of
  // an Abd compound is written for the whole given name, Abd and name part together, as any
  // initial stands for a whole given name. Then the query's next name is the record's next name
  // after that compound: A. Manan against Abdul Satar Abdul Manan met the first Abd with its A.
  // and the second compound's name with Manan, and has not abbreviated Abdul Satar.
  return t.role === 'initial' && t.initial === 'a' && j + 1 < lt.length && queryOfL[j + 1] === qi + 1;
}

/**
 * True when query token qi met a listed token that follows a listed Abd other than the one at
 * `abdAt`: the name part of another Abd compound of the record.
 */
function nameOfAnotherAbd(lt: PreparedToken[], queryOfL: Int32Array, qi: number, abdAt: number): boolean {
  for (let k = 1; k < lt.length; k++) {
    if (queryOfL[k] === qi && k - 1 !== abdAt && (lt[k - 1] as PreparedToken).role === 'abd') return true;
  }
  return false;
}

/** Listed token j of m sits between two listed tokens that both paired closely: a dropped middle name. */
function middleDropped(pairedL: Float64Array, m: number, j: number): boolean {
  return j > 0 && j < m - 1 && (pairedL[j - 1] as number) >= NAME.extraMiddleNeighbourSimilarity && (pairedL[j + 1] as number) >= NAME.extraMiddleNeighbourSimilarity;
}

/**
 * True when a particle (nasab, kunya or Abd) would be met by a name word more than two letters
 * longer than it: not a misspelling of the particle, and the pairing only hid the word. A pairing
 * weighs the lighter of its two tokens, so a rare word paired with a particle (weight 0.3) lost
 * almost nothing where, left unmatched, it loses its own weight: Ouazzani met بن (bin) at 0.736
 * (five Latin vowels and one consonant slip against two letters of abjad) and "Marwan Ouazzani"
 * alerted on Bilal bin Marwan at 0.736. A particle misspelt (Bim for bin, Abo for Abu) is as short
 * as the particle and still meets it.
 */
function particleOverreach(a: PreparedToken, b: PreparedToken): boolean {
  const pa = isParticle(a);
  if (pa === isParticle(b)) return false;
  const particle = pa ? a : b;
  const word = pa ? b : a;
  return word.role !== 'initial' && word.folded.length > particle.folded.length + PARTICLE_LENGTH_SLACK;
}

function isParticle(t: PreparedToken): boolean {
  return t.role === 'nasab' || t.role === 'kunya' || t.role === 'abd';
}

/** Letters a word may have beyond a particle's and still be read as its misspelling (particleOverreach). */
const PARTICLE_LENGTH_SLACK = 2;

/** Whether a name holds a kunya in any place, as the word is written (Fathi Abu, Bakr, Abu). */
function writesKunya(tokens: PreparedToken[]): boolean {
  for (const t of tokens) if (t.role === 'kunya' || KUNYA.has(t.text)) return true;
  return false;
}

/**
 * True when listed token j is the name of a kunya (Mohamed in Abou Mohamed Salah) and query token i
 * the first word of a name of two words or more that writes no kunya anywhere (Mohamed Salah): the
 * father of Mohamed is not Mohamed (weights.ts TOKEN.kunyaNameAsGivenPenalty, since 1.107.0).
 * Called only for such a query against a listed name holding a kunya (rankPairings'
 * kunyaNameMayBeGiven). A name of one word (Obaidah against
 * Abu Obaidah) is left alone: the UN lists a kunya and its name alone as aliases of one person. So
 * are a later word (a query's own kunya misspelt before it, Yahia Aou el Hoummam, is no kunya to
 * the analysis) and the reverse direction (Abu Bilal against a listed Bilal): both lost items of
 * the evaluation (docs/matching.md, 1.107.0).
 */
function kunyaNameAsGiven(i: number, lt: PreparedToken[], j: number): boolean {
  return i === 0 && j > 0 && (lt[j - 1] as PreparedToken).role === 'kunya';
}

/** Whether a name holds a token of `role` (an Abd particle, a kunya, an initial). */
export function hasRole(tokens: PreparedToken[], role: PreparedToken['role']): boolean {
  for (const t of tokens) if (t.role === role) return true;
  return false;
}

/**
 * True when one of the two paired tokens follows an Abd particle and the other name carries no Abd
 * at all: the name part of Abd al-Habib met as plain Habib (weights.ts TOKEN.abdDroppedPenalty). An
 * Abd abbreviated to an initial A (A. Samad) still counts as an Abd.
 */
function abdDropped(qt: PreparedToken[], i: number, qHasAbd: boolean, lt: PreparedToken[], j: number, lHasAbd: boolean): boolean {
  const qAfter = i > 0 && (qt[i - 1] as PreparedToken).role === 'abd';
  const lAfter = j > 0 && (lt[j - 1] as PreparedToken).role === 'abd';
  if (qAfter === lAfter) return false;
  const other = qAfter ? lt : qt;
  const otherHas = qAfter ? lHasAbd : qHasAbd;
  if (otherHas) return false;
  // "A. Samad": an initial a standing where the Abd was.
  const k = qAfter ? j : i;
  const before = k > 0 ? (other[k - 1] as PreparedToken) : undefined;
  return !(before !== undefined && before.role === 'initial' && before.initial === 'a');
}

/**
 * How much of a pairing's weight counts as agreement: similarity^k for fuzzy, merged and split
 * pairings (exact ones stay 1; initials keep their fixed similarity). Never more than the similarity,
 * so every bound computed from raw similarities stays an upper bound. Why: measured on the
 * evaluation sets, clean names that come near the threshold do so through several loose pairings
 * (similarity 0.65-0.8: Rami ~ Iraqi, Rabi ~ Reuben), while true variants pair most tokens closely;
 * a convex credit keeps a typo's pairing (0.85-0.95) almost whole and halves a loose one.
 */
export function fuzzyCredit(similarity: number, kind: AlignmentKind): number {
  if (similarity >= 1 || kind === 'initial') return similarity;
  return similarity ** TOKEN.fuzzyCreditExponent;
}

/**
 * Upper bound on the name score of any listed name given only how much query weight it could agree
 * with (`hitWeight`) out of the query name's total: used by the index to skip hopeless candidates.
 * Valid because a pairing's weight never exceeds its query token's weight and unmatched query
 * tokens lose their whole weight.
 */
export function nameScoreBound(hitWeight: number, totalWeight: number): number {
  const missed = Math.max(0, totalWeight - hitWeight) * NAME.queryUnmatched;
  return nameScoreFormula(hitWeight, missed);
}

/** S = C / (C + L + prior) x (1 - exp(-C / sufficiencyScale)); increasing in C, decreasing in L. */
export function nameScoreFormula(agreement: number, loss: number): number {
  if (agreement <= 0) return 0;
  return (agreement / (agreement + loss + NAME.prior)) * (1 - Math.exp(-agreement / NAME.sufficiencyScale));
}

/**
 * Upper bound on scoreNames(q, l) from each query token's best single-token similarity, allowing for
 * merged and split pairings wherever their lengths could agree. Cheap (memoised similarities, no
 * alignment), so the engine runs it on every candidate before the full scorer.
 */
export function similarityBound(q: PreparedName, l: PreparedName, sim: SimilarityFn, checkKeys = false): number {
  return candidateBound(q, l, sim, checkKeys ? -Infinity : Infinity);
}

/** Per query token: its best single-token similarity and whether a merge might do better (candidateBound scratch). */
let boundBest = new Float64Array(16);
let boundMergeable = new Uint8Array(16);

/**
 * similarityBound(q, l, sim) when that is below `needed`, else the tighter similarityBound(q, l,
 * sim, true): the engine's two filters in one call. The tighter bound differs only in which merged
 * and split pairings it allows (those whose keys meet, as scoreNames requires: cutMatches,
 * joinMatches, a subset of those the lengths allow), so it reuses the single-token similarities of
 * the first and checks keys only for the tokens the lengths let merge; the sums are taken in the
 * same order, so both values are exactly what similarityBound gives.
 */
export function candidateBound(q: PreparedName, l: PreparedName, sim: SimilarityFn, needed: number, checks?: PairChecks): number {
  const qt = q.tokens;
  const lt = l.tokens;
  const n = qt.length;
  const m = lt.length;
  if (boundBest.length < n) {
    boundBest = new Float64Array(2 * n);
    boundMergeable = new Uint8Array(2 * n);
  }
  const single = boundBest;
  const mergeable = boundMergeable;
  const merged = 1 - TOKEN.mergePenalty;
  let agreement = 0;
  let lost = 0;
  let anyMergeable = false;
  for (let i = 0; i < n; i++) {
    const a = qt[i] as PreparedToken;
    let best = 0;
    for (let j = 0; j < m && best < 1; j++) {
      const s = sim(i, lt[j] as PreparedToken);
      if (s > best) best = s;
    }
    single[i] = best;
    // A merged pairing (this token against two adjacent listed ones) or a split one (this token and
    // a neighbour against one listed token) might do better where the lengths allow it.
    const canMerge = best < merged && a.role !== 'initial' && mayMerge(q, l, i, false);
    mergeable[i] = canMerge ? 1 : 0;
    if (canMerge) {
      best = merged;
      anyMergeable = true;
    }
    agreement += best * a.weight;
    if (best === 0 && !(i === 0 && facesItsTitle(a, l))) lost += leastUnmatchedLoss(qt, i);
  }
  const loose = nameScoreFormula(agreement, lost);
  if (loose < needed || !anyMergeable) return loose;
  // The tighter bound: a merge counts only where the keys meet as scoreNames requires.
  agreement = 0;
  lost = 0;
  for (let i = 0; i < n; i++) {
    const a = qt[i] as PreparedToken;
    let best = single[i] as number;
    if (mergeable[i] === 1 && mayMerge(q, l, i, true, checks)) best = merged;
    agreement += best * a.weight;
    // The same allowances as the first pass (a typed title, a common middle name's lower share).
    if (best === 0 && !(i === 0 && facesItsTitle(a, l))) lost += leastUnmatchedLoss(qt, i);
  }
  return nameScoreFormula(agreement, lost);
}

/**
 * The engine's bound on scoreNames(q, l, false, sim, checks): tighter than candidateBound (which
 * stays as the documented similarity bound), still never below the score. S(C, L) grows with the
 * agreement C and falls with the loss L, so S(upper bound on C, lower bound on L) bounds it:
 *
 * - C: each pairing the scorer can choose adds credit x weight, and a query token is in at most one
 *   pairing. A single pairing of query token i with listed token j adds at most
 *   fuzzyCredit(sim(i, j)) x its weight (min of the two weights; an initial's is capped): the
 *   scorer's similarity is sim(i, j) or lower (the dropped-Abd penalty), and fuzzyCredit grows with
 *   the similarity. A merged pairing (i against two listed tokens) adds at most
 *   fuzzyCredit(1 - mergePenalty) x the weight of i; a split one (i and i + 1 against one listed
 *   token) at most fuzzyCredit(1 - mergePenalty) x the sum of their weights, and where a split is
 *   possible for the pair, both tokens are allowed a merge (mayMerge looks both ways). So C is at
 *   most the sum over query tokens of their best allowance.
 * - L: a query token with no possible pairing at all is unmatched (its weight x the smallest share
 *   the scorer may charge, as candidateBound); a listed token that no query token is similar to and
 *   no merged or split pairing can include is unmatched too, at the smallest share the scorer may
 *   charge it (listedShareFloor). Every other loss counts as 0.
 *
 * Merged and split pairings are allowed where the lengths allow and the keys meet, as scoreNames
 * requires (the scorer also requires their similarity, which this does not compute). With `hints`
 * (and the listed name's index id `id`), only where the index also says they may meet (MergeHints:
 * for split pairings this includes their similarity): most names then lose the merge allowance in
 * the first, cheap pass, before any key check.
 *
 * With `needed`, a value below it may be returned as soon as one is known (an upper bound computed
 * with fewer checks): the caller only refuses such names, and never reads the value of one.
 */
export function pairBound(q: PreparedName, l: PreparedName, sim: SimilarityFn, checks?: PairChecks, needed = -Infinity, hints?: MergeHints, id = -1, rows?: SimilarRows, listed?: ListedTokens): number {
  const qt = q.tokens;
  const n = qt.length;
  // With the flat copy of the listed tokens (and the name's id), the single pairings and the hints
  // read it instead of the name's token objects, which only a name that gets past them then loads.
  const flat = listed !== undefined && rows !== undefined && id >= 0 ? listed : undefined;
  const from = flat === undefined ? 0 : (flat.start[id] as number);
  const m = flat === undefined ? l.tokens.length : (flat.start[id + 1] as number) - from;
  // Whether the name had titles removed (facesItsTitle reads them), from the flat copy where given.
  const titled = flat === undefined || flat.titled[id] === 1;
  if (boundCovered.length < m) {
    boundCovered = new Uint8Array(2 * m);
    boundSplitBits = new Int32Array(2 * m);
  }
  if (boundGain.length < n) {
    boundGain = new Float64Array(2 * n);
    boundPaired = new Uint8Array(2 * n);
  }
  const covered = boundCovered;
  const gains = boundGain;
  const pairedQ = boundPaired;
  const splitBits = boundSplitBits;
  for (let j = 0; j < m; j++) covered[j] = 0;
  const mergedCredit = MERGED_CREDIT;
  // Which query tokens a merged or split pairing could involve at all (MergeHints): bit i clear
  // means none can, so token i is neither allowed a merge's gain nor spared its loss. Without hints
  // (or for a token without a vocabulary id) every bit is set, as before.
  let mergeNames = -1;
  let mergeMask = -1;
  // Query tokens a split pairing is known to be possible for (bit i: mayMerge(q, l, i, true) holds;
  // see below), from the hints; 0 without them.
  let splitSure = 0;
  const hinted = hints !== undefined && id >= 0;
  if (hinted) {
    mergeNames = hints.nameBits(id);
    let split = 0;
    for (let j = 0; j < m; j++) {
      const v = flat === undefined ? (l.tokens[j] as PreparedToken).id : (flat.ids[from + j] as number);
      const bits = v >= 0 ? hints.entryBits(v) : -1;
      splitBits[j] = bits;
      split |= bits;
    }
    mergeMask = mergeNames | split | (split << 1);
    // entryBits(v) bit k is set only for entries in the index's joinedMatches of query tokens k and
    // k + 1 (memo.ts MergeHints), which keeps an entry only where its length is compatible with
    // their joined form (the same lengthsCompatible test, script flags alike) and it carries one of
    // their joined keys (joinMatches). Those are splitMayMeet's two conditions for query token k
    // (with its right neighbour) and k + 1 (with its left one), so mayMerge(q, l, i, true), which
    // holds as soon as splitMayMeet does for some listed token, holds for every bit of
    // split | split << 1 without asking.
    splitSure = split | (split << 1);
  }
  // Single pairings first, and from them a value every later step can only lower: any token that
  // could still gain from a merge gets it, and nothing else is lost (a name under `needed` here
  // is refused before the key checks).
  if (rows === undefined) singleGains(qt, l.tokens, sim);
  else if (flat === undefined) singleGainsByRow(qt, l.tokens, sim, rows);
  else singleGainsListed(qt, l, from, m, flat, sim, rows);
  let agreement = 0;
  let lost = 0;
  for (let i = 0; i < n; i++) {
    const a = qt[i] as PreparedToken;
    const gain = gains[i] as number;
    const paired = pairedQ[i] as number;
    const mergedGain = mergedCredit * a.weight;
    const mayGain = gain < mergedGain && a.role !== 'initial' && ((mergeMask >> i) & 1) !== 0;
    agreement += mayGain ? mergedGain : gain;
    if (paired === 0 && !mayGain && !(i === 0 && titled && facesItsTitle(a, l))) lost += leastUnmatchedLoss(qt, i);
  }
  const optimistic = nameScoreFormula(agreement, lost);
  if (optimistic < needed) return optimistic;
  // Merged and split pairings where the keys meet; then the listed tokens nothing can pair with.
  agreement = 0;
  lost = 0;
  for (let i = 0; i < n; i++) {
    const a = qt[i] as PreparedToken;
    let gain = gains[i] as number;
    let paired = pairedQ[i] === 1;
    const mergedGain = mergedCredit * a.weight;
    if (
      gain < mergedGain &&
      a.role !== 'initial' &&
      ((mergeMask >> i) & 1) !== 0 &&
      (((splitSure >> i) & 1) !== 0 || (hinted ? mayMergeHinted(q, l, i, checks, hints as MergeHints, id, ((mergeNames >> i) & 1) !== 0) : mayMerge(q, l, i, true, checks)))
    ) {
      gain = mergedGain;
      paired = true;
    }
    agreement += gain;
    if (!paired && !(i === 0 && titled && facesItsTitle(a, l))) lost += leastUnmatchedLoss(qt, i);
  }
  const queryOnly = nameScoreFormula(agreement, lost);
  if (queryOnly < needed) return queryOnly;
  const lt = l.tokens;
  for (let j = 0; j < m; j++) {
    if (covered[j] === 1) continue;
    const b = lt[j] as PreparedToken;
    if (b.role !== 'initial' && listedMayJoinHinted(q, l, j, checks, mergeMask === -1 ? -1 : (splitBits[j] as number), mergeNames, hints, id)) continue;
    lost += b.weight * listedShareFloor(lt, j);
  }
  return nameScoreFormula(agreement, lost);
}

/**
 * pairBound's single pairings: for each query token its best gain (boundGain) and whether any listed
 * token is similar (boundPaired), and which listed tokens some query token is similar to
 * (boundCovered, cleared by the caller). Every (query token, listed token) pair is asked.
 */
function singleGains(qt: PreparedToken[], lt: PreparedToken[], sim: SimilarityFn): void {
  const n = qt.length;
  const m = lt.length;
  for (let i = 0; i < n; i++) {
    boundGain[i] = 0;
    boundPaired[i] = 0;
    for (let j = 0; j < m; j++) {
      const b = lt[j] as PreparedToken;
      singlePairing(qt, i, b.role === 'initial', b.weight, j, sim(i, b));
    }
  }
}

/** Clears the gains and paired flags of query tokens `qt` (pairBound scratch); returns the bits of those that are initials. */
function clearGains(qt: PreparedToken[]): number {
  let initials = 0;
  for (let i = 0; i < qt.length; i++) {
    boundGain[i] = 0;
    boundPaired[i] = 0;
    if ((qt[i] as PreparedToken).role === 'initial') initials |= 1 << i;
  }
  return initials;
}

/**
 * singleGains asking only the pairs that can be similar: a listed token with a vocabulary id (and
 * neither it nor the query token an initial) is similar to query token i only if the entry is in
 * token i's similar-entry list, which its row says (memo.ts SimilarityMemo: the memo answers 0
 * outside the lists); pairs with an initial, or a listed token without an id, are all asked. A
 * skipped pair has similarity 0, which singlePairing ignores, and the gains are maxima, whose value
 * does not depend on the order the pairs come in: the same gains, paired and covered flags.
 */
function singleGainsByRow(qt: PreparedToken[], lt: PreparedToken[], sim: SimilarityFn, rows: SimilarRows): void {
  const m = lt.length;
  const initials = clearGains(qt);
  const all = (1 << qt.length) - 1;
  for (let j = 0; j < m; j++) {
    const b = lt[j] as PreparedToken;
    const bInitial = b.role === 'initial';
    let bits = bInitial || b.id < 0 ? all : rows.columnsOf(b.id) | initials;
    while (bits !== 0) {
      const i = 31 - Math.clz32(bits & -bits);
      bits &= bits - 1;
      singlePairing(qt, i, bInitial, b.weight, j, sim(i, b));
    }
  }
}

/**
 * singleGainsByRow over listed name l's tokens as the flat copy holds them (its m tokens from
 * `from`): the same pairs asked, with the same similarities. A pair of a query token and a listed
 * token with a vocabulary id, neither an initial, is read from the memo by the id (rows.value, what
 * sim answers for it); only initials and tokens without an id are asked through the token object.
 */
function singleGainsListed(qt: PreparedToken[], l: PreparedName, from: number, m: number, listed: ListedTokens, sim: SimilarityFn, rows: SimilarRows): void {
  const initials = clearGains(qt);
  const all = (1 << qt.length) - 1;
  const ids = listed.ids;
  for (let j = 0; j < m; j++) {
    const k = from + j;
    const v = ids[k] as number;
    const bInitial = listed.initial[k] === 1;
    const w = listed.weights[k] as number;
    let bits = bInitial || v < 0 ? all : rows.columnsOf(v) | initials;
    // Pairs that need the token itself: a listed initial or a token without an id (every query
    // token), or a query initial (by first letter).
    const byToken = bInitial || v < 0 ? all : initials;
    while (bits !== 0) {
      const i = 31 - Math.clz32(bits & -bits);
      bits &= bits - 1;
      const s = ((byToken >> i) & 1) !== 0 ? sim(i, l.tokens[j] as PreparedToken) : rows.value(i, v);
      singlePairing(qt, i, bInitial, w, j, s);
    }
  }
}

/** Query token i against listed token j (an initial or not, of weight bWeight) at similarity `s`: its gain and the two flags (singleGains). */
function singlePairing(qt: PreparedToken[], i: number, bInitial: boolean, bWeight: number, j: number, s: number): void {
  if (s <= 0) return;
  const a = qt[i] as PreparedToken;
  boundPaired[i] = 1;
  boundCovered[j] = 1;
  const initial = a.role === 'initial' || bInitial;
  const weight = initial ? Math.min(TOKEN.initialMaxWeight, a.weight, bWeight) : Math.min(a.weight, bWeight);
  const g = fuzzyCredit(s, initial ? 'initial' : 'fuzzy') * weight;
  if (g > (boundGain[i] as number)) boundGain[i] = g;
}

/**
 * Per-query rows of the similarity memo (memo.ts SimilarityMemo.rows): columnsOf(v), bit i, says
 * query token i (not an initial) may be similar to listed vocabulary entry v; a clear bit means the
 * similarity is 0, so pairBound need not ask.
 */
export interface SimilarRows {
  columnsOf(v: number): number;
  /** The similarity of query token i to a listed token of entry v, neither of them an initial (what the SimilarityFn answers for the pair). */
  value(i: number, v: number): number;
}

/**
 * listedMayJoin, first asking the hints: a listed token some split pairing can meet (`split` != 0,
 * MergeHints.entryBits) may join; one no split can meet joins only through a merged pairing, which
 * needs the name among some query token's merge names (`merges` != 0). `split` -1: no hints.
 */
function listedMayJoinHinted(q: PreparedName, l: PreparedName, j: number, checks: PairChecks | undefined, split: number, merges: number, hints: MergeHints | undefined, id: number): boolean {
  if (split === -1) return listedMayJoin(q, l, j, checks);
  if (split !== 0) return true;
  return merges !== 0 && listedMayJoin(q, l, j, checks, merges, hints, id);
}

/**
 * Per-query answers, from the index, to which merged and split pairings a listed name could take
 * part in against one query name (engine.ts builds them per query name; memo.ts MergeHints). Both
 * are necessary conditions of the scorer's pairings, so a clear bit is certain and pairBound may
 * drop the pairing; a set bit says nothing more than "maybe".
 *
 * - nameBits(id), bit i: listed name `id` carries, for some cut of query token i in two, two
 *   adjacent tokens keyed by the halves in order (index.ts splitNames: exactly the names for which
 *   cutMatches holds on some adjacent pair, which a merged pairing of token i needs).
 * - entryBits(v), bit i: listed vocabulary entry `v` is among the entries query tokens i and i + 1
 *   written together may meet (index.ts joinedMatches: keys, lengths and similarity as a split
 *   pairing needs them; neither query token an initial).
 */
export interface MergeHints {
  nameBits(id: number): number;
  entryBits(v: number): number;
  /**
   * Bit i: cutMatches(q.tokens[i], tokens j and j + 1 of listed name `id`), exactly (the index's
   * splitNames keeps the adjacent pairs it finds, not only their names; none for an initial query
   * token or one too short to cut). The merged pairing's key check, read instead of asked.
   */
  pairBits(id: number, j: number): number;
}

/** What pairBound allows a query token that may merge or split: the credit of the best such pairing. */
const MERGED_CREDIT = fuzzyCredit(1 - TOKEN.mergePenalty, 'merged');

/** pairBound scratch per query token: its best single-pairing gain, and whether it has any. */
let boundGain = new Float64Array(16);
let boundPaired = new Uint8Array(16);
/** pairBound scratch: which listed tokens some query token is similar to, and each one's MergeHints.entryBits. */
let boundCovered = new Uint8Array(16);
let boundSplitBits = new Int32Array(16);

/**
 * The smallest share of its weight the scorer may charge listed token j when it stays unmatched:
 * NAME.listUnmatched, less for a middle token (listUnmatchedMiddle) or the name after an Abd
 * (listAbdNameDropped), whichever of those rules could apply by position.
 */
export function listedShareFloor(lt: readonly PreparedToken[], j: number): number {
  let share: number = NAME.listUnmatched;
  if (j > 0 && j < lt.length - 1 && NAME.listUnmatchedMiddle < share) share = NAME.listUnmatchedMiddle;
  if (j > 0 && (lt[j - 1] as PreparedToken).role === 'abd' && NAME.listAbdNameDropped < share) share = NAME.listAbdNameDropped;
  return share;
}

/**
 * Whether listed token j (not an initial) could be part of a merged pairing (with listed token j - 1
 * or j + 1, against one query token) or a split one (against two adjacent query tokens), where the
 * lengths allow and the keys meet, as scoreNames requires. `cutters`, bit i clear: no cut of query
 * token i meets two adjacent tokens of l (MergeHints.nameBits, the index's splitNames: exactly the
 * names where cutMatches holds for some adjacent pair), so its cut checks would all say no and are
 * not asked (-1: ask them all). The answer is the same.
 */
function listedMayJoin(q: PreparedName, l: PreparedName, j: number, checks?: PairChecks, cutters = -1, hints?: MergeHints, id = -1): boolean {
  const qt = q.tokens;
  const lt = l.tokens;
  const n = qt.length;
  const m = lt.length;
  const b = lt[j] as PreparedToken;
  // With hints (and the name's id) the cut checks are read from pairBits: the pair before token j,
  // and the pair it starts.
  const pairs = hints !== undefined && id >= 0;
  const before = pairs && j > 0 ? hints.pairBits(id, j - 1) : 0;
  const after = pairs && j + 1 < m ? hints.pairBits(id, j) : 0;
  for (let i = 0; i < n; i++) {
    const a = qt[i] as PreparedToken;
    if (a.role === 'initial') continue;
    const cuts = ((cutters >> i) & 1) !== 0;
    if (cuts && j > 0) {
      const p = lt[j - 1] as PreparedToken;
      if (p.role !== 'initial' && lengthsCompatible(a.folded.length, joinedAt(l, j - 1).length, a.abjad || p.abjad || b.abjad) && (pairs ? ((before >> i) & 1) !== 0 : checks ? checks.cut(i, p, b) : cutMatches(a, p, b))) return true;
    }
    if (cuts && j + 1 < m) {
      const c = lt[j + 1] as PreparedToken;
      if (c.role !== 'initial' && lengthsCompatible(a.folded.length, joinedAt(l, j).length, a.abjad || b.abjad || c.abjad) && (pairs ? ((after >> i) & 1) !== 0 : checks ? checks.cut(i, b, c) : cutMatches(a, b, c))) return true;
    }
    if (i + 1 < n) {
      const c = qt[i + 1] as PreparedToken;
      if (c.role !== 'initial' && lengthsCompatible(b.folded.length, joinedAt(q, i).length, a.abjad || b.abjad || c.abjad) && (checks ? checks.join(i, b) : joinMatches(joinedKeysAt(q, i), b))) return true;
    }
  }
  return false;
}

/**
 * Whether query token i could be merged (with two adjacent listed tokens) or split (with a query
 * neighbour, against one listed token): by lengths alone, or with `keys` also where the keys meet as
 * scoreNames requires (cutMatches, joinMatches, or the same answers from `checks`).
 */
function mayMerge(q: PreparedName, l: PreparedName, i: number, keys: boolean, checks?: PairChecks): boolean {
  if (keys && checks) return checks.merge(i, l);
  const qt = q.tokens;
  const lt = l.tokens;
  const m = lt.length;
  const a = qt[i] as PreparedToken;
  for (let j = 0; j + 1 < m; j++) {
    const b = lt[j] as PreparedToken;
    const c = lt[j + 1] as PreparedToken;
    if (lengthsCompatible(a.folded.length, joinedAt(l, j).length, a.abjad || b.abjad || c.abjad) && (!keys || cutMatches(a, b, c))) return true;
  }
  for (let j = 0; j < m; j++) if (splitMayMeet(q, i, lt[j] as PreparedToken, keys)) return true;
  return false;
}

/**
 * mayMerge(q, l, i, true) for listed name l of id `id` where `hints` are the query's: the merged
 * half read from pairBits (a cut of token i meets tokens j and j + 1, and the lengths allow; no pair
 * bit is set unless `cuts`, nameBits' bit i), the split half from `checks` (or asked directly).
 */
function mayMergeHinted(q: PreparedName, l: PreparedName, i: number, checks: PairChecks | undefined, hints: MergeHints, id: number, cuts: boolean): boolean {
  const lt = l.tokens;
  const m = lt.length;
  if (cuts) {
    const a = q.tokens[i] as PreparedToken;
    for (let j = 0; j + 1 < m; j++) {
      if (((hints.pairBits(id, j) >> i) & 1) === 0) continue;
      const b = lt[j] as PreparedToken;
      const c = lt[j + 1] as PreparedToken;
      if (lengthsCompatible(a.folded.length, joinedAt(l, j).length, a.abjad || b.abjad || c.abjad)) return true;
    }
  }
  if (checks) return checks.split(i, l);
  for (let j = 0; j < m; j++) if (splitMayMeet(q, i, lt[j] as PreparedToken, true)) return true;
  return false;
}

/**
 * mayMerge(q, l, i, true) for every listed name l: whether query token i could be split with a query
 * neighbour against listed token b (lengths, and with `keys` the joined keys, as scoreNames
 * requires). Depends on b only through its vocabulary entry's fields and keys, so the per-query
 * memo keeps it per entry (memo.ts PairCheckMemo.merge).
 */
export function splitMayMeet(q: PreparedName, i: number, b: PreparedToken, keys: boolean, checks?: PairChecks): boolean {
  const qt = q.tokens;
  const a = qt[i] as PreparedToken;
  if (i > 0) {
    const left = qt[i - 1] as PreparedToken;
    if (lengthsCompatible(b.folded.length, joinedAt(q, i - 1).length, a.abjad || b.abjad || left.abjad) && (!keys || (checks ? checks.join(i - 1, b) : joinMatches(joinedKeysAt(q, i - 1), b)))) return true;
  }
  if (i + 1 < qt.length) {
    const right = qt[i + 1] as PreparedToken;
    if (lengthsCompatible(b.folded.length, joinedAt(q, i).length, a.abjad || b.abjad || right.abjad) && (!keys || (checks ? checks.join(i, b) : joinMatches(joinedKeysAt(q, i), b)))) return true;
  }
  return false;
}

/** mayMerge(q, l, i, true) without the memo (the reference the memo's answers are tested against). */
export function mayMergeKeyed(q: PreparedName, l: PreparedName, i: number): boolean {
  return mayMerge(q, l, i, true);
}
