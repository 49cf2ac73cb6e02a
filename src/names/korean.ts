/**
 * Korean names written in Hangul, romanised the way the UN list writes the Democratic People's
 * Republic of Korea's people: McCune-Reischauer without its marks (ŏ and ŭ as o and u, no
 * apostrophes), an initial ㄹ as r (RI, RYU, RA), syllable by syllable ("HWANG SOK-HWA", "RI JE-SON",
 * "KIM TONG CHOL"). The list gives no Hangul, so this serves queries: a bank or shipper holding a
 * name in Hangul. any-ascii (the fallback for other scripts) romanises a word letter by letter in
 * the South's scheme and in one piece (황석화 "HwangSeogHwa", 리제선 "LiJeSeon"), which met
 * neither the list's syllables nor its spellings.
 *
 * A Hangul syllable (U+AC00 to U+D7A3) is computed from its three parts (Unicode's arithmetic:
 * (initial x 21 + medial) x 28 + final), so every syllable is covered without a table of them.
 */

/** Initial consonants in Unicode's order: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ. */
const INITIALS = ['k', 'kk', 'n', 't', 'tt', 'r', 'm', 'p', 'pp', 's', 'ss', '', 'ch', 'tch', 'ch', 'k', 't', 'p', 'h'];
/** Vowels: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ (ㅓ ŏ and ㅡ ŭ without their marks). */
const MEDIALS = ['a', 'ae', 'ya', 'yae', 'o', 'e', 'yo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'u', 'ui', 'i'];
/** Final consonants, none first: ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ, as heard at a syllable's end. */
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

const FIRST = 0xac00;
const LAST = 0xd7a3;

/** Whether every character of `word` is a Hangul syllable (and there is one). */
export function isHangulWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < FIRST || c > LAST) return false;
  }
  return true;
}

/** One Hangul syllable in Latin letters. */
export function romaniseHangulSyllable(syllable: string): string {
  const index = syllable.charCodeAt(0) - FIRST;
  const initial = Math.floor(index / (21 * 28));
  const medial = Math.floor(index / 28) % 21;
  const final = index % 28;
  return `${INITIALS[initial]}${MEDIALS[medial]}${FINALS[final]}`;
}

/**
 * A word longer than this many syllables is no personal name (a Korean family name and given name
 * together are two to four) but an organisation's, read as one word ("Changgwang"), not syllable by
 * syllable.
 */
const NAME_SYLLABLES = 4;

/**
 * The tokens a Hangul word is read as, each with the syllables it stands for: a personal name's
 * syllables one by one, as the list writes them apart or with hyphens (황석화: hwang, sok, hwa; the
 * listed HWANG SOK-HWA is read as those three words too), a longer word whole.
 */
export function romaniseHangulWord(word: string): { text: string; latin: string }[] {
  if (word.length > NAME_SYLLABLES) {
    let latin = '';
    for (let i = 0; i < word.length; i++) latin += romaniseHangulSyllable(word.charAt(i));
    return [{ text: word, latin }];
  }
  const out: { text: string; latin: string }[] = [];
  for (let i = 0; i < word.length; i++) out.push({ text: word.charAt(i), latin: romaniseHangulSyllable(word.charAt(i)) });
  return out;
}
