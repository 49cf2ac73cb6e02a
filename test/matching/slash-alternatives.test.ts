/**
 * matching/name-variants.ts nameVariants (engine 1.33.0): a slash with a space on each side separates
 * two names of one party, as the UN list writes a name and its acronym (AL-ITIHAAD AL-ISLAMIYA / AIAI,
 * HARAKAT UL-MUJAHIDIN / HUM) or two names of a body (STATE ORGANIZATION OF ELECTRICITY / DEPARTMENT
 * OF COMPUTING AND STATISTICS). Read whole, the acronym was one more name word: QDe.002's primary name
 * scored 0.50 against its own Arabic name الاتحاد الاسلامي and the two missed each other.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameVariants } from '../../src/matching/name-variants.js';
import { arabicOnlyEngine, latinOnlyEngine, q } from './helpers.js';

describe('names separated by a spaced slash', () => {
  it('reads each side as a name of its own, and leaves an unspaced slash to the word', () => {
    assert.deepEqual(nameVariants('AL-ITIHAAD AL-ISLAMIYA / AIAI'), ['AL-ITIHAAD AL-ISLAMIYA', 'AIAI']);
    assert.deepEqual(nameVariants('X / Y (Z; W)'), ['X', 'Y', 'Z', 'W']);
    assert.deepEqual(nameVariants('Lord’s Resistance Movement/Army'), ['Lord’s Resistance Movement/Army']);
    assert.deepEqual(nameVariants('Korea Ryenha Machinery J/V Corporation'), ['Korea Ryenha Machinery J/V Corporation']);
  });

  it('finds QDe.002 across scripts in both directions', async () => {
    const a = (await arabicOnlyEngine()).screen(q({ schema: 'Organization', name: 'AL-ITIHAAD AL-ISLAMIYA / AIAI' }), { limit: 1 })[0];
    assert.equal(a?.referenceNumber, 'QDe.002');
    assert.equal(a?.match, true);
    const b = (await latinOnlyEngine()).screen(q({ schema: 'Organization', name: 'الاتحاد الاسلامي' }), { limit: 1 })[0];
    assert.equal(b?.referenceNumber, 'QDe.002');
    assert.equal(b?.match, true);
  });
});
