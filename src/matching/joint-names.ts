/**
 * Two people in one name field, as joint accounts and payments write them: "ABU BAKR AL BAGHDADI
 * AND FATIMA AL BAGHDADI", "MR & MRS AL BAGHDADI", "JOHN AND/OR JANE SMITH", "Иванов Иван и Иванова
 * Мария". Read as one name, the second person's words were words of the first the listed name
 * lacked: up to engine 1.158.0 "ABU BAKR AL BAGHDADI AND FATIMA AL BAGHDADI" met QDi.299 not at all,
 * "... & FATIMA" at 0.5868, under the threshold.
 *
 * The engine reads each person as a name of its own beside the name as written
 * (further-readings.ts, since 1.159.0), for a person's name only: in an organisation's name
 * "and" and "&" join its words (AL-BARAKAT BANKING AND REMITTANCES, Tools & Machines), and a
 * name of unknown kind may be either. A first person written with a given name alone takes the
 * second's family name, as "JOHN AND JANE SMITH" means John Smith; a side holding only titles
 * ("MR & MRS ...") names nobody (the analysis drops titles).
 */

/** The words that join two people: and, or, and/or, &, + (English), и (Russian), et (French), und (German). */
const JOINER = /\s+(?:and\s*\/\s*or|and|or|&|\+|и|et|und)\s+|\s*&\s*/iu;
/** JOINER, every one in a name (split takes them all). */
const JOINERS = new RegExp(JOINER.source, 'giu');

/** Words of letters (and marks) in a side. */
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/** The people `name` joins (two or more), or undefined where it joins none. */
export function jointNames(name: string): string[] | undefined {
  if (!JOINER.test(name)) return undefined;
  // A side of one letter is an initial, not a person: "Иванов И И" is no two people joined by и.
  const sides = name.split(JOINERS).map((s) => s.trim()).filter((s) => (s.match(/\p{L}/gu) ?? []).length >= 2);
  if (sides.length < 2) return undefined;
  const last = sides[sides.length - 1] as string;
  const lastWords = last.match(WORD) ?? [];
  const family = lastWords.length >= 2 ? lastWords[lastWords.length - 1] : undefined;
  return sides.map((side, i) => {
    if (i === sides.length - 1 || family === undefined) return side;
    const words = side.match(WORD) ?? [];
    return words.length === 1 ? `${side} ${family}` : side;
  });
}
