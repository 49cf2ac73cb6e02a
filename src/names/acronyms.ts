/**
 * The acronyms an organisation is known by, read off the words of its name (since 1.53.0).
 *
 * Armed groups and their fronts are named in payments, news and customer files by initials far
 * more often than by their full names: ISIL, AQIS, IJU, ASG. A list carries some of those as
 * aliases and leaves others out: the UN list's Al-Qaida in Iraq (QDe.115) has "Islamic State in
 * Iraq and the Levant" among its names but not ISIL, so up to 1.52.0 a query "ISIL" met only the
 * listed affiliates whose own aliases hold the word (ISIL-WA, ISIL-K), never the group itself; Abu
 * Sayyaf Group (QDe.001) was not met by ASG at all, which met "ASC" (another party) instead.
 *
 * An acronym takes the first letter of each word, leaving out function words (in, of, the, and)
 * and, in a second reading, the particles that stand between the words of Arabic and South Asian
 * names (al, ul, e, i): Al-Qaida in the Arabian Peninsula is AQAP with its article, Tehrik-i-Taliban
 * Pakistan TTP without its ezafe. Only names of three to six such words, particles aside, give one
 * (two letters name too many things, and with the article a three-letter word would come of Al
 * Rashid Trust), besides two words linked by an ezafe or by the article as Urdu writes it
 * (Jaish-e-Mohammed: JeM, JiM; Jamaat-ud-Dawa: JuD; since 1.70.0), only
 * in Latin letters (a Latin acronym is read off Latin words; Daesh is an Arabic one, a word of its
 * own), and never one whose letters are a common given name.
 */

import { LEGAL_FORMS } from './common-names.js';

/** Words an acronym leaves out: English, French, German and Spanish function words, Arabic fi and wa. */
const FUNCTION_WORDS = new Set([
  'the', 'of', 'in', 'and', 'for', 'on', 'at', 'to', 'a', 'an', 'by', 'with',
  'de', 'du', 'des', 'la', 'le', 'les', 'et', 'pour', 'aux', 'en',
  'der', 'die', 'das', 'und', 'fur', 'y', 'del', 'fi', 'wa', 'wal',
]);

/**
 * Particles between the words of Arabic, Persian and Urdu names: counted in one reading (AQAP,
 * AQIS), left out in the other (TTP, QAP).
 */
const PARTICLES = new Set(['al', 'el', 'ul', 'ud', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'e', 'i', 'u']);

/**
 * The particles that link the two words of a South Asian group's name (since 1.70.0): the Persian
 * and Urdu ezafe (Jaish-e-Mohammed, Lashkar-i-Taiba) and the Arabic article as Urdu names write it
 * (Jamaat-ud-Dawa, Harakat ul-Ansar). Such a name is known by three letters, the particle's in
 * lower case: JeM, LeT, JuD, HuM, JuA.
 */
const LINKING_PARTICLES = new Set(['e', 'i', 'u', 'ul', 'ud', 'ut', 'us', 'ur']);

/**
 * The acronyms of a name of two words linked by such a particle (`words`: the name's three words),
 * else undefined (the name is read as any other). The ezafe is written e or i whichever way the name
 * writes it (Jaish-i-Mohammed is JeM), so both are given; ul, ud ... give u.
 */
function linkedPairAcronyms(words: readonly string[], isCommonName: (acronym: string) => boolean): string[] | undefined {
  const [first, particle, last] = words as [string, string, string];
  if (!LINKING_PARTICLES.has(particle) || PARTICLES.has(first) || PARTICLES.has(last) || FUNCTION_WORDS.has(first) || FUNCTION_WORDS.has(last)) return undefined;
  if (!LATIN_WORD.test(first) || !LATIN_WORD.test(last)) return [];
  const vowels = particle === 'e' || particle === 'i' ? ['e', 'i'] : ['u'];
  const out: string[] = [];
  for (const v of vowels) {
    const letters = `${first.charAt(0)}${v}${last.charAt(0)}`;
    if (!isCommonName(letters)) out.push(letters.toUpperCase());
  }
  return out;
}

/** Fewest and most letters an acronym read off a name may have. */
const MIN_LETTERS = 3;
const MAX_LETTERS = 6;

/** A parenthesised part of a name, dropped before the words are read (a note or the acronym itself). */
const PARENTHESISED = /\([^)]*\)/g;
/** What parts words: white space, hyphens and dashes, slashes and commas. */
const WORD_BREAK = /[\s\-\u2010-\u2015/,&+]+/u;
/** Apostrophes and hamza marks written inside a word (Hay’at, Jama'at), dropped. */
const INNER_MARKS = /['\u2018\u2019\u02bc\u02bf\u02be`]/gu;
/** A word of Latin letters only, once accents are off. */
const LATIN_WORD = /^[a-z]+$/;

/**
 * The acronyms of an organisation name `name` (as listed), in upper case, at most two;
 * `isCommonName(acronym)` refuses one that reads as a person's name (Ali, Omar). Empty where the
 * name is not in Latin letters or has too few or too many words.
 */
export function nameAcronyms(name: string, isCommonName: (acronym: string) => boolean): string[] {
  const plain = name
    .replace(PARENTHESISED, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(INNER_MARKS, '')
    // Full stops inside abbreviations (S.P.A., Co.) close them up, so a legal form is one word.
    .replace(/\./g, '')
    .toLowerCase();
  // A company's legal form is no word of its name (Bright Emerald Medical Supplies S.A. is BEMS).
  const words = plain.split(WORD_BREAK).filter((w) => w.length > 0 && !LEGAL_FORMS.has(w));
  if (words.length === 3) {
    const linked = linkedPairAcronyms(words, isCommonName);
    if (linked !== undefined) return linked;
  }
  if (words.length < MIN_LETTERS) return [];
  let withParticles = '';
  let withoutParticles = '';
  for (const w of words) {
    // A word in another script, or with digits, is not one an acronym is read off.
    if (!LATIN_WORD.test(w)) return [];
    if (FUNCTION_WORDS.has(w)) continue;
    withParticles += w.charAt(0);
    if (!PARTICLES.has(w)) withoutParticles += w.charAt(0);
  }
  const out: string[] = [];
  for (const letters of [withParticles, withoutParticles]) {
    // Three words besides the particles at least: with fewer, the article's letter makes a three-letter
    // word of two (Al Rashid Trust would be ART).
    if (withoutParticles.length < MIN_LETTERS || letters.length > MAX_LETTERS) continue;
    if (out.includes(letters.toUpperCase()) || isCommonName(letters)) continue;
    out.push(letters.toUpperCase());
  }
  return out;
}

/**
 * A dash between a group's name and the branch or place it names: "Islamic State of Iraq and Syria
 * – West Africa", "ISLAMIC STATE IN IRAQ AND THE LEVANT - LIBYA", "... ash-Sham—Khorasan Province".
 * A hyphen or dash with white space on both sides, or an em dash (lists close it up).
 */
const QUALIFYING_DASH = /\s[\-\u2010-\u2015]\s|\u2014/u;

/**
 * The names a branch of a group goes by, its group's acronym before what the list writes after the
 * dash (since 1.74.0): "ISIS West Africa" for Islamic State of Iraq and Syria – West Africa, "ISIL
 * Libya" for ISLAMIC STATE IN IRAQ AND THE LEVANT - LIBYA. Payments and news name the affiliates so
 * ("ISIS Libya", "ISIS West Africa"), which up to 1.73.0 met nothing on the UN list: the acronym met
 * no word of the long names, and the list writes the branch's own initials (ISIS-WA), not these.
 * Empty where the name has no such dash, or its part before the dash gives no acronym (nameAcronyms).
 */
export function qualifiedAcronyms(name: string, isCommonName: (acronym: string) => boolean): QualifiedAcronym[] {
  const plain = name.replace(PARENTHESISED, ' ');
  const dash = QUALIFYING_DASH.exec(plain);
  if (dash === null) return [];
  const tail = plain.slice(dash.index + dash[0].length).replace(/\s+/gu, ' ').trim();
  if (!/\p{L}/u.test(tail)) return [];
  const out: QualifiedAcronym[] = [];
  for (const acronym of nameAcronyms(plain.slice(0, dash.index), isCommonName)) {
    out.push({ text: `${acronym} ${tail}` });
    for (const same of SAME_GROUP[acronym] ?? []) out.push({ text: `${same} ${tail}`, standsFor: acronym });
  }
  return out;
}

/** A branch's name read by qualifiedAcronyms; `standsFor`: the acronym read off the name, where the text gives the group's other one (SAME_GROUP). */
export interface QualifiedAcronym {
  text: string;
  standsFor?: string;
}

/**
 * Acronyms of one group, by the two names of its last word (Levant, Syria): the UN list gives its
 * ISIL branches under both, ISIL-WA and ISIS-WA (QDe.162), ISIL-GS and ISIS-GS (QDe.163), ISIL in
 * Yemen and ISIS in Yemen (QDe.166), ISIL KHORASAN and ISIS-K (QDe.161), but ISIL - Libya (QDe.165)
 * under one: its branch name is read under both.
 */
const SAME_GROUP: Readonly<Record<string, readonly string[]>> = { ISIL: ['ISIS'], ISIS: ['ISIL'] };
