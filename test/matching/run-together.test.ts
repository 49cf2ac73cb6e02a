/**
 * Engine 1.18.0: a query word that runs three or more of the list's words together (a payment
 * field that lost its spaces: ABUBAKRALBAGHDADI) is also read apart over the list's own words
 * (run-together.ts), as another reading of the same query name. Up to 1.17.0 such a word met
 * nothing: the scorer pairs one query token with two adjacent listed tokens at most. Real UN records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareList } from '../../src/matching/prepared-list.js';
import { RunTogetherWords } from '../../src/matching/run-together.js';
import { q, unEngine, unParties } from './helpers.js';

const person = (name: string) => q({ schema: 'Person', name });

describe('a name written without its spaces', () => {
  it('is cut into the list words it runs together, three pieces or more', async () => {
    const words = new RunTogetherWords(prepareList(await unParties()).names);
    assert.deepEqual(words.cut('abubakralbaghdadi'), ['abu', 'bakr', 'al', 'baghdadi']);
    assert.deepEqual(words.cut('aimanmuhammedrabialzawahiri'), ['aiman', 'muhammed', 'rabi', 'al', 'zawahiri']);
    // Two names are the merged pairing's to read (an Abd and the name after it count as one).
    assert.equal(words.cut('mohammedali'), undefined);
    assert.equal(words.cut('abdullahjan'), undefined);
    // Only whole words of a-z: a hyphen or an apostrophe already parts a word for the analysis.
    assert.equal(words.readApart('Ch’oe Ch’ubn-yo’ng'), undefined);
    assert.equal(words.readApart('Abu Bakr al-Baghdadi'), undefined);
    assert.equal(words.readApart('ABUBAKRALBAGHDADI 1971'), 'abu bakr al baghdadi 1971');
  });

  it('screening finds the record, shown with the query as written', async () => {
    const e = await unEngine();
    for (const [name, ref] of [['ABUBAKRALBAGHDADI', 'QDi.299'], ['AIMANMUHAMMEDRABIALZAWAHIRI', 'QDi.006'], ['FRANKKAKOREREBWAMBALE', 'CDi.002']] as const) {
      const hit = e.screen(person(name), { limit: 1 })[0];
      assert.equal(hit?.referenceNumber, ref, name);
      assert.ok(hit?.match === true, `${name}: ${hit?.score}`);
      assert.equal(hit?.explanation.name?.queryName, name);
      assert.ok((hit?.explanation.name?.tokens.filter((t) => t.kind === 'exact').length ?? 0) >= 3, name);
    }
  });

  it("compare reads the query over the record's own words too", async () => {
    const e = await unEngine();
    // Usama bin Ladin is no longer on the UN list: its words come from the record compared.
    const r = e.compare(person('USAMABINLADIN'), person('Usama bin Ladin'));
    assert.ok(r.match, `${r.score}`);
    const apart = e.compare(person('Usama bin Ladin'), person('Usama bin Ladin'));
    assert.equal(r.score, apart.score);
  });
});
