/**
 * IMO numbers a free-text field of a list states. The UN list gives the IMO number of the DPRK
 * shipping companies it designates only in a record's comments (COMMENTS1): "IMO number: 5571322.",
 * "IMO Number: 5342883.", "Company Number IMO 5434358.", "International Maritime Organization (IMO)
 * Number: 1790183." (16 records of the 2026-01-28 list). A company's IMO number identifies it for
 * good, whatever it is renamed to, so the UN reader files each as a document of its own (un.ts) and
 * screening meets it like a vessel's (matching/prepared.ts partyFacts). The UK list (2018 file) does
 * the same in Other Information, for the ships it lists as entities ("(IMO number: 7303803)", "IMO:
 * 8518780. MMSI: ...") and two companies (uk-hmt.ts).
 *
 * Only a number of exactly seven digits right after the word IMO (with "number", "no." and a colon
 * allowed between) counts: a number elsewhere in the text (a tonnage, a date, a passport) is not
 * read, nor a word that merely starts with IMO (Salimovich, written IMOVICH in capitals).
 */

import type { IdentityDocument } from './model.js';
import { sameDocumentNumber } from './stated-documents.js';

const IMO_NUMBER = /\bIMO\)?\s*(?:number|no\.?)?\s*:?\s*(\d{7})(?!\d)/gi;

/** The distinct IMO numbers `text` states, in the order it states them. */
export function imoNumbersInText(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMO_NUMBER)) {
    const n = m[1] as string;
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** The document type an IMO number read from a free-text field is filed under. */
export const IMO_FROM_TEXT = 'IMO number';

/**
 * The IMO numbers `text` (the source's field `field`) states that no document in `given` already
 * numbers, as documents: kind other, type IMO_FROM_TEXT, a note naming the field. The field itself
 * stays as written where the reader keeps it.
 */
export function imoDocumentsIn(text: string, field: string, given: readonly IdentityDocument[]): IdentityDocument[] {
  return imoNumbersInText(text)
    .filter((n) => !given.some((d) => d.number !== undefined && sameDocumentNumber(d.number, n)))
    .map((number) => ({ kind: 'other', type: IMO_FROM_TEXT, number, note: `stated in ${field}` }));
}
