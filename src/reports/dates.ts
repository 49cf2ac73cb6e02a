/**
 * Dates as reports need them. goAML's `sql_date` is an xs:dateTime written without a zone
 * ("2026-05-26T10:00:00", the samples' form) and not before 1753 (SQL Server's datetime floor).
 * Deadlines count calendar days on UTC dates, so a report's "days remaining" does not depend on the
 * time zone of the machine printing it.
 */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

export class DateFormatError extends Error {
  constructor(readonly value: unknown) {
    super(`${JSON.stringify(value)} is not a date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM])`);
    this.name = 'DateFormatError';
  }
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * "2026-05-26" -> "2026-05-26T00:00:00"; "2026-05-26T10:00" -> "2026-05-26T10:00:00" (a time with
 * no zone is the reporting entity's wall clock and is kept as written); a time with a zone ("Z",
 * "+03:00") is an instant and is written in UTC, since goAML's form has no place for the zone.
 */
export function toGoamlDateTime(value: string): string {
  const d = DATE_ONLY.exec(value);
  if (d) {
    if (!validDay(Number(d[1]), Number(d[2]), Number(d[3]))) throw new DateFormatError(value);
    return `${value}T00:00:00`;
  }
  const t = DATE_TIME.exec(value);
  if (!t || !validDay(Number(t[1]), Number(t[2]), Number(t[3]))) throw new DateFormatError(value);
  if (t[7]) {
    const ms = Date.parse(value.replace(' ', 'T'));
    if (Number.isNaN(ms)) throw new DateFormatError(value);
    return new Date(ms).toISOString().slice(0, 19);
  }
  return `${t[1]}-${t[2]}-${t[3]}T${t[4]}:${t[5]}:${t[6] ?? '00'}`;
}

/** The calendar day (UTC) of a date or date-time string, "YYYY-MM-DD". */
export function dayOf(value: string): string {
  return toGoamlDateTime(value).slice(0, 10);
}

function dayNumber(day: string): number {
  const m = DATE_ONLY.exec(day);
  if (!m || !validDay(Number(m[1]), Number(m[2]), Number(m[3]))) throw new DateFormatError(day);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

export function addDays(day: string, days: number): string {
  return new Date((dayNumber(dayOf(day)) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(dayOf(to)) - dayNumber(dayOf(from));
}

export function isDateString(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    toGoamlDateTime(value);
    return true;
  } catch {
    return false;
  }
}
