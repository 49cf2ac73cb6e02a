/**
 * names/tokens.ts mergedArabicAbdAt (engine 1.23.0): an Abd written onto the name before it in
 * Arabic script (محمدعبد البصیر, as the UN lists TAi.100's original-script name; محمدعبدالبصیر) is
 * cut off that name and read as the Abd, as the Latin rule (arabic.ts mergedAbdAt) reads
 * MOHAMMADABDULBASIR. Whole, the word met neither Mohammad nor Abdul Basir.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseNameShared } from '../../src/names/tokens.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { q, unParties } from '../matching/helpers.js';

function read(full: string): string {
  return analyseNameShared(full).tokens.map((t) => `${t.latin}:${t.role}`).join(' ');
}

describe('an Abd written onto the name before it, in Arabic script', () => {
  it('is cut off and read as written apart', () => {
    assert.equal(read('نظر محمدعبد البصیر'), read('نظر محمد عبد البصیر'));
    assert.equal(read('نظر محمدعبدالبصیر'), read('نظر محمد عبد البصیر'));
    assert.equal(read('محمدعبدالله'), read('محمد عبدالله'));
  });

  it('leaves words that only hold the letters whole', () => {
    assert.equal(read('معبد'), 'mbd:name');
    assert.equal(read('حسن متعبد'), 'hsn:name mtbd:name');
    // An Abd ending the word with no name after it is not cut.
    assert.equal(analyseNameShared('محمدعبد').tokens.length, 1);
  });

  it('lets TAi.100 be found from its Arabic-script name, glued as written', async () => {
    const party = (await unParties()).filter((p) => p.referenceNumber === 'TAi.100');
    const latinOnly = party.map((p) => ({ ...p, names: p.names.filter((n) => n.type !== 'original-script') }));
    const e = MatchEngine.build(latinOnly, { listVersions: [{ source: 'un', hash: 'test' }] });
    for (const name of ['نظر محمدعبد البصیر', 'نظر محمدعبدالبصیر']) {
      const hit = e.screen(q({ schema: 'Person', name }), { limit: 1 })[0];
      assert.equal(hit?.referenceNumber, 'TAi.100', name);
      assert.equal(hit?.match, true, name);
    }
  });
});
