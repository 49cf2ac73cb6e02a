/**
 * Name analysis: from a whole name as written to the tokens the matcher compares, each with its
 * script, romanised and folded forms, and its role in the name. Run once per listed name at index
 * build time and once per query name.
 */
import {
  ABD_AMBIGUOUS,
  ARABIC_ARTICLE,
  ABD_PREFIXES,
  ABDALLAH_BASED,
  ARTICLES,
  DIVINE_NAMES,
  PEOPLES_NAMES_AFTER_ABD,
  KUNYA,
  KUNYA_WITH_ARTICLE,
  NASAB,
  SUN_ARTICLE_LETTERS,
  TITLES,
  abdCompound,
  abdCompoundName,
  attachedArticleStem,
  finalHehIsVowel,
  foldArabicToken,
  mergedAbdAt,
  slippedAbdSpelling,
  romaniseArabicToken,
  splitArabicArticle,
} from './arabic.js';
import { BoundedMemo } from './bounded-memo.js';
import { romaniseCyrillicToken, russianCaseStem } from './cyrillic.js';
import { isFoldedVowel, phoneticFold } from './keys.js';
import { namePieces, type PieceWords, type WordSeed } from './name-pieces.js';
import { translatedOrgWord } from './org-words.js';
import { isSlippedAbdallah, isSlippedAllah } from './slipped-allah.js';
import type { Script } from './script.js';

export { nameText } from './name-pieces.js';

/**
 * What a token is in the name:
 * - name: an ordinary name token;
 * - nisba: a name token that carried the article (al-Baghdadi, as-Samarrai): a family name, nisba or laqab;
 * - abd: the Abd of an Abd + divine name compound, a particle of its own: Abd al-Rahman, Abdel Rahman,
 *   Abdulrahman and عبد الرحمن all become abd + rahman (Abdallah stays one name token);
 * - kunya: Abu / Umm; nasab: bin / ibn / bint / ould: particles, kept with little weight;
 * - initial: a single Latin letter standing for a name.
 */
export type TokenRole = 'name' | 'nisba' | 'abd' | 'kunya' | 'nasab' | 'initial';

/** Read only: analyseName shares one token among all the names holding it (finishedToken). */
export interface NameToken {
  /** The token as it appears after normalisation (original script), for explanations. */
  readonly text: string;
  readonly script: Script;
  readonly role: TokenRole;
  /** Romanised lower-case ASCII. */
  readonly latin: string;
  /** Folded form (keys.ts phoneticFold; arabic.ts foldArabicToken for Arabic script). */
  readonly folded: string;
  /** A second folded form where the token may carry a glued article: "alrawi" -> "rawi". */
  readonly alt?: string;
  /** True when short vowels are missing because the token was written in Arabic script. */
  readonly abjad: boolean;
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
  fold: string | undefined;
  abjad: boolean;
  article: boolean;
  role: TokenRole | undefined;
  drop: boolean;
  /** The token ended in Persian yeh ی before normalisation (normalise.ts persianYehEndings). */
  persianYeh: boolean;
  /** The piece's word the draft started as (undefined for a token the structure rules cut off another). */
  seed: WordSeed | undefined;
}

/**
 * A draft with every field present from the start, so all drafts share one object shape (optional
 * fields added on some drafts only gave them several, and the structure rules read them all).
 */
function draft(text: string, script: Script, latin: string, fold: string | undefined, abjad: boolean, article: boolean, persianYeh: boolean, seed?: WordSeed): Draft {
  return { text, script, latin, fold, abjad, article, role: undefined, drop: false, persianYeh, seed };
}

/** The draft of a name's word as read (its seed's fields, the seed kept with it). */
function seedDraft(s: WordSeed): Draft {
  return draft(s.text, s.script, s.latin, s.fold, s.abjad, s.article, s.persianYeh, s);
}

/** /^[a-z0-9]+$/.test(s), by code unit (no regular expression per token). */
function isLatinWord(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * Abbreviations of Muhammad (applyStructure reads them as the name): up to 1.43.0 "Md. Abdul Karim"
 * scored 0.30 against "Mohammad Abdul Karim", "Mohd Ismail" 0.70 against "Mohammed Ismail".
 */
const MUHAMMAD_ABBREVIATIONS = new Set(['md', 'mohd', 'muhd', 'mhd', 'mohmd', 'muhmd', 'mhmd']);
const MUHAMMAD = 'muhammad';

/** Relations written out before "of" and the nasab particle each is (applyStructure). */
const RELATION_WORDS = new Map([
  ['son', 'bin'],
  ['daughter', 'bint'],
]);

/**
 * The Turkic patronymic's "son" and "daughter" after the father's name (since 1.48.0): Azerbaijani
 * oglu and qizi (Russian documents: оглы, кызы; OFAC: SADYGOV, Famil Kamil Ogly), Uzbek o'g'li and
 * qizi (ўғли, қизи), Kyrgyz uulu and kyzy, Kazakh uly and qyzy, as their usual romanisations and the
 * project's Cyrillic one write them. They are the nasab's particle after the name where Arabic puts
 * it before, and weigh as one: up to 1.47.0 Ogly was a rare name word, so "Famil Sadygov" scored
 * 0.80 against the OFAC name and 0.87 without it. Kept out of arabic.ts NASAB, whose words are also
 * run-together connectors (matching/run-together.ts): there oglu would cut Turkish family names in
 * -oğlu (Karaoglu) in two.
 */
const TURKIC_PATRONYMIC = new Set(['oglu', 'ogly', 'ogli', 'ughli', 'ugli', 'qizi', 'kizi', 'gizi', 'kyzy', 'kyzi', 'qyzy', 'uulu', 'uly']);

/** The article with one consonant after it (applyStructure's late hyphen), and a word starting with a vowel. */
const ARTICLE_AND_CONSONANT = /^[ae]l[bcdgjkmnqstvxz]$/;
const STARTS_WITH_VOWEL = /^[aeiou]/;

/** The word Allah in Arabic script, after normalisation (Urdu ہ is folded to ه). */
const ALLAH = 'الله';

/**
 * Whether the title word at drafts[i] is a family name: it carries the article and ends a name that
 * has a name before it (Jihad al-Mufti, Elshafee el-Sheikh, جهاد المفتي). Titles stand before the
 * names they honour (al-Shaykh Ahmad Yasin, Mullah Omar); written last with the article, the word
 * is a nisba borne as a surname (the al-Mufti, al-Sheikh, al-Mulla, al-Imam families), and dropping
 * it left "Jihad al-Mufti" the one word Jihad, which met every listed Abu Jihad word for word. A
 * title after a comma (AWEYS, Sheikh) has no article and stays a title.
 */
function familyTitle(drafts: readonly Draft[], i: number): boolean {
  if (i !== drafts.length - 1) return false;
  const d = drafts[i] as Draft;
  if (!d.article && !(d.script === 'arabic' && d.text.startsWith(ARABIC_ARTICLE))) return false;
  for (let j = 0; j < i; j++) if (!(drafts[j] as Draft).drop) return true;
  return false;
}

/** Applies the Arabic name-structure rules to the draft tokens, in place. */
function applyStructure(drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    if (d.drop) continue;
    // An Abd compound run onto the name before it (arabic.ts mergedAbdAt): the word is cut before
    // its Abd, and both parts read again by the rules below (the left one now, the Abd next).
    const merged = d.script === 'latin' && isLatinWord(d.latin) ? mergedAbdAt(d.latin) : undefined;
    if (merged !== undefined) {
      cutMergedAbd(drafts, i, merged);
      i--;
      continue;
    }
    // The same in Arabic script (since 1.23.0): محمدعبد البصیر, محمدعبدالله.
    const mergedArabic = d.script === 'arabic' ? mergedArabicAbdAt(d.text, drafts[i + 1] !== undefined) : undefined;
    if (mergedArabic !== undefined) {
      cutMergedArabicAbd(drafts, i, mergedArabic);
      i--;
      continue;
    }
    const next = drafts[i + 1];
    // Muhammad abbreviated (since 1.44.0): Md. in Bangladesh, Mohd and Muhd in Malaysia and Brunei,
    // Mhd in Syria (MUHAMMAD_ABBREVIATIONS). Md only before another word: after a name it is the
    // doctor's degree.
    if (d.script === 'latin' && MUHAMMAD_ABBREVIATIONS.has(d.latin) && (d.latin !== 'md' || next !== undefined)) d.latin = MUHAMMAD;
    // "Son of", "daughter of" written out before a name (since 1.41.0) are the nasab's bin and bint,
    // as their abbreviations S/O and D/O are read (normalise.ts RELATION_ABBREVIATION); "of" goes.
    if (next && next.latin === 'of' && drafts[i + 2] !== undefined && d.script !== 'arabic' && RELATION_WORDS.has(d.latin)) {
      d.latin = RELATION_WORDS.get(d.latin) as string;
      next.drop = true;
    }
    // Titles and honorifics are not names, except a family name (since 1.19.0; see familyTitle).
    if ((TITLES.has(d.text) || TITLES.has(d.latin)) && !familyTitle(drafts, i)) {
      d.drop = true;
      continue;
    }
    // The article's hyphen typed one letter late (alK-awari for al-Kawari): the article with one
    // consonant and then a name that starts with a vowel is the article and that consonant's name.
    // Three letters only, and the consonant never l, r, h, w, y, f or p (Alf, Alp are names).
    if (next && d.script === 'latin' && next.script === 'latin' && d.latin.length === 3 && ARTICLE_AND_CONSONANT.test(d.latin) && STARTS_WITH_VOWEL.test(next.latin) && next.latin.length >= 3) {
      const moved = d.latin[2] as string;
      d.latin = d.latin.slice(0, 2);
      d.text = d.latin;
      next.latin = moved + next.latin;
      next.text = moved + next.text;
    }
    // An Abd typed with a slip of the finger is read as the Abd (arabic.ts slippedAbdSpelling).
    if (d.script === 'latin' && isLatinWord(d.latin)) {
      const fixed = slippedAbdSpelling(d.latin) ?? vowellessAbd(d.latin, next);
      if (fixed !== undefined) d.latin = fixed;
    }
    // A standalone article belongs to the next token. A lone "l" is an initial (L. Elan), except
    // after a kunya, where it is the elided article (Abu l-Fadl).
    const article = ARTICLES.has(d.latin) && (d.latin !== 'l' || drafts[i - 1]?.role === 'kunya');
    if (next && (article || (SUN_ARTICLE_LETTERS.get(d.latin) !== undefined && next.latin.startsWith(SUN_ARTICLE_LETTERS.get(d.latin) as string)))) {
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
    // The Abd becomes a particle of its own and the divine name an ordinary token (since 1.4.0):
    // people drop the Abd (Rauf for Abdul Rauf), keep it alone (Abdul Mazhari for Abdul Quddus
    // Mazhari) or abbreviate the name after it (Abdul Q. Mazhari, A. Samad), and each part can
    // then meet what it stands for. Abdallah stays one name token.
    // Abdu and Abdou in Latin letters are also names of their own (Abdou Diouf, Hassan Abdou,
    // Muhammad Abduh): like Abdi and Abdo (ABD_AMBIGUOUS) they are the Abd only before a divine name
    // (since 1.51.0; up to 1.50.0 they were always the particle, and "Hassan Abdu" scored 0.21
    // against حسن عبده). Cyrillic Абду stays the particle: the divine names are looked up by their
    // Latin spelling, which Рахман's romanisation (rakhman) is not.
    const isAbd = !(d.script === 'latin' && ABD_AMBIGUOUS.has(d.latin)) && (ABD_PREFIXES.has(d.latin) || ABD_PREFIXES.has(d.text));
    if (next && (isAbd || ABD_AMBIGUOUS.has(d.latin))) {
      let j = i + 1;
      let target = drafts[j];
      if (target && (ARTICLES.has(target.latin) || garbledArticle(target.latin)) && drafts[j + 1]) {
        j++;
        target = drafts[j];
      } else if (target && SUN_ARTICLE_LETTERS.get(target.latin) !== undefined && drafts[j + 1]?.latin.startsWith(SUN_ARTICLE_LETTERS.get(target.latin) as string)) {
        j++;
        target = drafts[j];
      } else if (target && earlyArticleHyphen(drafts, j)) {
        // The article's hyphen typed one letter early (since 1.11.0): Abd-a-lKarim, Abd-e-lkarim.
        const after = drafts[j + 1] as Draft;
        if (after.latin === 'l') j++;
        else {
          after.latin = after.latin.slice(1);
          after.text = after.text.slice(1);
        }
        j++;
        target = drafts[j];
      }
      const targetIsAbd = target !== undefined && (ABD_PREFIXES.has(target.latin) || ABD_PREFIXES.has(target.text));
      if (target && !targetIsAbd && (isAbd || (DIVINE_NAMES.has(target.latin) && !PEOPLES_NAMES_AFTER_ABD.has(target.latin))) && !NASAB.has(target.latin) && !KUNYA.has(target.latin)) {
        for (let k = i + 1; k < j; k++) (drafts[k] as Draft).drop = true;
        // Abd El Ilkah: Abdallah with a slip in its Allah (slipped-allah.ts).
        if (abdCompound(target.latin) === ABDALLAH || (target.script === 'latin' && isSlippedAllah(target.latin))) {
          d.latin = ABDALLAH;
          d.fold = ABDALLAH_FOLD;
          d.text = drafts.slice(i, j + 1).map((x) => x.text).join(' ');
          d.abjad = d.abjad || target.abjad;
          target.drop = true;
          continue;
        }
        makeAbdParticle(d, d.text);
        target.article = false;
        continue;
      }
    }
    // A lone Abd (before a nasab, at the end, or twice in a row) is the particle too.
    if (isAbd) {
      makeAbdParticle(d, d.text);
      continue;
    }
    // A kunya written onto the article and its name as one Arabic word (since 1.22.0): أبواليزيد,
    // ابوالقاسم are Abu al-Yazid, Abu al-Qasim, the kunya and a name with the article, as the Latin
    // spellings write them (ABOU EL YAZID); whole, the word met neither.
    const kunya = d.script === 'arabic' ? arabicKunyaCompound(d.text) : undefined;
    if (kunya !== undefined) {
      splitOffParticle(drafts, i, kunya);
      d.role = 'kunya';
      continue;
    }
    // A conjunction or preposition written onto the article and its word (since 1.32.0): والجهاد
    // is و + الجهاد, بالدم ب + الدم, للدعوة ل + الدعوة, as the Latin spellings write them apart (WA
    // AL-JIHAD, BIDDAM: a Latin word meets the two by the merged pairing); whole, the word met none.
    const clitic = d.script === 'arabic' ? arabicCliticCompound(d.text) : undefined;
    if (clitic !== undefined) {
      splitOffParticle(drafts, i, clitic);
      giveRole(d);
      continue;
    }
    // Abd + divine name written as one Arabic word: عبدالحليم, عبدالله, عبدالحی (read from the
    // Arabic letters: the Latin rule below would cut the romanisation "abdalhi" in the wrong place).
    const joined = d.script === 'arabic' ? arabicAbdCompound(d.text) : undefined;
    if (joined !== undefined) {
      if (abdCompound(joined.latin) === ABDALLAH) {
        d.latin = ABDALLAH;
        d.fold = ABDALLAH_FOLD;
        continue;
      }
      drafts.splice(i + 1, 0, draft(joined.text, d.script, joined.latin, joined.fold, d.abjad, false, d.persianYeh));
      makeAbdParticle(d, 'عبد');
      continue;
    }
    const compound = d.script !== 'arabic' && isLatinWord(d.latin) ? abdCompoundName(d.latin) : undefined;
    if (compound !== undefined) {
      if (abdCompound(compound) === ABDALLAH) {
        d.latin = ABDALLAH;
        d.fold = ABDALLAH_FOLD;
        continue;
      }
      // A name built on Abdallah (Abdoulaye, Abdullahi, Abdullahjan) is a name of its own, compared
      // whole as before; every other one-word compound is cut after the Abd.
      if (ABDALLAH_BASED.test(d.latin)) {
        d.latin = abdCompound(compound);
        d.fold = `abd${phoneticFold(compound)}`;
        continue;
      }
      // Abdilkah, Abdsllah: Abdallah with a slip after its Abd (slipped-allah.ts), not abd + "kah".
      if (d.script === 'latin' && isSlippedAbdallah(d.latin)) {
        d.latin = ABDALLAH;
        d.fold = ABDALLAH_FOLD;
        continue;
      }
      const nameText = d.text.endsWith(compound) ? compound : d.text;
      drafts.splice(i + 1, 0, draft(nameText, d.script, compound, undefined, d.abjad, false, false));
      makeAbdParticle(d, nameText === d.text ? d.text : d.text.slice(0, d.text.length - compound.length));
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
    giveRole(d);
  }
}

/**
 * Cuts draft `i` before position `at` of its Latin letters: the draft keeps the letters before (and
 * its seed), a new draft after it holds the rest. The written text is cut at the same place where it
 * has as many letters as the Latin form (it differs only by case or marks), else both parts show
 * their Latin letters.
 */
function cutMergedAbd(drafts: Draft[], i: number, at: number): void {
  const d = drafts[i] as Draft;
  const sameLength = d.text.length === d.latin.length;
  const rightText = sameLength ? d.text.slice(at) : d.latin.slice(at);
  drafts.splice(i + 1, 0, draft(rightText, d.script, d.latin.slice(at), undefined, d.abjad, false, false));
  d.text = sameLength ? d.text.slice(0, at) : d.latin.slice(0, at);
  d.latin = d.latin.slice(0, at);
  d.fold = undefined;
}

/**
 * Where an Arabic word holds an Abd written onto the name before it (محمدعبد البصیر, Nazar Mohammad
 * Abdul Basir's name as the UN lists it; محمدعبدالله), or undefined: عبد after three letters or
 * more, either ending the word with a name after it, or going on with the article (عبدال...), the
 * way Abd + divine name is written as one word. Shorter starts are words of their own: معبد (Ma'bad,
 * a given name), متعبد.
 */
function mergedArabicAbdAt(text: string, nameAfter: boolean): number | undefined {
  for (let at = text.indexOf(ARABIC_ABD, MIN_BEFORE_MERGED_ABD); at !== -1; at = text.indexOf(ARABIC_ABD, at + 1)) {
    const rest = text.slice(at + ARABIC_ABD.length);
    if ((rest === '' && nameAfter) || (rest.startsWith(ARABIC_ARTICLE) && Array.from(rest).length >= ARABIC_ARTICLE.length + 2)) return at;
  }
  return undefined;
}

/** Abd in Arabic script. */
const ARABIC_ABD = 'عبد';

/** Letters an Arabic word must have before an Abd written onto it (mergedArabicAbdAt). */
const MIN_BEFORE_MERGED_ABD = 3;

/**
 * Cuts Arabic draft i before its Abd (mergedArabicAbdAt); each part is read again as a word of its
 * own (the Abd part by the Abd rules). A final Persian yeh belongs to the right part.
 */
function cutMergedArabicAbd(drafts: Draft[], i: number, at: number): void {
  const d = drafts[i] as Draft;
  const right = d.text.slice(at);
  drafts.splice(i + 1, 0, draft(right, d.script, romaniseArabicToken(right), foldArabicToken(right), d.abjad, false, d.persianYeh));
  d.text = d.text.slice(0, at);
  d.latin = romaniseArabicToken(d.text);
  d.fold = foldArabicToken(d.text);
  d.persianYeh = false;
}

/**
 * The Abd with the article assimilated and its linking vowel left out (since 1.26.0): Abdr Rahman,
 * Abds Salam are Abdur Rahman, Abdus Salam. Only where the next word starts with the consonant the
 * article took (that consonant doubled is what the spelling writes), so the word is the Abd and no
 * name of its own; returns the spelling with the vowel, an Abd form (ABD_PREFIXES), or undefined.
 */
function vowellessAbd(latin: string, next: Draft | undefined): string | undefined {
  const m = VOWELLESS_ABD.exec(latin);
  if (m === null || next === undefined || next.script !== 'latin' || !next.latin.startsWith(m[1] as string)) return undefined;
  return `abdu${m[1] as string}`;
}

/** Abd, then a sun letter the article becomes before it, with no vowel between (vowellessAbd). */
const VOWELLESS_ABD = /^abd(sh|[rstnz])$/;

/** applyStructure's last rule: the role a word has by itself (kunya, nasab, initial, nisba). */
function giveRole(d: Draft): void {
  if (KUNYA.has(d.latin) || KUNYA.has(d.text)) d.role = 'kunya';
  else if (NASAB.has(d.latin) || NASAB.has(d.text) || TURKIC_PATRONYMIC.has(d.latin)) d.role = 'nasab';
  else if (d.script === 'latin' && d.latin.length === 1) d.role = 'initial';
  else if (d.script === 'latin' && d.seed?.dotted === true) {
    // A romanised Cyrillic letter written with a full stop (D.Kh.): the initial of its first letter,
    // as the Cyrillic initial it romanises (Х. is K) and the Latin one (K.) are (since 1.82.0).
    d.role = 'initial';
    d.latin = d.latin.charAt(0);
  }
  else if (d.script === 'cyrillic' && cyrillicInitial(d)) {
    // Read as the first letter of its romanisation, as a Latin initial is read (Х is K, Ш is S):
    // it then pairs with a listed name of that letter in either script, and equals the Latin initial.
    d.role = 'initial';
    d.latin = d.latin.charAt(0);
  } else if (d.article) d.role = 'nisba';
}

/**
 * Whether a Cyrillic word is an initial (since 1.39.0): one letter, as in Умаров Д. Х., the way
 * Russian documents write a person (family name, then the initials of the given name and the
 * patronymic). Up to 1.38.0 such a letter was read as a one-letter name, so Умаров Д. Х. scored 0.47
 * against DOKU KHAMATOVICH UMAROV where Umarov D. K. scores 0.87. A letter written with a full stop
 * (name-pieces.ts WordSeed.dotted) is always an initial; one without is only where it can be nothing
 * else (UNDOTTED_INITIALS): a vowel alone is also a syllable of a Korean or Chinese name (Ю Чол У,
 * Хан Ю-Ро: Yu, U) and some letters are words (и "and", в "in" in an organisation's name).
 */
function cyrillicInitial(d: Draft): boolean {
  if (d.text.length !== 1 || d.latin === '') return false;
  return d.seed?.dotted === true || UNDOTTED_INITIALS.has(d.text);
}

/**
 * The Russian and Ukrainian consonant letters that are no word on their own (в, к, с, з and й are:
 * "in", "to", "with", "with", "and"): alone, without a full stop, they can only be an initial.
 */
const UNDOTTED_INITIALS = new Set(Array.from('бгґджлмнпртфхцчшщ'));

/** Abdallah, the one Abd compound that stays a single (very common) name token. */
const ABDALLAH = 'abdallah';

/** The folded form of Abdallah, whatever its spelling or script. */
const ABDALLAH_FOLD = `abd${phoneticFold('allah')}`;

/** Turns a draft into the Abd particle (shown as `text`). */
function makeAbdParticle(d: Draft, text: string): void {
  d.text = text;
  d.latin = 'abd';
  d.fold = 'abd';
  d.role = 'abd';
}

/**
 * A short token between an Abd and the next name that can only be the article with a typo (Abd
 * Ale-Hadi, Abd Apl-Rahim): a vowel and an l with one letter more. Ali (Abd Ali is a name) and the
 * divine names are never taken for it.
 */
function garbledArticle(latin: string): boolean {
  return latin !== 'ali' && !DIVINE_NAMES.has(latin) && /^(?:[aeiou][a-z]l|[aeiou]l[a-z])$/.test(latin);
}

/**
 * The article after an Abd with its hyphen typed one letter early (Abd-a-lKarim, Abd-e-lkarim for
 * Abd-al-Karim, Abd-el-Karim): the article's vowel alone at `j`, then its l alone before a name, or
 * glued to a name that starts with a consonant. Only after an Abd, which is always followed by
 * its name (elsewhere "A. L." are two initials), and only Latin tokens.
 */
function earlyArticleHyphen(drafts: Draft[], j: number): boolean {
  const vowel = drafts[j] as Draft;
  const after = drafts[j + 1];
  if (vowel.script !== 'latin' || !ARTICLE_VOWEL.has(vowel.latin) || after === undefined || after.script !== 'latin') return false;
  if (after.latin === 'l') return (drafts[j + 2]?.latin.length ?? 0) >= 3;
  return after.latin.length >= 4 && L_AND_CONSONANT.test(after.latin);
}

const ARTICLE_VOWEL = new Set(['a', 'e', 'u']);
const L_AND_CONSONANT = /^l[bcdfghjkmnpqrstvwxz]/;

/** An Arabic word cut into a particle written onto it and the word with its article after it. */
interface ParticleCut {
  particle: string;
  text: string;
  latin: string;
  fold: string;
}

/**
 * drafts[i] becomes the particle of `cut` (its role left to the caller), and the word after it is
 * inserted as the next draft, with the article (arabicKunyaCompound, arabicCliticCompound).
 */
function splitOffParticle(drafts: Draft[], i: number, cut: ParticleCut): void {
  const d = drafts[i] as Draft;
  drafts.splice(i + 1, 0, draft(cut.text, d.script, cut.latin, cut.fold, d.abjad, true, d.persianYeh));
  d.text = cut.particle;
  d.latin = romaniseArabicToken(cut.particle);
  d.fold = foldArabicToken(cut.particle);
  d.persianYeh = false;
}

/** The cut of an Arabic word into `particle` and `rest`, the word with its article. */
function particleCut(particle: string, rest: string): ParticleCut {
  const { stem } = splitArabicArticle(rest);
  return { particle, text: rest, latin: romaniseArabicToken(stem), fold: foldArabicToken(stem) };
}

/**
 * The parts of an Arabic word that is the kunya أبو (ابو) written onto the article and a name of
 * two letters or more (أبواليزيد: أبو + اليزيد), or undefined. Only with the article: أبوبكر is also
 * written and used as one given name (Abubakar), and stays whole.
 */
function arabicKunyaCompound(text: string): ParticleCut | undefined {
  for (const particle of GLUED_KUNYAS) {
    if (!text.startsWith(particle) || !text.startsWith(ARABIC_ARTICLE, particle.length)) continue;
    const rest = text.slice(particle.length);
    if (Array.from(rest).length < ARABIC_ARTICLE.length + 2) return undefined;
    return particleCut(particle, rest);
  }
  return undefined;
}

/** The kunya Abu as written in Arabic script, with and without the hamza. */
const GLUED_KUNYAS = ['أبو', 'ابو'];

/**
 * The parts of an Arabic word that is و (and), ب (with, in), ف, ك or ل (for) written onto the
 * article and a word of two letters or more (والمسلمين: و + المسلمين), or undefined; ل before the
 * article drops its alef (للدعوة: ل + الدعوة). Two letters after the article at least, so names
 * such as والي (Wali) and فالح (Falih) stay whole.
 */
function arabicCliticCompound(text: string): ParticleCut | undefined {
  const first = text.charAt(0);
  if (!ARABIC_CLITICS.has(first)) return undefined;
  let rest: string;
  if (text.startsWith(ARABIC_ARTICLE, 1)) rest = text.slice(1);
  else if (first === 'ل' && text.charAt(1) === 'ل') rest = ARABIC_ARTICLE + text.slice(2);
  else return undefined;
  if (Array.from(rest).length < ARABIC_ARTICLE.length + 2 || rest === 'الله') return undefined;
  return particleCut(first, rest);
}

/** The one-letter conjunctions and prepositions written onto the next word. */
const ARABIC_CLITICS = new Set(['و', 'ب', 'ف', 'ك', 'ل']);

/** Abd joined to the divine name in one Arabic-script word (at least three letters after عبد). */
function arabicAbdCompound(text: string): ParticleCut | undefined {
  if (!text.startsWith(ARABIC_ABD)) return undefined;
  const rest = text.slice(ARABIC_ABD.length);
  if (Array.from(rest).length < 3) return undefined;
  return particleCut(ARABIC_ABD, rest);
}

/**
 * An Arabic-script fold as a Latin spelling of the same letters would be folded. A consonant followed
 * by ه/ح with no written vowel between is two letters (سهيل Suhail: s-u-h), but the Latin spelling
 * of a name whose letters meet without a vowel writes them together, and phoneticFold then reads a
 * digraph: Ishaq (is-haq) -> S, Azhar and Mazhari -> J, Adham -> D. The Arabic token carries this
 * reading as its alternative form, so both spellings meet it.
 */
function latinDigraphReading(folded: string): string {
  // Every replacement reads an h: without one the fold is its own reading.
  if (!folded.includes('h')) return folded;
  return folded.replace(/([sztdkgD])h/g, (_, c: string) => LATIN_DIGRAPH_OF[c] ?? `${c}h`);
}

const LATIN_DIGRAPH_OF: Record<string, string> = { s: 'S', z: 'J', D: 'J', t: 'T', d: 'D', k: 'X', g: 'G' };

/**
 * The fold of an Arabic-script token that ended in Persian yeh ی, read with that last letter as alef
 * maqsura (a long a: عیسی Isa, موسی Musa, یحیی Yahya, مرتضی Murtaza) instead of the ya (i) the
 * normaliser made of it. Only when the token's fold is still the fold of its own letters (not the Abd
 * particle, Abdallah, or a name joined with Allah) and its stem has at least three letters (هدی
 * Huda; not the حی of عبدالحی, Abd al-Hayy). Persian writes most final ی as i (علی Ali, حقانی
 * Haqqani), so this is an alternative form, costing TOKEN.altFormPenalty, never the fold itself.
 */
function alefMaqsuraReading(d: Draft): string | undefined {
  if (d.fold === undefined || d.text.includes(' ') || !d.text.endsWith('ي')) return undefined;
  const { stem } = splitArabicArticle(d.text);
  if (Array.from(stem).length < 3 || foldArabicToken(stem) !== d.fold) return undefined;
  return foldArabicToken(`${stem.slice(0, -1)}ى`);
}

/** Titles long enough to be recognised glued to the name that follows (Hajisalam, QariDin, MullahShafiqullah). */
const GLUED_TITLES = [...TITLES].filter((t) => /^[a-z]{4,}$/.test(t)).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/**
 * The name after a title written glued to it, offered as the token's alternative form (the title
 * itself is dropped when written apart): at least three letters must remain, so Imamov or Hajiev
 * get none, and the whole spelling is still compared first (the alternative costs
 * TOKEN.altFormPenalty).
 */
function gluedTitleStem(latin: string): string | undefined {
  const titles = GLUED_TITLES_BY_FIRST.get(latin.charCodeAt(0));
  if (titles !== undefined) for (const t of titles) if (latin.length >= t.length + 3 && latin.startsWith(t)) return latin.slice(t.length);
  return undefined;
}

/**
 * A Latin word ending in -at or -et without its t (since 1.57.0), offered as the token's
 * alternative form: Arabic writes a feminine word's end with ta marbuta (ة, folded a), sounded t
 * when the word governs the next (Jabhat al-Nusrah, Harakat al-Shabaab, Silsilat al-Dhahab), so
 * the Latin t faced no letter of جبهة and cost a whole consonant, and the two shared no key:
 * "Jabhat al-Nusrah" met جبهة النصرة at 0.199 (Jamaat, Hayat alike). Words of five letters or
 * more; the whole spelling is still compared first (the alternative costs TOKEN.altFormPenalty).
 * One slot: a glued article's or title's stem, asked first, keeps it (Alharakat).
 */
function constructStateStem(latin: string): string | undefined {
  const n = latin.length;
  if (n < 5 || latin.charCodeAt(n - 1) !== 116 /* t */) return undefined;
  const vowel = latin.charCodeAt(n - 2);
  return vowel === 97 /* a */ || vowel === 101 /* e */ ? latin.slice(0, n - 1) : undefined;
}

/**
 * A Latin word ending in a consonant and -ah without its h (since 1.58.0), offered as the token's
 * alternative form: the other way ta marbuta is written in Latin letters, its h (Hamzah, Usamah,
 * Ubaidah, Fatimah) a letter neither حمزة (folded hmza) nor the spelling Hamza has. Not after l
 * (Abdullah, Hizbullah: the h of Allah is written) nor after an h, whose sh (Padshah) the rule
 * cannot tell from Talhah's ḥ. Words of five letters or more; the whole spelling is still
 * compared first.
 */
function pausalTaMarbutaStem(latin: string): string | undefined {
  const n = latin.length;
  if (n < 5 || latin.charCodeAt(n - 1) !== 104 /* h */ || latin.charCodeAt(n - 2) !== 97 /* a */) return undefined;
  const before = latin.charCodeAt(n - 3);
  if (before === 108 /* l */ || before === 104 /* h */ || isFoldedVowel(before)) return undefined;
  return latin.slice(0, n - 1);
}

/**
 * A place name ending in -stan with the German genitive s (since 1.90.0), offered without it as the
 * token's alternative form: Islamische Bewegung Usbekistans (the Islamic Movement of Uzbekistan,
 * QDe.010), Tehrik-e Taliban Pakistans, Afghanistans. The s put the word two consonants from
 * Uzbekistan (s for z, and the s), past every retrieval key, so the German name met nothing at all.
 * No name or word of a name ends in -stans otherwise.
 */
function germanGenitiveStem(latin: string): string | undefined {
  return latin.length >= 8 && latin.endsWith('stans') ? latin.slice(0, -1) : undefined;
}

/**
 * A German compound of a compass point and a place in the names of listed groups (since 1.102.0):
 * Ostturkestan (East Turkistan, QDe.088), Westafrika (ISIL's West Africa Province, QDe.162),
 * Nordkaukasus, Südasien, with or without the genitive s. Offered as the place alone, read as
 * org-words.ts reads it (Kaukasus is the UN's KAVKAZ): one token holds one alternative form, and
 * the place is the word that carries the name; the compass point the listed name writes apart is
 * then a word the query left out. "Islamische Bewegung Ostturkestan" scored 0.59 on QDe.088, under
 * the threshold. Only these places: Westfalen or Nordrhein are no compounds of a listed name.
 */
function germanCompassPlace(latin: string): string | undefined {
  const m = GERMAN_COMPASS_PLACE.exec(latin);
  if (m === null) return undefined;
  const place = m[1] as string;
  return translatedOrgWord(place) ?? place;
}

const GERMAN_COMPASS_PLACE = /^(?:ost|west|nord|sud|sued)(turkestan|turkistan|afrika|asien|kaukasus)s?$/;

/**
 * A Latin word written with j for y, as German, the South Slavic languages and Albanian write it
 * (since 1.69.0), read with y: Jahja is Yahya, Ajjub Ayyub, Marjam Maryam. One j for y the
 * substitution costs already forgive (Jusuf, Yusuf); two, or one inside the word where the fold
 * reads Yahya's second y as a vowel (yahia against jahja), cost the word. Only a word with a j
 * inside it, after a letter other than d (dj writes the English j) and before a vowel: then every
 * such j, and one that starts the word, is read y. An English spelling's inner j (Najib, Hijazi,
 * Mujahid) gets the reading too and loses nothing: its own spelling is compared first, and the
 * reading costs TOKEN.altFormPenalty.
 */
function jAsYReading(latin: string): string | undefined {
  if (!INNER_J_BEFORE_VOWEL.test(latin)) return undefined;
  let out = '';
  for (let i = 0; i < latin.length; i++) {
    const c = latin.charAt(i);
    const before = latin.charAt(i - 1);
    const after = latin.charAt(i + 1);
    const readY = c === 'j' && before !== 'd' && (isFoldedVowel(latin.charCodeAt(i + 1)) || after === 'j');
    out += readY ? 'y' : c;
  }
  return out;
}

/** A j after a letter other than d, before a vowel or another j: Jahja's second j, Ajjub's; not Djamel's. */
const INNER_J_BEFORE_VOWEL = /[a-ce-z]j+[aeiou]/;

/**
 * GLUED_TITLES split by the code of their first letter, each list in GLUED_TITLES's order: only a
 * title with the token's first letter can start it, so the first that fits is the same title.
 */
const GLUED_TITLES_BY_FIRST = new Map<number, string[]>();
for (const t of GLUED_TITLES) {
  const list = GLUED_TITLES_BY_FIRST.get(t.charCodeAt(0)) ?? [];
  list.push(t);
  GLUED_TITLES_BY_FIRST.set(t.charCodeAt(0), list);
}

/** Analyses a whole name. Never throws; a name with no letters gives no tokens. */
export function analyseName(full: string): AnalysedName {
  const drafts: Draft[] = [];
  const normalised = readPieces(full, drafts);
  const { tokens, titles } = finish(drafts);
  return { normalised, tokens: tokens.map((t) => t.token), titles };
}

/**
 * analyseName's tokens as the memo holds them, each with the slot prepared.ts keeps its own fields
 * of the token in (prepareName), and its titles.
 */
export function analyseNameShared(full: string): { tokens: SharedToken[]; titles: string[] } {
  // The name's words first, without a draft each: in most names no structure rule touches any word
  // (plainToken), and then each word's token is the one kept with it.
  const seeds = nameSeeds;
  let plain = true;
  const pieces = namePieceWords;
  // Emptied first too: a name that threw half way (none should) leaves nothing for the next.
  seeds.length = 0;
  pieces.length = 0;
  namePieces(full, pieces);
  for (let p = 0; p < pieces.length; p++) {
    for (const s of (pieces[p] as PieceWords).seeds) {
      seeds.push(s);
      if (plain && plainToken(s) === null) plain = false;
    }
  }
  pieces.length = 0;
  // A kunya last in the name is read by finish (lastKunyaIsAName), the one rule that looks at the
  // word's place in the name.
  if (plain && (seeds.length === 0 || (seeds[seeds.length - 1] as WordSeed).plain?.role !== 'kunya')) {
    const tokens: SharedToken[] = [];
    for (const s of seeds) tokens.push(s.plain as SharedToken);
    seeds.length = 0;
    return { tokens, titles: [] };
  }
  const drafts: Draft[] = [];
  for (const s of seeds) drafts.push(seedDraft(s));
  seeds.length = 0;
  return finish(drafts);
}

/** analyseNameShared's list of a name's words, one array reused (emptied after each name). */
const nameSeeds: WordSeed[] = [];

/**
 * The token a word becomes when no structure rule touches it, kept with the word (WordSeed.plain);
 * null when some rule may touch it (or, through it, its neighbours). Every rule of applyStructure
 * but the last (the role) fires only on a word it is asked about as the current token: a title, an
 * article (standalone, sun letter, or glued to a kunya), a three-letter article and consonant, an
 * Abd in any form (standalone, ambiguous, slipped, compound in either script), or the Allah an
 * Arabic-script name is joined to (read as the next token, so Allah itself is not plain). So in a
 * name none of whose words is such a word, no rule fires and applyStructure only gives each draft
 * its role, from the word's own fields: the same draft as the word, its role as below, and so the
 * same token finishedToken finds (test/names/plain-words.test.ts).
 */
function plainToken(s: WordSeed): SharedToken | null {
  let t = s.plain;
  if (t === undefined) {
    if (ruleMayTouch(s)) t = null;
    else {
      const d = seedDraft(s);
      giveRole(d);
      t = finishedToken(d);
    }
    s.plain = t;
  }
  return t;
}

/** True when one of applyStructure's rules before the role may fire on the word as its current token (plainToken). */
function ruleMayTouch(s: WordSeed): boolean {
  const { text, latin, script } = s;
  if (TITLES.has(text) || TITLES.has(latin)) return true;
  if (script !== 'arabic' && RELATION_WORDS.has(latin)) return true;
  if (script === 'latin' && MUHAMMAD_ABBREVIATIONS.has(latin)) return true;
  if (script === 'latin' && latin.length === 3 && ARTICLE_AND_CONSONANT.test(latin)) return true;
  if (script === 'latin' && isLatinWord(latin) && (slippedAbdSpelling(latin) !== undefined || VOWELLESS_ABD.test(latin))) return true;
  if (ARTICLES.has(latin) || SUN_ARTICLE_LETTERS.get(latin) !== undefined || KUNYA_WITH_ARTICLE.has(latin)) return true;
  if (ABD_PREFIXES.has(latin) || ABD_PREFIXES.has(text) || ABD_AMBIGUOUS.has(latin)) return true;
  // An Abd cut off the word before it is asked with a name after it assumed (the rule may fire then).
  if (text === ALLAH || (script === 'arabic' && (arabicAbdCompound(text) !== undefined || arabicKunyaCompound(text) !== undefined || arabicCliticCompound(text) !== undefined || mergedArabicAbdAt(text, true) !== undefined))) return true;
  if (script !== 'arabic' && isLatinWord(latin) && abdCompoundName(latin) !== undefined) return true;
  if (script === 'latin' && isLatinWord(latin) && mergedAbdAt(latin) !== undefined) return true;
  return false;
}

/**
 * The drafts of a name's words, piece by piece (name-pieces.ts: the same tokens as the whole name
 * read at once), into `drafts`; returns the normalised name.
 */
function readPieces(full: string, drafts: Draft[]): string {
  let text = '';
  const pieces = namePieceWords;
  pieces.length = 0;
  namePieces(full, pieces);
  for (let p = 0; p < pieces.length; p++) {
    const words = pieces[p] as PieceWords;
    if (words.normalised !== '') text = text === '' ? words.normalised : `${text} ${words.normalised}`;
    for (const s of words.seeds) drafts.push(seedDraft(s));
  }
  pieces.length = 0;
  return text;
}

/** The pieces of the name being read (name-pieces.ts namePieces), one array reused (emptied after each name). */
const namePieceWords: PieceWords[] = [];

function finish(drafts: Draft[]): { tokens: SharedToken[]; titles: string[] } {
  applyStructure(drafts);
  let kept = drafts.filter((d) => !d.drop);
  lastKunyaIsAName(kept);
  const titles = drafts.filter((d) => d.drop && (TITLES.has(d.text) || TITLES.has(d.latin))).map((d) => d.text);
  // A "name" made only of titles (e.g. the alias "Mullah") keeps them rather than vanish.
  if (kept.length === 0 && drafts.length > 0) kept = drafts.map((d) => ({ ...d, drop: false }));
  return { tokens: kept.map(finishedToken), titles };
}

/**
 * A kunya is "father of" or "mother of" someone, named after it (Abu Bakr, Umm Hani): with no word
 * after it, the word is a name of its own (since 1.84.0). OMM is the acronym of Ocean Maritime
 * Management (KPe.020), listed as such, and read as the kunya Umm it met nothing; Abu ends many West
 * African names as a family name (Ahmed Abu).
 */
function lastKunyaIsAName(kept: Draft[]): void {
  const last = kept[kept.length - 1];
  if (last !== undefined && last.role === 'kunya') last.role = 'name';
}

/**
 * A token's final fields are a function of its draft after the structure rules (everything
 * tokenOf reads: text, script, latin, fold, abjad, article, role, persianYeh) and nothing else, so
 * equal drafts share one token. A draft that started as a piece's word (name-pieces.ts WordSeed)
 * finds it among the tokens drafts of that word became (WordSeed.finished: a word's drafts reach
 * few states, the word as it is, with the article before it, as a kunya ...), compared field by
 * field; a token cut off another by the rules (an Abd compound's name) by its text (tokenMemo).
 * Shared tokens go out to every caller of analyseName: no caller writes to a NameToken (prepared.ts
 * copies what it keeps into tokens of its own).
 */
// The draft fields the token was made from (all tokenOf reads): a word seed's, and the role the
// structure rules gave it.
export interface SharedToken extends Omit<WordSeed, 'finished' | 'plain' | 'dotted'> {
  readonly token: NameToken;
  /** prepared.ts prepareName's fields of the token (they too are a function of it), filled on first use. */
  prepared: unknown;
  /** Another state of the same word (or text): the list finishedToken searches. */
  readonly next: SharedToken | undefined;
  readonly role: TokenRole;
}

/** Texts of tokens made without a seed, remembered (few: Abd compounds' names, mostly). */
const TOKEN_MEMO_LIMIT = 20_000;
const tokenMemo = BoundedMemo.processWide<string, SharedToken>(TOKEN_MEMO_LIMIT);

function finishedToken(d: Draft): SharedToken {
  const role = d.role ?? (d.article ? 'nisba' : 'name');
  const seed = d.seed;
  const first = seed !== undefined ? seed.finished : tokenMemo.get(d.text);
  for (let e = first; e !== undefined; e = e.next) {
    if (e.text === d.text && e.latin === d.latin && e.fold === d.fold && e.script === d.script && e.abjad === d.abjad && e.article === d.article && e.role === role && e.persianYeh === d.persianYeh) return e;
  }
  const made: SharedToken = {
    token: tokenOf(d, role),
    prepared: undefined,
    next: first,
    text: d.text,
    script: d.script,
    latin: d.latin,
    fold: d.fold,
    abjad: d.abjad,
    article: d.article,
    role,
    persianYeh: d.persianYeh,
  };
  if (seed !== undefined) seed.finished = made;
  else tokenMemo.set(d.text, made);
  return made;
}

/** The token a draft gives (its role already settled by `role`). */
function tokenOf(d: Draft, role: TokenRole): NameToken {
  const folded = d.fold ?? phoneticFold(d.latin);
  const alt = alternativeForm(d, folded);
  // The fields in their order before the memo, alt last and only where there is one.
  if (alt === undefined) return { text: d.text, script: d.script, role, latin: d.latin, folded, abjad: d.abjad };
  return { text: d.text, script: d.script, role, latin: d.latin, folded, abjad: d.abjad, alt };
}

/** The token's second folded form, if any (NameToken.alt). */
function alternativeForm(d: Draft, folded: string): string | undefined {
  // An organisation word carries its English translation as the alternative form (org-words.ts).
  // A Cyrillic word is looked up as written (Russian stems), not by its romanisation (since 1.35.0).
  const translated = translatedOrgWord(d.script === 'latin' ? d.latin : d.text);
  if (translated !== undefined) {
    const fold = phoneticFold(translated);
    return fold !== folded ? fold : undefined;
  }
  if (d.script === 'latin' && !d.article) {
    const stem = attachedArticleStem(d.latin) ?? gluedTitleStem(d.latin) ?? constructStateStem(d.latin) ?? pausalTaMarbutaStem(d.latin) ?? germanCompassPlace(d.latin) ?? germanGenitiveStem(d.latin);
    if (stem !== undefined) return phoneticFold(stem);
    const yReading = jAsYReading(d.latin);
    if (yReading === undefined) return undefined;
    const fold = phoneticFold(yReading);
    return fold !== folded ? fold : undefined;
  }
  if (d.script === 'cyrillic') {
    // A name declined in a Russian sentence (Ладена, Ирака) also read without its case ending.
    const stem = russianCaseStem(d.text);
    if (stem === undefined) return undefined;
    const fold = phoneticFold(romaniseCyrillicToken(stem));
    return fold !== folded ? fold : undefined;
  }
  if (d.script === 'arabic') {
    // A final heh read as a vowel by the fold keeps its h reading here (arabic.ts finalHehIsVowel);
    // it takes the slot from the digraph reading, which its h would only have made with the letter
    // before it (زاده's "dh").
    if (d.fold !== undefined && finalHehIsVowel(d.text) && folded.endsWith('a')) return `${folded.slice(0, -1)}h`;
    const latinReading = latinDigraphReading(folded);
    if (latinReading !== folded) return latinReading;
    // The digraph reading, where there is one, stays the alternative (one slot): the two rarely meet.
    if (d.persianYeh === true) {
      const maqsura = alefMaqsuraReading(d);
      if (maqsura !== undefined && maqsura !== folded) return maqsura;
    }
  }
  return undefined;
}
