/**
 * names/cyrillic.ts surnameCaseStem (engine 1.43.0): a Russian family name in -ов, -ев, -ин, -ын in
 * the dative (у: a payment "Умарову Д. Х."), instrumental (ым), prepositional (е) or a feminine case
 * (ой) is also read without the ending, as the alternative form. 1.37.0 left у and е alone because
 * they end French-style names (Хейру, Kheirou); after a family name's suffix they cannot.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { russianCaseStem } from '../../src/names/cyrillic.js';
import { q, unEngine } from '../matching/helpers.js';

describe('Russian family names declined', () => {
  it('takes the case ending off after -ов, -ев, -ин, -ын only', () => {
    assert.equal(russianCaseStem('умарову'), 'умаров');
    assert.equal(russianCaseStem('умаровым'), 'умаров');
    assert.equal(russianCaseStem('умарове'), 'умаров');
    assert.equal(russianCaseStem('ивановой'), 'иванов');
    assert.equal(russianCaseStem('бутаеве'), 'бутаев');
    assert.equal(russianCaseStem('путину'), 'путин');
    assert.equal(russianCaseStem('хейру'), undefined);
    assert.equal(russianCaseStem('ладену'), undefined);
    assert.equal(russianCaseStem('бину'), undefined);
  });

  it('scores a family name in the dative and instrumental nearer its nominative on QDi.290', async () => {
    const engine = await unEngine();
    const score = (name: string): number => {
      const hit = engine.screen(q({ name }), { limit: 1 })[0];
      assert.equal(hit?.referenceNumber, 'QDi.290', name);
      return hit?.score ?? 0;
    };
    const nominative = score('Умаров Доку');
    assert.ok(score('Умаровым Доку') > 0.8, 'instrumental');
    assert.ok(nominative - score('Умаровым Доку') < 0.1, 'instrumental against nominative');
    assert.ok(score('Умарову Д. Х.') > 0.8, 'dative with initials');
  });
});
