/**
 * Names and parties analysed once for matching: at index build time for the list, once per query.
 * Everything the scorer's hot loop reads is precomputed here.
 */
import type { AliasQuality, BirthDate, NameType, SanctionedParty } from '../lists/model.js';
import { comparableNumber, numberWithoutSeries } from '../lists/stated-documents.js';
import { compoundCommonness, populationCommonness, spellingCommonness, vocabularyClass, type VocabularyClass } from '../names/common-names.js';
import { ABD_AMBIGUOUS } from '../names/arabic.js';
import { deletionKeys, phoneticKey, skeleton, spellingSkeleton } from '../names/keys.js';
import { lookalikesRead, normaliseIdentifier } from '../names/normalise.js';
import { analyseNameShared, type NameToken, type SharedToken, type TokenRole } from '../names/tokens.js';
import type { Script } from '../names/script.js';
import { countryCodes, isPlaceName } from './countries.js';
import { imoNumbersInNames } from './name-prefixes.js';
import { fieldCountryCodes } from './nationality-text.js';
import { placeMarks } from './place-words.js';
import { isSectorWord } from './sector-words.js';
import type { Query, QuerySchema } from './query.js';
import { TOKEN, WEIGHT } from './weights.js';

export interface PreparedToken {
  text: string;
  script: Script;
  role: TokenRole;
  vocabulary: VocabularyClass;
  folded: string;
  alt: string | undefined;
  abjad: boolean;
  skeleton: string;
  /** First letter of the romanised form, for initials ("A." meets "Ahmad"). */
  initial: string;
  /**
   * The token as written, romanised lower-case ASCII before folding ('' for Arabic script, which is
   * folded letter by letter): its consonants give typo keys (keys.ts spellingSkeleton) and its
   * distance is the typo reading of a pair (score.ts keyedSimilarity).
   */
  written: string;
  /**
   * written === folded and not written in Arabic script: the typo reading of two such tokens is the
   * folded reading again (score.ts keyedSimilarityValue), known without comparing the strings per pair.
   */
  plain: boolean;
  /** Information weight (weights.ts WEIGHT), set once the list's frequencies are known. */
  weight: number;
  /** Interned id of a listed token (equal tokens share it; -1 for query tokens). */
  id: number;
  /** Retrieval keys (tokenKeys), computed once when first needed. */
  keys?: string[];
  /** The same keys as a set (score.ts membership tests), built once when first needed. */
  keySet?: Set<string>;
  /** Keys of the two halves of every cut of the folded form (score.ts cuts), once when first needed. */
  cutKeys?: [string, string][];
}

export interface PreparedName {
  /** Position of the owning party in the engine's party array (-1 for a query). */
  party: number;
  /** Position of the name in party.names (or query.name). */
  nameIndex: number;
  full: string;
  type: NameType | 'query';
  quality: AliasQuality;
  tokens: PreparedToken[];
  titles: string[];
  totalWeight: number;
  /**
   * An organisation's acronym, as listed (one word of capitals: ASC, MAEI) or read off its name
   * (prepared-list.ts acronymReadings): met only by a one-word name of the same letters (score.ts
   * rankPairings), never through a typo or a fold. Set by the list side and for a compared
   * organisation record (prepared-list.ts markAcronym); false for a query's names.
   */
  acronym: boolean;
  /**
   * joined[i]: tokens i and i + 1 as one word (score.ts joinedFold), computed once when the scorer
   * first needs them: merged and split pairings read them for every candidate pair of names.
   */
  joined?: string[];
  /** joinedKeys[i]: the retrieval keys of joined[i] (score.ts joinedFormKeys), once when first needed. */
  joinedKeys?: string[][];
  /**
   * An organisation's reading that leaves out a place its name writes in parentheses: the countries
   * of the places left out (place-conflict.ts droppedPlaceCountries); the scorer does not read it
   * against a name leaving a place of another country unpaired (score.ts pairUp). Undefined for a
   * reading that leaves out none.
   */
  droppedPlaces?: string[];
}

export type Gender = 'male' | 'female';

export interface PreparedDocument {
  number: string;
  passport: boolean;
  /** As given, for the explanation. */
  shown: string;
}

export interface PreparedFacts {
  birthDates: BirthDate[];
  nationalities: string[];
  countries: string[];
  genders: Gender[];
  documents: PreparedDocument[];
  imoNumbers: string[];
}

/** Frequencies the weights come from: document frequency of each skeleton over parties. */
export interface Frequencies {
  parties: number;
  df: Map<string, number>;
}

const PARTICLE_ROLES = new Set<TokenRole>(['kunya', 'nasab', 'abd']);

/**
 * Skeleton and only retrieval key of the Abd particle (names/tokens.ts): lower case, so unique. Since
 * 1.137.0 Abdi, Abdo, Abdu and Abdou written as a name carry the key too (tokenKeys).
 */
const ABD_SKELETON = 'abd';

/**
 * Information weight of a token: rare tokens up to WEIGHT.rare, common ones down to WEIGHT.common,
 * by the larger of list commonness and population commonness; particles and organisation vocabulary
 * have fixed small weights.
 */
export function tokenWeight(t: Pick<PreparedToken, 'role' | 'vocabulary' | 'skeleton' | 'folded'>, freq: Frequencies): number {
  if (PARTICLE_ROLES.has(t.role)) return WEIGHT.particle;
  if (t.role === 'initial') return TOKEN.initialMaxWeight;
  if (t.vocabulary === 'legal-form') return WEIGHT.legalForm;
  if (t.vocabulary === 'stop-word') return WEIGHT.stopWord;
  const df = freq.df.get(t.skeleton) ?? 0;
  // Small lists are measured against a reference population so one listing is not "common".
  const f = df / Math.max(freq.parties, WEIGHT.referencePopulation);
  const listCommonness = f <= WEIGHT.rareFrequency ? 0 : Math.min(1, Math.log(f / WEIGHT.rareFrequency) / Math.log(WEIGHT.commonFrequency / WEIGHT.rareFrequency));
  const commonness = Math.max(listCommonness, populationCommonness(t.skeleton), compoundCommonness(t.folded), spellingCommonness(t.folded));
  let w = WEIGHT.rare - (WEIGHT.rare - WEIGHT.common) * commonness;
  if (t.folded.length <= 2) w *= WEIGHT.shortTokenFactor;
  if (t.vocabulary === 'org-word') w = Math.min(w, WEIGHT.orgWord);
  else if (t.vocabulary === 'org-word-alone') w = Math.min(w, WEIGHT.orgWordAlone);
  return w;
}

/**
 * A prepared token from its fields, the one place such an object is made (prepareName, and a saved
 * engine's tokens read back, engine-snapshot.ts): every token then has one object shape, which the
 * scorer's hot loops rely on (tokens of several shapes make them slower). The fields the scorer
 * fills in lazily are present from the start for the same reason.
 */
export function preparedToken(
  text: string,
  script: Script,
  role: TokenRole,
  vocabulary: VocabularyClass,
  folded: string,
  alt: string | undefined,
  abjad: boolean,
  skel: string,
  initial: string,
  written: string,
  plain: boolean,
  weight: number,
  id: number,
): PreparedToken {
  return { text, script, role, vocabulary, folded, alt, abjad, skeleton: skel, initial, written, plain, weight, id, keys: undefined, keySet: undefined, cutKeys: undefined };
}

/**
 * A list's interning of its tokens (prepared-list.ts prepareList): `idOf(fields)` gives the
 * vocabulary id of a token with those fields (by its form key, a new id for a new key). prepareName
 * asks it once per shared analysed token (whose fields every token of it copies) and keeps the id
 * with that token under `serial` (one per list), so a token the list repeats costs neither a key
 * string nor a map lookup: at 200,000 names, 537,000 listed tokens over 19,800 ids, building and
 * hashing a key per token was a seventh of the build.
 */
export interface Interning {
  readonly serial: number;
  idOf(fields: PreparedToken): number;
}

let lastInterningSerial = 0;

/** An Interning with a serial of its own. */
export function interning(idOf: (fields: PreparedToken) => number): Interning {
  return { serial: ++lastInterningSerial, idOf };
}

/**
 * Analyses a name into prepared tokens, weights left at 0 until `assignWeights`; or, given the
 * list's frequencies `freq`, weighted as assignWeights weights them (a query name: engine.ts).
 * Given `interning`, each token's id is its vocabulary id (else -1).
 */
export function prepareName(full: string, party: number, nameIndex: number, type: PreparedName['type'], quality: AliasQuality, freq?: Frequencies, interning?: Interning, organisation = false): PreparedName {
  const analysed = analyseNameShared(full);
  const serial = freq === undefined ? 0 : frequenciesSerial(freq);
  const tokens: PreparedToken[] = [];
  let total = 0;
  const places = organisation ? namePlaces(analysed.tokens) : undefined;
  const orgWordsAreTheName = madeOfOrgWords(analysed.tokens, places);
  const sectorsMarked = organisation && holdsOwnWordBesideSectors(analysed.tokens, places);
  for (let i = 0; i < analysed.tokens.length; i++) {
    const shared = analysed.tokens[i] as SharedToken;
    let kept = (shared.prepared ??= keptToken(shared.token)) as KeptToken;
    // A place's word of an organisation's name (place-words.ts, since 1.117.0): weighed as a name,
    // but its pairing weighs WEIGHT.placeWord at most where no own word pairs beside it (score.ts pairUp).
    if (places !== undefined && places[i] === 1) kept = (kept.asPlace ??= keptAs(kept.fields, 'place-word'));
    // A sector word of an organisation's name (sector-words.ts, since 1.127.0): the same, capped at
    // WEIGHT.sectorWord; only beside a word of the name's own, else the sector words are the name.
    else if (sectorsMarked && isSector(kept)) kept = (kept.asSector ??= keptAs(kept.fields, 'sector-word'));
    else if (orgWordsAreTheName && kept.fields.vocabulary === 'org-word') kept = (kept.asName ??= keptAs(kept.fields, 'org-word-alone'));
    const f = kept.fields;
    let weight = 0;
    if (freq !== undefined) {
      if (kept.freqSerial !== serial) {
        kept.weight = tokenWeight(f, freq);
        kept.freqSerial = serial;
      }
      weight = kept.weight;
      total += weight;
    }
    let id = -1;
    if (interning !== undefined) {
      if (kept.internSerial !== interning.serial) {
        kept.internId = interning.idOf(f);
        kept.internSerial = interning.serial;
      }
      id = kept.internId;
    }
    // A token of its own: the caller may set its weight and id, and the scorer fills its keys.
    tokens.push(preparedToken(f.text, f.script, f.role, f.vocabulary, f.folded, f.alt, f.abjad, f.skeleton, f.initial, f.written, f.plain, weight, id));
  }
  return preparedName(party, nameIndex, full, type, quality, tokens, analysed.titles, total);
}

/**
 * What prepareName keeps with a shared analysed token (names/tokens.ts SharedToken.prepared): its
 * prepared fields, a function of the token's fields alone, copied for each name holding it (the
 * kept object is never handed out, so no weight, id or keys written to a prepared token reach it);
 * and its weight under the last frequencies asked for (tokenWeight reads only those fields and
 * the frequencies, which no one changes once a list is prepared), known by their serial number
 * (frequenciesSerial) so that no kept token holds on to an old list's frequencies.
 */
interface KeptToken {
  readonly fields: PreparedToken;
  /** The same token weighed as a name, in a name made of organisation words alone (madeOfOrgWords). */
  asName?: KeptToken;
  /** The same token as a place's word in an organisation's name (place-words.ts). */
  asPlace?: KeptToken;
  /** The same token as a sector word in an organisation's name (sector-words.ts). */
  asSector?: KeptToken;
  /** Whether the token is a sector word that no table classes (isSector), once asked. */
  sector?: boolean;
  /** Whether the token alone names a country or territory (countries.ts isPlaceName), once asked. */
  place?: boolean;
  /** frequenciesSerial of the frequencies `weight` was weighed under (0: none yet). */
  freqSerial: number;
  weight: number;
  /** The serial of the Interning that gave `internId` (0: none yet). */
  internSerial: number;
  internId: number;
}

/** A number of its own for each Frequencies object asked about (from 1), forgotten with it. */
const FREQUENCIES_SERIALS = new WeakMap<Frequencies, number>();
let lastFrequenciesSerial = 0;

function frequenciesSerial(freq: Frequencies): number {
  let serial = FREQUENCIES_SERIALS.get(freq);
  if (serial === undefined) {
    serial = ++lastFrequenciesSerial;
    FREQUENCIES_SERIALS.set(freq, serial);
  }
  return serial;
}

function keptToken(t: NameToken): KeptToken {
  const written = t.script === 'arabic' ? '' : t.latin;
  // The Abd particle gets a skeleton no consonant skeleton can equal (lower case): its own key, and
  // no share in the list frequency of the names written B-D (Ubaidah, Obaid, Abdi).
  const skel = t.role === 'abd' ? ABD_SKELETON : skeleton(t.folded);
  const fields = preparedToken(t.text, t.script, t.role, vocabularyClass(t.text, t.latin, t.script), t.folded, t.alt, t.abjad, skel, t.latin.charAt(0), written, written === t.folded && !t.abjad, 0, -1);
  return { fields, freqSerial: 0, weight: 0, internSerial: 0, internId: -1 };
}

/**
 * Whether a name is made of organisation words alone, with at most function words and legal forms
 * beside them ("Исламское государство", الدولة الإسلامية, "The International Brigade"). Such words
 * weigh little (WEIGHT.orgWord) because beside a name of its own ("Al-Haramain Islamic Foundation")
 * they say little; with nothing else, they are the name, and weigh as names do, by their
 * frequency (since 1.72.0). Before, a name met word for word could not alert: "Исламское
 * государство" against itself scored 0.58, where "Islamic State", whose English words are no
 * organisation words, scored 0.91. The scorer pairs two tokens at the lesser of their weights, so
 * the change raises a pairing only where both names, or a translated word and the English word it
 * translates, weigh more. A place's word of an organisation's name counts as an organisation word
 * here (since 1.117.0: AFGHAN SERVICE BUREAU is made of such words).
 */
function madeOfOrgWords(tokens: readonly SharedToken[], places: Uint8Array | undefined): boolean {
  let orgWords = 0;
  for (let i = 0; i < tokens.length; i++) {
    const shared = tokens[i] as SharedToken;
    const kept = (shared.prepared ??= keptToken(shared.token)) as KeptToken;
    const v = kept.fields.vocabulary;
    if (v === 'org-word' || (places !== undefined && places[i] === 1)) orgWords++;
    else if (v === undefined) return false;
  }
  return orgWords > 0;
}

/**
 * Whether an organisation's name holds a word of its own beside its sector words: a word no table
 * classes that is neither a place's (`places`) nor a sector word. Without one, the sector words are
 * the name (MINISTRY OF DEFENCE, HONG KONG ELECTRONICS) and weigh as its words (since 1.127.0).
 */
function holdsOwnWordBesideSectors(tokens: readonly SharedToken[], places: Uint8Array | undefined): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (places !== undefined && places[i] === 1) continue;
    const shared = tokens[i] as SharedToken;
    const kept = (shared.prepared ??= keptToken(shared.token)) as KeptToken;
    const f = kept.fields;
    if (f.vocabulary === undefined && (f.role === 'name' || f.role === 'nisba') && !isSector(kept)) return true;
  }
  return false;
}

/** The place marks of an organisation's name (place-words.ts placeMarks), each single word's answer kept with its token. */
function namePlaces(tokens: readonly SharedToken[]): Uint8Array | undefined {
  const keptAt = (i: number): KeptToken => {
    const shared = tokens[i] as SharedToken;
    return (shared.prepared ??= keptToken(shared.token)) as KeptToken;
  };
  const mayMark = (i: number): boolean => {
    const f = keptAt(i).fields;
    return (f.vocabulary === undefined || f.vocabulary === 'org-word') && (f.role === 'name' || f.role === 'nisba');
  };
  const single = (i: number): boolean => {
    const kept = keptAt(i);
    return (kept.place ??= isPlaceName(kept.fields.text));
  };
  return placeMarks(tokens, mayMark, single);
}

/**
 * A kept token whose fields are those of `f` in another vocabulary class: a place's word or a sector
 * word in an organisation's name ('place-word', 'sector-word'), an organisation word in a name of
 * such words alone ('org-word-alone').
 */
function keptAs(f: PreparedToken, vocabulary: 'place-word' | 'sector-word' | 'org-word-alone'): KeptToken {
  const as = preparedToken(f.text, f.script, f.role, vocabulary, f.folded, f.alt, f.abjad, f.skeleton, f.initial, f.written, f.plain, 0, -1);
  return { fields: as, freqSerial: 0, weight: 0, internSerial: 0, internId: -1 };
}

/**
 * Whether a kept token is a sector word (sector-words.ts) that no vocabulary table classes: a name's
 * word (not a particle, title or initial), Latin or Cyrillic (an Arabic-script word's romanisation
 * is a skeleton that could land on a Latin word, as common-names.ts vocabularyClass says).
 */
function isSector(kept: KeptToken): boolean {
  if (kept.sector === undefined) {
    const f = kept.fields;
    kept.sector = f.vocabulary === undefined && (f.role === 'name' || f.role === 'nisba') && f.script !== 'arabic' && isSectorWord(f.text, f.written);
  }
  return kept.sector;
}

/** A prepared name from its fields, the one place such an object is made (as preparedToken, for one shape). */
export function preparedName(party: number, nameIndex: number, full: string, type: PreparedName['type'], quality: AliasQuality, tokens: PreparedToken[], titles: string[], totalWeight: number): PreparedName {
  return { party, nameIndex, full, type, quality, tokens, titles, totalWeight, acronym: false, joined: undefined, joinedKeys: undefined, droppedPlaces: undefined };
}

/**
 * Weighs the tokens of `name` (tokenWeight) and sets its total weight. `listed`, for the names of a
 * list weighed in list order once interned (prepared-list.ts: `vocab[t.id]` is the first listed
 * token of t's id, so weighed first): tokenWeight reads a token's role, vocabulary class, skeleton
 * and folded form, and the tokens of one id share the folded form, so a token with its id's first
 * token's role, class and skeleton takes that token's weight from `listed.byId` instead (a large
 * list's tokens are mostly repeats: at 200,000 names 537,000 tokens over 19,800 ids).
 */
export function assignWeights(name: PreparedName, freq: Frequencies, listed?: { vocab: readonly PreparedToken[]; byId: Float64Array }): void {
  let total = 0;
  for (const t of name.tokens) {
    if (listed === undefined) t.weight = tokenWeight(t, freq);
    else {
      const first = listed.vocab[t.id] as PreparedToken;
      if (t === first) t.weight = listed.byId[t.id] = tokenWeight(t, freq);
      else if (t.role === first.role && t.vocabulary === first.vocabulary && t.skeleton === first.skeleton) t.weight = listed.byId[t.id] as number;
      else t.weight = tokenWeight(t, freq);
    }
    total += t.weight;
  }
  name.totalWeight = total;
}

/** A legal form or a function word of a name (Ltd, of, the): what an acronym stands beside, and what the word-for-word key (exact-names.ts) leaves out. */
export function isFormWord(t: PreparedToken): boolean {
  return t.vocabulary === 'legal-form' || t.vocabulary === 'stop-word';
}

/** Two consonants a word of a name may begin with (Latin spellings of European, Arabic, Slavic names). */
const ONSETS = new Set(
  'bh bl br by ch cl cr dh dj dr dv dz fl fr gh gl gn gr gv kh kl kn kr kv kw ph pl pr ps sc sh sk sl sm sn sp sr st sv sw sz th tr ts tv tw tz vl vr wh wr zh zl zm zn zv'.split(' '),
);

/** A word (small letters) no one reads as a word: without a vowel (MTS, VTB), or opening on two consonants no word opens on (CNOOC). */
export function unsaidAsWord(word: string): boolean {
  if (!VOWEL.test(word)) return true;
  const a = word.charAt(0);
  const b = word.charAt(1);
  return !VOWEL.test(a) && !VOWEL.test(b) && !ONSETS.has(a + b);
}

const VOWEL = /[aeiouy]/;

/**
 * Whether a name's tokens are one word besides legal forms and function words (ASG Ltd, the ASG):
 * as an acronym is written in a company's name. A query so written meets a listed acronym only
 * letter for letter (score.ts rankPairings, since 1.56.0; 1.54.0 counted every token, and "ASG Ltd"
 * still met ASC at 0.651), and a listed name so written may be one (prepared-list.ts markAcronym).
 */
export function oneWordBesidesForms(tokens: readonly PreparedToken[]): boolean {
  let words = 0;
  for (const t of tokens) if (!isFormWord(t)) words++;
  return words === 1;
}

/**
 * Listed tokens go into the index whatever their weight (a misspelt query token such as "Latd" or
 * "Eseablishment" must still reach "Ltd" and "Establishment"), except initials. A token of vowels
 * only (IO of IO Musoni, OE, the acronyms AIAI and AEOI) has an empty skeleton; up to 1.15.0 it had
 * no key at all, so it met nothing, not even itself. Its keys are now those of the empty skeleton,
 * which only such tokens share (seven of the UN list's tokens), and the distance decides as for any pair.
 */
export function isIndexable(t: PreparedToken): boolean {
  return t.role !== 'initial' && (t.skeleton !== '' || t.folded !== '');
}

/** Query tokens worth looking up: not particles, legal forms or function words (their weight is tiny). */
export function isQueryIndexable(t: PreparedToken): boolean {
  return isIndexable(t) && !PARTICLE_ROLES.has(t.role) && !isFormWord(t);
}

/**
 * Retrieval keys of one token: its skeleton and the skeletons one consonant shorter (symmetric
 * deletion: two skeletons one edit apart always share one) from three consonants, the positional
 * keys of gapKeys below that, its coarse phonetic key (no deletion neighbourhood: see
 * MIN_DELETION_SKELETON), and its written spelling's consonants with theirs.
 */
export function tokenKeys(t: PreparedToken): string[] {
  if (t.role === 'abd') return [`k:${ABD_SKELETON}`];
  const keys: string[] = [];
  skeletonKeys(t.skeleton, keys);
  if (t.alt !== undefined) skeletonKeys(skeleton(t.alt), keys);
  const persian = persianThaSkeleton(t);
  if (persian !== undefined) keys.push(`k:${persian}`);
  const spelling = spellingSkeleton(t.written);
  if (spelling.length >= MIN_SPELLING_KEY) {
    keys.push(`u:${spelling}`);
    if (spelling.length >= MIN_SPELLING_DELETION) for (const d of deletionKeys(spelling)) keys.push(`u:${d}`);
  }
  // Abdi, Abdo, Abdu and Abdou written as a name (names/tokens.ts: not before God's name) share the
  // Abd particle's key (since 1.137.0), so that each meets the other as their folded forms compare
  // (abdu and abd, one vowel apart): Abdou Diouf and Abdoul Diouf are one spelling apart, and a
  // compound read in one name (Abdi Samad) is a name and a name in the same man's name said otherwise
  // (Samad Abdi). Up to 1.136.0 they shared no key, so no pairing.
  if (t.script === 'latin' && ABD_AMBIGUOUS.has(t.written)) keys.push(`k:${ABD_SKELETON}`);
  return withoutRepeats(keys);
}

/**
 * `keys` with every key after its first occurrence removed, in place (the order a Set keeps). A
 * token has about a dozen keys: comparing them pairwise costs less than the Set and the spread
 * copy that did this (23 of the 463 MiB a cold 20,000-query UN pass allocated, bench/alloc-profile.ts).
 */
export function withoutRepeats(keys: string[]): string[] {
  let kept = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    let seen = false;
    for (let j = 0; j < kept; j++) {
      if (keys[j] === key) {
        seen = true;
        break;
      }
    }
    if (!seen) keys[kept++] = key;
  }
  keys.length = kept;
  return keys;
}

/**
 * The skeleton of an Arabic-script token holding ث read as s (since 1.21.0), or undefined. ث is th
 * in Arabic (Uthman, Ghiyath: the fold's T) but s in Persian, Dari, Pashto and Urdu and in the
 * spellings that come from them (Usman, Ghias, Sanaullah, Hadis). A single token meets such a
 * spelling by its one-consonant deletion keys, but a query word cut in two meets two listed tokens
 * only by each half's exact skeleton key (score.ts cutMatches), so "Ghiassouddine" (halves KS, DN)
 * never met غياث الدين (KT, DN) though the two read 0.94 alike. Only the plain skeleton key is added:
 * it is what a cut's half of two or more consonants asks for.
 */
function persianThaSkeleton(t: PreparedToken): string | undefined {
  if (t.script !== 'arabic' || !t.folded.includes(FOLDED_THA)) return undefined;
  const read = skeleton(t.folded.replaceAll(FOLDED_THA, 's'));
  return read === t.skeleton ? undefined : read;
}

/** ث in an Arabic-script token's fold (the fold writes ت and ط as t). */
const FOLDED_THA = 'T';

function skeletonKeys(skel: string, keys: string[]): void {
  keys.push(`k:${skel}`);
  if (skel.length >= MIN_DELETION_SKELETON) for (const d of deletionKeys(skel)) keys.push(`k:${d}`);
  else for (const g of gapKeys(skel)) keys.push(g);
  keys.push(`p:${phoneticKey(skel)}`);
}

/**
 * Positional one-edit keys of a skeleton of one or two consonants (1.11.0), in place of the plain
 * deletion keys a two-consonant skeleton had up to 1.10.0. A key holds the consonant that stays and
 * where the gap is: XY gives `d:X_` (second consonant deleted) and `d:_Y` (first deleted); a single
 * X gives both `d:X_` and `d:_X`, the two places a consonant may be inserted. So two skeletons meet
 * when they are one consonant substitution apart at the same place (Omar MR / Obar BR at `d:_R`)
 * or one insertion apart (Oar R / Omar MR at `d:_R`), as before, but no longer when their shared
 * consonant sits at different places (Noor NR / Amin MN did meet, at `k:N`; Omar MR / Rami RM at
 * `k:M` and `k:R`): the plain one-consonant key was shared by every short name holding that
 * consonant, and on the cold bench mix it brought half of all compared token pairs, most of them
 * no match (docs/benchmarks.md, session 13 h1). The prefix is their own, so no skeleton key can
 * equal one; a query token cut in two meets them by its one-consonant halves (score.ts cuts).
 */
export function gapKeys(skel: string): string[] {
  if (skel.length === 1) return [`d:${skel}_`, `d:_${skel}`];
  if (skel.length === 2) return [`d:${skel.charAt(0)}_`, `d:_${skel.charAt(1)}`];
  return [];
}

/**
 * Skeletons of three consonants and more get their deletion keys; shorter ones get the positional
 * keys of gapKeys instead (Alem / Alek, Kim / Kin still meet their one-typo spellings). The
 * similarity's cliff still decides whether they count.
 *
 * The phonetic key had a deletion neighbourhood up to 1.9.0 (for a typo that breaks a digraph,
 * Shaban -> Syhaban); the skeleton and spelling neighbourhoods already reach those. On the bench
 * mix it brought 991,000 of 3,008,000 compared pairs for 10,000 similar ones no other key
 * brought, and dropping it left every eval figure at the default threshold as it was or better
 * (docs/benchmarks.md, session 12 h5), for a cold pass 1.14x faster.
 */
const MIN_DELETION_SKELETON = 3;
/**
 * Spelling keys (keys.ts spellingSkeleton) from two written consonants, their deletion
 * neighbourhood from three: a typo next to c, h or x (Innocrent, Cbun, Mortexa) that the fold
 * turns into two skeleton changes is one change in the written letters. Shorter spellings are
 * covered by the skeleton and phonetic keys.
 */
const MIN_SPELLING_KEY = 2;
const MIN_SPELLING_DELETION = 3;

/**
 * Gender words as records and customers' systems write them, in English, French, German, Spanish,
 * Russian and Arabic (marks removed before the lookup: féminin, varón; since 1.151.0 also the
 * German, Spanish, the longer Russian and more Arabic forms, which gave no evidence before).
 */
const GENDERS: Record<string, Gender> = {
  m: 'male', male: 'male', man: 'male', masculine: 'male', masculin: 'male', homme: 'male', mannlich: 'male', maennlich: 'male',
  mann: 'male', masculino: 'male', hombre: 'male', varon: 'male', 'м': 'male', 'мужской': 'male', 'муж': 'male', 'мужчина': 'male',
  'мужской пол': 'male', 'ذكر': 'male', 'رجل': 'male',
  f: 'female', female: 'female', woman: 'female', feminine: 'female', feminin: 'female', femme: 'female', weiblich: 'female',
  frau: 'female', femenino: 'female', mujer: 'female', 'ж': 'female', 'женский': 'female', 'жен': 'female', 'женщина': 'female',
  'женский пол': 'female', 'أنثى': 'female', 'انثى': 'female', 'انثي': 'female', 'امرأة': 'female', 'امراة': 'female',
};

export function normaliseGender(text: string): Gender | undefined {
  const key = text.trim().toLowerCase().replace(/\.$/u, '');
  // Latin marks only: Arabic hamza forms (أنثى) and Cyrillic й are letters of the words above.
  return GENDERS[key] ?? GENDERS[key.normalize('NFD').replace(/(?<=[a-z])\p{M}+/gu, '').normalize('NFC')];
}

/** Document numbers shorter than this are too weak to count as an identifier match. */
const MIN_DOCUMENT_LENGTH = 4;

function doc(number: string | undefined, passport: boolean): PreparedDocument | undefined {
  return number ? docOf(number, numberRead(number), passport) : undefined;
}

/**
 * A number field's number as it is compared (comparableNumber), its digits and look-alike capitals
 * read as ASCII first (names/normalise.ts lookalikesRead, since 1.152.0): AB ٨٥٠٩٠١ as AB 850901,
 * whose series comparableNumber would otherwise have taken for a word before the number.
 */
function numberRead(number: string): string {
  return comparableNumber(lookalikesRead(number.normalize('NFKC')));
}

/** The document `shown` compared by `comparable` (its comparableNumber), or undefined when too short. */
function docOf(shown: string, comparable: string, passport: boolean): PreparedDocument | undefined {
  const n = normaliseIdentifier(comparable);
  return n.length < MIN_DOCUMENT_LENGTH ? undefined : { number: n, passport, shown };
}

/**
 * The numbers a listed document is met by: its number, and for one numbered by series and number
 * ("Russian passport number 8208 No. 555627", "96 03 464086") also the number alone, since the list
 * itself writes it apart ("No. 555627") and a query may give only that. Only the record's side is
 * widened: a query's "9999 555627" is another passport, and must not meet 8208 555627 by its 555627.
 */
function listedDocs(number: string | undefined, passport: boolean): PreparedDocument[] {
  if (!number) return [];
  const comparable = numberRead(number);
  const whole = docOf(number, comparable, passport);
  if (whole === undefined) return [];
  const alone = numberWithoutSeries(comparable);
  return alone === undefined ? [whole] : [whole, { number: alone, passport, shown: number }];
}

/** IMO numbers are seven digits, often written "IMO 9123456". */
function normaliseImo(text: string): string | undefined {
  const digits = text.replace(/\D+/g, '');
  return digits.length === 7 ? digits : undefined;
}

/**
 * The IMO numbers of one field's text, which may hold several ("9123456; 9234567": a custom list's
 * or OFAC's vessel with two, joined by the readers): each piece between separators normalised
 * alone. Up to 1.58.0 the whole text was one number, so two numbers (fourteen digits) gave none.
 */
export function imoNumbersOf(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(IMO_SEPARATORS)) {
    const n = normaliseImo(piece);
    if (n !== undefined && !out.includes(n)) out.push(n);
  }
  return out;
}

const IMO_SEPARATORS = /[;,|\/\n]/;

/** A document whose type names an IMO number (a company's: OFAC's "Company Number IMO", the UN comments' ones). */
const IMO_DOCUMENT = /\bIMO\b/i;

/**
 * A record's nationality the list does not know, as the UN writes it ("na", one record of the
 * 2026 list): Namibia's code otherwise. Only on a record's side: a query's "na" is Namibia, as its
 * "iq" is Iraq.
 */
const NOT_AVAILABLE = /^\s*(?:n\/?a|not available|not known|unknown|none)\s*$/iu;

/** A party's country facts: the codes of its nationalities, and of every country it is tied to. */
export interface PartyCountries {
  nationalities: string[];
  countries: string[];
}

/**
 * The country codes of a party's facts. Apart because the country table (countries.ts) is built on
 * first use from the ICU names (~25 ms on a fresh process, a tenth of the UN list's build then): a
 * saved engine keeps these codes and passes them to partyFacts (engine-snapshot.ts).
 */
export function partyCountries(p: SanctionedParty): PartyCountries {
  // Each field read once: the nationalities are countries of the party too, first.
  const nationalities = fieldCountryCodes(p.nationalities.filter((n) => !NOT_AVAILABLE.test(n)));
  const tied = fieldCountryCodes([...p.addresses.map((a) => a.country), ...p.birthPlaces.map((b) => b.country), ...p.names.map((n) => n.birthCountry)]);
  return { nationalities, countries: [...new Set([...nationalities, ...tied])] };
}

export function partyFacts(p: SanctionedParty, codes: PartyCountries = partyCountries(p)): PreparedFacts {
  const birthDates = [...p.birthDates];
  for (const n of p.names) if (n.birthDate) birthDates.push({ kind: 'exact', date: n.birthDate });
  const genders = p.genders.map(normaliseGender).filter((g): g is Gender => g !== undefined);
  const documents = p.documents.flatMap((d) => listedDocs(d.number, d.kind === 'passport'));
  // A vessel's IMO numbers and a company's, filed as documents: a query's IMO number meets either.
  const imoNumbers = p.vessel?.imoNumber ? imoNumbersOf(p.vessel.imoNumber) : [];
  for (const d of p.documents) {
    if (d.number === undefined || !IMO_DOCUMENT.test(d.type)) continue;
    for (const n of imoNumbersOf(d.number)) if (!imoNumbers.includes(n)) imoNumbers.push(n);
  }
  return {
    birthDates,
    nationalities: codes.nationalities,
    countries: codes.countries,
    genders: [...new Set(genders)],
    documents,
    imoNumbers,
  };
}

export interface PreparedQuery {
  query: Query;
  names: PreparedName[];
  facts: PreparedFacts;
  /** Country codes from query.country (the nationality codes are in facts.nationalities). */
  queryCountries: string[];
}

/**
 * What queryFacts gives a query without facts (a name alone, as most screening queries are): one
 * frozen object shared by all of them, since its dozen arrays cost ~860 bytes per query and nothing
 * writes to a query's facts (compare() copies them before adding countries).
 */
const NO_FACTS: PreparedFacts = Object.freeze({
  birthDates: frozenEmpty<BirthDate>(),
  nationalities: frozenEmpty<string>(),
  countries: frozenEmpty<string>(),
  genders: frozenEmpty<Gender>(),
  documents: frozenEmpty<PreparedDocument>(),
  imoNumbers: frozenEmpty<string>(),
});
const NO_QUERY_FACTS: { facts: PreparedFacts; queryCountries: string[] } = Object.freeze({ facts: NO_FACTS, queryCountries: frozenEmpty<string>() });

/** An empty array that throws on any write (typed as writable, as the facts' fields are). */
function frozenEmpty<T>(): T[] {
  return Object.freeze([]) as unknown as T[];
}

/** Characters of a query's address read for its country, at most (its end). */
const MAX_ADDRESS_CHARS = 1000;

/**
 * A query's facts. Its addresses count as countries where one names a country (its last part that
 * is one: "12 Rashid St., Baghdad, Iraq", "بغداد، العراق"; countries.ts countryCode): an address is
 * a country the party is connected with, as the record's addresses are on its side. Up to 1.63.0 a
 * query's address was read and never used.
 */
export function queryFacts(q: Query): { facts: PreparedFacts; queryCountries: string[] } {
  // An address's country is in its last part: a longer one (hostile or broken input: a megabyte
  // took 0.5 s to read whole) is read by its end.
  const addressCountries = q.address.length === 0 ? [] : countryCodes(q.address.map((a) => (a.length > MAX_ADDRESS_CHARS ? a.slice(-MAX_ADDRESS_CHARS) : a)));
  // A vessel's (or unknown party's) IMO number written in its name, where the field gives none
  // (name-prefixes.ts, since 1.160.0).
  const imoNumbers = q.imoNumber.length > 0 ? [...new Set(q.imoNumber.flatMap(imoNumbersOf))] : q.schema === 'Vessel' || q.schema === 'LegalEntity' ? imoNumbersInNames(q.name) : [];
  if (q.birthDate.length === 0 && q.nationality.length === 0 && q.country.length === 0 && addressCountries.length === 0 && q.gender.length === 0 && q.passportNumber.length === 0 && q.idNumber.length === 0 && imoNumbers.length === 0) return NO_QUERY_FACTS;
  // Each field read once: nationalities, then the countries given, then the addresses'.
  const nationalities = fieldCountryCodes(q.nationality);
  const queryCountries = [...new Set([...fieldCountryCodes(q.country), ...addressCountries])];
  return {
    facts: {
      birthDates: q.birthDate.map((d) => ({ kind: 'exact', date: d })),
      nationalities,
      countries: [...new Set([...nationalities, ...queryCountries])],
      genders: q.gender.map(normaliseGender).filter((g): g is Gender => g !== undefined),
      documents: [
        ...q.passportNumber.map((n) => doc(n, true)),
        ...q.idNumber.map((n) => doc(n, false)),
      ].filter((d): d is PreparedDocument => d !== undefined),
      imoNumbers,
    },
    queryCountries,
  };
}

export function schemaKind(schema: QuerySchema): SanctionedParty['kind'] {
  switch (schema) {
    case 'Person':
      return 'person';
    case 'Organization':
    case 'Company':
      return 'organization';
    case 'Vessel':
      return 'vessel';
    case 'Aircraft':
      return 'aircraft';
    default:
      return 'unknown';
  }
}
