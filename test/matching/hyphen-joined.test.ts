/**
 * Engine 1.14.0: a listed name with hyphenated words is also read with them joined
 * (name-variants.ts hyphenJoined, prepared-list.ts wordBoundaryReadings), so that a spelling that runs
 * the whole name together (KIMKWANGIL for KIM KWANG-IL: three listed tokens in one query token) is
 * an ordinary merge of two, and a name short of a hyphenated middle name (Islam Atabiev for ISLAM
 * SEIT-UMAROVICH ATABIEV) is short of one token, not two. Real UN records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyParty, type SanctionedParty } from '../../src/lists/model.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { hyphenJoined } from '../../src/matching/name-variants.js';
import { prepareList } from '../../src/matching/prepared-list.js';
import { prepareName } from '../../src/matching/prepared.js';
import { q, unEngine } from './helpers.js';

function party(ref: string, kind: 'person' | 'organization', full: string): SanctionedParty {
  const p = emptyParty('test', ref, kind);
  p.names.push({ type: 'primary', full, quality: 'good' });
  return p;
}

describe('hyphenated words read joined', () => {
  it('joins names, keeps the article, particles and titles as the analysis reads them', () => {
    assert.equal(hyphenJoined('KIM KWANG-IL'), 'KIM KWANGIL');
    // After a small letter the next capital is lowered, or the analysis would cut the word at it.
    assert.equal(hyphenJoined('Jang Myong-Jin'), 'Jang Myongjin');
    assert.equal(hyphenJoined('ISLAM SEIT-UMAROVICH ATABIEV'), 'ISLAM SEITUMAROVICH ATABIEV');
    assert.equal(hyphenJoined('Ри Кванг-Ил'), 'Ри Кванг-Ил'.replace('-И', 'и'));
    // The article between two names: the compound is joined whole; next to a name only, it is not.
    assert.equal(hyphenJoined('SAIF-AL-DIN AL-MASHHADANI'), 'SAIFALDIN AL-MASHHADANI');
    for (const n of ['HUSSEIN AL-TIKRITI', 'ABD-AL-LATIF', 'Abu-Shuayb', 'Ibn-Taymiyya', 'A-LHARAMAYN', 'Mullah-Omar', 'KIM KWANG IL']) assert.equal(hyphenJoined(n), undefined, n);
    // A word that is a name of every object's prototype is a word like any other, not an article.
    assert.equal(hyphenJoined('Jean-Constructor'), 'Jeanconstructor');
    const tokens = (name: string) => prepareName(name, 0, 0, 'primary', 'good').tokens.map((t) => t.written);
    assert.deepEqual(tokens(hyphenJoined('KIM KWANG-IL') as string), ['kim', 'kwangil']);
    assert.deepEqual(tokens(hyphenJoined('Jang Myong-Jin') as string), ['jang', 'myongjin']);
  });

  it('adds the joined reading as a name of the party that counts for no word frequency', () => {
    const list = prepareList([party('T1', 'person', 'KIM KWANG-IL'), party('T2', 'organization', 'ISIL-WA'), party('T3', 'person', 'Roodi Sliwa'), party('T4', 'person', 'HUSSEIN AL-TIKRITI')]);
    const shown = list.names.map((n) => `${n.full}: ${n.tokens.map((t) => t.written).join(' ')}`);
    assert.deepEqual(shown, ['KIM KWANG-IL: kim kwang il', 'KIM KWANG-IL: kim kwangil', 'ISIL-WA: isil wa', 'ISIL-WA: isilwa', 'Roodi Sliwa: roodi sliwa', 'HUSSEIN AL-TIKRITI: hussein tikriti']);
    // ISILWA shares its skeleton with Sliwa; only Sliwa's own party counts for it.
    const sliwa = list.names[4]?.tokens[1];
    assert.equal(list.freq.df.get(sliwa?.skeleton as string), 1);
  });

  it('finds the record written as one word, and without a hyphenated middle name', async () => {
    const e = await unEngine();
    const person = (name: string) => q({ schema: 'Person', name });
    // KPi.009 KIM KWANG-IL, KPi.001 YUN HO-JIN, IRi.001 FEREIDOUN ABBASI-DAVANI, QDi.364 ISLAM SEIT-UMAROVICH ATABIEV.
    for (const [name, ref] of [['KIMKWANGIL', 'KPi.009'], ['YUNHOJIN', 'KPi.001'], ['FEREIDOUNABBASIDAVANI', 'IRi.001'], ['Islam Atabiev', 'QDi.364']] as const) {
      const found = e.screen(person(name), { limit: 5 });
      assert.equal(found[0]?.referenceNumber, ref, `${name}: ${found.map((m) => `${m.referenceNumber} ${m.score}`).join(', ')}`);
      assert.ok(found[0]?.match === true, `${name}: ${found[0]?.score}`);
    }
    // The explanation names the listed name as the list writes it, and shows the joined token.
    const hit = e.screen(person('KIMKWANGIL'), { limit: 1 })[0];
    assert.equal(hit?.explanation.name?.listedName, 'KIM KWANG-IL');
    assert.deepEqual(hit?.explanation.name?.tokens[0]?.listed.map((t) => t.text), ['kim', 'kwangil']);
  });

  it('scores a pair in compare as screening against a list holding the record', () => {
    const record = party('T1', 'person', 'KIM KWANG-IL');
    const engine = MatchEngine.build([record, party('T2', 'person', 'Ri Yong-Mu')], { listVersions: [{ source: 'test', hash: 'test' }] });
    for (const name of ['KIMKWANGIL', 'Kim Kwangil', 'Kim Kwang Il']) {
      const screened = engine.screen(q({ schema: 'Person', name }), { limit: 1, minScore: 0 })[0];
      const compared = engine.compare(q({ schema: 'Person', name }), q({ schema: 'Person', name: 'KIM KWANG-IL' }));
      assert.equal(compared.score, screened?.score, name);
    }
  });
});
