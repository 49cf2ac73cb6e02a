import { familyTitleLast } from './comma-family-title.js';
import { legalFormsClosedUp, spacedLegalFormClosedUp } from './dotted-legal-forms.js';
import { somaliSpelling } from '../names/somali-spelling.js';
import { germanReadings } from '../names/german-reading.js';
import { turkishReading } from '../names/turkish-reading.js';
import { MAY_HOLD_NOTE, withoutNote } from './name-annotations.js';
import { isPlaceName } from './countries.js';
import { BRANCH_PREPOSITION, BRANCH_WORD, isBodysOffice } from './branch-notes.js';
import { legalFormsAbbreviated } from './written-out-legal-forms.js';
import { ABD_AMBIGUOUS, ABD_PREFIXES, ARTICLES, KUNYA, KUNYA_WITH_ARTICLE, NASAB, SUN_ARTICLE_LETTERS, TITLES } from '../names/arabic.js';
import { LEGAL_FORMS } from '../names/common-names.js';

/** What separates alternatives: a semicolon, or a slash with white space on both sides. */
const ALTERNATIVES = /;|\s\/\s/;

/** S / O, D / O with the slash spaced, a word of their own (nameVariants closes them up). */
const SPACED_RELATION = /(^|[^\p{L}\p{N}])([sd])\s+\/\s+(o)(?![\p{L}\p{N}])/giu;

/**
 * Where South Asian documents and payment lines write a second person beside the first (since
 * 1.47.0): C/O "care of" (Ahmad Ali C/O Hassan Traders: the one who receives for him) and W/O "wife
 * of" (Fatima Bibi W/O Abdul Haq), abbreviated with the slash spaced or not, or "wife of" written
 * out. The two sides are two people, each screened as a name of its own: read as one name, up to
 * 1.46.0, C/O and W/O were two initials and the second name's words were extra words of the first,
 * so neither met its listed record. "Care of" written out is left alone: organisations are named
 * for the care of someone (Society for the Care of Orphans).
 */
const SECOND_PERSON = /(^|[^\p{L}\p{N}])(?:[cw]\s*\/\s*o|wife\s+of)(?![\p{L}\p{N}])/giu;

/**
 * R/O "resident of" and the words after it, up to the next alternative: an address (Abdul Haq S/O
 * Anwar Khan R/O Mohalla Qazi Khel, Peshawar), not a name, dropped (since 1.47.0); as name words they
 * met listed names by their places.
 */
const RESIDENCE = /(^|[^\p{L}\p{N}])(?:r\s*\/\s*o|resident\s+of)(?![\p{L}\p{N}])[^;()]*/giu;

/**
 * S/O, D/O, "son of", "daughter of": what stands before them is the person's own name, what follows
 * the father's (Hafiz Muhammad Saeed S/O Kamal ud Din). The whole is read as a name with the nasab
 * (names/normalise.ts RELATION_ABBREVIATION reads S/O as bin), and since 1.47.0 the own name alone
 * too: the list writes South Asian names without the father's (HAFIZ MUHAMMAD SAEED), and the
 * father's three words after bin cost the whole name its match (0.49 on QDi.263).
 */
const FATHER_NAMED = /(^|[^\p{L}\p{N}])(?:[sd]\s*\/\s*o|son\s+of|daughter\s+of)(?![\p{L}\p{N}])/iu;

/** A word "of" (written-out relations), or a slash (abbreviated ones): the only texts the patterns above can match. */
const MAY_RELATE = /\/|\sof\s/i;

/** `name`'s own name before an S/O or "son of" (FATHER_NAMED), or undefined where it names no father or nothing stands before. */
function ownNameBeforeFather(name: string): string | undefined {
  const m = FATHER_NAMED.exec(name);
  if (m === null) return undefined;
  const own = name.slice(0, m.index + (m[1] as string).length).trim();
  return own === '' ? undefined : own;
}

/**
 * Names as lists write them sometimes pack alternatives: "أبو بكر البغدادي (Abu Bakr al-Baghdadi;
 * Abu Bakr al-Husayni)" or "X; Y", and since 1.33.0 "X / Y" with the slash spaced (AL-ITIHAAD
 * AL-ISLAMIYA / AIAI, HARAKAT UL-MUJAHIDIN / HUM: a name and its acronym, or two names of one
 * body). Each alternative is matched as a name of its own. A slash between two words without
 * spaces (Movement/Army, J/V) joins alternatives of one word and is left to the analysis. Since
 * 1.47.0 C/O and W/O part two people as alternatives part two names, R/O's address is dropped and
 * the own name before S/O is an alternative too (above); since 1.50.0 each part loses the note a
 * list may write into it (name-annotations.ts). Since 1.80.0 a name with a legal form written with
 * full stops (S.A.R.L.) is read with it closed up too (dotted-legal-forms.ts), and since 1.87.0 a
 * name in the Somali alphabet as Somali spells (names/somali-spelling.ts), beside the name read as
 * any Latin name: its letters transliterated one by one (Максамед for Maxamed) meet the one, its
 * sounds (Mohamed) the other.
 */
export function nameVariants(full: string, organisation = false): string[] {
  // Most names pack nothing: one variant, the name itself (two short pattern tests, no closures).
  if (!full.includes('(') && !full.includes(';') && !MAY_RELATE.test(full) && !MAY_HOLD_NOTE.test(full)) {
    const t = undotted(full.trim());
    if (t === '') return [];
    const out: string[] = [];
    addReadings(t, out, organisation);
    return out;
  }
  const out: string[] = [];
  const add = (s: string, enclosed = false): void => {
    // The spaces a group read out of the name leaves are one (since 1.139.0): the explanation shows
    // this text as the listed name, and "VTB BANK (AUSTRIA) AG" read without its place was shown
    // "VTB BANK   AG". The words are the same either way.
    const t = undotted(withoutNote(s, enclosed).replace(SPACES, ' ').trim());
    if (t === '' || out.includes(t)) return;
    addReadings(t, out, organisation);
    const own = ownNameBeforeFather(t);
    if (own !== undefined && !out.includes(own)) out.push(own);
  };
  const inner: string[] = [];
  // S / O and D / O spaced are "son of" and "daughter of" inside one name (names/normalise.ts
  // RELATION_ABBREVIATION), not two alternatives: their slash is closed up first. R/O's address is
  // dropped, and C/O and W/O part two people as a semicolon parts two names.
  // The marks of markedReadings are the text's own only (a control character typed into a name is none).
  const parted = full.replace(MARKS, ' ').replace(RESIDENCE, '$1').replace(SECOND_PERSON, '$1;');
  let outer = parted.replace(SPACED_RELATION, '$1$2/$3');
  // Innermost parentheses first, until none is left (since 1.116.0): "أنصار الشريعة بليبيا (Ansar al
  // Charia in Libya (ASL))" gave one name of both scripts with a stray parenthesis, and no name
  // "Ansar al Charia in Libya", which then met its own record at 0.61.
  for (let guard = 0; guard < MAX_NESTING && outer.includes('('); guard++) {
    const next = outer.replace(ENCLOSED, (whole: string, g: string, at: number, text: string) => {
      // A title in parentheses is read in its place (since 1.98.0): the UN's "(Sheikh) Musa Hilal"
      // gave SDi.002 a name "Sheikh", which the query "Sheikh" met at 0.66, an alert.
      // So is a legal form (since 1.120.0: ABC (PTY) LTD, XYZ (PVT.) LTD), which was a name of its own.
      if (allWordsIn(g, TITLES) || allWordsIn(g, LEGAL_FORMS)) return ` ${g} `;
      if (OFF_SHORE.test(g)) return ' OFFSHORE ';
      if (isPlaceName(g)) return `${PLACE}${g}${PLACE}`;
      // A branch by its place alone (since 1.147.0): the word says where a body is, not which, and
      // read in, it was left unpaired against the branch's record ("ISIL Libya Branch" met ISIL's
      // Libyan province at 0.74, under ISIL itself, which the reading without the place met).
      const branchOf = branchPlace(g);
      if (branchOf !== undefined) return `${PLACE}${branchOf}${PLACE}`;
      // A body's office alone (HEAD OFFICE, since 1.147.0): the name with it and without it, never a name of its own.
      if (isBodysOffice(g)) return `${PLACE}${g}${PLACE}`;
      if (isGloss(g, text, at, whole.length)) return `${GLOSS}${g}${GLOSS}`;
      inner.push(g);
      return ' ';
    });
    if (next === outer) break;
    outer = next;
  }
  for (const reading of markedReadings(outer)) for (const part of reading.split(ALTERNATIVES)) add(part);
  for (const g of inner) for (const reading of markedReadings(g)) for (const part of reading.split(ALTERNATIVES)) add(part, true);
  if (out.length === 0) add(full);
  return out;
}

/**
 * The offshore status of a company (SAL (OFFSHORE), SAL (OFF-SHORE), INC. (OFF SHORE), OFAC SDN): read
 * in its place as the one organisation word offshore (common-names.ts), never as a name alone.
 */
const OFF_SHORE = /^\s*off[\s-]*shore\s*$/i;

/** Runs of white space, one space each in a reading. */
const SPACES = /\s+/g;

/** A group in parentheses holding none: the innermost. */
const ENCLOSED = /\(([^()]*)\)/g;
/** Parentheses inside parentheses read, at most (a name nests two at most; a hostile one may nest thousands). */
const MAX_NESTING = 4;

/**
 * Marks around a place or a gloss in parentheses while the parentheses are read (markedReadings
 * then gives the name without it and with it in its place). Control characters: no name holds them
 * (names/normalise.ts drops them before the analysis).
 */
const PLACE = '\u0001';
const GLOSS = '\u0002';

/**
 * The readings of a text whose parentheses have been read (nameVariants): the text without the
 * places and glosses it marks, then, where it marks any, the text with each place read in its place
 * and each gloss in the place of the word it glosses.
 *
 * A place in parentheses (since 1.116.0: AL-HARAMAIN FOUNDATION (PAKISTAN), LEADER (HONG KONG)
 * INTERNATIONAL, 華信船務(香港)有限公司) says where a body or its branch is; up to 1.115.0 it was a
 * name of its own, and any firm of that country or territory alerted: "Hong Kong Trading Limited" on
 * KPe.017 at 0.86, "Union of the Comoros" on QDe.116 at 0.92. A gloss (a word in small letters after a
 * word of a name in capitals: Battalion of Shahids (martyrs), QDe.100) translates the word before
 * it: "Martyrs" alone met QDe.100 at 0.91.
 */
function markedReadings(text: string): string[] {
  if (!text.includes(PLACE) && !text.includes(GLOSS)) return [text];
  const without = text.replace(MARKED_PLACE, ' ').replace(MARKED_GLOSS, ' ');
  const within = text.replace(PLACE_MARKS, ' ').replace(GLOSSED_WORD, ' $1 ');
  return without === within ? [without] : [without, within];
}

const MARKS = /[\u0001\u0002]/g;
const MARKED_PLACE = /\u0001[^\u0001]*\u0001/g;
const MARKED_GLOSS = /\u0002[^\u0002]*\u0002/g;
const PLACE_MARKS = /\u0001/g;
/** A word and the gloss after it: the gloss stands for the word. */
const GLOSSED_WORD = /[\p{L}\p{M}'’-]*\s*\u0002([^\u0002]*)\u0002/gu;

/**
 * Whether group `g`, written at `at` of `text` in parentheses `length` characters long, glosses the
 * word before it: one word in small Latin letters, right after a word, in a name written with
 * capitals (so "acme (hk) ltd" typed in small letters keeps its acronym), and no note (third).
 */
function isGloss(g: string, text: string, at: number, length: number): boolean {
  if (!GLOSS_WORD.test(g) || withoutNote(g, true) !== g) return false;
  const before = text.slice(0, at);
  if (!WORD_END.test(before)) return false;
  return CAPITAL.test(before) || CAPITAL.test(text.slice(at + length));
}

const GLOSS_WORD = /^\s*[a-z]{3,}\s*$/;
const WORD_END = /\p{L}\s*$/u;
const CAPITAL = /\p{Lu}/u;


/**
 * The place of a branch or office (LEBANON of LEBANON BRANCH, the UK list's AFGHANISTAN BRANCH; since
 * 1.120.0), or undefined where `text` names none: in parentheses, read as the place alone.
 */
export function branchPlace(text: string): string | undefined {
  const m = BRANCH_OF.exec(text);
  const place = m === null ? undefined : ((m[1] ?? m[2]) as string);
  return place !== undefined && isPlaceName(place) ? place : undefined;
}

/** Since 1.147.0 the branch words of branch-notes.ts too (HAMBURG FILIALE, Succursale de Paris). */
const BRANCH_OF = new RegExp(String.raw`^\s*(?:(.+?)\s+(?:${BRANCH_WORD}|office|representative\s+office)|(?:${BRANCH_WORD}|office)\s+(?:${BRANCH_PREPOSITION})?(.+?))\s*$`, 'i');

/** Whether `text` is one or more words of `words` and nothing else: titles (Sheikh; Haji Mullah), legal forms (PTY; PVT.). */
function allWordsIn(text: string, words: ReadonlySet<string>): boolean {
  const written = text.toLowerCase().split(/[\s.]+/).filter((w) => w !== '');
  return written.length > 0 && written.every((w) => words.has(w));
}

/**
 * Appends `name` to `out` (a person's "AL-SHAYKH, Muhammad" as "Muhammad AL-SHAYKH",
 * comma-family-title.ts), and after it the readings of it the analysis cannot make alone, each
 * one not yet there: its legal forms written with full stops closed up (dotted-legal-forms.ts,
 * since 1.80.0), its Somali spelling read (names/somali-spelling.ts, since 1.87.0) and its Turkish
 * one (names/turkish-reading.ts, since 1.92.0), and a Cyrillic name's German romanisation read back
 * (names/german-reading.ts, since 1.125.0).
 */
function addReadings(name: string, out: string[], organisation: boolean): void {
  // A person's family name that is a title, written first before a comma, is read last, as said
  // (comma-family-title.ts): a title first is dropped, one last with the article is a family name.
  const written = organisation ? name : (familyTitleLast(name) ?? name);
  // A legal form written out in words is read as its abbreviation only (written-out-legal-forms.ts).
  const abbreviated = legalFormsAbbreviated(written);
  const dotted = legalFormsClosedUp(abbreviated);
  // An organisation's name ending in single letters that spell a form (ROFI S A) reads them so too.
  const closed = organisation ? (spacedLegalFormClosedUp(dotted ?? abbreviated) ?? dotted) : dotted;
  // In an organisation's name a dotted legal form is that form only (since 1.129.0): read as written
  // too, its letters were initials that met the other name's words (GRUPO SAHECT, C.A. met GRUPO
  // CINJAB, S.A. at 0.70 by SAHECT on S and C on CINJAB). A name of unknown kind keeps both.
  const t = organisation && closed !== undefined ? closed : abbreviated;
  if (out.includes(t)) return;
  out.push(t);
  if (closed !== undefined && !out.includes(closed)) out.push(closed);
  const somali = somaliSpelling(t);
  if (somali !== t && !out.includes(somali)) out.push(somali);
  const turkish = turkishReading(t);
  if (turkish !== t && !out.includes(turkish)) out.push(turkish);
  for (const german of germanReadings(t)) if (!out.includes(german)) out.push(german);
}

/**
 * A name written as capitals each with its full stop (I.S.I.L., A. S. G.) as the one word they
 * spell (since 1.55.0): read as initials, each letter met any name of its first letter and the
 * acronym none (I.S.I.L. met QDe.115's full name at 0.58, never ISIL). A name with anything else in
 * it (J.R.R. Tolkien, Md. Karim) is left as written.
 */
function undotted(name: string): string {
  return name.includes('.') && DOTTED_CAPITALS.test(name) ? name.replace(/[.\s]/g, '') : name;
}

/** Two to six capitals, each but perhaps the last followed by a full stop, spaces between allowed. */
const DOTTED_CAPITALS = /^(?:\p{Lu}\.\s*){1,5}\p{Lu}\.?$/u;

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
  return ARTICLES.has(w) || SUN_ARTICLE_LETTERS.has(w);
}

/** Whether a word may be joined to its hyphenated neighbour: two letters or more, and no particle of the name's structure. */
function joinable(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]/g, '');
  if (w.length < 2) return false;
  return !(isArticle(w) || KUNYA.has(w) || KUNYA_WITH_ARTICLE.has(w) || NASAB.has(w) || ABD_PREFIXES.has(w) || ABD_AMBIGUOUS.has(w) || TITLES.has(w));
}
