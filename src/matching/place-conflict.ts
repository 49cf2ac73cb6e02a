/**
 * Two organisations' names that say two countries (since 1.132.0): IRAN AIR FORCE and SYRIAN AIR
 * FORCE, the Iranian and the Syrian state's bodies, met at 0.77, AIR FORCE paired and Iran paired
 * with Syrian as a spelling of it (their letters are close). Two places of different countries are
 * no pair (placesApart: score.ts pairUp passes such a pairing by), and where each name then leaves
 * a place of a country unpaired and no country is on both sides, the places say two bodies, as two
 * kinds of organisation do (score.ts unmatchedKindsConflict): each such place is charged at
 * NAME.differentPlaceWeight at least.
 *
 * Only places that name a country (countries.ts countryCode: Iran, Syrian, Iranian, Belarus), so a
 * demonym and its country are one (IRANIAN AIR FORCE and IRAN AIR FORCE), and a city, a region or
 * a word of a place of several words (Hong, Arabia) says nothing here.
 */
import { countryCode, isPlaceName } from './countries.js';
import { normaliseText } from '../names/normalise.js';
import { formalPlacesShortened } from './formal-place-names.js';
import { branchPlace } from './name-variants.js';
import type { PreparedToken } from './prepared.js';

/** A place word's country code by its text, '' for none (a city, a region; few distinct texts: kept for the process). */
const codes = new Map<string, string>();

export function placeCountry(t: PreparedToken): string {
  let code = codes.get(t.text);
  if (code === undefined) {
    code = countryCode(t.text) ?? '';
    codes.set(t.text, code);
  }
  return code;
}

/** The country codes of the unpaired place words of `tokens` (used[i] 0), or undefined where there is none. */
function unpairedCountries(tokens: readonly PreparedToken[], used: Uint8Array): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as PreparedToken;
    if (used[i] || t.vocabulary !== 'place-word') continue;
    const code = placeCountry(t);
    if (code !== '') (out ??= []).push(code);
  }
  return out;
}

/** Whether two tokens are place words of two different countries (no pair: see above). */
export function placesApart(a: PreparedToken, b: PreparedToken): boolean {
  if (a.vocabulary !== 'place-word' || b.vocabulary !== 'place-word') return false;
  const x = placeCountry(a);
  const y = placeCountry(b);
  return x !== '' && y !== '' && x !== y;
}

/** Whether both names leave unpaired places of some country and no country is on both sides. */
export function unmatchedPlacesConflict(qt: readonly PreparedToken[], usedQ: Uint8Array, lt: readonly PreparedToken[], usedL: Uint8Array): boolean {
  const q = unpairedCountries(qt, usedQ);
  if (q === undefined) return false;
  const l = unpairedCountries(lt, usedL);
  if (l === undefined) return false;
  for (const c of q) if (l.includes(c)) return false;
  return true;
}

/**
 * Whether a reading that left out the places `dropped` (droppedPlaceCountries) meets a name whose
 * tokens (`used[i]` 1 where paired) leave places unpaired, none of them one of `dropped`: a place
 * of a country by its country, a city or a region (since 1.147.0) by its words.
 */
export function droppedPlaceConflict(dropped: readonly string[] | undefined, tokens: readonly PreparedToken[], used: Uint8Array): boolean {
  if (dropped === undefined) return false;
  let unpaired = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as PreparedToken;
    if (used[i] || t.vocabulary !== 'place-word') continue;
    const code = placeCountry(t);
    if (dropped.includes(code === '' ? PLACE_WORD + t.text : code)) return false;
    unpaired = true;
  }
  return unpaired;
}

/**
 * Whether two readings each left out places and no place is on both sides (since 1.147.0): two
 * branches, each named without its place. "Al-Haramain Foundation Kenya Branch" read without its
 * place met AL-HARAMAIN FOUNDATION (PAKISTAN) read without its own as well as the Kenyan branch.
 */
export function droppedPlacesApart(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  for (const x of a) if (b.includes(x)) return false;
  return true;
}

/** What marks a dropped place's word among country codes (a code is two letters, never this). */
const PLACE_WORD = '@';

/**
 * The places in parentheses of name `full` that its reading `tokens` leaves out, or undefined where
 * it leaves out none (since 1.144.0): a place of a country by the country's code, and since 1.147.0
 * a city or a region (Hamburg, Khorasan) by its words, each after PLACE_WORD. name-variants.ts
 * reads NATIONAL INSURANCE COMPANY (IRAQ) without its place as well as with it, so that the firm's
 * name alone meets it; but the reading without, holding no place, then met KOREAN NATIONAL
 * INSURANCE COMPANY (KPe.048) at 0.72, where the reading with IRAQ, a place of another country than
 * Korean's, came to 0.52 (the conflict above). The place the reading left out is still the name's:
 * against a name leaving another place unpaired (droppedPlaceConflict) the reading is not read
 * (score.ts pairUp), the reading with the place is. So "ISIL (Libya)", and since 1.147.0 "ISIL -
 * Libya" (branch-notes.ts), does not meet ISIL's Khorasan branch as ISIL alone would. Up to 1.146.0
 * two readings that both left their places out met whatever the places (AL-HARAMAIN FOUNDATION
 * (KENYA) and its branch (PAKISTAN), QDe.104-106, at 0.88); since 1.147.0 only where they left out
 * a place of both (droppedPlacesApart). A place the reading holds as a word of its own is not left
 * out (a formal name read short: organisation-readings.ts).
 */
export function droppedPlaceCountries(full: string, tokens: readonly PreparedToken[]): string[] | undefined {
  if (!full.includes('(')) return undefined;
  let out: string[] | undefined;
  for (const m of full.matchAll(ENCLOSED)) {
    const g = m[1] as string;
    const place = isPlaceName(g) ? g : branchPlace(g);
    if (place === undefined || heldWords(tokens, place)) continue;
    // A formal name (UNION OF THE COMOROS) by its short one, as a place word of the name is read.
    const code = countryCode(formalPlacesShortened(place) ?? place);
    if (code !== undefined) {
      if (!out?.includes(code) && !heldCountry(tokens, code)) (out ??= []).push(code);
      continue;
    }
    for (const w of placeWords(place)) if (!out?.includes(PLACE_WORD + w)) (out ??= []).push(PLACE_WORD + w);
  }
  return out;
}

/** The words of a place as tokens write them (lower case; "the" is no word of it). */
function placeWords(place: string): string[] {
  return normaliseText(place).split(' ').filter((w) => w !== '' && w !== 'the');
}

/** A group in parentheses holding none (name-variants.ts reads the innermost first). */
const ENCLOSED = /\(([^()]*)\)/g;

/** Whether every word of `text` is a token of the reading (HONG KONG, whose words name no country alone). */
function heldWords(tokens: readonly PreparedToken[], text: string): boolean {
  const words = text.toLowerCase().split(NOT_LETTERS).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => tokens.some((t) => t.text === w));
}

const NOT_LETTERS = /[^\p{L}\p{N}]+/u;

/** Whether a place word of the reading names country `code`. */
function heldCountry(tokens: readonly PreparedToken[], code: string): boolean {
  for (const t of tokens) if (t.vocabulary === 'place-word' && placeCountry(t) === code) return true;
  return false;
}
