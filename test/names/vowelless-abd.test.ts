/**
 * names/tokens.ts vowellessAbd (engine 1.26.0): an Abd with the article assimilated and its linking
 * vowel left out (Abdr Rahman, Abds Salam) is the Abd, where the next word starts with the consonant
 * the article took. "Abdr Rahman" (a noisy spelling of QDi.309's Abdur Rahman) was read as a name
 * Abdr and met only an initial A at 0.49.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseNameShared } from '../../src/names/tokens.js';
import { q, unEngine } from '../matching/helpers.js';

function read(full: string): string {
  return analyseNameShared(full).tokens.map((t) => `${t.latin}:${t.role}`).join(' ');
}

describe('an Abd written without its linking vowel', () => {
  it('is the Abd before a word starting with the assimilated consonant', () => {
    assert.equal(read('Abdr Rahman'), read('Abdur Rahman'));
    assert.equal(read('Abds Salam'), 'abd:abd salam:name');
    assert.equal(read('Abdsh Shakur'), 'abd:abd shakur:name');
  });

  it('is left alone before another consonant or with nothing after it', () => {
    assert.equal(read('Abdr Karim'), 'abdr:name karim:name');
    assert.equal(read('Abdr'), 'abdr:name');
  });

  it('screens as the Abd written whole', async () => {
    const e = await unEngine();
    const refs = (name: string) => e.screen(q({ schema: 'Person', name }), { limit: 5 }).filter((m) => m.match).map((m) => `${m.referenceNumber} ${m.score}`);
    assert.ok(refs('Abdr Rahman').some((r) => r.startsWith('QDi.309 ')));
    assert.deepEqual(refs('Abdr Rahman'), refs('Abdur Rahman'));
  });
});
