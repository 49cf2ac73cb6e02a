/**
 * Birth dates a list states in an alias's note rather than in a date field. The UN list gives some
 * aliases their own DATE_OF_BIRTH element, and for others writes the date into the alias's NOTE:
 * "DOB: 1948", "(DPOB - 1977)", "born in 1965 in Kandahar", "born 16 Dec. 1948, in Izo",
 * "DOB: a) 11 Apr. 1960 b) 11 Apr. 1963". Such a date is often not the record's own (a passport
 * issued under a false identity with another year of birth: IQi.084's record says 1983, its alias's
 * passport 1977), and a party screened under that identity must not be counted against for it.
 *
 * Only notes are read, never a record's comments: a comment's "born in" may be about someone else
 * (a relative, an associate). A date is read only right after what names it, whole (day, month and
 * year, month and year, or a year alone: a year stays a year, never 1 January).
 */
import { composeDate, monthOfName } from './dates.js';
import type { BirthDate } from './model.js';

/** What a note writes before a birth date: "DOB:", "D.O.B.", "DPOB -", "date of birth:", "born (on|in)". */
const STATED = /(?:\b(?:DOB|DPOB|date of birth)\b|\bD\.O\.B\.?)\s*[:-]?\s*|\bborn\s+(?:on\s+|in\s+)?/gi;

/**
 * One date at the start of `text`, after an optional list letter ("a) "): "16 Dec. 1948",
 * "Apr. 1963", "1970". The year must end a word ("19701" is no year).
 */
const DATE = /^(?:[a-e]\)\s*)?(?:(\d{1,2})\s+)?(?:([A-Za-z]{3,9})\.?\s+)?(\d{4})(?![\d/-])/;

/** A date read off the start of `text` with the characters it took, or undefined. */
function dateAt(text: string): { date: string; length: number } | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [whole, day, monthName, year] = m;
  let month: string | undefined;
  if (monthName !== undefined) {
    month = monthOfName(monthName);
    if (month === undefined) return undefined;
  } else if (day !== undefined) return undefined;
  const parsed = composeDate(year as string, month, day?.padStart(2, '0'));
  return parsed.ok ? { date: parsed.value, length: whole.length } : undefined;
}

/**
 * The birth dates `text` (the note of an alias, named by `field`) states, each once, in the order
 * written; several after one "DOB:" when they are listed ("a) ... b) ..."). Each carries a note saying
 * where it was read.
 */
export function statedBirthDates(text: string, field: string): BirthDate[] {
  const out: BirthDate[] = [];
  for (const m of text.matchAll(STATED)) {
    let at = (m.index as number) + m[0].length;
    for (;;) {
      const found = dateAt(text.slice(at));
      if (found === undefined) break;
      if (!out.some((d) => d.date === found.date)) out.push({ kind: 'exact', date: found.date, note: `stated in ${field}: "${text.slice(m.index as number, at + found.length).replace(/\s+/g, ' ').trim()}"` });
      at += found.length;
      // A list goes on: "a) 11 Apr. 1960 b) 11 Apr. 1963", "1960; 1963", "1960 or 1963".
      const next = /^\s*(?:[,;]|\bor\b)?\s*(?=[a-e]\)|\d)/.exec(text.slice(at));
      if (next === null) break;
      at += next[0].length;
    }
  }
  return out;
}

/**
 * Whether `known` already says what `stated` does: a listed date equal to it or more precise and
 * agreeing (1970-05-15 says 1970), so a stated date adds only what the record did not give.
 */
export function birthDateKnown(stated: BirthDate, known: readonly BirthDate[]): boolean {
  const date = stated.date;
  if (date === undefined) return false;
  return known.some((k) => k.kind !== 'between' && k.date !== undefined && k.date.startsWith(date));
}
