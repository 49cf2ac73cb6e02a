/**
 * Name analysis: from a whole name as written to the tokens the matcher compares, each with its
 * script, romanised and folded forms, and its role in the name. Run once per listed name at index
 * build time and once per query name.
 */
import anyAscii from 'any-ascii';
import {
  ABD_AMBIGUOUS,
  ABD_PREFIXES,
  ARTICLES,
  DIVINE_NAMES,
  KUNYA,
  KUNYA_WITH_ARTICLE,
  NASAB,
  SUN_ARTICLES,
  TITLES,
  abdCompound,
  abdCompoundName,
  attachedArticleStem,
  foldArabicToken,
  romaniseArabicToken,
  splitArabicArticle,
} from './arabic.js';
import { romaniseCyrillicToken } from './cyrillic.js';
import { phoneticFold } from './keys.js';
import { normaliseText, splitTokens } from './normalise.js';
import { translatedOrgWord } from './org-words.js';
import { detectScript, type Script } from './script.js';

/**
 * What a token is in the name:
 * - name: an ordinary name token;
 * - nisba: a name token that carried the article (al-Baghdadi, as-Samarrai): a family name, nisba or laqab;
 * - abd: an Abd + divine name compound merged into one token (Abd al-Rahman = Abdulrahman);
 * - kunya: Abu / Umm; nasab: bin / ibn / bint / ould: particles, kept with little weight;
 * - initial: a single Latin letter standing for a name.
 */
export type TokenRole = 'name' | 'nisba' | 'abd' | 'kunya' | 'nasab' | 'initial';

export interface NameToken {
  /** The token as it appears after normalisation (original script), for explanations. */
  text: string;
  script: Script;
  role: TokenRole;
  /** Romanised lower-case ASCII. */
  latin: string;
  /** Folded form (keys.ts phoneticFold; arabic.ts foldArabicToken for Arabic script). */
  folded: string;
  /** A second folded form where the token may carry a glued article: "alrawi" -> "rawi". */
  alt?: string;
  /** True when short vowels are missing because the token was written in Arabic script. */
  abjad: boolean;
}

export interface AnalysedName {
  /** The whole name after normalisation. */
  normalised: string;
  tokens: NameToken[];
  /** Titles and honorifics that were removed (Sheikh, Mullah, Dr ...). */
  titles: string[];
}

interface Draft {
  text: string;
  script: Script;
  latin: string;
  /** Folded form written directly from Arabic script (undefined: fold `latin`). */
  fold?: string | undefined;
  abjad: boolean;
  article: boolean;
  role?: TokenRole;
  drop?: boolean;
}

function romanise(raw: string, script: Script): { latin: string; fold?: string; abjad: boolean; article: boolean }[] {
  switch (script) {
    case 'arabic': {
      const { article, stem } = splitArabicArticle(raw);
      return [{ latin: romaniseArabicToken(stem), fold: foldArabicToken(stem), abjad: true, article }];
    }
    case 'cyrillic':
      return [{ latin: romaniseCyrillicToken(raw), abjad: false, article: false }];
    case 'latin':
    case 'digits':
      return [{ latin: raw, abjad: false, article: false }];
    default: {
      // Other scripts: any-ascii as the fallback; it may split a token into several words.
      const ascii = normaliseText(anyAscii(raw));
      return splitTokens(ascii).map((latin) => ({ latin, abjad: false, article: false }));
    }
  }
}

const isLatinWord = (s: string): boolean => /^[a-z0-9]+$/.test(s);

/** The word Allah in Arabic script, after normalisation (Urdu ہ is folded to ه). */
const ALLAH = 'الله';

/** Applies the Arabic name-structure rules to the draft tokens, in place. */
function applyStructure(drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    if (d.drop) continue;
    const next = drafts[i + 1];
    // Titles and honorifics are not names.
    if (TITLES.has(d.text) || TITLES.has(d.latin)) {
      d.drop = true;
      continue;
    }
    // A standalone article belongs to the next token. A lone "l" is an initial (L. Elan), except
    // after a kunya, where it is the elided article (Abu l-Fadl).
    const article = ARTICLES.has(d.latin) && (d.latin !== 'l' || drafts[i - 1]?.role === 'kunya');
    if (next && (article || (SUN_ARTICLES[d.latin] !== undefined && next.latin.startsWith(SUN_ARTICLES[d.latin] as string)))) {
      d.drop = true;
      next.article = true;
      continue;
    }
    if (next && KUNYA_WITH_ARTICLE.has(d.latin)) {
      d.latin = 'abu';
      d.role = 'kunya';
      next.article = true;
      continue;
    }
    // Abd + divine name written as two or three tokens: Abd al-Rahman, Abdel Rahman, عبد الرحمن.
    const isAbd = ABD_PREFIXES.has(d.latin) || ABD_PREFIXES.has(d.text);
    if (next && (isAbd || ABD_AMBIGUOUS.has(d.latin))) {
      let j = i + 1;
      let target = drafts[j];
      if (target && ARTICLES.has(target.latin) && drafts[j + 1]) {
        j++;
        target = drafts[j];
      } else if (target && SUN_ARTICLES[target.latin] !== undefined && drafts[j + 1]?.latin.startsWith(SUN_ARTICLES[target.latin] as string)) {
        j++;
        target = drafts[j];
      }
      if (target && (isAbd || DIVINE_NAMES.has(target.latin)) && !NASAB.has(target.latin) && !KUNYA.has(target.latin)) {
        d.latin = abdCompound(target.latin);
        d.fold = compoundFold(d.latin, target.fold);
        d.text = drafts.slice(i, j + 1).map((x) => x.text).join(' ');
        d.abjad = d.abjad || target.abjad;
        d.role = 'abd';
        for (let k = i + 1; k <= j; k++) (drafts[k] as Draft).drop = true;
        continue;
      }
    }
    // Abd + divine name written as one Arabic word: عبدالحليم, عبدالله, عبدالحی (read from the
    // Arabic letters: the Latin rule below would cut the romanisation "abdalhi" in the wrong place).
    const joined = d.script === 'arabic' ? arabicAbdCompound(d.text) : undefined;
    if (joined !== undefined) {
      d.latin = abdCompound(joined.latin);
      d.fold = compoundFold(d.latin, joined.fold);
      d.role = 'abd';
      continue;
    }
    const compound = d.script !== 'arabic' && isLatinWord(d.latin) ? abdCompoundName(d.latin) : undefined;
    if (compound !== undefined) {
      d.latin = abdCompound(compound);
      d.fold = compoundFold(d.latin, undefined);
      d.role = 'abd';
      continue;
    }
    // A name + Allah written as two Arabic words is one name (ثناء الله Sanaullah, حمید الله
    // Hamidullah, ولی الله Waliullah): Persian and Pashto script writes them apart, Latin together.
    if (next && next.text === ALLAH && d.script === 'arabic' && d.fold !== undefined && !KUNYA.has(d.text) && !NASAB.has(d.text)) {
      d.text = `${d.text} ${next.text}`;
      d.latin = `${d.latin}ullah`;
      d.fold = `${d.fold}ulah`;
      next.drop = true;
      continue;
    }
    if (KUNYA.has(d.latin) || KUNYA.has(d.text)) d.role = 'kunya';
    else if (NASAB.has(d.latin) || NASAB.has(d.text)) d.role = 'nasab';
    else if (d.script === 'latin' && d.latin.length === 1) d.role = 'initial';
    else if (d.article) d.role = 'nisba';
  }
}

/**
 * The folded form of an Abd compound: "abd" followed by the divine name's own fold (its
 * Arabic-script fold when written in Arabic), never the fold of the joined string, where the d of
 * Abd and the name's first letter would read as a digraph (Abd al-Hai: abd+hai, not "abdhai" = abDai).
 * Abdallah keeps the canonical form whatever the script.
 */
function compoundFold(latin: string, targetFold: string | undefined): string {
  const name = latin.slice(3);
  return `abd${latin === 'abdallah' || targetFold === undefined ? phoneticFold(name) : targetFold}`;
}

/** Abd joined to the divine name in one Arabic-script word (at least three letters after عبد). */
function arabicAbdCompound(text: string): { latin: string; fold: string } | undefined {
  if (!text.startsWith('عبد')) return undefined;
  const rest = text.slice(3);
  if (Array.from(rest).length < 3) return undefined;
  const { stem } = splitArabicArticle(rest);
  return { latin: romaniseArabicToken(stem), fold: foldArabicToken(stem) };
}

/**
 * An Arabic-script fold as a Latin spelling of the same letters would be folded. A consonant followed
 * by ه/ح with no written vowel between is two letters (سهيل Suhail: s-u-h), but the Latin spelling
 * of a name whose letters meet without a vowel writes them together, and phoneticFold then reads a
 * digraph: Ishaq (is-haq) -> S, Azhar and Mazhari -> J, Adham -> D. The Arabic token carries this
 * reading as its alternative form, so both spellings meet it.
 */
function latinDigraphReading(folded: string): string {
  return folded.replace(/([sztdkgD])h/g, (_, c: string) => LATIN_DIGRAPH_OF[c] ?? `${c}h`);
}

const LATIN_DIGRAPH_OF: Record<string, string> = { s: 'S', z: 'J', D: 'J', t: 'T', d: 'D', k: 'X', g: 'G' };

/** Analyses a whole name. Never throws; a name with no letters gives no tokens. */
export function analyseName(full: string): AnalysedName {
  const normalised = normaliseText(full);
  const drafts: Draft[] = [];
  for (const raw of splitTokens(normalised)) {
    const script = detectScript(raw);
    for (const r of romanise(raw, script)) {
      if (r.latin === '') continue;
      drafts.push({ text: raw, script, latin: r.latin, ...(r.fold !== undefined ? { fold: r.fold } : {}), abjad: r.abjad, article: r.article });
    }
  }
  applyStructure(drafts);
  let kept = drafts.filter((d) => !d.drop);
  const titles = drafts.filter((d) => d.drop && (TITLES.has(d.text) || TITLES.has(d.latin))).map((d) => d.text);
  // A "name" made only of titles (e.g. the alias "Mullah") keeps them rather than vanish.
  if (kept.length === 0 && drafts.length > 0) kept = drafts.map((d) => ({ ...d, drop: false }));
  const tokens: NameToken[] = kept.map((d) => {
    const folded = d.fold ?? phoneticFold(d.latin);
    const token: NameToken = {
      text: d.text,
      script: d.script,
      role: d.role ?? (d.article ? 'nisba' : 'name'),
      latin: d.latin,
      folded,
      abjad: d.abjad,
    };
    // An organisation word carries its English translation as the alternative form (org-words.ts).
    const translated = d.script === 'cyrillic' ? undefined : translatedOrgWord(d.script === 'latin' ? d.latin : d.text);
    if (translated !== undefined) {
      const fold = phoneticFold(translated);
      if (fold !== folded) token.alt = fold;
    } else if (d.script === 'latin' && !d.article) {
      const stem = attachedArticleStem(d.latin);
      if (stem !== undefined) token.alt = phoneticFold(stem);
    } else if (d.script === 'arabic') {
      const latinReading = latinDigraphReading(folded);
      if (latinReading !== folded) token.alt = latinReading;
    }
    return token;
  });
  return { normalised, tokens, titles };
}
