/**
 * Words written before a vessel's or a firm's name that are no part of it: the vessel's type as
 * shipping documents, charter parties and bills of lading write it (MT for a motor tanker, MV or
 * M/V a motor vessel, M/S or MS a motor ship, SS a steamship, VLCC a very large crude carrier) and
 * its IMO number beside the name; and "M/S" or "Messrs" before a firm's name, as South Asian
 * payments and invoices write it ("M/S Al Rashid Trust").
 *
 * The lists write a vessel's name alone (none of OFAC's 851 vessels of 2024 starts with such a
 * word), and up to engine 1.157.0 the word was one the listed name lacked: "MT ADRIAN DARYA" met
 * OFAC's ADRIAN DARYA 1 at 0.6282, under the threshold, "MV ADRIAN DARYA 1" at 0.7046 where the
 * name alone gives 0.9294; "M/S AL RASHID TRUST" met QDe.005 AL RASHID TRUST at 0.5988, "Messrs Al
 * Rashid Trust" not at all. The engine reads the name without them as a further reading
 * (further-readings.ts, since 1.158.0), beside the name as written.
 */
import { changedReading } from './name-numbers.js';

/** A vessel's type before its name, with the separators it is written with (M/T, M.T., MT). */
const VESSEL_TYPE = /^\s*(?:m\s*[/.]?\s*[tvsy]\.?|s\s*[/.]?\s*s\.?|f\s*[/.]?\s*v\.?|r\s*[/.]?\s*v\.?|vlcc|ulcc|lpg|lng|tanker|oil\s+tanker|crude\s+oil\s+tanker|vessel|ship|tug|barge)\s+(?=\S)/iu;

/** An IMO number, its digits captured: "IMO 9116412", "IMO No. 9116412", "imo:9116412". */
const IMO_DIGITS = /imo\s*(?:no\.?|number)?\s*[:#]?\s*(\d{7})/giu;

/** An IMO number beside a vessel's name, in parentheses or not ("ADRIAN DARYA 1 (IMO 9116412)"). */
const IMO_NOTE = new RegExp(String.raw`\(?\s*${IMO_DIGITS.source}\s*\)?`, 'giu');

/** "M/S" and "Messrs" before a firm's name (M/S also a motor ship: either way no word of the name). */
const FIRM_TITLE = /^\s*(?:m\s*\/\s*s\.?|messrs\.?|messieurs)\s+(?=\S)/iu;

/**
 * The IMO numbers written in a vessel's names ("M/T ADRIAN DARYA 1 (IMO 9116412)"), for a query
 * that gives none in its imoNumber field (prepared.ts queryFacts, since 1.160.0): the number is
 * the query's claim, evidence as strong as the field's.
 */
export function imoNumbersInNames(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    if (!/imo/iu.test(name)) continue;
    for (const m of name.matchAll(IMO_DIGITS)) if (!out.includes(m[1] as string)) out.push(m[1] as string);
  }
  return out;
}

/** Whose name is read: a vessel's (its type and IMO number go), or a firm's or unknown party's (M/S goes). */
export type PrefixedName = 'vessel' | 'firm';

/** `name` less the words above, or undefined where it has none or nothing else. */
export function nameWithoutPrefix(name: string, of: PrefixedName): string | undefined {
  return changedReading(name, of === 'vessel' ? name.replace(IMO_NOTE, ' ').replace(VESSEL_TYPE, '') : name.replace(FIRM_TITLE, ''));
}
