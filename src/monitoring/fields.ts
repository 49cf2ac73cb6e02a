/**
 * Reading untrusted JSON-like objects field by field. Every accessor takes the path of the field it
 * reads, so a refusal names it ("creditor.address.country: expected a 2-letter ISO country code").
 * Used by the JSON, CSV and pacs.008 readers alike, so all three refuse the same things the same way.
 */
import { EventValidationError } from './errors.js';
import { nameTooLong } from '../names/name-limits.js';

export type Json = Record<string, unknown>;

export class FieldReader {
  constructor(
    /** Where the record is in its input ("line 3"), prefixed to every message. */
    readonly where: string | undefined,
  ) {}

  fail(field: string, reason: string): never {
    throw new EventValidationError(reason, field, this.where);
  }

  object(value: unknown, field: string): Json {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail(field, 'expected an object');
    return value as Json;
  }

  optObject(value: unknown, field: string): Json | undefined {
    return value === undefined || value === null ? undefined : this.object(value, field);
  }

  /** A non-empty trimmed string; numbers are refused so that identifiers keep their leading zeros. */
  string(value: unknown, field: string): string {
    const s = this.optString(value, field);
    if (s === undefined) this.fail(field, 'required');
    return s;
  }

  optString(value: unknown, field: string, maxLength = 10_000): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') this.fail(field, `expected a string, got ${describe(value)}`);
    const t = value.trim();
    if (t.length > maxLength) this.fail(field, `longer than ${maxLength} characters`);
    return t === '' ? undefined : t;
  }

  /**
   * A name the engine screens (a party's, a vessel's): optString, refused where it is longer than a
   * name can be (names/name-limits.ts: over 500 characters or 60 words, a word over 64 letters).
   */
  optName(value: unknown, field: string): string | undefined {
    const s = this.optString(value, field);
    const problem = s === undefined ? undefined : nameTooLong(s);
    if (problem !== undefined) this.fail(field, problem);
    return s;
  }

  /** A string or an array of strings, as a list without empty entries. */
  strings(value: unknown, field: string): string[] {
    if (value === undefined || value === null) return [];
    const list = Array.isArray(value) ? value : [value];
    const out: string[] = [];
    list.forEach((v, i) => {
      const s = this.optString(v, Array.isArray(value) ? `${field}[${i}]` : field);
      if (s !== undefined) out.push(s);
    });
    return out;
  }

  array(value: unknown, field: string): unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) this.fail(field, `expected an array, got ${describe(value)}`);
    return value;
  }

  optBoolean(value: unknown, field: string): boolean | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'yes') return true;
    if (value === 'false' || value === 'no') return false;
    this.fail(field, `expected true or false, got ${describe(value)}`);
  }

  /** A finite decimal number (quantities, coordinates); never used for money (see money.ts). */
  optNumber(value: unknown, field: string): number | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
    if (!Number.isFinite(n)) this.fail(field, `expected a number, got ${describe(value)}`);
    return n;
  }

  optInteger(value: unknown, field: string): number | undefined {
    const n = this.optNumber(value, field);
    if (n !== undefined && !Number.isSafeInteger(n)) this.fail(field, `expected a whole number, got ${describe(value)}`);
    return n;
  }

  oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[], fallback?: T): T {
    const s = this.optString(value, field);
    if (s === undefined) {
      if (fallback !== undefined) return fallback;
      this.fail(field, `required; one of ${allowed.join(', ')}`);
    }
    const lower = s.toLowerCase();
    if (!(allowed as readonly string[]).includes(lower)) this.fail(field, `${JSON.stringify(s)} is not one of ${allowed.join(', ')}`);
    return lower as T;
  }

  optOneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T | undefined {
    return this.optString(value, field) === undefined ? undefined : this.oneOf(value, field, allowed);
  }

  /** A full date "YYYY-MM-DD"; an ISO date-time is cut to its date. */
  date(value: unknown, field: string): string {
    const d = this.optDate(value, field, 'day');
    if (d === undefined) this.fail(field, 'required (YYYY-MM-DD)');
    return d;
  }

  /**
   * A date whose length is its precision ("1975", "1975-04", "1975-04-11"), as provenance records
   * often know only a year. `need: 'day'` demands a full date.
   */
  optDate(value: unknown, field: string, need: 'day' | 'partial' = 'partial'): string | undefined {
    const s = this.optString(value, field);
    if (s === undefined) return undefined;
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
    const ok = m !== null && validDate(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
    if (!ok || (need === 'day' && m?.[3] === undefined)) {
      this.fail(field, `${JSON.stringify(s)} is not a date; use ${need === 'day' ? 'YYYY-MM-DD' : 'YYYY, YYYY-MM or YYYY-MM-DD'}`);
    }
    return s.slice(0, m![3] !== undefined ? 10 : m![2] !== undefined ? 7 : 4);
  }

  /** ISO 3166-1 alpha-2, upper-cased. */
  optCountry(value: unknown, field: string): string | undefined {
    const s = this.optString(value, field);
    if (s === undefined) return undefined;
    if (!/^[A-Za-z]{2}$/.test(s)) this.fail(field, `${JSON.stringify(s)} is not a 2-letter ISO 3166 country code`);
    return s.toUpperCase();
  }
}

function validDate(y: number, m: number | undefined, d: number | undefined): boolean {
  if (y < 1 || y > 2200) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${JSON.stringify(v)}`.slice(0, 60);
}
