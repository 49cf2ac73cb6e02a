import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { jointNames } from '../../src/matching/joint-names.js';
import { parseQuery } from '../../src/matching/query.js';
import { unEngine } from './helpers.js';

describe('two people in one name field, as joint accounts write them', () => {
  const cases: [string, string[] | undefined][] = [
    ['ABU BAKR AL BAGHDADI AND FATIMA AL BAGHDADI', ['ABU BAKR AL BAGHDADI', 'FATIMA AL BAGHDADI']],
    ['JOHN AND/OR JANE SMITH', ['JOHN SMITH', 'JANE SMITH']],
    ['Ali&Fatima Hassan', ['Ali Hassan', 'Fatima Hassan']],
    ['Иванов Иван и Иванова Мария', ['Иванов Иван', 'Иванова Мария']],
    ['MR & MRS AL BAGHDADI', ['MR BAGHDADI', 'MRS AL BAGHDADI']],
    ['Jean et Marie Dupont', ['Jean Dupont', 'Marie Dupont']],
    // No two people: a name holding none of the words, or an initial after и.
    ['Abu Bakr al-Baghdadi', undefined],
    ['Andrea Orlando', undefined],
    ['Иванов И И', undefined],
  ];
  for (const [name, people] of cases) it(`${JSON.stringify(name)} -> ${JSON.stringify(people)}`, () => assert.deepEqual(jointNames(name), people));
});

test("each person of a joint name is screened (1.159.0): QDi.299", async () => {
  const engine = await unEngine();
  const top = (name: string, schema = 'Person') => engine.screen(parseQuery({ schema, name }), { limit: 1 })[0];
  const baghdadi = top('Abu Bakr al-Baghdadi');
  assert.equal(baghdadi?.referenceNumber, 'QDi.299');
  // Up to 1.158.0: none, 0.5868 and none.
  for (const name of ['ABU BAKR AL BAGHDADI AND FATIMA AL BAGHDADI', 'Abu Bakr al-Baghdadi & Fatima', 'Fatima and Abu Bakr al-Baghdadi']) {
    const m = top(name);
    assert.equal(m?.referenceNumber, 'QDi.299', name);
    assert.equal(m?.score, baghdadi?.score, name);
  }
  // An organisation's "and" joins its words: not read as two names.
  const org = top('Al Rashid Trust and Fatima', 'Organization');
  assert.ok(org === undefined || org.score < (top('Al Rashid Trust', 'Organization')?.score ?? 0));
});
