/**
 * Folding free text for keyword rules, in the languages the sources use (English, French, Arabic,
 * Turkish, ...): lower case, Latin accents removed, Turkish dotless i folded, Arabic vowel marks
 * and tatweel removed, alef forms unified, ta marbuta as ha and alef maqsura as ya, so "فديةٌ",
 * "الفدية" and "فديه" all contain "فديه", and "Rançon" equals "rancon".
 */
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g;

const ASCII = /^[\x00-\x7f]*$/;
const NOT_ASCII_WORD = /[^a-z0-9]+/g;

/**
 * foldText and geo.ts foldPlaceText of an ASCII string: for ASCII, NFKD changes nothing, there are
 * no combining or Arabic marks, the only letters are A-Z and a-z and the only digits 0-9
 * (\p{L}, \p{N}), so folding is lower-casing and turning every other run into one space. Most
 * remittance lines ("INVOICE 512345 CEMENT") and town names are ASCII; the general path (a
 * normalisation and seven regular-expression passes) was a few per cent of a worker's CPU.
 */
export function foldAscii(s: string): string | undefined {
  return ASCII.test(s) ? s.toLowerCase().replace(NOT_ASCII_WORD, ' ').trim() : undefined;
}

export function foldText(s: string): string {
  return foldAscii(s) ?? foldRemembered(s);
}

/**
 * foldAnyText, remembered per text: non-ASCII remittance texts repeat ("مساعدة عائلية", "maaş"),
 * and the general path is a normalisation and seven regular-expression passes. The answer depends
 * on the text alone; the memory is emptied when it reaches its bound.
 */
const foldedTexts = new Map<string, string>();
const FOLDED_TEXTS_MAX = 20_000;

function foldRemembered(s: string): string {
  let f = foldedTexts.get(s);
  if (f === undefined) {
    f = foldAnyText(s);
    if (foldedTexts.size >= FOLDED_TEXTS_MAX) foldedTexts.clear();
    foldedTexts.set(s, f);
  }
  return f;
}

/** foldText's general path (exported for the test that checks foldAscii against it). */
export function foldAnyText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(ARABIC_MARKS, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const ARABIC = /[\u0600-\u06ff]/;

/**
 * Keywords found in folded text. Latin-script keywords match at the start of a word ("otage" finds
 * "otages", not "potage"); Arabic keywords anywhere in a word, since Arabic attaches the article
 * and conjunctions to the word ("والفدية" = "and the ransom").
 */
export function keywordHits(foldedText: string, keywords: readonly string[]): string[] {
  if (foldedText === '') return [];
  const padded = ` ${foldedText}`;
  let out: string[] | undefined;
  for (const { keyword, needle } of needlesOf(keywords)) {
    if (padded.includes(needle) && !out?.includes(keyword)) (out ??= []).push(keyword);
  }
  return out ?? [];
}

/**
 * Per keyword list (the same array object on every event: a rule's parameter), what to look for:
 * the folded keyword, with a leading space for a Latin one (start of a word). Built once per list
 * instead of a fold lookup, a script test and a string built per keyword per event. Remembered
 * with a copy of the list, and used only while the list still holds the same keywords (an array
 * edited in place gets new needles).
 */
interface Needles {
  keywords: string[];
  list: { keyword: string; needle: string }[];
}
const needles = new WeakMap<readonly string[], Needles>();

function sameKeywords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function needlesOf(keywords: readonly string[]): { keyword: string; needle: string }[] {
  const known = needles.get(keywords);
  if (known !== undefined && sameKeywords(known.keywords, keywords)) return known.list;
  const list: { keyword: string; needle: string }[] = [];
  for (const k of keywords) {
    const f = foldedKeyword(k);
    if (f !== '') list.push({ keyword: k, needle: ARABIC.test(f) ? f : ` ${f}` });
  }
  needles.set(keywords, { keywords: [...keywords], list });
  return list;
}

/** Keyword lists come from configuration and repeat on every event: fold each once. */
const folded = new Map<string, string>();
function foldedKeyword(k: string): string {
  let f = folded.get(k);
  if (f === undefined) {
    f = foldText(k);
    if (folded.size < 10_000) folded.set(k, f);
  }
  return f;
}
