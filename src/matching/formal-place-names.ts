/**
 * A country's formal name inside an organisation's name written as its short name (since 1.132.0):
 * ISLAMIC REPUBLIC OF IRAN SHIPPING LINES is read as IRAN SHIPPING LINES too, STATE SECURITY
 * COMMITTEE OF THE REPUBLIC OF BELARUS as STATE SECURITY COMMITTEE OF BELARUS, beside the name as
 * written (whose initials are the acronym it is known by, IRISL, and whose words count for their
 * frequency; this reading counts for neither: organisation-readings.ts). Payments and news name
 * such bodies by the short name; the formal words (Islamic, Republic) were then two rare words of
 * the listed name the query lacked, and "Iran Shipping Lines" met IRISL (OFAC SDN 25396) at 0.596, under
 * the threshold, while the IRISL subsidiary SOUTH SHIPPING LINES - IRAN LINE alerted at 0.69. The
 * place words of the short name stay (place-words.ts reads them as a place).
 *
 * Only where the words after the formal prefix name the same country as the whole (Islamic Republic
 * of Iran and Iran; Union of the Comoros and Comoros): not the Democratic Republic of the Congo
 * (Congo alone is the Republic of the Congo), nor the Republic of China (Taiwan), nor the Democratic
 * People's Republic of Korea (Korea alone names no one country), nor a republic that is no country
 * (the Republic of Crimea). "State of" is no prefix here (the Islamic State of Iraq is a group).
 */
import { countryCode, FORMAL_PREFIX_SOURCE } from './countries.js';

/** A formal prefix (the Islamic Republic of the ...) standing as words of a longer text, in any case. */
const FORMAL_RUN = new RegExp(`(?<![\\p{L}\\p{N}])${FORMAL_PREFIX_SOURCE}`, 'giu');

/** Formal names that are another country than their short name, which countries.ts does not know. */
const OTHER_COUNTRY = new Set(['republic of china']);

/** At most this many words after the prefix make the country's short name (Saudi Arabia, Bosnia and Herzegovina). */
const MAX_SHORT_WORDS = 3;

/** `name` with each country's formal prefix left out (see above), or undefined where it has none. */
export function formalPlacesShortened(name: string): string | undefined {
  if (!/\sof\s/i.test(name)) return undefined;
  let changed = false;
  const out = name.replace(FORMAL_RUN, (prefix: string, at: number, text: string) => {
    const after = text.slice(at + prefix.length).split(/\s+/);
    for (let k = Math.min(MAX_SHORT_WORDS, after.length); k >= 1; k--) {
      const short = after.slice(0, k).join(' ');
      const code = countryCode(short);
      if (code === undefined || short.includes(',')) continue;
      const whole = `${prefix}${short}`.toLowerCase().replace(/\s+/g, ' ');
      if (OTHER_COUNTRY.has(whole.replace(/^the /, ''))) return prefix;
      const formal = countryCode(whole);
      if (formal !== undefined && formal !== code) return prefix;
      changed = true;
      return '';
    }
    return prefix;
  });
  return changed ? out.replace(/\s{2,}/g, ' ').trim() : undefined;
}
