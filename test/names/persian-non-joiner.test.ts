/**
 * names/normalise.ts ZERO_WIDTH_NON_JOINER_ARTICLE (engine 1.86.0): the zero-width non-joiner that
 * Persian, Dari and Urdu typing puts before the article of a compound name (سراج‌الدین, نور‌الله) is
 * read as the space Arabic writes there; before a suffix (فخری‌زاده) it still joins one word. Up to
 * 1.85.0 every non-joiner was removed: سراج‌الدین حقانی met TAi.144 at 0.7350 (0.8608 spaced), and
 * نور‌الله نوری TAi.089 at 0.8448 (0.9169 spaced). On the real UN list.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseText } from '../../src/names/normalise.js';
import { q, unEngine } from '../matching/helpers.js';

test('a non-joiner before the article parts two words; before a suffix it joins', () => {
  assert.equal(normaliseText('سراج\u200cالدین حقانی'), normaliseText('سراج الدین حقانی'));
  assert.equal(normaliseText('نور\u200cالله'), normaliseText('نور الله'));
  assert.equal(normaliseText('فخری\u200cزاده'), normaliseText('فخریزاده'));
});

test('a Persian-typed compound name scores as the name written with a space', async () => {
  const engine = await unEngine();
  const top = (name: string) => engine.screen(q({ schema: 'Person', name }), { limit: 1 })[0];
  for (const [joined, spaced, ref] of [['سراج\u200cالدین حقانی', 'سراج الدین حقانی', 'TAi.144'], ['نور\u200cالله نوری', 'نور الله نوری', 'TAi.089']]) {
    const a = top(joined as string);
    assert.equal(a?.referenceNumber, ref);
    assert.equal(a?.score, top(spaced as string)?.score, joined);
  }
  assert.equal(top('محسن فخری\u200cزاده')?.score, top('محسن فخریزاده')?.score);
});
