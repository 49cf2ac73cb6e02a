/**
 * A coarse, script-independent key per name word, used ONLY by the builders to decide whether a
 * generated name is too close to a listed one (clean-check.ts) and to tell related from unrelated
 * aliases. It is deliberately coarser than anything the engine should need: folding more makes the
 * negatives cleaner (a negative dropped by mistake costs nothing; a listed name kept as a "clean"
 * negative would make the false-alert figure lie).
 *
 * Steps: any script -> rough lower-case Latin; fold the transliteration families (kh/h, q/k/g/c,
 * dh/z/d, th/t, sh/ch/s, j/dj/zh, w/v, ph/f, p/b); drop vowels; collapse doubled letters. Words
 * whose key would be a single letter keep their vowels, so "Ali" and "Ola" do not collide.
 */
import { romanise } from './cyrillic.js';

const ARABIC: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ب: 'b', ت: 't', ث: 't', ج: 'j', ح: 'h', خ: 'h', د: 'd', ذ: 'd', ر: 'r', ز: 'z', س: 's',
  ش: 's', ص: 's', ض: 'd', ط: 't', ظ: 'd', ع: '', غ: 'g', ف: 'f', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: '', و: 'w',
  ي: 'y', ى: '', ئ: '', ؤ: '', ء: '', پ: 'p', چ: 'ch', ژ: 'j', گ: 'g', ی: 'y', ک: 'k', ځ: 'z', ړ: 'r', ټ: 't', ډ: 'd', ښ: 's',
  ڼ: 'n', ۍ: 'y', ې: 'y',
};

function arabicToLatin(word: string): string {
  let out = '';
  let i = 0;
  for (const ch of word) {
    const m = ARABIC[ch];
    // و and ي are consonants (w, y) at the start of a word and usually long vowels elsewhere.
    if ((ch === 'و' || ch === 'ي' || ch === 'ی') && i > 0) out += 'u';
    else if (m !== undefined) out += m;
    i++;
  }
  return out;
}

const UKRAINIAN_EXTRA: Record<string, string> = { і: 'и', ї: 'и', є: 'е', ґ: 'г' };

/** Rough lower-case Latin for one word in any of the three scripts. */
export function roughLatin(word: string): string {
  if (/[\u0600-\u06ff]/.test(word)) {
    const noMarks = word.replace(/[\u064b-\u065f\u0670\u0640]/g, '');
    const bare = noMarks.startsWith('ال') && noMarks.length > 3 ? noMarks.slice(2) : noMarks;
    return arabicToLatin(bare);
  }
  if (/[\u0400-\u04ff]/.test(word)) {
    const ru = word.toLowerCase().replace(/[іїєґ]/g, (c) => UKRAINIAN_EXTRA[c] ?? c);
    return romanise(ru, 'bgn').toLowerCase();
  }
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const FOLDS: readonly [RegExp, string][] = [
  [/tch|tsch|sch|sh|ch|zh/g, 's'],
  [/kh|gh/g, 'h'],
  [/dh|th/g, 'd'],
  [/dj|dzh/g, 'j'],
  [/ph/g, 'f'],
  [/ts/g, 's'],
  [/[qcg]/g, 'k'],
  [/z/g, 's'],
  [/t/g, 'd'],
  [/w/g, 'v'],
  [/p/g, 'b'],
  [/x/g, 'ks'],
];

export function skeleton(word: string): string {
  let w = roughLatin(word).replace(/[^a-z]/g, '');
  if (w === '') return '';
  for (const [re, to] of FOLDS) w = w.replace(re, to);
  const consonants = w.replace(/[aeiouyj]/g, '').replace(/(.)\1+/g, '$1');
  if (consonants.length >= 2) return consonants;
  return w.replace(/[eiy]/g, 'i').replace(/[ou]/g, 'u').replace(/(.)\1+/g, '$1');
}

/** Words that carry no identity for the closeness check: articles, nasab particles, legal forms. */
const IGNORED = new Set([
  'al', 'el', 'ul', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'bin', 'ibn', 'bint', 'ben', 'binti', 'ould', 'wuld', 'de', 'van',
  'von', 'der', 'den', 'da', 'dos', 'la', 'le', 'du', 'di', 'del', 'bn', 'بن', 'بنت', 'аль', 'ибн', 'бен', 'бин',
  'llc', 'ltd', 'limited', 'co', 'company', 'gmbh', 'sarl', 'sa', 'fze', 'fzco', 'jsc', 'plc', 'inc', 'corp', 'bv', 'ag', 'spa',
  'sdn', 'bhd', 'llp', 'ооо', 'ао', 'зао', 'пао', 'оао', 'شركة', 'مؤسسة', 'ذمم', 'المحدودة', 'the', 'and', 'of',
]);

// "Abdi" is left out: in Somali it is a name of its own, not the first half of a compound.
const ABD = new Set(['abd', 'abdul', 'abdel', 'abdal', 'abdu', 'abdol', 'abdoul', 'عبد', 'абд', 'абдул', 'абдель']);

/** "Abdulrahman", "Abdurrahman", "Abdel Rahman" all to abd + "rahman"; "Abdullah"/"Abdallah" to abd + "lah". */
function foldAbd(word: string): string {
  // The article's l is always dropped; an assimilated one (ur-r, us-s) only when the letter is doubled.
  const m = /^abd(?:ou|u|e|a|o|i)?(?:l|([rsndzt])(?=\1))?(.{3,})$/.exec(word);
  return m ? `abd${m[2] as string}` : word;
}

/**
 * The distinct skeleton keys of a whole name. "al-X" prefixes and particles are dropped, and
 * "Abd al Rahman" is merged to one word so it meets "Abdulrahman".
 */
export function nameKeys(name: string): string[] {
  const raw = name
    .replace(/[«»"“”()[\].,;:/]/g, ' ')
    .split(/[\s-]+/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
  const words: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i] as string;
    const lower = w.toLowerCase().replace(/['’‘`ʿʾ]/g, '');
    if (ABD.has(lower) && i + 1 < raw.length) {
      let j = i + 1;
      while (j < raw.length && IGNORED.has((raw[j] as string).toLowerCase())) j++;
      if (j < raw.length) {
        words.push(`abd${roughLatin((raw[j] as string).toLowerCase())}`);
        i = j;
        continue;
      }
    }
    if (IGNORED.has(lower)) continue;
    words.push(foldAbd(roughLatin(lower)));
  }
  const keys = new Set<string>();
  for (const w of words) {
    const k = skeleton(w);
    if (k !== '') keys.add(k);
  }
  return [...keys];
}
