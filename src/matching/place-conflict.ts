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
import { countryCode } from './countries.js';
import type { PreparedToken } from './prepared.js';

/** A place word's country code by its text, '' for none (few distinct texts: kept for the process). */
const codes = new Map<string, string>();

function placeCountry(t: PreparedToken): string {
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
