import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { auditEntryHash, auditTime, GENESIS_HASH } from '../../src/cases/audit-hash.js';
import { canonicalJson, CanonicalJsonError, CanonicalText, toStoredJson } from '../../src/cases/canonical-json.js';
import { Rng } from '../../eval/lib/prng.js';

test('canonical JSON sorts keys at every depth and has no whitespace', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } }), '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  assert.equal(canonicalJson({ b: 1, a: 2 }), canonicalJson({ a: 2, b: 1 }));
});

test('canonical JSON leaves out undefined properties and writes Dates as ISO strings', () => {
  assert.equal(canonicalJson({ a: undefined, b: new Date('2026-01-28T00:00:11.197Z') }), '{"b":"2026-01-28T00:00:11.197Z"}');
});

test('canonical JSON refuses what JSON or jsonb cannot carry faithfully', () => {
  for (const bad of [{ x: Number.NaN }, { x: Infinity }, { x: [1, undefined] }, { x: 10n }, { x: () => 1 }, { x: 'a\u0000b' }, { x: 'lone \ud800 surrogate' }, { x: 'lone \udc00 low' }]) {
    assert.throws(() => canonicalJson(bad), CanonicalJsonError, JSON.stringify(bad, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v)));
  }
  // A proper surrogate pair (an emoji) is fine.
  assert.equal(canonicalJson({ x: '\ud83d\ude00' }), '{"x":"😀"}');
});

test('numbers keep their shortest round-trip form', () => {
  assert.equal(canonicalJson([0.1 + 0.2, 1e21, -0, 5]), '[0.30000000000000004,1e+21,0,5]');
  assert.deepEqual(toStoredJson({ a: undefined, n: 1.5 }), { n: 1.5 });
});

test('audit time has microsecond precision, as PostgreSQL stores it', () => {
  assert.equal(auditTime(new Date('2026-01-28T09:15:02.123Z')), '2026-01-28T09:15:02.123000Z');
});

test('the audit entry hash is SHA-256 over the documented canonical form (known answer)', () => {
  const entry = {
    seq: 1,
    at: '2026-01-28T09:15:02.123000Z',
    actor: 'user:alice',
    action: 'alert.raise',
    subjectType: 'alert',
    subjectId: '7',
    payload: { score: 0.93, listedPartyId: 'un:QDi.001' },
    prevHash: GENESIS_HASH,
  };
  // Written out by hand from the rule in src/cases/audit-hash.ts, not by calling canonicalJson, so a
  // change in the serialisation that would orphan every existing chain fails here.
  const expectedText =
    '{"action":"alert.raise","actor":"user:alice","at":"2026-01-28T09:15:02.123000Z",' +
    '"payload":{"listedPartyId":"un:QDi.001","score":0.93},"prevHash":"' + GENESIS_HASH + '",' +
    '"seq":1,"subjectId":"7","subjectType":"alert","v":1}';
  const expected = createHash('sha256').update(expectedText).digest('hex');
  assert.equal(auditEntryHash(entry), expected);
  assert.notEqual(auditEntryHash({ ...entry, payload: { ...entry.payload, score: 0.94 } }), expected);
  assert.notEqual(auditEntryHash({ ...entry, seq: 2 }), expected);
});

test('keys sort in UTF-16 code-unit order whatever their insertion order (the in-place sort against Array.prototype.sort)', () => {
  const rng = new Rng('canonical-keys');
  const alphabet = ['a', 'b', 'B', 'Z', '_', '0', '10', '9', 'é', 'ß', 'ا', '\ud83d\ude00', 'aa', 'ab', ''];
  for (let i = 0; i < 500; i++) {
    const keys = [...new Set(Array.from({ length: rng.int(0, 12) }, () => rng.pick(alphabet) + rng.pick(alphabet)))];
    const o: Record<string, number> = {};
    keys.forEach((k, n) => (o[k] = n));
    const expected = `{${[...Object.keys(o)].sort().map((k) => `${JSON.stringify(k)}:${o[k]}`).join(',')}}`;
    assert.equal(canonicalJson(o), expected, JSON.stringify(keys));
  }
});

test('CanonicalText is written as it stands: an audit entry hashed with the text of its payload has the same hash', () => {
  const payload = { events: [{ id: 7, reasons: ['C2'], eventId: 'e-1', note: 'نص' }], at: new Date('2026-01-28T00:00:00.000Z'), skip: undefined };
  const entry = { seq: 3, at: '2026-01-28T09:15:02.123000Z', actor: 'system:t', action: 'event.process', subjectType: 'monitoring-event-batch', subjectId: '7', prevHash: GENESIS_HASH };
  const text = canonicalJson(payload);
  assert.equal(canonicalJson({ b: new CanonicalText(text), a: 1 }), `{"a":1,"b":${text}}`);
  // What audit-log.ts hashes (the text) and what the chain's verifier hashes (the stored value read back).
  assert.equal(auditEntryHash({ ...entry, payload: new CanonicalText(text) }), auditEntryHash({ ...entry, payload: toStoredJson(payload) }));
});

test('a string is written as JSON.stringify writes it, for every UTF-16 code unit alone and inside text', () => {
  const lone = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    for (const s of [ch, `ab${ch}cd`, `${ch}${ch}`]) {
      if (c === 0 || lone(c)) assert.throws(() => canonicalJson(s), CanonicalJsonError);
      else assert.equal(canonicalJson(s), JSON.stringify(s));
    }
  }
  for (const s of ['', 'plain', 'Zeynep Yılmaz', 'مساعدة عائلية', '😀 pair', 'a"b', 'back\\slash', 'tab\there', '\u2028\u2029', '\u007f']) {
    assert.equal(canonicalJson(s), JSON.stringify(s), JSON.stringify(s));
    assert.equal(canonicalJson({ [s]: s }), `{${JSON.stringify(s)}:${JSON.stringify(s)}}`);
  }
});

/** The rule written the plain way (sorted keys, JSON.stringify's own forms), to check the fast and the general writer against. */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${reference(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A random value at `depth` that is not an object: null, a boolean, a number or string of the pools,
 * or an array of `make`'s values; undefined (never such a value) where the draw asks for an object,
 * which each test builds its own way. Past depth 3 only leaves are drawn.
 */
function randomLeafOrArray(rng: Rng, depth: number, numbers: number[], strings: string[], make: (depth: number) => unknown): unknown {
  const r = rng.int(0, depth > 3 ? 4 : 7);
  if (r === 0) return null;
  if (r === 1) return rng.chance(0.5);
  if (r === 2) return rng.pick(numbers);
  if (r <= 4) return rng.pick(strings);
  if (r === 5) return Array.from({ length: rng.int(0, 4) }, () => make(depth + 1));
  return undefined;
}

test('random values, parsed JSON and built objects alike, are written as the plain rule says (keys with digits, __proto__, escapes, -0)', () => {
  const rng = new Rng('canonical-random');
  const keyPool = ['a', 'b', 'Z', '_x', '0', '1', '10', '9', '1a', '-1', '__proto__', 'toJSON', '', 'é', 'ا', 'k"q', 'tab\t', '\ud83d\ude00'];
  const stringPool = ['', 'plain', 'Zeynep Yılmaz', 'مساعدة', 'a"b', 'back\\slash', 'line\nbreak', '\u007f', '\u2028', '😀'];
  const numberPool = [0, -0, 1, -1.5, 0.1 + 0.2, 1e21, 5e-324, 2 ** 53];
  const make = (depth: number): unknown => {
    const leaf = randomLeafOrArray(rng, depth, numberPool, stringPool, make);
    if (leaf !== undefined) return leaf;
    const o: Record<string, unknown> = {};
    for (let i = rng.int(0, 6); i > 0; i--) {
      const k = rng.pick(keyPool);
      const v = rng.chance(0.1) ? undefined : make(depth + 1);
      // A "__proto__" key as JSON.parse makes it: an own property, not the prototype.
      Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
    return o;
  };
  for (let i = 0; i < 3000; i++) {
    const value = make(0);
    const expected = reference(value);
    assert.equal(canonicalJson(value), expected);
    // The same value as parsed from text (a message off the bus): plain objects, keys in text order.
    assert.equal(canonicalJson(JSON.parse(JSON.stringify(value))), expected);
  }
});

test('values built with their keys already in order (written without a copy) are written as the plain rule says, also with one object out of order deep inside', () => {
  const rng = new Rng('canonical-sorted');
  const keyPool = ['', 'a', 'b', 'Z', '_x', 'caseId', 'eventId', 'é', 'ا', 'k"q', '\ud83d\ude00', '1a', '__proto__', 'toJSON'];
  const stringPool = ['', 'plain', 'مساعدة', 'a"b', 'line\nbreak', '\u2028', '😀', '\ud800 lone'];
  const numberPool = [0, -0, 1, -1.5, 1e21, 5e-324];
  let unsorted = 0;
  // Objects get distinct keys inserted in sorted order, except that now and then one is built in
  // reverse: the check must find it however deep it sits and fall back to the copy.
  const make = (depth: number): unknown => {
    const leaf = randomLeafOrArray(rng, depth, numberPool, stringPool, make);
    if (leaf !== undefined) return leaf;
    const keys = [...new Set(Array.from({ length: rng.int(0, 5) }, () => rng.pick(keyPool)))].sort();
    if (keys.length > 1 && rng.chance(0.05)) {
      keys.reverse();
      unsorted += 1;
    }
    const o: Record<string, unknown> = {};
    for (const k of keys) Object.defineProperty(o, k, { value: rng.chance(0.1) ? undefined : make(depth + 1), enumerable: true, writable: true, configurable: true });
    return o;
  };
  for (let i = 0; i < 3000; i++) {
    const value = make(0);
    const expected = reference(value);
    // The plain rule refuses nothing; canonical JSON refuses a lone surrogate (in the pool once).
    if (expected.includes('\\ud800')) {
      assert.throws(() => canonicalJson(value), CanonicalJsonError);
      continue;
    }
    assert.equal(canonicalJson(value), expected);
  }
  assert.ok(unsorted > 20, `${unsorted} objects out of order were generated`);
});
