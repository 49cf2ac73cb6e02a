/**
 * The countries a nationality or country field names (since 1.149.0), the query's and the
 * record's: what the evidence of nationality and country compares (evidence.ts). A field is read
 * as a whole first, a country's name or code (countries.ts), an alpha-3 or passport code
 * (alpha3-codes.ts), a nationality word (demonyms.ts); then as lists and customers write it:
 * OFAC's inverted names ("Korea, North", "Congo, Democratic Republic of the"), the UK list's
 * enumerations and notes ("(1) Somali (2) Swedish", "a) Syrian Arab Republic b) State of
 * Palestine", "Kuwaiti citizenship withdrawn in 2002", "DRC and Belgian nationalities"), read by
 * the countries and nationality words it holds; a state that split ("USSR", "former Yugoslavia")
 * as its successors and the EU as its members, where nothing else names a country
 * (country-groups.ts, since 1.154.0 and 1.155.0).
 * Up to 1.148.0 such a field named no country, or the
 * wrong one (OFAC's "Congo, Democratic Republic of the" read as the Republic of the Congo, CG), and
 * a field naming no country counts for nothing, for or against.
 *
 * An address is not a field of this kind: countries.ts countryCode reads its last part.
 */
import { normaliseText } from '../names/normalise.js';
import { ALPHA3 } from './alpha3-codes.js';
import { countryCodeOfParts, countryCodeOfWhole, currentRegion, NOT_COUNTRIES } from './countries.js';
import { demonymCodes, demonymForm } from './demonyms.js';
import { countryGroupCodes } from './country-groups.js';

/** Words of a country's name in several words, at most, tried as one (the United States of America, six with "the"). */
const MAX_WORDS = 6;

/**
 * Short words read as countries inside a longer text: the abbreviations written as names. Any
 * other word of two or three letters there is a word (to, in, by, and, per are Tonga, India,
 * Belarus, Andorra and Peru as codes).
 */
const SHORT_NAMES: ReadonlySet<string> = new Set(['uk', 'usa', 'uae', 'ksa', 'drc', 'rok', 'prc', 'rf', 'рф']);

/** Words of a longer text read for countries, at most (codesWithin), and the characters they are taken from. */
const MAX_SCANNED_WORDS = 40;
const MAX_SCANNED_CHARS = 1000;

/**
 * The codes of several fields, de-duplicated, in first-seen order. A field naming only a group of
 * countries counts where no other field names a country: QDi.290's nationalities "Russian
 * Federation" and "former Soviet Union" are RU, not the fifteen.
 */
export function fieldCountryCodes(texts: readonly (string | undefined)[]): string[] {
  const out: string[] = [];
  const grouped: string[] = [];
  for (const t of texts) {
    if (!t) continue;
    const read = readField(t);
    const into = read.group ? grouped : out;
    for (const c of read.codes) if (!into.includes(c)) into.push(c);
  }
  return out.length > 0 ? out : grouped;
}

/** What a field names: countries, or (`group`) only the states of groups (country-groups.ts). */
interface FieldReading {
  codes: readonly string[];
  group: boolean;
}

const COUNTRIES = (codes: readonly string[]): FieldReading => ({ codes, group: false });

const aCountry = (code: string | undefined): string | undefined => (code === undefined || NOT_COUNTRIES.has(code) ? undefined : code);

/** A flag's label before its country ("Nationality of Registration" in OFAC's remarks). */
const OF_REGISTRATION = /^\s*(?:nationality\s+)?of\s+registration\s*:?\s*/iu;

/** An ISO 3166-1 numeric code, alone in its field. */
const NUMERIC_CODE = /^\s*(\d{3})\s*$/u;

/**
 * What an ISO 3166-1 numeric code names (since 1.156.0): Russian and CIS banks' records code a
 * nationality so (ОКСМ, the Russian classifier of countries, uses the ISO numbers: 643 Russia, 760
 * Syria, 368 Iraq), and up to 1.155.0 such a field named no country. ICU's region aliases (CLDR)
 * give the alpha-2 code of each, withdrawn ones as their successor (720 and 886 Yemen as YE); a
 * state that split as its group (810 the Soviet Union, 890 Yugoslavia, 200 Czechoslovakia:
 * country-groups.ts), a code of a region that is no country (001 World, 419 Latin America) none.
 */
function numericCode(code: string): FieldReading {
  const group = countryGroupCodes(code);
  if (group !== undefined) return { codes: group, group: true };
  const region = currentRegion(code);
  const country = /^[A-Z]{2}$/u.test(region) ? aCountry(region) : undefined;
  return COUNTRIES(country === undefined ? [] : [country]);
}

/** The codes one field names, or none. */
export function fieldCodes(written: string): readonly string[] {
  return readField(written).codes;
}

function readField(written: string): FieldReading {
  // OFAC's vessels' flag as its reader leaves it: "of Registration Man, Isle of".
  // No country's name is as long as MAX_SCANNED_CHARS: a longer field is only scanned.
  if (written.length > MAX_SCANNED_CHARS) return codesWithin(written);
  const text = written.replace(OF_REGISTRATION, '');
  const numeric = NUMERIC_CODE.exec(text);
  if (numeric !== null) return numericCode(numeric[1] as string);
  const whole = wholeCodes(text);
  if (whole !== undefined) return COUNTRIES(whole);
  // OFAC's inverted names: "Korea, North", "Virgin Islands, British", "Man, Isle of".
  const comma = text.split(',');
  if (comma.length === 2) {
    const inverted = wholeCodes(`${comma[1] as string} ${comma[0] as string}`);
    if (inverted !== undefined) return COUNTRIES(inverted);
  }
  const part = aCountry(countryCodeOfParts(text));
  if (part !== undefined) return COUNTRIES([part]);
  return codesWithin(text);
}

/** The codes a text names as a whole: a country's name or code, an alpha-3 code, a nationality word. */
function wholeCodes(text: string): readonly string[] | undefined {
  const key = normaliseText(text);
  if (key === '') return undefined;
  for (const k of keyForms(key)) {
    const form = demonymForm(k);
    if (form !== undefined) return form;
    const code = aCountry(countryCodeOfWhole(k) ?? ALPHA3.get(k));
    if (code !== undefined) return [code];
    const codes = demonymCodes(k);
    if (codes !== undefined) return codes;
  }
  return undefined;
}

/**
 * A key and its spellings the ICU names use: "Trinidad and Tobago" as "Trinidad & Tobago" (whose
 * ampersand normaliseText drops), "Saint Kitts and Nevis" as "St. Kitts & Nevis".
 */
function keyForms(key: string): string[] {
  const out = [key];
  const noAnd = key.replace(/ and /gu, ' ');
  if (noAnd !== key) out.push(noAnd);
  const st = noAnd.replace(/^saint /u, 'st ');
  if (st !== noAnd) out.push(st);
  return out;
}

/**
 * The countries and nationality words a longer text holds, each run of words read as long as it
 * names one ("a) Central African Republic b) South Sudan": CF and SS; "Iranian national and US
 * national/citizen": IR and US). Notes around them name nothing (citizenship, by birth, possibly). A
 * group counts only where nothing else is named: "(1) Russian (2) USSR (until 1991)" is RU, "USSR
 * (until 1991)" the Soviet Union's fifteen successors.
 */
function codesWithin(text: string): FieldReading {
  // The first words only: the longest nationality note of the lists here is 14 words, and a field
  // of a megabyte (hostile or broken input) took 2.8 s read whole.
  const head = text.slice(0, MAX_SCANNED_CHARS);
  const words = normaliseText(head).split(' ').filter((w) => w !== '').slice(0, MAX_SCANNED_WORDS);
  const capitals = capitalCodes(head);
  const out: string[] = [];
  const grouped: string[] = [];
  let i = 0;
  while (i < words.length) {
    let step = 1;
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
      const run = words.slice(i, i + n).join(' ');
      const group = countryGroupCodes(run);
      const codes = group !== undefined || (n === 1 && run.length <= 3 && !SHORT_NAMES.has(run) && !capitals.has(run)) ? undefined : wholeCodes(run);
      if (codes === undefined && group === undefined) continue;
      const into = codes !== undefined ? out : grouped;
      for (const c of codes ?? group ?? []) if (!into.includes(c)) into.push(c);
      step = n;
      break;
    }
    i += step;
  }
  return out.length > 0 || grouped.length === 0 ? COUNTRIES(out) : { codes: grouped, group: true };
}

/**
 * Two-letter words written in capitals in a text that is not all capitals: codes ("Iranian
 * national and US national/citizen", "born in Iraq, lives in US"), where "in", "to" and "us"
 * written in lower case are words. In a text all in capitals ("BORN IN IRAQ") none is a code.
 */
function capitalCodes(text: string): ReadonlySet<string> {
  if (!/\p{Ll}/u.test(text)) return new Set();
  return new Set([...text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{2}(?![\p{L}\p{N}])/gu)].map((m) => m[0].toLowerCase()));
}
