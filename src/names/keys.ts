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

const isVowelChar = (c: string | undefined): boolean => c !== undefined && (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y');

/** Multi-letter spellings, longest first at each position. */
const DIGRAPHS: [string, string][] = [
  ['schtsch', 'S'], ['shtch', 'S'], ['chtch', 'S'], ['shch', 'S'], ['tsch', 'C'], ['dsch', 'j'], ['sch', 'S'],
  ['tch', 'C'], ['dzh', 'j'], ['dj', 'j'], ['sh', 'S'], ['ch', 'C'], ['kh', 'X'], ['gh', 'G'], ['dh', 'D'],
  ['th', 'T'], ['zh', 'J'], ['ph', 'f'], ['ck', 'k'], ['ts', 'c'], ['tz', 'c'], ['ou', 'u'], ['oo', 'u'], ['ee', 'i'],
];

/** Digraphs grouped by first letter, longest first, so each position tries only its own few. */
const DIGRAPHS_BY_FIRST = new Map<string, [string, string][]>();
for (const d of DIGRAPHS) {
  const list = DIGRAPHS_BY_FIRST.get(d[0][0] as string) ?? [];
  list.push(d);
  DIGRAPHS_BY_FIRST.set(d[0][0] as string, list);
}

/**
 * Folds a lower-case romanised token (a-z, digits) into the folded alphabet described above.
 * Deterministic, allocation-light (one output string).
 */
export function phoneticFold(token: string): string {
  const out: string[] = [];
  const n = token.length;
  let i = 0;
  outer: while (i < n) {
    const c = token[i] as string;
    const candidates = DIGRAPHS_BY_FIRST.get(c);
    if (candidates) for (const [from, to] of candidates) {
      if (token.startsWith(from, i)) {
        out.push(to);
        i += from.length;
        continue outer;
      }
    }
    const next = token[i + 1];
    switch (c) {
      case 'v':
      case 'w':
        out.push('w');
        break;
      case 'c':
        out.push(next === 'e' || next === 'i' || next === 'y' ? 's' : 'k');
        break;
      case 'x':
        out.push('k', 's');
        break;
      case 'y': {
        const prev = out.length === 0 ? undefined : out[out.length - 1];
        const atStart = out.length === 0;
        const prevVowel = prev !== undefined && isVowelChar(prev);
        out.push((atStart || prevVowel) && isVowelChar(next) && next !== 'y' ? 'y' : 'i');
        break;
      }
      case 'i': {
        // i before another vowel after a consonant is a glide: Zakaria = Zakarya, Maria = Marya.
        const prev = out.length === 0 ? undefined : out[out.length - 1];
        const glide = prev !== undefined && !isVowelChar(prev) && (next === 'a' || next === 'o' || next === 'u');
        out.push(glide ? 'y' : 'i');
        break;
      }
      default:
        out.push(c);
    }
    i++;
  }
  // ei / ey / ay (now e+i, a+i) -> ai: Hussein = Husain = Husayn, Sergei = Sergey.
  for (let k = 0; k + 1 < out.length; k++) {
    if (out[k] === 'e' && out[k + 1] === 'i') out[k] = 'a';
  }
  // Doubled letters (shadda, Geminates, "Hussein"/"Husein") count once.
  let s = '';
  let last = '';
  for (const ch of out) {
    if (ch !== last) s += ch;
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
 * Consonant skeleton of a folded token. Vowels go; y goes except at the start of the word (it is
 * as often a vowel as a consonant); a final h goes (ta marbuta: Hamza/Hamzah, Allah/Alla); adjacent
 * equal classes merge.
 */
export function skeleton(folded: string): string {
  let s = '';
  let last = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] as string;
    let cls = SKELETON_CLASS[ch];
    if (cls === undefined) {
      // Vowels drop; digits and anything unexpected stay as they are.
      if (isFoldedVowel(ch.charCodeAt(0))) {
        last = '';
        continue;
      }
      cls = ch;
    }
    if (cls === 'Y' && i > 0) continue;
    if (cls === last) continue;
    s += cls;
    last = cls;
  }
  if (s.length > 1 && s.endsWith('H')) s = s.slice(0, -1);
  // Equal classes separated only by vowels also merge (Baghdadi's d-d), the same on both sides.
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
    const k = i > 0 && i + 1 < skel.length && skel[i - 1] === skel[i + 1] ? skel.slice(0, i) + skel.slice(i + 2) : skel.slice(0, i) + skel.slice(i + 1);
    if (!keys.includes(k)) keys.push(k);
  }
  return keys;
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
