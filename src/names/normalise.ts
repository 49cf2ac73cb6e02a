/**
 * Text normalisation shared by every script: Unicode compatibility forms, case, marks, punctuation
 * and spacing. The output keeps each script's own letters (Arabic stays Arabic, Cyrillic stays
 * Cyrillic); romanisation happens per token later (arabic.ts, cyrillic.ts), because which marks
 * matter depends on the script: a Latin acute accent is noise, the Cyrillic breve of "й" is a letter.
 *
 * Everything here works on code points, never on UTF-8 bytes.
 */

/** Arabic harakat, tanwin, shadda, sukun, superscript alef and Quranic annotation marks. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
/** Tatweel (kashida) only stretches a word; it is not a letter. */
const TATWEEL = /\u0640/g;
/** Zero-width and bidirectional controls that copy-paste from PDFs and web pages carries along. */
const INVISIBLES = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
/**
 * The zero-width non-joiner before the article: Persian, Dari and Urdu typing puts it between the
 * parts of a compound name so that they do not join (سراج‌الدین, Siraj ud-Din), where Arabic writes a
 * space (سراج الدين), and it is read as that space (since 1.86.0). Removed with the other invisibles,
 * as up to 1.85.0, it glued the parts into one word: سراج‌الدین حقانی met TAi.144 at 0.7350, with a
 * space 0.8608. Before a suffix it stays a joint (فخری‌زاده is Fakhrizadeh, one word: read as two it
 * fell from 0.6741 to 0.6078 on IRi.016).
 */
const ZERO_WIDTH_NON_JOINER_ARTICLE = /\u200C(?=ال)/g;

/**
 * Latin letters that do not decompose into base + mark under NFD, or whose customary ASCII spelling
 * is not the base letter. Slavic háčeks become the digraphs used in English-style romanisation so that
 * "Mladić" meets "Mladich" and "Žukov" meets "Zhukov".
 */
const LATIN_SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'dj', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
  č: 'ch', ć: 'ch', š: 'sh', ž: 'zh', ǧ: 'g', ğ: 'g', ş: 'sh', ș: 'sh', ţ: 't', ț: 't',
  // Azerbaijani schwa: Əli is Ali, Məhəmməd Muhammad (since 1.75.0).
  ə: 'a',
  // Transliteration marks for ayn and hamza carry no letter in everyday spellings.
  ʿ: '', ʾ: '', ʼ: '', ʻ: '', ʹ: '', ʺ: '',
  // Dotted consonants of scholarly Arabic transliteration (ḥ ṣ ḍ ṭ ẓ) fold to the plain letter via NFD;
  // the underlined ones (ḏ ṯ ḵ) also decompose; ġ is "gh" in that system.
  ġ: 'gh',
};

/** Characters that separate tokens. Apostrophes are removed instead (see APOSTROPHES). */
const SEPARATORS = /[\s\-\u2010-\u2015_.,;:!?/\\|()[\]{}<>"«»„“”+*&@#%=~^]+/gu;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** Whether normaliseText takes its ASCII path for `text` (every character printable ASCII). */
export function isPlainAscii(text: string): boolean {
  return PLAIN_ASCII.test(text);
}
/** Apostrophes and ayn/hamza look-alikes inside a word: "Samarra'i", "Du’a", "O`Brien". */
const APOSTROPHES = /['’‘`´ʹʻʼʾʿ′]/g;

/**
 * "Son of" and "daughter of" as South Asian documents abbreviate them (since 1.41.0): S/O, D/O
 * between a person's name and the father's (Abdul Haq S/O Anwar Khan). They are the nasab's bin and
 * bint, and read as those words; up to 1.40.0 the slash split them into two initials S and O, which
 * paired with any listed name of those letters and cost a name they did not meet (Hafiz Saeed s/o
 * Kamal scored 0.50 on Hafiz Saeed's record, with bin 0.58). Only where no letter or digit touches
 * them. W/O (wife of) and C/O (care of) are left alone: no particle stands for them.
 */
const RELATION_ABBREVIATION = /(?<![\p{L}\p{N}])([sd])\/o(?![\p{L}\p{N}])/giu;

/**
 * Russian titles abbreviated with a hyphen (since 1.42.0): д-р (доктор), г-н (господин), г-жа
 * (госпожа). The hyphen would cut them into letters, which 1.39.0 reads as initials (Д-р Умаров was
 * the initials D and R before Umarov), so they are written out here and the titles list has the
 * words (arabic.ts TITLES). Read after case folding.
 */
const CYRILLIC_TITLE_ABBREVIATION = /(?<![\p{L}\p{N}])(д-р|г-н|г-жа)(?![\p{L}\p{N}])/gu;
const CYRILLIC_TITLE_WORDS: Record<string, string> = { 'д-р': 'доктор', 'г-н': 'господин', 'г-жа': 'госпожа' };

/**
 * The Spanish and Filipino conjunction y (and) between two words (since 1.101.0): Estado Islámico de
 * Irak y el Levante, Juan Pérez y García, the UN's SALIM Y SALAMUDDIN JULKIPLI. Read as a word, a
 * lone letter is an initial, and the initial Y paired with any listed name of that letter: the
 * Spanish name of ISIL put ISIL's Yemen branch (…THE LEVANT - YEMEN) first. A Y written with a full
 * stop stays an initial; a y between two words of two letters or more goes.
 */
const CONJUNCTION_Y = /(?<=\p{L}\p{L})\s+[yY]\s+(?=\p{L}\p{L})/gu;

/**
 * The Persian and Urdu izafat (since 1.106.0): the e or i that joins a noun to what follows it in
 * the names of groups from Pakistan and Afghanistan, written with a hyphen (Tehrik-e-Taliban,
 * Lashkar-e-Tayyiba, Jaish-i-Mohammed, TEHRIK-E TALIBAN, Hizb-e-Islami). Read as a word, the lone
 * letter was an initial, and the initial paired with any query word of its letter: "Pakistan
 * Tehreek-e-Insaf", a political party, met the listed Tehrik-I-Taliban Pakistan (QDe.132) at 0.7198,
 * Insaf taking the credit of the listed I. Only an e or i hyphened to a word of two letters or more
 * and followed by another (a hyphen or a space between): standing alone between spaces (Lashkar e
 * Tayyaba, Mohammed I Khan) it may be an initial, and stays one. Nor before an l and a consonant:
 * that is the article's hyphen typed one letter early (Abd-e-lkarim, tokens.ts), Tehrik-e-Labbaik
 * an izafat.
 */
const IZAFAT = /(?<=\p{L}\p{L})[-\u2010\u2011][eEiI](?:[-\u2010\u2011]|\s+)(?![lL][^aeiouyAEIOUY])(?=\p{L}\p{L})/gu;
const IZAFAT_SEEN = /[-\u2010\u2011][eEiI][-\u2010\u2011\s]/;

/** `name` without its izafat (IZAFAT): a space stands where it stood. */
export function withoutIzafat(name: string): string {
  return IZAFAT_SEEN.test(name) ? name.replace(IZAFAT, ' ') : name;
}

/** `name` without its conjunction y (CONJUNCTION_Y): a space stands where it stood. */
export function withoutConjunctionY(name: string): string {
  return name.includes(' y ') || name.includes(' Y ') ? name.replace(CONJUNCTION_Y, ' ') : name;
}

/** `text` with its S/O and D/O written as bin and bint (RELATION_ABBREVIATION). */
function relationsRead(text: string): string {
  if (!text.includes('/')) return text;
  return text.replace(RELATION_ABBREVIATION, (_, letter: string) => (letter === 's' || letter === 'S' ? ' bin ' : ' bint '));
}

/** Lower-case `text` with its hyphenated Russian titles written out (CYRILLIC_TITLE_ABBREVIATION). */
function cyrillicTitlesRead(text: string): string {
  if (!text.includes('-')) return text;
  return text.replace(CYRILLIC_TITLE_ABBREVIATION, (m: string) => CYRILLIC_TITLE_WORDS[m] as string);
}

/**
 * The French article and preposition elided before a vowel (since 1.40.0): l' and d' at the start of
 * a word, an apostrophe after them and a vowel next (de l’Ouest, d’Al-Qaida, l’Unification). They
 * are dropped with their apostrophe: removing only the apostrophe, as up to 1.39.0, glued them to
 * the word (louest, dal qaida), which then met neither Ouest nor the article al. Since 1.80.0 the
 * Italian article joined to a preposition the same way, dell', nell', all', dall', sull' (Movimento
 * Islamico dell'Uzbekistan read delluzbekistan, which met no Uzbekistan). A Maghrebi M'hamed
 * or a West African N'Diaye is no elision (another letter, or a consonant next) and keeps its
 * letters. Read after case folding and accent removal, so the vowel is a plain one; the letter
 * starts a word when no letter or digit stands before it, apostrophes between them aside (they join a
 * word's letters: Du'a is one word).
 */
const ELIDED_ARTICLE = /(?<![\p{L}\p{N}]['’‘`´′]*)(?:[ld]|dell|nell|all|dall|sull)['’‘`´′](?=[aeiouy])/gu;

const isLatinLetterWithMarks = (ch: string): boolean => {
  const cp = ch.codePointAt(0) ?? 0;
  return (cp >= 0x00c0 && cp <= 0x024f) || (cp >= 0x1e00 && cp <= 0x1eff);
};

/** An accented Latin letter without its marks, by letter (NFD and a regular expression, once per letter). */
const WITHOUT_MARKS = new Map<string, string>();

function withoutMarks(ch: string): string {
  let plain = WITHOUT_MARKS.get(ch);
  if (plain === undefined) {
    plain = ch.normalize('NFD').replace(/\p{M}/gu, '');
    WITHOUT_MARKS.set(ch, plain);
  }
  return plain;
}

/**
 * Three folds of single characters in one pass, each the same as when they ran one after another:
 * - Arabic letter forms that vary by writer and keyboard become the one letter they mean (ARABIC_FORMS),
 *   except the Persian yeh when `keepPersianYeh` (persianYehEndings);
 * - Cyrillic look-alikes that NFKC leaves alone and people type interchangeably: "ё" is written "е"
 *   in most Russian text (both romanise alike after cyrillic.ts; kept Cyrillic, cyrillic.ts decides
 *   how they sound);
 * - accented Latin letters lose their marks (LATIN_SPECIAL first), other scripts' letters untouched.
 * Each fold maps one character at a time and leaves alone every character another fold writes (the
 * Arabic fold writes Arabic letters, the Cyrillic one "е", the Latin one ASCII or plain Latin
 * letters, none of them a key or in the range of the folds after it), so applying them in turn
 * to each character gives what applying each to the whole text in turn gave.
 */
function foldLetterForms(text: string, keepPersianYeh: boolean): string {
  // Runs of characters no fold touches are copied whole. Every character a fold changes is in the
  // Basic Multilingual Plane (FOLDABLE), so scanning code units meets each of them as one unit, and
  // the halves of a surrogate pair, never foldable, are copied with the run around them.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (FOLDABLE[text.charCodeAt(i)] === 0) continue;
    out += text.slice(from, i) + foldLetter(text.charAt(i), keepPersianYeh);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

function foldLetter(ch: string, keepPersianYeh: boolean): string {
  if (keepPersianYeh && ch === PERSIAN_YEH) return ch;
  const arabic = ARABIC_FORMS[ch];
  if (arabic !== undefined) return arabic;
  if (ch === 'ё') return 'е';
  const special = LATIN_SPECIAL[ch];
  if (special !== undefined) return special;
  return isLatinLetterWithMarks(ch) ? withoutMarks(ch) : ch;
}

/** Arabic letter forms that vary by writer and keyboard but mean the same letter. */
const ARABIC_FORMS: Record<string, string> = {
  // Persian/Urdu keh and yeh written for the Arabic kaf and ya.
  'ک': 'ك', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي',
  // Alef wasla is an alef.
  'ٱ': 'ا',
  // Ta marbuta with hamza/heh goal forms used in Persian.
  'ۀ': 'ة', 'ە': 'ه', 'ہ': 'ه', 'ھ': 'ه',
};

/** Persian yeh, written for both the Arabic ya (ي) and alef maqsura (ى). */
const PERSIAN_YEH = 'ی';

/** 1 for each code unit foldLetter may change: the keys of its tables, ё, and accented Latin letters. */
const FOLDABLE = new Uint8Array(0x10000);
for (const ch of [...Object.keys(ARABIC_FORMS), ...Object.keys(LATIN_SPECIAL), 'ё']) FOLDABLE[ch.charCodeAt(0)] = 1;
for (let c = 0x00c0; c <= 0x024f; c++) FOLDABLE[c] = 1;
for (let c = 0x1e00; c <= 0x1eff; c++) FOLDABLE[c] = 1;
/** Persian yeh or one of its presentation forms (NFKC turns those into it). */
const HAS_PERSIAN_YEH = /[\u06CC\uFBFC-\uFBFF]/;

/**
 * The normal form a name is compared in: NFKC (full-width letters, ligatures such as "ﷲ" and
 * Arabic presentation forms become plain letters), lower case, accents removed from Latin letters,
 * Arabic vowel marks and tatweel removed, apostrophes removed, every run of punctuation or space a
 * single space. Returns "" for text with no letters or digits.
 */
export function normaliseText(text: string): string {
  // Fast path: plain ASCII (most Latin names) needs no Unicode work.
  if (isPlainAscii(text)) return normaliseAscii(text);
  return normaliseUnicode(text, false);
}

/**
 * normaliseText of printable ASCII in one pass, the same string as
 * relationsRead(text).toLowerCase().replace(ELIDED_ARTICLE, '').replace(APOSTROPHES, '').replace(/[^a-z0-9]+/g, ' ').trim(): capitals
 * lowered, letters and digits kept, ' and ` (the only APOSTROPHES in ASCII) dropped without ending
 * a run of separators (deleting them first joins the runs on either side), and each run of other
 * characters one space, written only between two kept characters (trim drops the ones at the ends).
 */
function normaliseAscii(written: string): string {
  const text = relationsRead(written);
  let out = '';
  let gap = false;
  // Where the word being written starts in `out` (an elided l', d' or dell' is all of it: ELIDED_ARTICLE).
  let wordStart = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out !== '') out += ' ';
      if (gap || out === '') wordStart = out.length;
      gap = false;
      out += String.fromCharCode(c);
    } else if (c === 39 || c === 96) {
      // The word must stand right before the apostrophe, with no apostrophe inside it, and a vowel
      // right after it, as in ELIDED_ARTICLE.
      if (!gap && isElided(out, wordStart) && text.slice(i - (out.length - wordStart), i).toLowerCase() === out.slice(wordStart) && isPlainVowel(text.charCodeAt(i + 1))) out = out.slice(0, wordStart);
    } else {
      gap = true;
    }
  }
  return out;
}

/** Whether out[from...] is a word ELIDED_ARTICLE drops before an apostrophe (l, d, dell, nell, all, dall, sull). */
function isElided(out: string, from: number): boolean {
  const n = out.length - from;
  if (n === 1) {
    const c = out.charCodeAt(from);
    return c === 108 || c === 100;
  }
  return (n === 3 || n === 4) && ITALIAN_ELIDED.has(out.slice(from));
}

const ITALIAN_ELIDED = new Set(['dell', 'nell', 'all', 'dall', 'sull']);

/** An ASCII vowel of either case (a e i o u y), what must follow an elided l' or d'. */
function isPlainVowel(c: number): boolean {
  const lower = c >= 65 && c <= 90 ? c + 32 : c;
  return lower === 97 || lower === 101 || lower === 105 || lower === 111 || lower === 117 || lower === 121;
}

/**
 * For each token of normaliseText(text) (same count, same order), whether it ended in Persian yeh ی
 * before the normalisation folded it to the Arabic ya ي; undefined when the text has no Persian yeh.
 * Persian and Dari write ی for both the ya and alef maqsura (عیسی = Isa, موسی = Musa, مرتضی = Murtaza,
 * Arabic عيسى موسى مرتضى), so such a token's last letter may be a long a: tokens.ts gives it that
 * reading as an alternative form. The fold maps one letter to one letter and ی is a letter, so
 * normalising with ی kept splits the text into exactly the same tokens.
 */
export function persianYehEndings(text: string): boolean[] | undefined {
  if (!HAS_PERSIAN_YEH.test(text)) return undefined;
  return splitTokens(normaliseUnicode(text, true)).map((t) => t.endsWith(PERSIAN_YEH));
}

/**
 * The Turkish dotted capital İ: toLowerCase gives i and a combining dot above, which the step that
 * makes every other non-letter a space then cut out of the word. Up to 1.74.0 İbrahim was the initial
 * I and a name Brahim, İSMAİL three pieces; it is written i first (since 1.75.0).
 */
const DOTTED_CAPITAL_I = /\u0130/g;

function normaliseUnicode(text: string, keepPersianYeh: boolean): string {
  let s = text.normalize('NFKC');
  s = s.replace(ZERO_WIDTH_NON_JOINER_ARTICLE, ' ').replace(INVISIBLES, '');
  s = s.replace(DOTTED_CAPITAL_I, 'i').toLowerCase();
  s = cyrillicTitlesRead(relationsRead(s));
  s = s.replace(ARABIC_MARKS, '').replace(TATWEEL, '');
  s = foldLetterForms(s, keepPersianYeh);
  s = s.replace(ELIDED_ARTICLE, '');
  s = s.replace(APOSTROPHES, '');
  s = s.replace(SEPARATORS, ' ');
  // Anything else that is neither letter nor digit nor space (symbols, emoji) separates tokens too.
  s = s.replace(/[^\p{L}\p{N}\s]+/gu, ' ');
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * A letter only the Turkish and Azerbaijani alphabets have: the dotless ı (either case; İ, its dotted
 * capital), ğ, the schwa ə. Both alphabets write the sound English spellings write j as c, and ch as ç
 * (Hacı Cemal is Haji Jamal, Cihad Jihad, Necmettin Najmuddin, Çakır Chakir), where French and
 * Portuguese ç is an s and c is k or s in every other Latin alphabet.
 */
export const TURKISH_LETTER = /[ıİğĞəƏ]/;
const TURKISH_C = /[cCçÇ]/g;
const TURKISH_C_READ: Record<string, string> = { c: 'j', C: 'J', ç: 'ch', Ç: 'Ch' };

/**
 * Name `full` with its c and ç written j and ch where a Turkish or Azerbaijani letter shows the name
 * is written in one of those alphabets (TURKISH_LETTER; since 1.75.0): the whole name, since most of
 * its words hold no such letter (Hacı Cemal). Without one (Cemal alone, or a Turkish name typed in
 * ASCII) the letters stay as they are: read as j, the c of every other Latin name would be misread.
 * analyseName reads a name through it before cutting it into pieces (name-pieces.ts namePieces).
 */
export function turkishSpelling(full: string): string {
  if (!TURKISH_LETTER.test(full)) return full;
  return full.replace(TURKISH_C, (_: string, at: number) => turkishCAt(full, at));
}

/**
 * The reading of the Turkish c or ç at `at` of `text` (j, J, ch, Ch), shared with
 * turkish-reading.ts: a capital Ç before another capital is CH, since Ch would read as two words
 * joined (splitJoinedCapitals).
 */
export function turkishCAt(text: string, at: number): string {
  const c = text.charAt(at);
  return c === 'Ç' && isCapital(text.charAt(at + 1)) ? 'CH' : (TURKISH_C_READ[c] as string);
}

/** Whether `ch` is a capital letter (it changes in lower case). */
function isCapital(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** Splits normalised text into tokens on spaces. */
export function splitTokens(normalised: string): string[] {
  return normalised === '' ? [] : normalised.split(' ');
}

/**
 * Upper-case, no spaces or punctuation: how document and IMO numbers are compared. Since engine
 * 1.152.0 also Arabic-Indic and Persian digits as ASCII ones (a passport number typed in an Arabic
 * form: ١٢٣٤٥٦٧), and Cyrillic and Greek capitals that look like Latin ones as those (a series typed
 * on a Russian keyboard: АВ 123456 for AB123456): a document number is compared by what it shows,
 * and up to 1.151.0 such a number met no list's.
 */
export function normaliseIdentifier(text: string): string {
  return lookalikesRead(text.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N}]+/gu, ''));
}

/**
 * `text` with the digits and capitals of LOOKALIKES as their ASCII forms, its spacing kept: for the
 * reading of a number field before its number is picked out (stated-documents.ts comparableNumber
 * tells digits by ASCII ones).
 */
export function lookalikesRead(text: string): string {
  return /[^\x00-\x7f]/u.test(text) ? text.replace(LOOKALIKE, (c) => LOOKALIKES[c] ?? c) : text;
}

/** Digits of the Arabic scripts, and capitals written alike in Latin, Cyrillic and Greek. */
const LOOKALIKES: Record<string, string> = (() => {
  const map: Record<string, string> = {};
  for (let d = 0; d < 10; d++) {
    map[String.fromCharCode(0x0660 + d)] = String(d);
    map[String.fromCharCode(0x06f0 + d)] = String(d);
  }
  const pairs = 'АAВBЕEКKМMНHОOРPСCТTУYХXІIЈJЅSΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX';
  for (let i = 0; i < pairs.length; i += 2) map[pairs[i] as string] = pairs[i + 1] as string;
  return map;
})();
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'gu');

/**
 * A capital letter straight after a small one inside a word starts a new word (since 1.6.0): names
 * typed or copied without their spaces keep their capitals (Sayf-AlAdl, MossaabAbdelouadoud,
 * AbdallahAl-Ali, VladimirPutin), so the join is undone before case is dropped. Mc and Mac are
 * prefixes written with a capital after them (McDonald, MacArthur) and stay one word, and so do
 * legal forms with a capital inside (GmbH, KGaA, SpA): the new word must be a capital followed by a
 * small letter (Adl) or by two more capitals (NGARUYE, LLC), and a small letter that follows a
 * capital inside a word does not end it (JEMmAAH: a slip of the shift key in a word written in
 * capitals, not a word boundary). Names whose
 * capitals are lost (VLADIMIRPUTIN, vladimirputin) still meet through merged pairings (score.ts).
 */
export function splitJoinedCapitals(text: string): string {
  // Every split needs a small letter straight before a capital; most names have none (ALL CAPS,
  // Title Case, Arabic script), and checking that first spares them the look-around regex below.
  if (!mayJoinCapitals(text)) return text;
  return text.replace(/(?<!\p{L}\p{Lu})\p{Ll}(?=\p{Lu}(?:\p{Ll}|\p{Lu}\p{Lu}))/gu, (lower: string, offset: number, s: string) => (MC_PREFIX.test(s.slice(0, offset + 1)) ? lower : `${lower} `));
}

const MC_PREFIX = /(?:^|[^\p{L}])Ma?c$/u;

const SMALL_THEN_CAPITAL = /\p{Ll}\p{Lu}/u;

/** In ASCII \p{Ll} is a-z and \p{Lu} A-Z. */
const ASCII_SMALL_THEN_CAPITAL = /[a-z][A-Z]/;
const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * False only when no small letter (\p{Ll}) is followed by a capital (\p{Lu}) in `text`, which every
 * match of splitJoinedCapitals's pattern needs (its \p{Ll} and the \p{Lu} of its look-ahead are
 * adjacent): then the replacement cannot change the text. The answer of SMALL_THEN_CAPITAL, asked in
 * ASCII first: only a text with a character outside ASCII can need the Unicode classes. Two plain
 * scans cost about what the loop by code unit it replaces did on names, and a third of it on long
 * upper-case texts (remittance lines, which monitoring/screening.ts cuts as analyseName does).
 */
function mayJoinCapitals(text: string): boolean {
  return ASCII_SMALL_THEN_CAPITAL.test(text) || (NOT_ASCII.test(text) && SMALL_THEN_CAPITAL.test(text));
}
