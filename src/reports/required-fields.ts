/**
 * Fields an FIU requires beyond its XSD, checked on the input before any XML is written. The XSD of
 * the example FIU leaves `reason` and `action` optional, for instance, yet a suspicious transaction
 * report without them is returned by every FIU; the profile lists such fields as paths:
 * "reason", "reporting_person.phones", "transactions[].transaction_description".
 */
import type { ReportIssue } from './build-context.js';

function isMissing(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

/** Every concrete path the pattern reaches in `value`, with the value found there. */
function resolve(value: unknown, steps: string[], at: string, out: { path: string; value: unknown }[]): void {
  if (steps.length === 0) {
    out.push({ path: at, value });
    return;
  }
  const [step, ...rest] = steps as [string, ...string[]];
  const list = step.endsWith('[]');
  const key = list ? step.slice(0, -2) : step;
  const here = at === '' ? key : `${at}.${key}`;
  const next = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  if (!list) {
    resolve(next, rest, here, out);
    return;
  }
  // "transactions[]" over no transactions requires nothing: the list itself is checked elsewhere.
  if (!Array.isArray(next)) return;
  next.forEach((item, i) => resolve(item, rest, `${here}[${i}]`, out));
}

export function checkRequiredFields(input: unknown, fields: readonly string[], profileId: string): ReportIssue[] {
  const issues: ReportIssue[] = [];
  for (const pattern of fields) {
    const found: { path: string; value: unknown }[] = [];
    resolve(input, pattern.split('.'), '', found);
    for (const f of found) {
      if (isMissing(f.value)) issues.push({ field: f.path, message: `missing (required by FIU profile ${profileId})`, source: 'profile' });
    }
  }
  return issues;
}
