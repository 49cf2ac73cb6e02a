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

/**
 * The path of the value being written, as keys and array indexes, turned into "a.b[0]" only for an
 * error message: building the path string for every value (the first version) made most of the
 * garbage of hashing an event (bench/monitor-recorded.ts, a sampling heap profile).
 */
type PathStack = (string | number)[];

function pathOf(stack: PathStack): string {
  let path = '';
  for (const s of stack) path = typeof s === 'number' ? `${path}[${s}]` : path ? `${path}.${s}` : s;
  return path;
}

/**
 * A string JSON.stringify writes as it is between quotes: no quote, backslash, control character
 * or surrogate (a pair is written as it is too, but is left to JSON.stringify with the rest).
 */
const PLAIN_STRING = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

function str(value: string, stack: PathStack): string {
  // Most strings (ids, names, dates, codes) need no escaping: quoted directly, a regular-expression
  // test instead of a JSON.stringify call and its new string. Canonical JSON plus SHA-256 of 20,000
  // generated events: 244-322 ms -> 214-250 ms (monitoring round 5, docs/benchmarks.md).
  if (PLAIN_STRING.test(value)) return `"${value}"`;
  const json = JSON.stringify(value);
  // JSON.stringify writes a NUL and a lone surrogate as \u escapes, so a string it wrote without
  // any needs no search for them.
  if (json.includes('\\u') && UNSTORABLE.test(value)) throw new CanonicalJsonError(pathOf(stack), 'string holds a NUL character or a lone surrogate');
  return json;
}

/**
 * An object's own keys in UTF-16 code-unit order (what Array.prototype.sort does with strings),
 * sorted in place by insertion: objects have a handful of keys, often in order already, and
 * Array.prototype.sort copied every key array into work arrays of its own. Object.keys plus that
 * copy were a seventh of everything the recorded monitoring path allocated (a sampling heap
 * profile of bench/monitor-recorded.ts).
 */
function sortedKeys(obj: object): string[] {
  return sortKeys(Object.keys(obj));
}

/** `keys` sorted in place (see sortedKeys), and returned. */
function sortKeys(keys: string[]): string[] {
  for (let j = 1; j < keys.length; j++) {
    const k = keys[j]!;
    if (keys[j - 1]! <= k) continue;
    let m = j - 1;
    while (m >= 0 && keys[m]! > k) {
      keys[m + 1] = keys[m]!;
      m--;
    }
    keys[m + 1] = k;
  }
  return keys;
}

/**
 * Text that is already the canonical JSON of some value (canonicalJson's output), written as it is
 * where it stands: a caller that needs a value's canonical text on its own and again inside a larger
 * value (an audit entry's payload: stored, and hashed inside the entry) serialises it once.
 */
export class CanonicalText {
  constructor(readonly json: string) {}
}

function write(value: unknown, stack: PathStack): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return str(value, stack);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(pathOf(stack), `${value} is not a JSON number`);
      return JSON.stringify(value); // -0 becomes 0, as in JSON.stringify
    case 'object': {
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          stack.push(i);
          const v: unknown = value[i];
          if (v === undefined) throw new CanonicalJsonError(pathOf(stack), 'undefined in an array');
          if (i > 0) out += ',';
          out += write(v, stack);
          stack.pop();
        }
        return out + ']';
      }
      if (value instanceof CanonicalText) return value.json;
      const withJson = value as { toJSON?: () => unknown };
      if (typeof withJson.toJSON === 'function') return write(withJson.toJSON(), stack);
      const obj = value as Record<string, unknown>;
      let out = '{';
      for (const k of sortedKeys(obj)) {
        const v = obj[k];
        if (v === undefined) continue;
        if (out.length > 1) out += ',';
        out += str(k, stack);
        out += ':';
        stack.push(k);
        out += write(v, stack);
        stack.pop();
      }
      return out + '}';
    }
    default:
      throw new CanonicalJsonError(pathOf(stack), `a ${typeof value} has no JSON form`);
  }
}

/** What `sortedCopy` answers for a value the general writer must handle. */
const GENERAL = Symbol('general');

/** A key JSON.stringify would not write in insertion order (an array index is written first), or that assigning would not create ("__proto__"). */
function awkwardKey(k: string): boolean {
  const c = k.charCodeAt(0);
  return (c >= 48 && c <= 57) || k === '__proto__';
}

/**
 * A plain JSON value (null, booleans, finite numbers, strings, arrays, objects whose prototype is
 * Object.prototype) with every object's keys in sorted order, or GENERAL for anything else (a Date,
 * a CanonicalText, undefined in an array, NaN, a key that starts with a digit, ...). JSON.stringify
 * of the answer is then the canonical text, written natively: the writer's string pieces were
 * about a third of the garbage a worker makes per event (a sampling heap profile of a NATS worker).
 *
 * Copied only where needed: an object whose keys are in order and whose values need no change,
 * and a plain Array whose elements need none, are answered as they are (the same text), so a
 * value built in key order (an audit payload) is not copied at all, and an event off the bus only
 * along its objects out of order (the first version copied every object and array).
 */
function sortedCopy(value: unknown): unknown {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : GENERAL;
    case 'object': {
      if (Array.isArray(value)) {
        // A subclass could carry a toJSON that JSON.stringify would call: always copied.
        let out: unknown[] | undefined = Object.getPrototypeOf(value) === Array.prototype ? undefined : new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const v: unknown = value[i];
          if (v === undefined) return GENERAL;
          const c = sortedCopy(v);
          if (c === GENERAL) return GENERAL;
          if (out === undefined) {
            if (c === v) continue;
            out = value.slice(0, i); // the elements before this one are unchanged
          }
          out[i] = c;
        }
        return out ?? value;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return GENERAL;
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj);
      let inOrder = true;
      for (let j = 1; j < keys.length; j++) {
        if (keys[j - 1]! > keys[j]!) {
          inOrder = false;
          break;
        }
      }
      let out: Record<string, unknown> | undefined;
      if (!inOrder) {
        sortKeys(keys);
        out = {};
      }
      for (let j = 0; j < keys.length; j++) {
        const k = keys[j]!;
        const v = obj[k];
        if (v === undefined) continue;
        if (awkwardKey(k)) return GENERAL;
        const c = sortedCopy(v);
        if (c === GENERAL) return GENERAL;
        if (out === undefined) {
          if (c === v) continue;
          // In order, but this value needs a copy: so does the object, with the values before
          // this one as they are.
          out = {};
          for (let m = 0; m < j; m++) {
            const before = obj[keys[m]!];
            if (before !== undefined) out[keys[m]!] = before;
          }
        }
        out[k] = c;
      }
      return out ?? value;
    }
    default:
      return GENERAL;
  }
}

export function canonicalJson(value: unknown): string {
  const copy = sortedCopy(value);
  if (copy !== GENERAL) {
    const json = JSON.stringify(copy);
    // Without a \u escape there is no NUL or lone surrogate to refuse, and every string and number
    // is written as the writer writes it (JSON.stringify's own forms); with one, the writer decides.
    if (!json.includes('\\u')) return json;
  }
  return write(value, []);
}

/**
 * The value as it will come back from a jsonb column: what is hashed at append time must equal what is
 * read at verification time, so callers store this rather than the original object.
 */
export function toStoredJson<T>(value: T): T {
  return JSON.parse(canonicalJson(value)) as T;
}
