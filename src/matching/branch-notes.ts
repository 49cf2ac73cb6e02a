/**
 * A branch or a place written after a body's name without parentheses (since 1.147.0), read as the
 * same words in parentheses are: "BANK MELLI IRAN HAMBURG BRANCH" as "BANK MELLI IRAN (HAMBURG
 * BRANCH)", "VTB Bank, Filiale Hamburg" as "VTB Bank (Filiale Hamburg)", "Bank Saderat Iran -
 * London" as "Bank Saderat Iran (London)". A branch is no legal person of its own: it is the bank,
 * and payment messages name a correspondent or a beneficiary bank by its branch. Up to 1.146.0 the
 * place and the branch word were words of the name, rare ones, and a sanctioned bank's branch
 * written so did not meet the bank: "Bank Melli Iran Hamburg Branch" on OFAC's BANK MELLI IRAN
 * 0.34, while "Bank Melli Iran (Hamburg Branch)" met it at 0.90. name-variants.ts then reads the
 * name with and without the place, as it reads a place in parentheses.
 *
 * The shapes, each at the end of the name and only where the place is one countries.ts knows
 * (a country, territory, region or city): a place then a branch word (HAMBURG BRANCH, London
 * Branch Office, Tehran Head Office); a branch word then a place (Branch Hamburg, Filiale
 * Hamburg, branch in London), after a separator or a space; a place alone after a comma, a line
 * break or a spaced dash (", Hamburg", " - Dubai"; a country so only beside one of the others,
 * below); a city after a bank's own name (bankCityAtEnd); and a body's office with no place
 * (Head Office, Headquarters), a note of its own. Any other place after a space is left a word of
 * the name: it is a group's or a firm's own word as often as a note (ANSAR AL CHARIA BENGHAZI, the
 * Benghazi group, is not the Derna one). Since 1.150.0 also a bank's numbered branch (Branch No. 2
 * Dubai), and a branch written in Russian or Arabic, at the end (филиал в Гамбурге, Гамбургский
 * филиал, فرع دبي, الفرع الرئيسي) or first (Филиал ПАО Сбербанк, فرع بنك ملي ايران في دبي), where
 * the place need not be one countries.ts knows: the branch words say it is a note.
 */
import { countryCode, isPlaceName } from './countries.js';
import { CITIES } from './cities.js';
import { normaliseText } from '../names/normalise.js';
import { ORG_KIND, orgKindOf } from '../names/org-kinds.js';
import { vocabularyClass } from '../names/common-names.js';

/** A body's own offices: head office, main branch, representative office, headquarters. */
const OFFICE_OF_BODY = String.raw`(?:head|main|central|regional|representative|rep\.?|registered)\s+(?:office|branch)|headquarters|head\s+quarters`;

/**
 * Words for a branch: English, German (Filiale, Niederlassung, Zweigniederlassung), French
 * (succursale, agence), Spanish and Portuguese (sucursal, filial), Italian (filiale); and a body's
 * offices (head office, main branch, representative office, headquarters). An office alone only
 * after its place (LONDON OFFICE): "Office" before a place begins many a body's own name.
 */
export const BRANCH_WORD = String.raw`${OFFICE_OF_BODY}|branch(?:\s+office)?|filiale|filial|zweigniederlassung|niederlassung|succursale|sucursal|agence`;
/** What may stand between a branch word and its place: in London, de Paris, in der Schweiz. */
export const BRANCH_PREPOSITION = String.raw`(?:in|of|at|de|du|di|en|in\s+der)\s+`;
const PLACE_THEN_BRANCH = new RegExp(String.raw`\s(?:${BRANCH_WORD}|office|representative\s+office)\.?\s*$`, 'iu');
const BRANCH_THEN_PLACE = new RegExp(String.raw`(?:^|[\s,;:\u2013\u2014-])(${BRANCH_WORD})\s*[,:\u2013\u2014-]?\s*(?:${BRANCH_PREPOSITION})?(\S.*?)\.?\s*$`, 'iu');
/**
 * A comma, a line break (a payment's bank field writes the branch's city on a line of its own:
 * "BANK MELLI IRAN" then "HAMBURG"), or a dash with white space before it (a hyphen inside a word,
 * Al-Qaida, is none).
 */
const SEPARATED_LAST = /(?:,|\n|\s[\u2013\u2014-])\s*([^,\n\u2013\u2014-]+?)\.?\s*$/u;
/** What may stand between a name and its note: white space, commas, colons, dashes. */
const TRAILING_SEPARATORS = /[\s,;:\u2013\u2014-]+$/u;
const LEADING_SEPARATORS = /^[,;:\u2013\u2014-]+/u;
/**
 * A body's head office and the like, at the end of its name with no place after it ("Bank Melli
 * Iran Head Office"): where the body is, nothing of which; a note with no place to read.
 */
const OFFICE_LAST = new RegExp(String.raw`[\s,;:\u2013\u2014-]+(?:${OFFICE_OF_BODY})\.?\s*$`, 'iu');
const LEADING_SEPARATORS_AND_SPACE = /^[\s,;:\u2013\u2014-]+/u;
const OFFICE_ALONE = new RegExp(String.raw`^\s*(?:${OFFICE_OF_BODY})\.?\s*$`, 'iu');

/** Whether `text` is a body's office and nothing else (HEAD OFFICE, Representative Office): a note, read as a place in parentheses is. */
export function isBodysOffice(text: string): boolean {
  return OFFICE_ALONE.test(text);
}

/** A quick test that a text may hold a note of the shapes above (most names hold none). */
const MAY_HOLD = /branch|office|quarters|filial|niederlassung|succursale|sucursal|agence|,|\n|\s[\u2013\u2014-]|bank|banque|banco|banca|exchange|money|invest|بنك|مصرف|банк|филиал|отделени|представительств|офис|فرع|مكتب|المقر/iu;
/** Words of one place, at most (Ras Al Khaimah; place-words.ts counts four). */
const MAX_PLACE_WORDS = 4;

/**
 * `text` with the branch or place notes written at its end put in parentheses (see above), each in
 * its own ("Bank Melli Iran, Hamburg, Germany" as "Bank Melli Iran (Hamburg) (Germany)"), or `text`
 * itself where it ends in none. Something of a name must stand before the notes.
 */
export function branchInParentheses(written: string): string {
  if (!MAY_HOLD.test(written)) return written;
  // A branch named first, as Russian and Arabic write it ("Филиал ПАО Сбербанк в г. Москве",
  // "فرع بنك ملي ايران في دبي"): its body's name then the note.
  const text = branchFirst(written) ?? written;
  let head = text.trim();
  let notes = '';
  let countriesAlone = true;
  let cut = false;
  for (let guard = 0; guard < MAX_NOTES; guard++) {
    const found = noteAtEnd(head);
    if (found === undefined) {
      // An office with no place after it, a note of its own once (Bank Melli Iran Head Office;
      // with its place, Tehran Head Office, it is a note above): name-variants.ts reads the name
      // with and without it (isBodysOffice). It says the name is a body's, so a country read after
      // it is a note too (Head Office, Germany).
      const office = cut ? null : OFFICE_LAST.exec(head);
      if (office === null || !hasName(head.slice(0, office.index))) break;
      notes = ` (${withoutSeparators(head.slice(office.index).replace(LEADING_SEPARATORS_AND_SPACE, ''))})${notes}`;
      head = head.slice(0, office.index).trim();
      cut = true;
      countriesAlone = false;
      continue;
    }
    head = found.head;
    notes = ` (${found.note})${notes}`;
    if (!found.countryAlone) countriesAlone = false;
  }
  // A country alone after a separator ("ISIL - Libya") is left where it is, unless a branch or a
  // city is read too: score.ts pairUp already weighs a country beside a listed body's own name as
  // its branch's (since 1.146.0), and beside a rival holding that country the rival ranks first,
  // where the name read without it met ISIL (QDe.115) above its Libyan province (QDe.165).
  if (notes === '' || countriesAlone) return text;
  return head + notes;
}

/** A note read off a name's end: the name before it, the note, and whether the note is a country alone. */
interface NoteAtEnd {
  head: string;
  note: string;
  countryAlone: boolean;
}

/** Notes read off one name's end, at most (a branch, its city, its country). */
const MAX_NOTES = 3;

/** The last note of `text` (a shape above, but an office with no place) and the text before it, or undefined. */
function noteAtEnd(text: string): NoteAtEnd | undefined {
  // A name ending in parentheses has its note there, or a name of its own (HANIFA MONEY EXCHANGE
  // OFFICE (BRANCH LOCATED IN ALBU KAMAL, SYRIAN ARAB REPUBLIC): its comma is the note's).
  if (text.endsWith(')')) return undefined;
  const numbered = numberedBranchAtEnd(text);
  if (numbered !== undefined) return numbered;
  const written = cyrillicBranchAtEnd(text) ?? arabicBranchAtEnd(text);
  if (written !== undefined) return written;
  const tail = PLACE_THEN_BRANCH.exec(text);
  if (tail !== null) {
    const words = text.slice(0, tail.index).split(/\s+/u);
    for (let k = Math.min(MAX_PLACE_WORDS, words.length - 1); k >= 1; k--) {
      const place = words.slice(words.length - k).join(' ').replace(LEADING_SEPARATORS, '').trim();
      if (!isPlaceName(place)) continue;
      const head = withoutSeparators(words.slice(0, words.length - k).join(' '));
      if (hasName(head)) return { head, note: `${place} ${tail[0].trim().replace(/\.$/u, '')}`, countryAlone: false };
    }
  }
  const branch = BRANCH_THEN_PLACE.exec(text);
  if (branch !== null && isPlaceName(branch[2] as string)) {
    const head = withoutSeparators(text.slice(0, branch.index));
    if (hasName(head)) return { head, note: `${branch[1] as string} ${branch[2] as string}`, countryAlone: false };
  }
  const last = SEPARATED_LAST.exec(text);
  if (last !== null && isPlaceName(last[1] as string)) {
    const head = withoutSeparators(text.slice(0, last.index));
    const place = (last[1] as string).trim();
    if (hasName(head)) return { head, note: place, countryAlone: countryCode(place) !== undefined };
  }
  const city = bankCityAtEnd(text);
  return city === undefined ? undefined : { ...city, countryAlone: false };
}

/**
 * A city after a bank's or money exchange's name with only a space between (BANK MELLI IRAN
 * HAMBURG, Sberbank Moscow): the branch there, where the name holds a word of finance (org-kinds.ts,
 * or a bank's name run onto it) and a word of its own besides.
 */
function bankCityAtEnd(text: string): { head: string; note: string } | undefined {
  const words = text.split(/\s+/u);
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const place = words.slice(words.length - k).join(' ');
    if (!CITIES.has(normaliseText(place))) continue;
    const head = words.slice(0, words.length - k).map((w) => normaliseText(w));
    if (!head.some(financeWord) || !head.some(ownWord)) continue;
    return { head: withoutSeparators(words.slice(0, words.length - k).join(' ')), note: place };
  }
  return undefined;
}

/** A word of finance (bank, exchange, money, investment, in the names' languages), or a bank's name run onto its word (Sberbank, Gazprombank). */
function financeWord(w: string): boolean {
  return (orgKindOf(w) & ORG_KIND.finance) !== 0 || (w.length > 5 && w.endsWith('bank'));
}

/**
 * A word of a name's own: none of the organisation vocabulary (common-names.ts vocabularyClass:
 * organisation word, legal form, function word), no place, nor a word
 * that says what kind of bank it is (BANK_DESCRIPTORS): "Central Bank Tehran" read as "Central
 * Bank" met OFAC's CENTRAL REPUBLIC BANK at 0.71.
 */
function ownWord(w: string): boolean {
  return /\p{L}{2}/u.test(w) && vocabularyClass(w, w, 'latin') === undefined && !BANK_DESCRIPTORS.has(w) && orgKindOf(w) === 0 && !isPlaceName(w);
}

/** Words banks' names describe them by (English, written for this project). */
const BANK_DESCRIPTORS: ReadonlySet<string> = new Set([
  'central', 'reserve', 'state', 'federal', 'people', 'peoples', 'popular', 'public', 'private', 'first', 'new', 'royal',
  'arab', 'islamic', 'foreign', 'overseas', 'merchant', 'merchants', 'credit', 'savings', 'saving', 'cooperative', 'mutual',
  'agricultural', 'mortgage', 'housing', 'postal', 'rural', 'city', 'capital', 'standard', 'eastern', 'western', 'northern', 'southern',
]);

/** A branch's number: No. 2, Nr 2, Number 12, #3, № 7, or the digits alone. */
const BRANCH_NUMBER = String.raw`(?:(?:no|nr|num|number)\.?\s*|#\s*|№\s*)?\d+[a-z]?`;
const NUMBERED_BRANCH = new RegExp(String.raw`[\s,;:\u2013\u2014-](?:${BRANCH_WORD})\.?\s*[,:\u2013\u2014-]?\s*${BRANCH_NUMBER}(?![\p{L}\p{N}])`, 'giu');

/**
 * A bank's numbered branch at the end of its name (since 1.150.0): "Bank Melli Iran Branch No. 2",
 * "Bank Melli Iran Branch No 2 Dubai", "Bank Melli Iran, Dubai Branch #2", with a place after the
 * number or before the branch word or none. Only where the name holds a word of finance and one of
 * its own, as bankCityAtEnd: the numbered branches of other bodies are bodies of their own on the
 * lists (SYRIAN MILITARY INTELLIGENCE BRANCH 216, BRANCH 1 OF THE SHIRAZ REVOLUTIONARY COURT).
 */
function numberedBranchAtEnd(text: string): NoteAtEnd | undefined {
  let found: RegExpExecArray | null = null;
  for (const m of text.matchAll(NUMBERED_BRANCH)) found = m;
  if (found === null) return undefined;
  const after = withoutSeparators(text.slice(found.index + found[0].length).replace(LEADING_SEPARATORS_AND_SPACE, ''));
  if (after !== '' && !isPlaceName(after)) return undefined;
  let cut = found.index + 1;
  const words = text.slice(0, found.index).split(/\s+/u);
  for (let k = Math.min(MAX_PLACE_WORDS, words.length - 1); k >= 1; k--) {
    const place = words.slice(words.length - k).join(' ').replace(LEADING_SEPARATORS, '').trim();
    // Not a country after a space: the bank's own (BANK MELLI IRAN Branch 7).
    if (!isPlaceName(place) || (countryCode(place) !== undefined && !/[,;:\u2013\u2014-]$/u.test(words[words.length - k - 1] ?? ''))) continue;
    cut = words.slice(0, words.length - k).join(' ').length;
    break;
  }
  const head = withoutSeparators(text.slice(0, cut));
  const own = head.split(/\s+/u).map((w) => normaliseText(w));
  if (!hasName(head) || !own.some(financeWord) || !own.some(ownWord)) return undefined;
  return { head, note: withoutSeparators(text.slice(cut).replace(LEADING_SEPARATORS_AND_SPACE, '')).replace(/\.$/u, ''), countryAlone: false };
}

/**
 * Russian words for a body's branch and offices: филиал (branch), отделение (division, a bank's
 * branch), представительство (representative office), головной or центральный офис (head office),
 * дополнительный or операционный офис (a bank's sub-branch).
 */
const CYRILLIC_BRANCH = String.raw`филиал|отделение|представительство|(?:головной|центральный|дополнительный|операционный|региональный)\s+офис|головное\s+отделение`;
/** A place named by an adjective before the branch word: Гамбургский, Московское, Северо-Западный. */
const CYRILLIC_PLACE_ADJECTIVE = String.raw`[\p{Script=Cyrillic}-]+(?:ский|цкий|ской|ское|ская|ный|ное|ная)`;
/**
 * What may follow a Russian branch word: a number (№ 7), a place after в or г. (в Гамбурге, в г.
 * Москве, г. Москва), a quoted name («Центральный»), or one or two words (Москва; the place is in
 * the locative or nominative, which countries.ts does not hold, so any word is read).
 */
const CYRILLIC_AFTER = String.raw`(?:№\s*\d+|\d+|(?:(?:в|во)\s+)?(?:г\.?\s*|городе\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?|[«"][^»"]+[»"])`;
const CYRILLIC_AT_END = new RegExp(String.raw`[\s,;:\u2013\u2014-]+((?:${CYRILLIC_PLACE_ADJECTIVE}\s+)?(?:${CYRILLIC_BRANCH})(?:\s*[,:\u2013\u2014-]?\s*${CYRILLIC_AFTER})?)\.?\s*$`, 'iu');
const CYRILLIC_FIRST = new RegExp(String.raw`^\s*((?:${CYRILLIC_PLACE_ADJECTIVE}\s+)?(?:${CYRILLIC_BRANCH})(?:\s+[«"][^»"]+[»"])?)\s+(\S.*?)(\s+(?:в|во)\s+(?:г\.?\s*|городе\s+)?[\p{L}-]+)?\s*$`, 'iu');

/** A Russian branch at the end of a name (since 1.150.0): "Банк Мелли Иран, филиал в Гамбурге", "ПАО Сбербанк Московский филиал". */
function cyrillicBranchAtEnd(text: string): NoteAtEnd | undefined {
  const m = CYRILLIC_AT_END.exec(text);
  if (m === null) return undefined;
  const head = withoutSeparators(text.slice(0, m.index));
  // The branch word must stand apart from the words before it: "Сибирское отделение Российской
  // академии наук" is the Siberian branch of the Academy, whose name comes after (branchFirst).
  if (!hasName(head) || /(?:^|\s)(?:в|во|и|of)$/iu.test(head)) return undefined;
  return { head, note: (m[1] as string).trim(), countryAlone: false };
}

/** Arabic words for a body's branch and offices: فرع (branch), the main branch, the head office, headquarters, a representative office. */
const ARABIC_BRANCH = String.raw`(?:ال)?فرع(?:\s+(?:ال)?رئيسي)?|(?:ال)?مكتب\s+(?:ال)?(?:رئيسي|تمثيلي|إقليمي|اقليمي)|(?:ال)?مقر\s+(?:ال)?رئيسي|(?:ال)?إدارة\s+(?:ال)?عامة|(?:ال)?ادارة\s+(?:ال)?عامة`;
/** What may follow an Arabic branch word: a number (رقم 2), a place after في (in), or up to three words (دبي, the place). */
const ARABIC_AFTER = String.raw`(?:(?:رقم\s*)?\d+|(?:في\s+)?\S+(?:\s+\S+){0,2})`;
const ARABIC_AT_END = new RegExp(String.raw`[\s,;:\u060C\u2013\u2014-]+((?:${ARABIC_BRANCH})(?:\s+${ARABIC_AFTER})?)\s*$`, 'u');
const ARABIC_FIRST = new RegExp(String.raw`^\s*(فرع)\s+(\S.*?)(\s+في\s+\S+(?:\s+\S+)?)?\s*$`, 'u');

/** An Arabic branch at the end of a name (since 1.150.0): "بنك ملي ايران فرع دبي", "بنك ملي ايران - الفرع الرئيسي". */
function arabicBranchAtEnd(text: string): NoteAtEnd | undefined {
  const m = ARABIC_AT_END.exec(text);
  if (m === null) return undefined;
  const head = withoutSeparators(text.slice(0, m.index).replace(/[\s\u060C]+$/u, ''));
  if (!hasName(head)) return undefined;
  return { head, note: (m[1] as string).trim(), countryAlone: false };
}

/**
 * A name that begins with its branch (since 1.150.0), as Russian and Arabic write a branch: "Филиал
 * ПАО Сбербанк", "Московский филиал ПАО Сбербанк в г. Москве", "فرع بنك ملي ايران في دبي" (the
 * branch of Bank Melli Iran in Dubai), written as the body's name then its note ("ПАО Сбербанк
 * (Филиал в г. Москве)"), or undefined where the name does not begin so.
 */
function branchFirst(text: string): string | undefined {
  const m = CYRILLIC_FIRST.exec(text) ?? ARABIC_FIRST.exec(text);
  if (m === null) return undefined;
  const body = (m[2] as string).trim();
  // An Arabic body's name of two words at least, and no place: فرع فلسطين is the Palestine Branch
  // (of Syria's military intelligence), named by its place.
  if (!hasName(body) || (m[1] === 'فرع' && (!/\s/u.test(body) || isPlaceName(body)))) return undefined;
  return `${body} (${`${(m[1] as string).trim()} ${(m[3] ?? '').trim()}`.trim()})`;
}

function withoutSeparators(s: string): string {
  return s.replace(TRAILING_SEPARATORS, '').trim();
}

/** Whether `head` holds a letter outside parentheses (a name, not only a note or a separator). */
function hasName(head: string): boolean {
  return /\p{L}/u.test(head.replace(/\([^()]*\)/gu, ''));
}
