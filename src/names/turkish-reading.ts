/**
 * Arabic names as Turkish writes them, read back towards the spelling other romanisations use
 * (since 1.92.0). Turkish spells the Arabic a of most names e (Ebu Bekir, Muhammed, Selim, Kemal,
 * Emine, Recep for Rajab), writes the article el-, eş-, ez- and, in ASCII or in a name that shows no
 * Turkish letter, c for j (el-Culani). Read as any Latin name those e's cost a vowel each: "Ebu
 * Bekir el-Bagdadi" scored 0.61 on QDi.299's "Abu Bakr al-Baghdadi", and "Ebubekir el-Bağdadi",
 * the spelling of the Turkish press, met nothing above 0.42.
 *
 * A name is taken as Turkish by a letter only the Turkish and Azerbaijani alphabets have (ı, İ, ğ,
 * ə, as normalise.ts turkishSpelling) or by a word that is or begins with the kunya Ebu (Ebu Hamza,
 * Ebubekir), which no other spelling writes so. Its reading: every e read a, c read j, ç ch and v w
 * (Avvad, Zevahiri, Tevfik), and a word's last p or t after a vowel b and d, the Arabic letters
 * Turkish devoices there (Recep Rajab, Habip Habib, Mahmut Mahmud, Reşit Rashid). It
 * is a second variant beside the name as written (matching/name-variants.ts), never the only one,
 * so the e that is an e (Mehdi, Emre) and the t that is a t (Hikmet, Nusret: the ta marbuta) still
 * meet their spellings, and a wrong reading costs nothing but a chance of a match the name score then
 * weighs.
 */

import { TURKISH_LETTER, turkishCAt } from './normalise.js';

/** A word that is or begins with the kunya Ebu. */
const EBU = /(?:^|[^\p{L}])ebu/iu;
const TURKISH_LETTERS = /[eEcCçÇvV]/g;
/** Its e and v; its c and ç are read as normalise.ts reads them (turkishCAt). */
const READ: Record<string, string> = { e: 'a', E: 'A', v: 'w', V: 'W' };
/** A word-final p or t after a vowel: Turkish devoices the Arabic b and d there (Recep, Mahmut). */
const DEVOICED = /(?<=[aeiouıöüAEIOUİÖÜ])([pPtT])(?![\p{L}])/gu;
const VOICED: Record<string, string> = { p: 'b', P: 'B', t: 'd', T: 'D' };

/** Name `full` read as Turkish spells Arabic names (above) where it is written in Turkish, else `full`. */
export function turkishReading(full: string): string {
  if (!TURKISH_LETTER.test(full) && !EBU.test(full)) return full;
  const voiced = full.replace(DEVOICED, (c: string) => VOICED[c] as string);
  // c and ç as normalise.ts turkishSpelling writes them, a capital Ç before a capital as CH (since
  // 1.99.0; up to 1.98.0 ÇELİK read as "Ch ALİK").
  return voiced.replace(TURKISH_LETTERS, (c: string, at: number) => READ[c] ?? turkishCAt(voiced, at));
}
