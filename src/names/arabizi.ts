/**
 * Arabizi, the Arabic chat alphabet (since 1.46.0): Latin letters with digits standing for the
 * Arabic letters Latin lacks, by the digit's likeness to the Arabic letter (7 is ح, 3 is ع, 5 is خ).
 * Names typed on phones and in messaging apps reach payments and onboarding forms so (Mo7ammed,
 * 3abdullah, 5aled, Sa3eed); up to 1.45.0 the digit stayed a character of the word and cost a typo
 * against every spelling of the name.
 *
 * The digits read as the letters an English-style romanisation writes for them: 7 ḥ is h, 5 kh, 6 ṭ
 * t, 8 gh, 9 ṣ s (the Gulf's reading; Levantine writers use 9 for qaf, but only rarely in names), and
 * 3 ʿ and 2 ʾ are dropped, as the usual Latin spellings drop them (Saeed, Jafar, Masood). A digit with
 * an apostrophe after it (3' gh, 7' kh) cannot be told apart here: the normaliser has removed the
 * apostrophe, so 3'ali reads as Ali.
 *
 * Only a word that reads as a name is taken for Arabizi, so that codes, ordinals and figures in
 * company names keep their digits: at least three letters with a vowel among them, every digit one
 * of 2 3 5 6 7 8 9 and none next to another digit, and at most three digits (an ordinal such as 5th
 * or 2nd has two letters; B2B, G7 and Mp3 fewer than three). Words of letters alone, most of them,
 * are passed over at the first digit test.
 */

/** The letters each Arabizi digit stands for, by the digit's offset from '0' ('' where none is written). */
const DIGIT_LETTERS: readonly (string | undefined)[] = [undefined, undefined, '', '', undefined, 'kh', 't', 'h', 'gh', 's'];

const MIN_LETTERS = 3;
const MAX_DIGITS = 3;

/**
 * The word `word` (normalised lower-case Latin: letters a-z and digits) with its Arabizi digits
 * written as letters, or undefined when it holds no digit or does not read as Arabizi (above).
 */
export function arabiziReading(word: string): string | undefined {
  let digits = 0;
  let letters = 0;
  let vowel = false;
  let previousDigit = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (previousDigit || DIGIT_LETTERS[c - 48] === undefined) return undefined;
      digits++;
      previousDigit = true;
      continue;
    }
    previousDigit = false;
    if (c < 97 || c > 122) return undefined;
    letters++;
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121) vowel = true;
  }
  if (digits === 0 || digits > MAX_DIGITS || letters < MIN_LETTERS || !vowel) return undefined;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    out += c >= 48 && c <= 57 ? (DIGIT_LETTERS[c - 48] as string) : word.charAt(i);
  }
  return out;
}
