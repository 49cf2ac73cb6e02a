import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { imoNumbersInNames, nameWithoutPrefix } from '../../src/matching/name-prefixes.js';
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
  for (const [schema, name] of [['Vessel', 'MV ADRIAN DARYA 1'], ['Vessel', 'M/T ADRIAN DARYA 1'], ['LegalEntity', 'MT ADRIAN DARYA 1']] as const) {
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

test("an IMO number written in a vessel's name is the query's IMO number (1.160.0)", async () => {
  assert.deepEqual(imoNumbersInNames(['M/T ADRIAN DARYA 1 (IMO 9116412)', 'ADRIAN DARYA 1 IMO No. 9116412', 'Grace 1 imo:9116412']), ['9116412']);
  assert.deepEqual(imoNumbersInNames(['ADRIAN DARYA 1', 'IMO 91164']), []);
  const engine = await ofac2024Engine();
  const top = (raw: Record<string, string>) => engine.screen(parseQuery(raw), { limit: 1, threshold: 0.3 })[0];
  const byField = top({ schema: 'Vessel', name: 'ADRIAN DARYA 1', imoNumber: '9116412' });
  // Up to 1.159.0 the name's number was no evidence: 0.9294, the name's score alone.
  const byName = top({ schema: 'Vessel', name: 'M/T ADRIAN DARYA 1 (IMO 9116412)' });
  assert.equal(byName?.caption, 'ADRIAN DARYA 1');
  assert.equal(byName?.score, byField?.score);
  assert.ok(byName?.explanation.evidence.some((e) => e.kind === 'imoNumber' && e.sign === '+'));
  // A tanker renamed is found by the number alone; another number counts against.
  assert.equal(top({ schema: 'LegalEntity', name: 'MT SOME TANKER IMO 9116412' })?.caption, 'ADRIAN DARYA 1');
  const other = top({ schema: 'Vessel', name: 'M/T ADRIAN DARYA 1 (IMO 9999999)' });
  assert.ok((other?.score ?? 0) < 0.64 && other?.explanation.evidence.some((e) => e.kind === 'imoNumber' && e.sign === '-'));
  // The field, where given, is the query's number: the name's is not read then.
  const field = top({ schema: 'Vessel', name: 'ADRIAN DARYA 1 (IMO 9999999)', imoNumber: '9116412' });
  assert.equal(field?.score, byField?.score);
});
