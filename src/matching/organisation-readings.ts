/**
 * The readings an organisation's name is given beside its name variants (name-variants.ts
 * nameVariants), read as names of the party but, like an acronym reading, not counted in a word's
 * frequency and giving no acronym (prepared-list.ts): its dotted initials closed up
 * (dotted-legal-forms.ts initialsClosedUp, since 1.128.0: P.C.C. as PCC; S.B.R. closed up counted
 * would make Sabir, of one skeleton, commoner) and its countries' formal names short
 * (formal-place-names.ts, since 1.132.0: the written ISLAMIC REPUBLIC OF IRAN SHIPPING LINES keeps
 * its acronym IRISL and its words' counts). Each beside the name as written, whose initials still
 * meet the words they stand for. An organisation's only: a person's dotted letters are initials
 * (J.R.R. Tolkien, Tufail, S.M.).
 */
import { initialsClosedUp } from './dotted-legal-forms.js';
import { formalPlacesShortened } from './formal-place-names.js';

/** How each reading is made from a variant: the reading, or undefined where the variant gives none. */
const READINGS: readonly ((variant: string) => string | undefined)[] = [initialsClosedUp, formalPlacesShortened];

/** The readings of `variants` (see above), each one not among the variants or before it. */
export function organisationReadings(variants: readonly string[]): string[] {
  const out: string[] = [];
  for (const read of READINGS) {
    for (const v of variants) {
      const reading = read(v);
      if (reading !== undefined && !variants.includes(reading) && !out.includes(reading)) out.push(reading);
    }
  }
  return out;
}
