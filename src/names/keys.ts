/**
 * Folding and keys.
 *
 * 1. `phoneticFold` turns a romanised lower-case ASCII token into the "folded alphabet", one
 *    character per sound, so that transliteration families collapse or end up one cheap edit apart:
 *      vowels a e i o u;  plain consonants b d f g h j k l m n p q r s t w y z;
 *      S = sh/sch/ш/ش   C = ch/tch/tsch/ч   X = kh/х/خ   G = gh/غ   D = dh/ذ/ظ   T = th/ث
 *      J = zh/ж   c = ts/tz/ц
 *    ou/oo -> u, ee -> i, ei/ey/ay -> ai, v -> w, ph -> f, ck -> k, c -> k or s, x -> ks, doubled letters
 *    single. y is a consonant before a vowel at the start of a word or between vowels, else a vowel i.
 * 2. `skeleton` keeps one class per consonant and drops vowels and semivowels, so that
 *    Usama/Osama/Ousama, Zawahiri/Dhawahiri/Zawahry, Qaddafi/Gaddafi/Kadhafi, Khalid/Halid,
 *    Mohammed/Muhammad/Mohamad have one skeleton each. No first-letter gate anywhere: the first letter
 *    is folded like every other letter.
 * 3. `phoneticKey` is a coarser class string (t/d, k/h, b/f, j/y merged, w dropped) for recall across
 *    families the skeleton keeps apart (Yusuf/Jusuf, Ahmed/Ahmet, Daoud/Dawood).
 * 4. `deletionKeys`: every skeleton with one consonant removed, so one consonant typo, insertion or
 *    loss still shares a key (a deletion neighbourhood, as in SymSpell).
 */

const VOWEL = new Uint8Array(128);
for (const v of 'aeiou') VOWEL[v.charCodeAt(0)] = 1;

export function isFoldedVowel(code: number): boolean {
  return code < 128 && VOWEL[code] === 1;
}

/** Multi-letter spellings, longest first at each position. */
const DIGRAPHS: [string, string][] = [
  ['schtsch', 'S'], ['shtch', 'S'], ['chtch', 'S'], ['shch', 'S'], ['tsch', 'C'], ['dsch', 'j'], ['sch', 'S'],
  ['tch', 'C'], ['dzh', 'j'], ['dj', 'j'], ['sh', 'S'], ['ch', 'C'], ['kh', 'X'], ['gh', 'G'], ['dh', 'D'],
  ['th', 'T'], ['zh', 'J'], ['ph', 'f'], ['ck', 'k'], ['ts', 'c'], ['tz', 'c'], ['ou', 'u'], ['oo', 'u'], ['ee', 'i'],
];

/**
 * Digraphs by the code of their first letter, longest first, each with the code of the letter it
 * folds to, so each position tries only its own few.
 */
const DIGRAPHS_BY_FIRST: ([string, number][] | undefined)[] = [];
for (const [from, to] of DIGRAPHS) (DIGRAPHS_BY_FIRST[from.charCodeAt(0)] ??= []).push([from, to.charCodeAt(0)]);

const CODE_A = 97;
const CODE_E = 101;
const CODE_I = 105;
const CODE_O = 111;
const CODE_U = 117;
const CODE_Y = 121;
/** a e i o u y: a vowel for the y and i rules below (y counts, unlike in isFoldedVowel). */
const isVowelCode = (c: number): boolean => c === CODE_A || c === CODE_E || c === CODE_I || c === CODE_O || c === CODE_U || c === CODE_Y;

/** phoneticFold's working buffer of folded code units (two at most per input unit: x -> ks). */
let foldScratch = new Uint16Array(64);

/**
 * Folds a lower-case romanised token (a-z, digits) into the folded alphabet described above.
 * Deterministic. Works on UTF-16 code units (anything outside a-z passes through unit by unit), into
 * a reused buffer, and writes the one output string at the end.
 */
export function phoneticFold(token: string): string {
  const n = token.length;
  if (foldScratch.length < 2 * n) foldScratch = new Uint16Array(4 * n);
  const out = foldScratch;
  let m = 0;
  let i = 0;
  outer: while (i < n) {
    const c = token.charCodeAt(i);
    const candidates = c < 128 ? DIGRAPHS_BY_FIRST[c] : undefined;
    if (candidates !== undefined) for (const [from, to] of candidates) {
      if (token.startsWith(from, i)) {
        out[m++] = to;
        i += from.length;
        continue outer;
      }
    }
    const next = i + 1 < n ? token.charCodeAt(i + 1) : -1;
    let folded = c;
    switch (c) {
      case 118: // v
      case 119: // w
        folded = 119;
        break;
      case 99: // c
        folded = next === CODE_E || next === CODE_I || next === CODE_Y ? 115 : 107;
        break;
      case 120: // x
        out[m++] = 107;
        folded = 115;
        break;
      case CODE_Y: {
        const atStart = m === 0;
        const prevVowel = !atStart && isVowelCode(out[m - 1] as number);
        folded = (atStart || prevVowel) && isVowelCode(next) && next !== CODE_Y ? CODE_Y : CODE_I;
        break;
      }
      case CODE_I: {
        // i before another vowel after a consonant is a glide: Zakaria = Zakarya, Maria = Marya.
        const glide = m > 0 && !isVowelCode(out[m - 1] as number) && (next === CODE_A || next === CODE_O || next === CODE_U);
        folded = glide ? CODE_Y : CODE_I;
        break;
      }
    }
    out[m++] = folded;
    i++;
  }
  // ei / ey / ay (now e+i, a+i) -> ai: Hussein = Husain = Husayn, Sergei = Sergey.
  for (let k = 0; k + 1 < m; k++) {
    if (out[k] === CODE_E && out[k + 1] === CODE_I) out[k] = CODE_A;
  }
  // Doubled letters (shadda, Geminates, "Hussein"/"Husein") count once.
  let s = '';
  let last = -1;
  for (let k = 0; k < m; k++) {
    const ch = out[k] as number;
    if (ch !== last) s += String.fromCharCode(ch);
    last = ch;
  }
  return s;
}

/** Skeleton class of each folded character; '' = dropped (vowels, medial semivowels). */
const SKELETON_CLASS: Record<string, string> = {
  b: 'B', p: 'B', f: 'F', w: 'W', y: 'Y', j: 'J', J: 'J',
  t: 'T', T: 'T', d: 'D', D: 'D', z: 'D',
  s: 'S', c: 'S', S: 'x', C: 'x',
  k: 'K', q: 'K', g: 'K', G: 'K', h: 'H', X: 'H',
  l: 'L', m: 'M', n: 'N', r: 'R',
};

/**
 * SKELETON_CLASS by character code below 128, as the class's code; VOWEL_CLASS for the folded
 * vowels (dropped), NO_CLASS for everything else (kept as it is).
 */
const NO_CLASS = -1;
const VOWEL_CLASS = -2;
const CLASS_Y = 89;
const SKELETON_CODE = new Int32Array(128).fill(NO_CLASS);
for (const [ch, cls] of Object.entries(SKELETON_CLASS)) SKELETON_CODE[ch.charCodeAt(0)] = cls.charCodeAt(0);
for (let c = 0; c < 128; c++) if (isFoldedVowel(c)) SKELETON_CODE[c] = VOWEL_CLASS;

/**
 * Consonant skeleton of a folded token. Vowels go; y goes except at the start of the word (it is
 * as often a vowel as a consonant); a final h goes (ta marbuta: Hamza/Hamzah, Allah/Alla); adjacent
 * equal classes merge.
 */
export function skeleton(folded: string): string {
  // The classes kept, in skeletonCodes (reused scratch), before the final h goes and equal
  // neighbours merge: written out in a loop over char codes, not by iterating and indexing a
  // string built by concatenation (which flattens it on every read; about 0.9% of a cold UN pass).
  const codes = skeletonCodes;
  let n = 0;
  let last = -1;
  for (let i = 0; i < folded.length; i++) {
    const ch = folded.charCodeAt(i);
    let cls = ch < 128 ? (SKELETON_CODE[ch] as number) : NO_CLASS;
    if (cls === VOWEL_CLASS) {
      last = -1;
      continue;
    }
    // Digits and anything unexpected stay as they are.
    if (cls === NO_CLASS) {
      // A surrogate: the merge below read code points (surrogateSkeleton).
      if (ch >= 0xd800 && ch <= 0xdfff) return surrogateSkeleton(folded);
      cls = ch;
    }
    if (cls === CLASS_Y && i > 0) continue;
    if (cls === last) continue;
    codes[n++] = cls;
    last = cls;
  }
  if (n > 1 && codes[n - 1] === CLASS_H) n--;
  // Equal classes separated only by vowels also merge (Baghdadi's d-d), the same on both sides.
  let merged = '';
  let previous = -1;
  for (let i = 0; i < n; i++) {
    const c = codes[i] as number;
    if (c === previous) continue;
    merged += String.fromCharCode(c);
    previous = c;
  }
  return merged;
}

/** skeleton's scratch: the classes of one token (grown by a longer token). */
const skeletonCodes: number[] = [];
const CLASS_H = 72;

/**
 * skeleton() of a folded token holding a UTF-16 surrogate, as written before session 15: its merge
 * of equal neighbours iterates code points, so a lone high surrogate, a vowel, then a pair starting
 * with the same unit stay apart (a merge over char codes would join them).
 */
function surrogateSkeleton(folded: string): string {
  let s = '';
  let last = -1;
  for (let i = 0; i < folded.length; i++) {
    const ch = folded.charCodeAt(i);
    let cls = ch < 128 ? (SKELETON_CODE[ch] as number) : NO_CLASS;
    if (cls === VOWEL_CLASS) {
      last = -1;
      continue;
    }
    if (cls === NO_CLASS) cls = ch;
    if (cls === CLASS_Y && i > 0) continue;
    if (cls === last) continue;
    s += String.fromCharCode(cls);
    last = cls;
  }
  if (s.length > 1 && s.endsWith('H')) s = s.slice(0, -1);
  let merged = '';
  for (const ch of s) if (merged[merged.length - 1] !== ch) merged += ch;
  return merged;
}

/** Coarser classes for a second, more forgiving key. */
const PHONETIC_CLASS: Record<string, string> = {
  B: 'B', F: 'B', W: '', Y: 'J', J: 'J', T: 'T', D: 'T', S: 'S', x: 'S', K: 'K', H: 'K', L: 'L', M: 'M', N: 'N', R: 'R',
};

export function phoneticKey(skel: string): string {
  let s = '';
  for (const ch of skel) {
    const cls = PHONETIC_CLASS[ch] ?? ch;
    if (cls !== '' && s[s.length - 1] !== cls) s += cls;
  }
  return s;
}

/**
 * Every string obtained by deleting one character (deduplicated, in a stable order). A deletion
 * that leaves two equal classes side by side merges them, as skeleton() does for equal classes
 * separated only by vowels: Mohammad (MHMD) less its H is MD, the skeleton of the typo Moyammad.
 */
export function deletionKeys(skel: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < skel.length; i++) {
    const k = skel.slice(0, i) + skel.slice(i + deletedAt(skel, i));
    if (!keys.includes(k)) keys.push(k);
  }
  return keys;
}

/**
 * How many characters deletion key i of `skel` drops from position i (deletionKeys): 2 where the
 * neighbours then meet as equal classes (the second of them merges into the first), else 1.
 */
export function deletedAt(skel: string, i: number): 1 | 2 {
  return i > 0 && i + 1 < skel.length && skel.charCodeAt(i - 1) === skel.charCodeAt(i + 1) ? 2 : 1;
}

/**
 * 5. `spellingSkeleton`: the consonant letters of the token as written (lower-case romanised
 *    ASCII, a e i o u y dropped, doubled letters once), before any folding. The fold reads letter
 *    pairs (c+h, s+h, k+h) and splits x into two consonants, so a one-letter typo next to such a
 *    letter changes the folded skeleton in two places and reaches no skeleton key: Innocrent (fold
 *    inokrent, skeleton NKRNT) against Innocent (inosent, NSNT), Cbun (KBN) against Chun (xN),
 *    Mortexa (MRTKS) against Morteza (MRTD). On the written letters the same typo is one edit:
 *    ncrnt / ncnt, cbn / chn, mrtx / mrtz, so the deletion neighbourhood of this skeleton meets.
 *    Only for tokens written in Latin or Cyrillic (the romanisation is the written spelling);
 *    Arabic script is folded letter by letter already.
 */
export function spellingSkeleton(latin: string): string {
  let s = '';
  for (let i = 0; i < latin.length; i++) {
    const ch = latin[i] as string;
    if (ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u' || ch === 'y') continue;
    if (s[s.length - 1] !== ch) s += ch;
  }
  return s;
}
