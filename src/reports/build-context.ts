/**
 * What the goAML writers share while building one report: the FIU profile, and the problems found in
 * the input that no schema would phrase well (an amount that is not whole minor units, a date that is
 * not a date). Those are collected with their field path instead of thrown, so one run reports every
 * problem in the case, together with the schema's.
 */
import { minorUnits, minorToDecimal, exponentOf, type Money } from './amount.js';
import { toGoamlDateTime } from './dates.js';
import type { FiuProfile } from './fiu-profile.js';

export interface ReportIssue {
  /** The input field, "transactions[0].from.person.last_name"; "" for the report as a whole. */
  field: string;
  message: string;
  /** Where the problem was found: the input itself, the FIU profile's rules, or the XSD. */
  source: 'input' | 'profile' | 'schema';
  /** For schema issues: libxml2's own message, XPath and line in the generated XML. */
  xsd?: { message: string; xpath?: string; line: number };
}

export class BuildContext {
  readonly issues: ReportIssue[] = [];

  constructor(
    readonly profile: FiuProfile,
    readonly now: Date = new Date(),
  ) {}

  problem(field: string, message: string): undefined {
    this.issues.push({ field, message, source: 'input' });
    return undefined;
  }

  /** A goAML date-time, or undefined (with an issue) when the value is not a date. */
  date(value: string | undefined, field: string): string | undefined {
    if (value === undefined || value === '') return undefined;
    try {
      return toGoamlDateTime(value);
    } catch (err) {
      return this.problem(field, err instanceof Error ? err.message : String(err));
    }
  }

  /** A decimal string for goAML, or undefined (with an issue) when the amount is malformed. */
  decimal(m: Money | undefined, field: string): string | undefined {
    if (m === undefined) return undefined;
    if (typeof m !== 'object' || m === null || typeof m.currency !== 'string' || !/^[A-Z]{3}$/.test(m.currency)) {
      return this.problem(field, 'an amount is {"currency": "USD", "minor": 1234550} (ISO 4217 code, integer minor units)');
    }
    const units = minorUnits(m);
    if (typeof units === 'string') return this.problem(`${field}.minor`, units);
    return minorToDecimal(units, exponentOf(m.currency, this.profile.currencyExponents));
  }

  /** The profile's value for an element the FIU requires and the input did not give. */
  fallback(value: string | undefined, element: string): string | undefined {
    return value !== undefined && value !== '' ? value : this.profile.defaults[element];
  }
}
