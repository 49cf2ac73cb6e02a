/**
 * The ways a case-management request can be refused, each with a stable code the HTTP layer maps to a
 * status (not-found 404, forbidden 403, four-eyes 403, conflict 409, invalid 422).
 */
export type DomainErrorCode = 'not-found' | 'forbidden' | 'four-eyes' | 'invalid-transition' | 'conflict' | 'invalid';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** The outcome of a pure rule: allowed, or refused with the error to raise. */
export type Verdict = { ok: true } | { ok: false; code: DomainErrorCode; message: string };

export const ALLOWED: Verdict = { ok: true };

export function refuse(code: DomainErrorCode, message: string): Verdict {
  return { ok: false, code, message };
}

export function enforce(verdict: Verdict): void {
  if (!verdict.ok) throw new DomainError(verdict.code, verdict.message);
}
