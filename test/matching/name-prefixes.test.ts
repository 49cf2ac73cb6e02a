import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { nameWithoutPrefix } from '../../src/matching/name-prefixes.js';
import { parseQuery } from '../../src/matching/query.js';
import { ofac2024Engine, unEngine } from './helpers.js';

describe("a vessel's type and IMO number, and a firm's M/S, before or beside the name", () => {
  const vessel: [string, string | undefined][] = [
    ['MT ADRIAN DARYA 1', 'ADRIAN DARYA 1'],
    ['M/T Adrian Darya 1', 'Adrian Darya 1'],
    ['M.T. ADRIAN DARYA 1 (IMO 9116412)', 'ADRIAN DARYA 1'],
    ['MV ADRIAN DARYA 1', 'ADRIAN DARYA 1'],
    ['M/S ESTONIA', 'ESTONIA'],
    ['SS Great Britain', 'Great Britain'],
    ['VLCC ADRIAN DARYA 1', 'ADRIAN DARYA 1'],
    ['Crude oil tanker ADRIAN DARYA 1', 'ADRIAN DARYA 1'],
    ['ADRIAN DARYA 1 IMO No. 9116412', 'ADRIAN DARYA 1'],
    ['ADRIAN DARYA 1', undefined],
    ['MT', undefined],
    ['MTK', undefined],
  ];
  for (const [name, plain] of vessel) it(`vessel ${JSON.stringify(name)} -> ${JSON.stringify(plain)}`, () => assert.equal(nameWithoutPrefix(name, 'vessel'), plain));
  const firm: [string, string | undefined][] = [
    ['M/S AL RASHID TRUST', 'AL RASHID TRUST'],
    ['M/s. Al Rashid Trust', 'Al Rashid Trust'],
    ['Messrs. Al Rashid Trust', 'Al Rashid Trust'],
    ['AL RASHID TRUST', undefined],
    ['MSK Trading', undefined],
  ];
  for (const [name, plain] of firm) it(`firm ${JSON.stringify(name)} -> ${JSON.stringify(plain)}`, () => assert.equal(nameWithoutPrefix(name, 'firm'), plain));
});

test("a tanker named with its type meets the listed vessel (1.158.0): OFAC's ADRIAN DARYA 1", async () => {
  const engine = await ofac2024Engine();
  const top = (schema: string, name: string) => engine.screen(parseQuery({ schema, name }), { limit: 1, threshold: 0.3 })[0];
  const plain = top('Vessel', 'ADRIAN DARYA 1');
  assert.equal(plain?.caption, 'ADRIAN DARYA 1');
  // Up to 1.157.0: 0.7046, 0.7948 and 0.6282 (no alert).
  for (const [schema, name] of [['Vessel', 'MV ADRIAN DARYA 1'], ['Vessel', 'M/T ADRIAN DARYA 1 (IMO 9116412)'], ['LegalEntity', 'MT ADRIAN DARYA 1']] as const) {
    const m = top(schema, name);
    assert.equal(m?.caption, 'ADRIAN DARYA 1', name);
    assert.equal(m?.score, plain?.score, name);
  }
  const withoutNumber = top('Vessel', 'MT ADRIAN DARYA');
  assert.equal(withoutNumber?.caption, 'ADRIAN DARYA 1');
  assert.equal(withoutNumber?.score, top('Vessel', 'ADRIAN DARYA')?.score);
  assert.ok(withoutNumber?.match);
});

test("a firm written after M/S or Messrs meets the listed firm (1.158.0): QDe.005 AL RASHID TRUST", async () => {
  const engine = await unEngine();
  const top = (schema: string, name: string) => engine.screen(parseQuery({ schema, name }), { limit: 1 })[0];
  const plain = top('Organization', 'Al Rashid Trust');
  assert.equal(plain?.referenceNumber, 'QDe.005');
  // Up to 1.157.0: 0.5988, and none for Messrs.
  for (const [schema, name] of [['Organization', 'M/S AL RASHID TRUST'], ['Organization', 'Messrs. Al Rashid Trust'], ['LegalEntity', 'M/S Al Rashid Trust']] as const) {
    const m = top(schema, name);
    assert.equal(m?.referenceNumber, 'QDe.005', name);
    assert.equal(m?.score, plain?.score, name);
  }
});
