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

/**
 * One Korean syllable written in Latin letters, reduced to what every romanisation of it shares
 * (McCune-Reischauer as the UN writes it, the South's Revised Romanization, the spellings people use:
 * CHOL, CHUL, CHEOL; SONG, SUNG, SEONG; RI, LEE, YI, I), or undefined when the word is no single
 * syllable. Consonants by place (k/g, t/d, p/b, ch/j, s/sh; an initial r or l is dropped before i or
 * y and read n elsewhere, as the South writes 리 I, 라 Na), vowels with ŏ/ŭ/o/u as one and ae/e as
 * one. Two syllables with different keys are different syllables: Choe is not Chae, Kil not Il,
 * whatever a letter-by-letter distance says.
 */
export function koreanSyllableKey(word: string): string | undefined {
  const spelled = SPELLED[word];
  if (spelled !== undefined) return spelled;
  const m = SYLLABLE.exec(word);
  if (m === null) return undefined;
  const [, initial = '', vowel = '', final = ''] = m;
  const v = VOWEL_KEY[vowel] as string;
  let i = INITIAL_KEY[initial] as string;
  if (initial === 'r' || initial === 'l') i = v.startsWith('i') || v.startsWith('y') ? '' : 'n';
  return `${i}${v}${FINAL_KEY[final] as string}`;
}

/** Family names spelt outside any scheme (Lee, Park, Choi, Rhee), by their syllable's key. */
const SPELLED: Record<string, string> = { lee: 'i', rhee: 'i', yi: 'i', park: 'pak', choi: 'cwe' };
const SYLLABLE = /^(kk|tt|pp|ss|tch|ch|ts|sh|k|g|n|t|d|r|l|m|p|b|s|j|h)?(yae|yeo|wae|ae|ya|eo|ye|yo|wa|oe|oi|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)(ng|k|g|n|t|d|l|r|m|p|b)?$/;
const INITIAL_KEY: Record<string, string> = {
  '': '', kk: 'k', k: 'k', g: 'k', tt: 't', t: 't', d: 't', pp: 'p', p: 'p', b: 'p', ss: 's', s: 's', sh: 's',
  tch: 'c', ch: 'c', ts: 'c', j: 'c', n: 'n', m: 'm', h: 'h', r: 'n', l: 'n',
};
const VOWEL_KEY: Record<string, string> = {
  a: 'a', ya: 'ya', wa: 'wa', ae: 'e', e: 'e', yae: 'ye', ye: 'ye', o: 'o', u: 'o', eo: 'o', eu: 'o', oo: 'o',
  yo: 'yo', yu: 'yo', yeo: 'yo', oe: 'we', oi: 'we', we: 'we', wae: 'we', wo: 'wo', wi: 'wi', ui: 'ui', i: 'i', ee: 'i',
};
const FINAL_KEY: Record<string, string> = { '': '', k: 'k', g: 'k', t: 't', d: 't', p: 'p', b: 'p', l: 'l', r: 'l', n: 'n', m: 'm', ng: 'ng' };

/**
 * The keys koreanSyllablesDiffer compares, one per word, of a name whose every word is one Korean
 * syllable (two to four of them: a family name and a given name): each syllable key's opening. Undefined
 * for any other name. Words too short to say anything ("o", "u" are syllables, but so is every
 * initial) still count as syllables.
 */
export function koreanNameKeys(words: readonly string[]): string[] | undefined {
  if (words.length < 2 || words.length > 4) return undefined;
  const keys: string[] = [];
  for (const w of words) {
    const k = koreanSyllableKey(w);
    if (k === undefined) return undefined;
    keys.push(opening(k));
  }
  return keys;
}

/**
 * Whether two Korean names (their koreanNameKeys) each hold a syllable the other lacks: then they are
 * two names, not one written two ways, whatever their other syllables share (Pang Sung Nam and Jang
 * Sung Nam; Kim Chol Su and Kim Chol Nam). A name whose syllables are all in the other's (a given
 * name left out) is not.
 */
export function koreanSyllablesDiffer(a: readonly string[], b: readonly string[]): boolean {
  const left = [...b];
  let aLeft = 0;
  for (const k of a) {
    const at = left.indexOf(k);
    if (at >= 0) left.splice(at, 1);
    else aLeft++;
  }
  return aLeft > 0 && left.length > 0;
}

/**
 * A syllable key's consonant and vowel, its final left out: a final is where a typing slip most
 * often falls (KWAN-IL for KWANG-IL, CHAG-HO for CHANG-HO), while two names differ mostly in a
 * syllable's opening (Choe, Chae; Kil, Il; Pang, Jang), so only the opening tells two names apart.
 */
function opening(key: string): string {
  return key.replace(/(ng|[ktplnm])$/, '');
}
