/**
 * Abdallah typed with a slip of the finger (since engine 1.11.0).
 *
 * Abdallah is the one Abd compound the analysis keeps as a single name token (tokens.ts), whatever
 * its spelling (Abdullah, Abdallah, Abdellah, Abd el-Illah). A name part that is one keyboard slip
 * from one of those spellings (names/keyboard.ts: a touching key instead of the right one, a
 * touching key pressed as well, or two neighbours swapped, never the first letter) was Abdallah
 * typed badly: Abdilkah for Abdillah, Abdsllah for Abdallah, Abd El Ilkah for Abd El Illah. Without
 * this reading such a token is cut into the Abd particle and a name that is no name ("kah",
 * "sllah"), which then meets nothing, so a typo in the most common Abd compound lost the token
 * whole instead of costing one letter.
 *
 * Why this is safe: the spellings of Allah after Abd are short and fixed, and no name part after
 * Abd is one slip from them (the divine names differ from "allah" in two letters or more, and
 * names built on Abdallah, Abdoulaye and Abdullahi, differ by more than one slip). A plain missing
 * letter is not a slip (keyboard.ts), and most missing letters already leave an Allah spelling.
 */
import { isAllahSpelling } from './arabic.js';
import { keyboardSlip } from './keyboard.js';

/**
 * The spellings of Allah after Abd that arabic.ts reads as Allah (a linking vowel, one or two l, an
 * a, an h) of four letters or more and ending in h: shorter ones would let a slip make Allah of
 * almost anything, and without the h two names are one slip from Abdalla / Abdella: Abdulal and
 * Abdelal (Abd al-Al, عبد العال) swap its last two letters.
 */
const ALLAH_SPELLINGS: readonly string[] = (() => {
  const out: string[] = [];
  for (const vowel of ['', 'a', 'e', 'i', 'o', 'u', 'ou']) {
    for (const l of ['l', 'll']) {
      for (const a of ['', 'a']) {
        for (const h of ['', 'h']) {
          const s = vowel + l + a + h;
          if (s.length >= 4 && s.endsWith('h') && isAllahSpelling(s)) out.push(s);
        }
      }
    }
  }
  return out;
})();

/** True when `part` (a lower-case Latin name part after Abd, as "ilkah") is an Allah spelling with one slip. */
export function isSlippedAllah(part: string): boolean {
  if (part.length < 4 || isAllahSpelling(part)) return false;
  for (const s of ALLAH_SPELLINGS) if (keyboardSlip(part, s)) return true;
  return false;
}

/** True when `token` (a lower-case Latin word, as "abdilkah") is a one-word Abdallah with one slip after its Abd. */
export function isSlippedAbdallah(token: string): boolean {
  if (token.length < 7 || !token.startsWith('abd') || isAllahSpelling(token.slice(3))) return false;
  for (const s of ALLAH_SPELLINGS) if (keyboardSlip(token, `abd${s}`)) return true;
  return false;
}
