/**
 * What the database cannot supply comes from the request (`extra`): a patch over the case file that
 * Interdict built, in the case file's own shape, so a problem reported on
 * `transactions[0].amount_local` is fixed by sending `{"transactions": [{"amount_local": {...}}]}`.
 *
 * Objects merge key by key, arrays element by element (the patch's element i over the built element
 * i, so one field deep in a list can be given without repeating the rest), anything else replaces,
 * and null removes (as in JSON Merge Patch, RFC 7386, except for the arrays).
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys that would reach Object.prototype through a merge: refused rather than merged. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export class ExtraError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`extra.${field}: ${message}`);
    this.name = 'ExtraError';
  }
}

export function mergeExtra(base: unknown, patch: unknown, path = ''): unknown {
  if (patch === undefined) return base;
  if (isObject(patch)) {
    const out: Record<string, unknown> = isObject(base) ? { ...base } : {};
    for (const [key, value] of Object.entries(patch)) {
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN.has(key)) throw new ExtraError(at, 'not allowed');
      if (value === null) delete out[key];
      else out[key] = mergeExtra(out[key], value, at);
    }
    return out;
  }
  if (Array.isArray(patch)) {
    const out = Array.isArray(base) ? [...(base as unknown[])] : [];
    patch.forEach((value, i) => {
      if (value === null) return; // null in a list keeps the built element: a placeholder to reach later ones
      out[i] = mergeExtra(out[i], value, `${path}[${i}]`);
    });
    return out;
  }
  return patch;
}
