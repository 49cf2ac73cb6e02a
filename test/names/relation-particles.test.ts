/**
 * Engine 1.41.0: "son of" and "daughter of", written out or abbreviated S/O and D/O as South Asian
 * documents write them (Abdul Haq S/O Anwar Khan), are the nasab particles bin and bint
 * (names/normalise.ts RELATION_ABBREVIATION, names/tokens.ts RELATION_WORDS). Up to 1.40.0 S/O was
 * two initials S and O (pairing with any listed name of those letters) and "son" a name, so
 * "Hafiz Saeed s/o Kamal" scored 0.50 on QDi.263 where "Hafiz Saeed bin Kamal" scored 0.58.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameVariants } from '../../src/matching/name-variants.js';
import { normaliseText } from '../../src/names/normalise.js';
import { analyseNameShared } from '../../src/names/tokens.js';
import { q, unEngine } from '../matching/helpers.js';

function roles(name: string): string[] {
  return analyseNameShared(name).tokens.map((t) => `${t.token.latin}:${t.token.role}`);
}

describe('son of, daughter of', () => {
  it('reads S/O and D/O as bin and bint, in either case and width, only standing alone', () => {
    assert.equal(normaliseText('Abdul Haq S/O Anwar Khan'), 'abdul haq bin anwar khan');
    assert.equal(normaliseText('Fatima d/o Ahmad'), 'fatima bint ahmad');
    assert.equal(normaliseText('Ｓ／Ｏ Ali'), 'bin ali');
    assert.equal(normaliseText('AS/OF Ali'), 'as of ali');
    assert.equal(normaliseText('c/o Ahmad'), 'c o ahmad');
  });

  it('keeps a spaced S / O inside its name instead of splitting the name there', () => {
    // Since 1.47.0 the own name before the father's is a second reading (name-variants.ts FATHER_NAMED).
    assert.deepEqual(nameVariants('Abdul Haq S / O Anwar Khan'), ['Abdul Haq S/O Anwar Khan', 'Abdul Haq']);
    assert.deepEqual(nameVariants('AL-ITIHAAD AL-ISLAMIYA / AIAI'), ['AL-ITIHAAD AL-ISLAMIYA', 'AIAI']);
  });

  it('reads "son of" and "daughter of" before a name as the particle, "of" dropped', () => {
    assert.deepEqual(roles('Abdul Haq son of Anwar Khan'), ['abd:abd', 'haq:name', 'bin:nasab', 'anwar:name', 'khan:name']);
    assert.deepEqual(roles('Fatima daughter of Ahmad'), ['fatima:name', 'bint:nasab', 'ahmad:name']);
    assert.deepEqual(roles('Abdul Haq S/O Anwar Khan'), ['abd:abd', 'haq:name', 'bin:nasab', 'anwar:name', 'khan:name']);
    // Nothing after it: no relation (and "Son" is a Korean family name).
    assert.deepEqual(roles('Son Of'), ['son:name', 'of:name']);
    assert.deepEqual(roles('Son Jong Hyok'), ['son:name', 'jong:name', 'hyok:name']);
  });

  it('screens an S/O name as the better of the name with bin and the own name alone', async () => {
    const engine = await unEngine();
    const top = (name: string) => engine.screen(q({ name }), { limit: 1, minScore: 0.3 })[0];
    for (const [abbreviated, written, own] of [
      ['Abdul Haq s/o Anwar Khan', 'Abdul Haq bin Anwar Khan', 'Abdul Haq'],
      ['Hafiz Saeed s/o Kamal', 'Hafiz Saeed bin Kamal', 'Hafiz Saeed'],
    ] as const) {
      const a = top(abbreviated);
      const best = [top(written), top(own)].sort((x, y) => (y?.score ?? 0) - (x?.score ?? 0))[0];
      assert.equal(a?.referenceNumber, best?.referenceNumber, abbreviated);
      assert.equal(a?.score, best?.score, abbreviated);
    }
    const hit = engine.screen(q({ name: 'Abdul Haq s/o Anwar Khan' }), { limit: 1 })[0];
    assert.equal(hit?.referenceNumber, 'TAi.051');
    assert.equal(hit?.match, true);
  });
});
