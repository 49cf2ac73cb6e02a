/**
 * Engine 1.107.0: the name of a listed kunya (Mohamed in Abou Mohamed Salah, QDi.251) met by the
 * first name of a query of two words or more that holds no kunya (Mohamed Salah) pairs at
 * TOKEN.kunyaNameAsGivenPenalty less similarity (score.ts kunyaNameAsGiven): the father of Mohamed
 * is not Mohamed. Up to 1.106.0 "Mohamed Salah" alerted on QDi.251 at 0.8452. Real UN records.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TOKEN } from '../../src/matching/weights.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { candidateOn, q, unEngine } from './helpers.js';

const person = (name: string) => q({ schema: 'Person', name });

const on = (name: string, ref: string) => candidateOn(person(name), ref);

test('a given name is not the name of a listed kunya', async () => {
  const engine = await unEngine();
  const m = await on('Mohamed Salah', 'QDi.251');
  assert.ok(m, 'QDi.251 among the candidates');
  assert.ok(m.score < engine.defaultThreshold, `${m.score}`);
  assert.equal(m.explanation.name?.listedName, 'Abou Mohamed Salah');
  const mohamed = m.explanation.name?.tokens.find((t) => t.query.some((x) => x.text === 'mohamed'));
  assert.equal(mohamed?.similarity, 1 - TOKEN.kunyaNameAsGivenPenalty);
});

test('the kunya written, or a single name, still meets the listed kunya', async () => {
  const engine = await unEngine();
  const written = await on('Abou Mohamed Salah', 'QDi.251');
  assert.ok(written && written.score >= engine.defaultThreshold, `${written?.score}`);
  assert.ok(written.explanation.name?.tokens.every((t) => t.similarity === 1 || t.kind.startsWith('unmatched')));
  // A name of one word against a kunya and its name: the UN lists both as aliases of one person
  // (Obaidah and Abu Obaidah), so the pairing keeps its similarity.
  const bare = MatchEngine.build([], { listVersions: [] }).compare(person('Obaidah'), person('Abu Obaidah'));
  assert.equal(bare.explanation.name?.tokens.find((t) => t.kind !== 'unmatched-listed')?.similarity, 1);
});

test('a query that writes a kunya anywhere, even misplaced, is left alone', async () => {
  // "Fathi Abu" (a kunya put last, as noisy records do) against Abu Fathi.
  const bare = MatchEngine.build([], { listVersions: [] }).compare(person('Fathi Abu Ahmad'), person('Abu Fathi Ahmad'));
  for (const t of bare.explanation.name?.tokens ?? []) if (t.kind !== 'unmatched-query' && t.kind !== 'unmatched-listed') assert.ok(t.similarity > 1 - TOKEN.kunyaNameAsGivenPenalty, JSON.stringify(t));
});
