/**
 * Canonical JSON: one byte sequence for one value, so a hash over it is reproducible by anyone, in any
 * language, from the stored data alone.
 *
 * - object keys sorted by UTF-16 code units (what Array.prototype.sort does), no whitespace;
 * - numbers as JavaScript writes them (shortest round-trip form), which PostgreSQL jsonb gives back
 *   unchanged; NaN and Infinity are refused because JSON has no way to say them;
 * - properties whose value is undefined are left out (as JSON.stringify does), but undefined inside an
 *   array, functions, symbols, bigints, and strings with a NUL character or a lone surrogate (which
 *   jsonb refuses) are errors, not silent changes;
 * - Dates become their ISO string (toJSON), so what is stored and what is hashed are the same.
 */
export class CanonicalJsonError extends Error {
  constructor(path: string, problem: string) {
    super(`cannot serialise ${path || 'value'}: ${problem}`);
    this.name = 'CanonicalJsonError';
  }
}

// A NUL character, a high surrogate not followed by a low one, or a low one not preceded by a high one.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function str(value: string, path: string): string {
  if (UNSTORABLE.test(value)) throw new CanonicalJsonError(path, 'string holds a NUL character or a lone surrogate');
  return JSON.stringify(value);
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return str(value, path);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(path, `${value} is not a JSON number`);
      return JSON.stringify(value); // -0 becomes 0, as in JSON.stringify
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value.map((v, i) => {
          if (v === undefined) throw new CanonicalJsonError(`${path}[${i}]`, 'undefined in an array');
          return write(v, `${path}[${i}]`);
        }).join(',')}]`;
      }
      const withJson = value as { toJSON?: () => unknown };
      if (typeof withJson.toJSON === 'function') return write(withJson.toJSON(), path);
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${str(k, path)}:${write(obj[k], path ? `${path}.${k}` : k)}`).join(',')}}`;
    }
    default:
      throw new CanonicalJsonError(path, `a ${typeof value} has no JSON form`);
  }
}

export function canonicalJson(value: unknown): string {
  return write(value, '');
}

/**
 * The value as it will come back from a jsonb column: what is hashed at append time must equal what is
 * read at verification time, so callers store this rather than the original object.
 */
export function toStoredJson<T>(value: T): T {
  return JSON.parse(canonicalJson(value)) as T;
}
