/**
 * Ta marbuta in the construct state (tokens.ts constructStateStem, since 1.57.0): Jabhat, Harakat,
 * Silsilat end in a t that Arabic writes as ة (folded a), so a Latin word ending in -at or -et is
 * also read without its t, as its alternative form.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseName } from '../../src/names/tokens.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { parseQuery } from '../../src/matching/query.js';

const alt = (word: string) => analyseName(word).tokens[0]?.alt;

test('a Latin word of five letters or more ending in -at or -et is also read without its t', () => {
  assert.equal(alt('Silsilat'), 'silsila');
  // Since 1.105.0 a transliterated word of a group's name carries its English word in that slot
  // instead (names/org-words.ts), and Jabha carries it too, so the two still meet.
  assert.equal(alt('Jabhat'), 'front');
  assert.equal(alt('Jabha'), 'front');
  assert.equal(alt('Silsilet'), 'silsile');
  assert.equal(alt('Fuat'), undefined);
  assert.equal(alt('Ahmed'), undefined);
});

test('an organisation named in Latin with the construct state meets its Arabic name', () => {
  const engine = MatchEngine.build([], { listVersions: [] });
  const org = (name: string) => parseQuery({ id: 'q', schema: 'Organization', name });
  // 0.199 up to 1.56.0: the t of Jabhat faced no letter of جبهة.
  const nusrah = engine.compare(org('Jabhat al-Nusrah'), org('جبهة النصرة'));
  assert.ok(nusrah.match, `score ${nusrah.score}`);
  const jabhat = nusrah.explanation.name?.tokens.find((t) => t.query.some((q) => q.text === 'jabhat'));
  assert.equal(jabhat?.listed[0]?.text, 'جبهة');
  assert.ok(engine.compare(org('Selselat al-Thahab'), org('سلسلة الذهب')).score > engine.compare(org('Selselat al-Thahab'), org('سلسلة الشباب')).score);
});
