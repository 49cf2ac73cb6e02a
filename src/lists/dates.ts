/**
 * Publisher dates -> the model's ISO-with-precision strings ("1971", "1971-04", "1971-04-11").
 *
 * Pure functions, no Date objects: a JavaScript Date silently rolls 1970-02-31 over to 3 March and
 * shifts dates across time zones, and a birth date must never be changed on its way in. Anything
 * that is not a real calendar date comes back as a failure with a reason, for the caller to turn
 * into a warning; nothing is guessed.
 *
 * Forms accepted, all seen in official list files:
 * - "YYYY", "YYYY-MM", "YYYY-MM-DD";
 * - an xs:date with a time-zone offset, "2015-03-27-04:00" or "2015-03-27Z" (UN LISTED_ON). The
 *   offset is dropped, not applied: the publisher wrote the 27th and meant the 27th;
 * - an xs:dateTime, "2026-01-28T00:00:11.197Z" (UN dateGenerated): the date part is kept.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export type DateParse =
  | {
      ok: true;
      /** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
      value: string;
      precision: DatePrecision;
      /** What followed the date and was not kept (a time, an offset), for callers that care. */
      dropped?: string;
    }
  | { ok: false; reason: string };

// Year, optional month, optional day; then optionally a time and/or a zone. Each part is checked
// for range below, the pattern only fixes the shape.
const DATE_SHAPE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?((?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-](\d{2}):(\d{2}))?)$/;

/** Parse one date as the publisher wrote it (surrounding whitespace is ignored). */
export function parsePublisherDate(raw: string): DateParse {
  const text = raw.trim();
  const m = DATE_SHAPE.exec(text);
  if (!m) return { ok: false, reason: `unrecognised date "${text}"` };
  const [, year, month, day, rest, hh, mi, ss, , zh, zm] = m;
  const date = composeDate(year!, month, day);
  if (!date.ok) return date;
  // A time is only meaningful after a full date ("1971-04T10:00" is not a date).
  if (hh !== undefined && day === undefined) return { ok: false, reason: `unrecognised date "${text}"` };
  if (hh !== undefined && !(inRange(hh, 0, 24) && inRange(mi!, 0, 59) && (ss === undefined || inRange(ss, 0, 60)))) {
    return { ok: false, reason: `"${text}" has an impossible time of day` };
  }
  if (zh !== undefined && !(inRange(zh, 0, 14) && inRange(zm!, 0, 59))) {
    return { ok: false, reason: `"${text}" has an impossible time-zone offset` };
  }
  return rest ? { ...date, dropped: rest } : date;
}

/**
 * Build a date from its parts, each as written ("1971", "04", "11"); month and day are optional.
 * For readers whose source splits dates into fields (UK "00/04/1971" means month precision).
 */
export function composeDate(year: string, month?: string, day?: string): DateParse {
  if (!/^\d{4}$/.test(year)) return { ok: false, reason: `"${year}" is not a four-digit year` };
  // ISO year 0000 is 1 BC and XML Schema 1.0 forbids it; on a list it can only be a placeholder.
  if (year === '0000') return { ok: false, reason: 'year 0000 is not a real year' };
  if (month === undefined) {
    if (day !== undefined) return { ok: false, reason: 'a day was given without a month' };
    return { ok: true, value: year, precision: 'year' };
  }
  if (!/^\d{2}$/.test(month) || !inRange(month, 1, 12)) {
    return { ok: false, reason: `"${year}-${month}" has no month ${month}` };
  }
  if (day === undefined) return { ok: true, value: `${year}-${month}`, precision: 'month' };
  const last = daysInMonth(Number(year), Number(month));
  if (!/^\d{2}$/.test(day) || !inRange(day, 1, last)) {
    return {
      ok: false,
      reason: `"${year}-${month}-${day}" is not a calendar date (${MONTHS[Number(month) - 1]} ${year} has ${last} days)`,
    };
  }
  return { ok: true, value: `${year}-${month}-${day}`, precision: 'day' };
}

/** The precision of a model date string, or undefined if it is not one. */
export function datePrecision(iso: string): DatePrecision | undefined {
  if (/^\d{4}$/.test(iso)) return 'year';
  if (/^\d{4}-\d{2}$/.test(iso)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return 'day';
  return undefined;
}

/** Proleptic Gregorian calendar, as ISO 8601 and XML Schema use. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function inRange(digits: string, min: number, max: number): boolean {
  const n = Number(digits);
  return n >= min && n <= max;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** English month abbreviations as lists write them ("10 Dec 1948", "Sept."), lower case, to "MM". */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, string>> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06',
  jul: '07', aug: '08', sep: '09', sept: '09', oct: '10', nov: '11', dec: '12',
};

/** The "MM" of an English month name written whole or abbreviated (any case), or undefined. */
export function monthOfName(name: string): string | undefined {
  const lower = name.toLowerCase();
  const abbreviated = MONTH_ABBREVIATIONS[lower];
  if (abbreviated !== undefined) return abbreviated;
  const at = MONTHS.findIndex((m) => m.toLowerCase() === lower);
  return at < 0 ? undefined : String(at + 1).padStart(2, '0');
}
