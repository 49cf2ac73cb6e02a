/**
 * Engine 1.4.0: the Abd of an Abd + divine name compound is a particle of its own (names/tokens.ts),
 * so the miss families the evaluation showed for these names are found: the Abd dropped, the name
 * after it dropped or cut to an initial, a typo in the Abd itself. A name part met without any Abd
 * on the other side costs a little (weights.ts TOKEN.abdDroppedPenalty). Also: a title glued to the
 * name after it, and a typo in the article after Abd. Real UN records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseName } from '../../src/names/tokens.js';
import { q, unEngine } from './helpers.js';

async function scoreFor(name: string, ref: string, schema = 'Person'): Promise<number> {
  const engine = await unEngine();
  const m = engine.screen(q({ schema, name }), { minScore: 0.05, limit: 20 }).find((x) => x.referenceNumber === ref);
  return m?.score ?? 0;
}

describe('the Abd particle', () => {
  it('analyses Abd + name into two tokens and keeps names built on Abdallah whole', () => {
    assert.deepEqual(analyseName('Abdul Q. Mazhari').tokens.map((t) => t.role), ['abd', 'initial', 'name']);
    assert.deepEqual(analyseName('Nashwan Abd Abd al-Baqi').tokens.map((t) => t.role), ['name', 'abd', 'abd', 'name']);
    for (const n of ['Abdoulaye', 'Abdoullaye', 'Abdullahi', 'Abdullahjan', 'Абдуллах']) assert.deepEqual(analyseName(n).tokens.map((t) => t.role), ['name'], n);
  });

  const engine = unEngine();
  const threshold = async (): Promise<number> => (await engine).defaultThreshold;
  const found: [string, string, string][] = [
    ['Abd dropped', 'Mullah Rauf Aliza', 'TAi.025'],
    ['the name after Abd dropped', 'ABDUL MAZHARI', 'TAi.135'],
    ['the name after Abd dropped', 'ABDUL KHADEM', 'TAi.025'],
    ['the name after Abd cut to an initial', 'ABDUL Q. MAZHARI', 'TAi.135'],
    ['Abd cut to an initial', 'A. Samad', 'TAi.160'],
    ['Abd cut to an initial', 'A. QADEER BASIR ABDUL BASEER', 'TAi.128'],
    ['a typo in the Abd', 'Abudl Aziz Mahsud', 'TAi.155'],
    ['Abd written twice', 'NASHWAN ABD ABD AL-BAQI', 'QDi.012'],
    ['a typo in the article after Abd', 'Abd Ale-Hadi', 'QDi.218'],
    ['Abd al-Latif written as one word', 'AbdulLatif Mansoor', 'TAi.007'],
  ];
  for (const [family, name, ref] of found) {
    it(`finds ${ref} from "${name}" (${family})`, async () => {
      const s = await scoreFor(name, ref);
      assert.ok(s >= (await threshold()), `${name}: ${s}`);
    });
  }

  it('finds names glued to the title before them (the title alone is dropped)', async () => {
    for (const [name, ref, schema] of [['Hajisalam Hawala', 'TAe.010', 'Organization'], ['QariDin Mohammad', 'TAi.043', 'Person'], ['MullahShafiqullah', 'TAi.106', 'Person']] as const) {
      const s = await scoreFor(name, ref, schema);
      assert.ok(s >= (await threshold()), `${name}: ${s}`);
    }
    // Too little left after the title: no alternative form.
    assert.equal(analyseName('Imamov').tokens[0]?.alt, undefined);
  });

  it('keeps Abd Ali a name pair, not Abd + a garbled article', () => {
    assert.deepEqual(analyseName('Abd Ali Hassan').tokens.map((t) => t.folded), ['abd', 'ali', 'hasan']);
    assert.deepEqual(analyseName('Abd Apl-Rahim').tokens.map((t) => t.folded), ['abd', 'rahim']);
  });

  it('charges a name part met without any Abd on the other side', async () => {
    const withAbd = await scoreFor('Abdul Habib Alokozai', 'TAi.148');
    const without = await scoreFor('Habib Alokozai', 'TAi.148');
    assert.ok(without < withAbd, `${without} vs ${withAbd}`);
    assert.ok(without < (await threshold()), `Habib Alokozai: ${without}`);
  });
});
