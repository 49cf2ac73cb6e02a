/**
 * Which script a name is written in, for labelling items. Counts letters only (digits, spaces and
 * punctuation belong to no script) and takes the majority; a name with no letters is "latin" because
 * every label needs one of the three and such names are rare enough not to skew a table.
 */
import type { EvalScript } from './item.js';

export function scriptOf(text: string): EvalScript {
  let arabic = 0;
  let cyrillic = 0;
  let latin = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if ((cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff)) arabic++;
    else if (cp >= 0x0400 && cp <= 0x052f) cyrillic++;
    else if (/\p{L}/u.test(ch)) latin++;
  }
  if (arabic >= cyrillic && arabic > latin) return 'arabic';
  if (cyrillic > arabic && cyrillic > latin) return 'cyrillic';
  return 'latin';
}
