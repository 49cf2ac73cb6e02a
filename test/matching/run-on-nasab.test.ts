/**
 * Engine 1.135.0 (matching/run-on-nasab.ts): a nasab run onto the article and the name after it
 * (BINALSHIBH) is read apart as well (BIN AL-SHIBH), by a list and by a query. The real UN record
 * QDi.081 (Ramzi bin al-Shibh), whose Latin names write it in one word and whose Arabic name apart.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SanctionedParty } from '../../src/lists/model.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { prepareList } from '../../src/matching/prepared-list.js';
import { runOnNasabApart } from '../../src/matching/run-on-nasab.js';
import { q, unParties } from './helpers.js';

const meta = { listVersions: [{ source: 'un', hash: 'test' }] };
const person = (name: string) => q({ schema: 'Person', name });

/** The UN parties with QDi.081's names kept only where `keep` says. */
async function withQdi081Names(keep: (name: SanctionedParty['names'][number]) => boolean): Promise<SanctionedParty[]> {
  return (await unParties()).map((p) => (p.referenceNumber === 'QDi.081' ? { ...p, names: p.names.filter(keep) } : p));
}

describe('a run-on nasab read apart', () => {
  it('parts bin, ibn, ben and bint run onto the article and a name of four letters or more', () => {
    assert.equal(runOnNasabApart('RAMZI MOHAMED ABDULLAH BINALSHIBH'), 'RAMZI MOHAMED ABDULLAH BIN AL-SHIBH');
    assert.equal(runOnNasabApart('Binalsheidah, Mohammed'), 'Bin al-sheidah, Mohammed');
    assert.equal(runOnNasabApart('Ibnelkhattab'), 'Ibn el-khattab');
    // Names that only begin so (two letters or one after the article), a nasab already apart, and
    // the letters inside a word are left alone.
    for (const name of ['Binali Yildirim', 'Alexandre Benalla', 'Benelli', 'Ramzi bin al-Shibh', 'Rabinalshibh']) assert.equal(runOnNasabApart(name), undefined, name);
  });

  it('finds QDi.081 by its Arabic name with its Latin names only, and by its Latin name with its Arabic name only', async () => {
    const latinOnly = MatchEngine.build(await withQdi081Names((n) => n.type !== 'original-script'), meta);
    const arabic = latinOnly.screen(person('رمزي محمد عبد الله بن الشيبة'), { limit: 5 }).find((m) => m.referenceNumber === 'QDi.081');
    assert.ok(arabic?.match === true, `${arabic?.score}`);
    const arabicOnly = MatchEngine.build(await withQdi081Names((n) => n.type === 'original-script'), meta);
    const latin = arabicOnly.screen(person('RAMZI MOHAMED ABDULLAH BINALSHIBH'), { limit: 5 }).find((m) => m.referenceNumber === 'QDi.081');
    assert.ok(latin?.match === true, `${latin?.score}`);
    // The explanation shows the name as the list writes it.
    assert.match(arabic?.explanation.name?.listedName ?? '', /binalshib/i);
  });

  it('finds QDi.081 by "Bin Al Shibh, Ramzi", its alias left out, and compares the pair as it screens', async () => {
    const parties = await withQdi081Names((n) => n.full !== 'Bin Al Shibh, Ramzi');
    const found = MatchEngine.build(parties, meta).screen(person('Bin Al Shibh, Ramzi'), { limit: 5 }).find((m) => m.referenceNumber === 'QDi.081');
    assert.ok(found?.match === true, `${found?.score}`);
    const engine = MatchEngine.build([], meta);
    const compared = engine.compare(person('Bin Al Shibh, Ramzi'), person('RAMZI MOHAMED ABDULLAH BINALSHIBH'));
    assert.ok(compared.score > 0.8, `${compared.score}`);
  });

  it("counts the parted reading for no word's frequency", async () => {
    const qdi081 = (await unParties()).find((p) => p.referenceNumber === 'QDi.081') as SanctionedParty;
    // Its Latin names that write bin al-Shibh in one word only (the alias Bin Al Shibh and the Arabic
    // name, which write it apart, left out): shibh is then a word of the parted readings alone.
    const oneWord = { ...qdi081, names: qdi081.names.filter((n) => n.type !== 'original-script' && !/bin al/i.test(n.full)) };
    const list = prepareList([oneWord]);
    const shibh = list.names.flatMap((n) => n.tokens).find((t) => t.written === 'shibh');
    assert.ok(shibh !== undefined, 'the parted reading is among the names');
    assert.equal(list.freq.df.get(shibh.skeleton), undefined);
    assert.equal(list.freq.df.get(list.names[0]?.tokens[0]?.skeleton as string), 1);
  });
});
