/**
 * The longest name, the longest word in a name and the most words in one, that a query or a watch
 * list may hold (since engine 1.83.0). Longer ones are refused with an error naming the line and
 * field (matching/query.ts parseQuery, lists/custom.ts) rather than read: no name is that long, and
 * reading one was the way a single line could stall a screening. A 22,000-letter word took minutes to analyse and a 7,000-letter
 * one 15 s to screen (retrieval keys and cuts grow with the square of a word's length; measured with
 * eval-style probes on the UN list).
 *
 * The limits sit well above every real name in the list files here (../shared/data/sanctions and the
 * bundled UN list): the longest name holds 193 characters (a UN alias with its note on a false
 * identity), the longest word 33 letters (SHENZHONGGUOJIHAIYUNYOUXIANGONGSI, a Chinese company's name
 * written as one word).
 */

/** Characters in one name. */
export const LONGEST_NAME = 500;

/** Letters and digits in a row (one word) in a name. */
export const LONGEST_WORD = 64;

/**
 * Words in one name. The longest real names hold 26 (the UN alias above); a name of 250 one-letter
 * words took 0.27 s to screen on the UN list, one of 38 repeats of "Mohammed Ali" 0.18 s, where a
 * name takes 0.1 ms.
 */
export const MOST_WORDS = 60;

/**
 * Characters in one value of a query's other properties (birth date, nationality, identifiers,
 * address): the bound monitoring/fields.ts puts on every string of an event. The longest address in
 * the list files here holds a few hundred; a megabyte in one field was read (nationality-text.ts,
 * countries.ts bound their reading since engine 1.153.0) but echoed whole in a refusal.
 */
export const LONGEST_VALUE = 10_000;

/** Values of one property (names, aliases, identifiers) in one query. */
export const MOST_VALUES = 200;

/** A word: letters, marks and digits in a row. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** What is wrong with `name` as a name to read (too long, a word too long, too many words), or undefined. */
export function nameTooLong(name: string): string | undefined {
  // Nearly every name: no longer than a word may be, so neither a word too long nor 60 words in it
  // (asked of every name a query or a list holds, so it is spared the pass over the words).
  if (name.length <= LONGEST_WORD) return undefined;
  if (name.length > LONGEST_NAME) return `${name.length.toLocaleString('en')} characters; a name may hold at most ${LONGEST_NAME}`;
  let words = 0;
  for (const m of name.matchAll(WORD)) {
    const word = m[0];
    if (word.length > LONGEST_WORD) return `a word of ${word.length.toLocaleString('en')} letters ("${word.slice(0, 20)}..."); a word of a name may hold at most ${LONGEST_WORD}`;
    words++;
  }
  if (words > MOST_WORDS) return `${words} words; a name may hold at most ${MOST_WORDS}`;
  return undefined;
}
