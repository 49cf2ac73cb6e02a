/**
 * A person's name as payments and customer files write it with numbers beside it: an account
 * ("ABU BAKR AL-BAGHDADI ACC 40817810099910004312", "/40817810099910004312 ABU BAKR AL-BAGHDADI",
 * SWIFT's field 50K), a line number of SWIFT's structured fields 50F and 59F ("1/ABU BAKR AL
 * BAGHDADI"), an IBAN, a customer or reference number. No word of a person's name is a number, and
 * up to engine 1.156.0 each was a word of the query's name the listed name lacked: the first two
 * above met QDi.299 (Abu Bakr al-Baghdadi) at 0.35 and 0.40, under the threshold, and "1/..." at
 * 0.51.
 *
 * The engine screens a person's name without them as a further reading (further-readings.ts, since
 * 1.157.0), beside the name as written: the best reading counts, so the few listed names that hold
 * a number (OFAC's aliases "40", "ZETA 33", "Luis 2525") are still met word for word. An
 * organisation's name and a party's of unknown kind (LegalEntity: a payment's parties) are read
 * without a payment's own numbers only (SWIFT's lines, accounts, IBANs), since there a number may
 * be the name (OFAC's "2904977 CANADA, INC.", a numbered Canadian company; SYRIAN MILITARY
 * INTELLIGENCE BRANCH 216); a vessel's or an aircraft's name is read as written.
 */

/**
 * SWIFT's numbered lines of fields 50F and 59F: "1/" the name (over several lines, each "1/"),
 * "2/" the address, "3/" the country and town, "4/" to "8/" birth, identity and further details.
 */
const NAME_LINE = /^\s*1\/(?=\S)/u;
const NUMBERED_LINE = /^\s*[1-8]\/(?=\S)/u;

/** SWIFT 50K's account, a slash and the account before the name, at the start of a line. */
const LEADING_ACCOUNT = /(^|\n)\s*\/\S*\p{Nd}\S*/gu;

/**
 * A label of an account and the number after it: English, Russian (счёт, р/с for расчётный счёт,
 * л/с for лицевой счёт) and Arabic (حساب).
 */
const LABELLED_ACCOUNT = /(?<![\p{L}\p{N}])(?:acc|acct|a\/c|account|iban|счет|счёт|р\/с|л\/с|حساب)\.?\s*(?:no\.?\s*)?[:#№]?\s*[\p{L}\p{N}-]*\p{Nd}[\p{L}\p{N}-]*/giu;

/** A label of some other number (customer, reference, identity: رقم is "number") and the number after it. */
const LABELLED_NUMBER = /(?<![\p{L}\p{N}])(?:no|nr|num|number|id|ref|cust|customer|client|cif|№|#|رقم)\.?\s*[:#№]?\s*[\p{L}\p{N}-]*\p{Nd}[\p{L}\p{N}-]*/giu;

/** An IBAN, labelled or not: country letters, check digits, then groups of letters and digits, spaced by fours or not. */
const IBAN = /(?<![\p{L}\p{N}])(?:[Ii][Bb][Aa][Nn]\.?\s*:?\s*)?[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?(?![\p{L}\p{N}])/gu;

/** A word of digits alone (in any script's digits), with the separators a number is grouped by. */
const NUMBER_WORD = /(?<![\p{L}\p{N}])\p{Nd}+(?:[\s.-]\p{Nd}+)*(?![\p{L}\p{N}])/gu;

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/**
 * `name` less the numbers beside it (see above), or undefined where it holds none or nothing but
 * them. `person`: the name is a person's, so any number and any labelled one goes; else (an
 * organisation, or a party of unknown kind, as a payment's parties mostly are) only what a payment
 * writes beside a name: SWIFT's lines, an account, an IBAN, since a company's name may be a number
 * (2904977 CANADA, INC.).
 */
export function nameWithoutNumbers(name: string, person: boolean): string | undefined {
  if (!DIGIT.test(name)) return undefined;
  let plain = swiftNameLines(name).replace(LEADING_ACCOUNT, '$1').replace(IBAN, ' ').replace(LABELLED_ACCOUNT, ' ');
  if (person) plain = plain.replace(LABELLED_NUMBER, ' ').replace(NUMBER_WORD, ' ');
  return changedReading(name, plain);
}

/**
 * `plain`, a name with words taken out of `name`, with its spacing closed up, as a further reading:
 * undefined where nothing was taken out or no letter is left (name-prefixes.ts's readings too).
 */
export function changedReading(name: string, plain: string): string | undefined {
  const read = plain.replace(/\s+/gu, ' ').trim();
  return !LETTER.test(read) || read === name.replace(/\s+/gu, ' ').trim() ? undefined : read;
}

/** A name written in SWIFT's numbered lines, by its "1/" lines alone; any other text as it is. */
function swiftNameLines(text: string): string {
  const lines = text.split('\n');
  if (!lines.some((l) => NAME_LINE.test(l))) return text;
  return lines
    .filter((l) => NAME_LINE.test(l) || !NUMBERED_LINE.test(l))
    .map((l) => l.replace(NAME_LINE, ''))
    .join('\n');
}
