import { ABD_AMBIGUOUS, ABD_PREFIXES, ARTICLES, KUNYA, KUNYA_WITH_ARTICLE, NASAB, SUN_ARTICLES, TITLES } from '../names/arabic.js';

/** What separates alternatives: a semicolon, or a slash with white space on both sides. */
const ALTERNATIVES = /;|\s\/\s/;

/** S / O, D / O with the slash spaced, a word of their own (nameVariants closes them up). */
const SPACED_RELATION = /(^|[^\p{L}\p{N}])([sd])\s+\/\s+(o)(?![\p{L}\p{N}])/giu;

/**
 * Names as lists write them sometimes pack alternatives: "أبو بكر البغدادي (Abu Bakr al-Baghdadi;
 * Abu Bakr al-Husayni)" or "X; Y", and since 1.33.0 "X / Y" with the slash spaced (AL-ITIHAAD
 * AL-ISLAMIYA / AIAI, HARAKAT UL-MUJAHIDIN / HUM: a name and its acronym, or two names of one
 * body). Each alternative is matched as a name of its own. A slash between two words without
 * spaces (Movement/Army, J/V) joins alternatives of one word and is left to the analysis.
 */
export function nameVariants(full: string): string[] {
  // Most names pack nothing: one variant, the name itself (no regular expression, no closures).
  if (!full.includes('(') && !full.includes(';') && !full.includes('/')) {
    const t = full.trim();
    return t === '' ? [] : [t];
  }
  const out: string[] = [];
  const add = (s: string): void => {
    const t = s.trim();
    if (t !== '' && !out.includes(t)) out.push(t);
  };
  const inner: string[] = [];
  // S / O and D / O spaced are "son of" and "daughter of" inside one name (names/normalise.ts
  // RELATION_ABBREVIATION), not two alternatives: their slash is closed up first.
  const outer = full.replace(SPACED_RELATION, '$1$2/$3').replace(/\(([^()]*)\)/g, (_, g: string) => {
    inner.push(g);
    return ' ';
  });
  for (const part of outer.split(ALTERNATIVES)) add(part);
  for (const g of inner) for (const part of g.split(ALTERNATIVES)) add(part);
  if (out.length === 0) add(full);
  return out;
}

/**
 * A listed name with its hyphenated words written as one (since 1.14.0), or undefined when it has
 * none: KIM KWANG-IL -> KIM KWANGIL, FEREIDOUN ABBASI-DAVANI -> FEREIDOUN ABBASIDAVANI, ISLAM
 * SEIT-UMAROVICH ATABIEV -> ISLAM SEITUMAROVICH ATABIEV. The analysis reads a hyphen as a space, so
 * the hyphenated words are tokens of their own; a writer who runs the whole name together
 * (KIMKWANGIL) then merges three listed tokens into one, and the scorer merges one query token into
 * two at most (score.ts tokenCuts). The joined reading is kept as another name of the party
 * (prepared-list.ts), against which such a spelling is an ordinary merge of two, "Kim Kwangil" an
 * exact match, and Islam Atabiev a name short of one middle name, not two.
 *
 * A hyphen next to the article, a kunya, nasab or Abd particle, a title or a single letter is left
 * alone (AL-TIKRITI, ABD-AL-LATIF, Abu-Shuayb): the analysis already reads those words by their
 * role, and joined they would read otherwise (ALSHAKLAR is a name beginning with A, where
 * AL-SHAKLAR is Shaklar with the article: a query "A. Salim" met the joined reading by its
 * initial). The one exception is the article between two names, hyphenated on both sides
 * (SAIF-AL-DIN -> SAIFALDIN): the compound written as one name (Saifaldin), its initial its own.
 *
 * The letter after a joined hyphen is put in lower case after a small letter, as the analysis splits
 * a word at a capital that follows a small letter (Myong-Jin would otherwise be cut again at the J);
 * after a capital it is left as it is (KWANG-IL: KWANGIL, not KWANGiL, which that rule would cut at
 * the L).
 */
export function hyphenJoined(name: string): string | undefined {
  if (!HAS_HYPHEN.test(name)) return undefined;
  // The name as words and what lies between them, in order.
  const parts = name.split(WORDS);
  // split with a capturing group: parts[odd] are the words, parts[even] the text around them.
  let joined = false;
  for (let k = 2; k + 1 < parts.length; k += 2) {
    const left = parts[k - 1] as string;
    if (!HYPHEN_ONLY.test(parts[k] as string) || !joinable(left)) continue;
    // A name, the article and a name (SAIF-AL-DIN, Nur-al-Din): one compound name, joined whole.
    const through = isArticle(parts[k + 1] as string) && k + 3 < parts.length && HYPHEN_ONLY.test(parts[k + 2] as string) ? k + 2 : k;
    const right = parts[through + 1] as string;
    if (!joinable(right)) continue;
    for (let at = k; at <= through; at += 2) parts[at] = '';
    const before = parts[through - 1] as string;
    if (endsInSmallLetter(before)) parts[through + 1] = right.charAt(0).toLowerCase() + right.slice(1);
    joined = true;
    k = through;
  }
  return joined ? parts.join('') : undefined;
}

const HAS_HYPHEN = /[-\u2010\u2011]/;
/** A word: a run of letters and apostrophes. */
const WORDS = /([\p{L}'’]+)/u;
/** What lies between two words is one hyphen (hyphen-minus, hyphen, non-breaking hyphen) and nothing else. */
const HYPHEN_ONLY = /^[-\u2010\u2011]$/;

/** Whether the word's last letter is a small one (a letter without case counts as none). */
function endsInSmallLetter(word: string): boolean {
  const last = word.charAt(word.length - 1);
  return last !== last.toUpperCase();
}

/** The article standing as a word of its own (al, el, ul; ad, ar, as ... before a sun letter). */
function isArticle(word: string): boolean {
  const w = word.toLowerCase();
  return ARTICLES.has(w) || w in SUN_ARTICLES;
}

/** Whether a word may be joined to its hyphenated neighbour: two letters or more, and no particle of the name's structure. */
function joinable(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]/g, '');
  if (w.length < 2) return false;
  return !(isArticle(w) || KUNYA.has(w) || KUNYA_WITH_ARTICLE.has(w) || NASAB.has(w) || ABD_PREFIXES.has(w) || ABD_AMBIGUOUS.has(w) || TITLES.has(w));
}
