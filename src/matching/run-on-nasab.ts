/**
 * A nasab run together with the article and the name after it, read apart (since 1.135.0):
 * BINALSHIBH as BIN AL-SHIBH, Binalsheidah as Bin al-Sheidah. The UN and OFAC write Ramzi bin
 * al-Shibh (QDi.081) so, in one word, and the analysis reads one word as one name: against it the
 * same man's name written apart met nothing it could pair. The scorer reads two query words as one
 * listed word (a split pairing), but bin + shibh is not binalshibh without its article, so "Bin Al
 * Shibh, Ramzi" met RAMZI MOHAMED ABDULLAH BINALSHIBH at 0.35 and the record's own Arabic name, رمزي
 * محمد عبد الله بن الشيبة, its Latin names at 0.56, neither an alert. Read apart, the nasab is a
 * particle and the name a name of its own, as written elsewhere.
 *
 * A reading beside the name as written, so the one word still meets itself: a list's and a compared
 * record's (prepared-list.ts wordBoundaryReadings) and a query's (engine.ts analysed). Only the
 * Latin nasab forms (bin, ibn, ben, bint), the article (al, el, ul) and at least four letters after
 * it, so that Binali, Benalla and Benelli (two letters or one) are left whole.
 * In the list files here the words it reads are Binalshibh and Binalsheidah, in several spellings.
 */

/** A whole word: nasab, article, and four letters or more. */
const RUN_ON = /(?<![\p{L}'’])(bint|bin|ibn|ben)(al|el|ul)(\p{L}{4,})(?![\p{L}'’])/giu;

/** `name` with each run-on nasab read apart (see above), or undefined when it holds none. */
export function runOnNasabApart(name: string): string | undefined {
  if (!/b[ie]n|ibn/i.test(name)) return undefined;
  const out = name.replace(RUN_ON, (_whole, nasab: string, article: string, rest: string) => `${nasab} ${article}-${rest}`);
  return out === name ? undefined : out;
}
