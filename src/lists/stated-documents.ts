/**
 * Document numbers a list states in free text rather than in a document's number field. The UN list
 * does both: a document with its type and no NUMBER, the number in its NOTE ("Tunisian passport
 * number L 191609 issued on 28 Feb. 1996", "Italian Fiscal Code: DAOMMD74T11Z352Z") or in
 * TYPE_OF_DOCUMENT2 ("Afghan national identification card (tazkira) number 545167"); and passports
 * and identity numbers named in a record's comments, an alias's note or an alias itself ("diplomatic
 * passport number 836110034", "Passport number: B0515260; DOB: 1948", "false identity related to
 * fraudulent South African identification number 6910275240086"). A document number is the
 * strongest identifier screening has, so each is read into a number where one can be picked out
 * without guessing; the text stays as written beside it.
 */
import { normaliseIdentifier } from '../names/normalise.js';
import type { DocumentKind, IdentityDocument } from './model.js';

/**
 * The document number a short piece of free text holds: the first token with at least five digits
 * that is not a date ("03/07/1996"), joined with a one- or two-letter series prefix written apart
 * ("D 000763", "L 191609", "DE- 473900"); undefined when no token qualifies. (The UK reader's rule for
 * its Passport Details cells, shared.)
 */
export function documentNumberIn(piece: string): string | undefined {
  const tokens = piece.split(/[\s.,;:()]+/).filter((t) => t !== '');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (!/^[A-Za-z0-9][A-Za-z0-9/-]*$/.test(token)) continue;
    if ((token.match(/\d/g)?.length ?? 0) < 5) continue;
    if (/^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/.test(token)) continue; // a date written 03/07/1996
    const previous = tokens[i - 1];
    if (/^\d{6}$/.test(token)) {
      const series = seriesBefore(tokens, i);
      if (series !== undefined) return `${series} ${token}`;
    }
    return previous !== undefined && /^[A-Z]{1,2}-?$/.test(previous) && /^\d/.test(token) ? `${previous} ${token}` : token;
  }
  return undefined;
}

/**
 * The series written before a six-digit number, as a Russian passport is numbered: four digits,
 * apart or as two pairs, and perhaps "No." between ("Russian passport number 8208 No. 555627",
 * "96 03 464086"); undefined when none is. Without it the series was dropped (555627), and a query
 * giving the passport whole ("8208 555627", as OFAC writes one) met a different number.
 */
function seriesBefore(tokens: readonly string[], at: number): string | undefined {
  let i = at - 1;
  if (i >= 0 && /^(?:no|n|№)$/i.test(tokens[i] as string)) i--;
  const last = tokens[i];
  if (last === undefined) return undefined;
  // The series must start the number: nothing before it but the words that name the document, so a
  // year that ends "issued in 2003" is never taken for a series.
  const leads = (j: number) => j < 0 || SERIES_LEAD.test(tokens[j] as string);
  if (/^\d{4}$/.test(last)) return leads(i - 1) ? last : undefined;
  const first = tokens[i - 1];
  if (first !== undefined && /^\d{2}$/.test(last) && /^\d{2}$/.test(first) && leads(i - 2)) return `${first} ${last}`;
  return undefined;
}

/**
 * The part of a document number field that is the number, for comparing: a field written with
 * words ("Qatari passport number 00868774", "381110042 (Expired 25 Jan. 2016)", "Russian passport
 * number 8208 No. 555627") by the number documentNumberIn picks out of it; otherwise the field less
 * the leading words that hold no digit ("d.n.i. 16.282.556", "N° 12345"), a series of one to three
 * capitals before the number kept ("L 191609", "OR 1961825"). Screening (matching/prepared.ts) and
 * cross-list linking (link.ts documentKey) both compare numbers in this form, each then normalised
 * (normaliseIdentifier) and held to its own least length.
 */
export function comparableNumber(text: string): string {
  if (writtenWithWords(text)) {
    const picked = documentNumberIn(text);
    if (picked !== undefined) return picked;
  }
  const words = text.trim().split(/\s+/);
  while (words.length > 1 && !/\d/.test(words[0] as string) && !(/^[A-Z]{1,3}$/.test(words[0] as string) && /^\d/.test(words[1] as string))) words.shift();
  return words.join(' ');
}

/**
 * Whether a number field holds words besides its number: a word of three letters or more, or "No."
 * before it. Three capitals right before the digits are a register's or a series' letters, part of
 * the number ("HRB 26136", a German commercial register number), not words.
 */
function writtenWithWords(text: string): boolean {
  if (/\bno\.?\s/i.test(text)) return true;
  const tokens = text.split(/[\s.,;:()]+/);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (!/^[A-Za-z]{3,}$/.test(t)) continue;
    if (/^[A-Z]{3}$/.test(t) && /^\d/.test(tokens[i + 1] ?? '')) continue;
    return true;
  }
  return false;
}

/** What may stand right before a series: the words naming the document. */
const SERIES_LEAD = /^(?:number|no|passport|series|serial|серия|паспорт)$/i;

/**
 * The number a series-and-number document is known by alone ("8208 555627" gives 555627), or
 * undefined: the list writes the series apart and "No." before the number, so a query may give
 * either.
 */
export function numberWithoutSeries(number: string): string | undefined {
  return /^\d{2} ?\d{2} (\d{6})$/.exec(number)?.[1];
}

/**
 * "passport number", "passport no.", "identification number (United States of America):", "identity
 * card number", "identity card no.:": what a UN text says before a document number. The number must
 * follow within the next two words (a series prefix and the number), so a number further on in the
 * sentence is never taken for it.
 */
const STATED = /\b(passport|identification|identity card)\s+(?:booklet\s+)?(?:number|no\.?)\s*(?:\([^)]*\))?\s*:?\s*/gi;

/** The documents `text` (the source's field `field`) names by number, of a party of kind `person` or not. */
export function statedDocuments(text: string, field: string, person: boolean): IdentityDocument[] {
  const out: IdentityDocument[] = [];
  for (const m of text.matchAll(STATED)) {
    const after = text.slice((m.index as number) + m[0].length).split(/\s+/, 2).join(' ');
    const number = documentNumberIn(after);
    if (number === undefined) continue;
    const passport = (m[1] as string).toLowerCase() === 'passport';
    const kind: DocumentKind = passport ? 'passport' : person ? 'national-id' : 'other';
    out.push({ kind, type: passport ? 'Passport' : 'Identification number', number, note: `stated in ${field}: "${`${m[0]}${number}`.replace(/\s+/g, ' ')}"` });
  }
  return out;
}

/**
 * Whether two document numbers are one, written alike or not ("OR 1961825", "OR1961825"): compared
 * in the form screening compares them (names/normalise.ts normaliseIdentifier).
 */
export function sameDocumentNumber(a: string, b: string): boolean {
  return normaliseIdentifier(a) === normaliseIdentifier(b);
}
