/**
 * Folding free text for keyword rules, in the languages the sources use (English, French, Arabic,
 * Turkish, ...): lower case, Latin accents removed, Turkish dotless i folded, Arabic vowel marks
 * and tatweel removed, alef forms unified, ta marbuta as ha and alef maqsura as ya, so "فديةٌ",
 * "الفدية" and "فديه" all contain "فديه", and "Rançon" equals "rancon".
 */
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g;

const PLAIN = /^[a-z0-9 ]*$/;

export function foldText(s: string): string {
  // Fast path: lower-case ASCII letters, digits and spaces are already folded.
  if (PLAIN.test(s)) return s.trim().replace(/ {2,}/g, ' ');
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
  const out: string[] = [];
  for (const k of keywords) {
    const f = foldedKeyword(k);
    if (f === '') continue;
    const found = ARABIC.test(f) ? padded.includes(f) : padded.includes(` ${f}`);
    if (found && !out.includes(k)) out.push(k);
  }
  return out;
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
