/**
 * matching/name-annotations.ts (engine 1.50.0): notes a list writes into a name field (born in ...,
 * passport no. ..., previously listed as) are cut off before the name is read, and a parenthesised
 * note is no name of its own. Up to 1.49.0 the UN alias "Ezatullah Haqqani (previously listed as)"
 * gave TAi.064 a name "previously listed as", which the query "Previously Listed" met at 0.95, and
 * every word of "..., born 1 Jan. 1953 (Oman passport no.03825239, ...)" was a word of LYi.019's name.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameVariants } from '../../src/matching/name-variants.js';
import { withoutNote } from '../../src/matching/name-annotations.js';
import { q, unEngine } from './helpers.js';

describe('notes in a name field', () => {
  it('cuts the UN list annotated aliases down to their names', () => {
    assert.deepEqual(nameVariants('Safia Farkash Mohammed Al-Hadad, born 1 Jan. 1953 (Oman passport no.03825239, date of issue 4 May 2014, expiry 3 May 2024.)'), ['Safia Farkash Mohammed Al-Hadad']);
    assert.deepEqual(nameVariants('Ezatullah Haqqani (previously listed as)'), ['Ezatullah Haqqani']);
    assert.deepEqual(nameVariants('Khirullah Said Wali Khairkhwa, born in Kandahar on 01 Jan.1967'), ['Khirullah Said Wali Khairkhwa']);
    assert.deepEqual(nameVariants('Mohammad Ishaq Akhund born in 1963'), ['Mohammad Ishaq Akhund']);
    assert.deepEqual(nameVariants('Abdel Ilah Sabri (false identity related to fraudulent South African identification number 6910275240086 linked to South African passport number 434021161)'), ['Abdel Ilah Sabri']);
  });

  it('leaves names that only look like a note alone', () => {
    for (const name of ['Max Born', 'Borneo Silver Logistics PLC', 'Listed Companies Association', 'Ahmad Passportov']) {
      assert.deepEqual(nameVariants(name), [name], name);
    }
    assert.equal(withoutNote('Ahmad Ali, born 1970', false), 'Ahmad Ali');
    assert.equal(withoutNote('Oman passport no. 123', true), '');
  });

  it('gives no listed name to a note: "Previously Listed" meets no one', async () => {
    const hits = (await unEngine()).screen(q({ name: 'Previously Listed' }), { limit: 3 });
    assert.ok(!hits.some((m) => m.match), JSON.stringify(hits.map((m) => [m.referenceNumber, m.score])));
  });

  it('screens an annotated name as the name', async () => {
    const hit = (await unEngine()).screen(q({ name: 'Mohammad Ishaq Akhund, born in 1963' }), { limit: 1 })[0];
    assert.equal(hit?.referenceNumber, 'TAi.101');
    assert.ok((hit?.score ?? 0) > 0.9, `${hit?.score}`);
  });
});

describe('labels and titles beside a name (since 1.98.0)', () => {
  it('cuts original script, birth name, sub-unit name and a parenthesised generation, keeping what they label', () => {
    assert.deepEqual(nameVariants('Amir Khazmat (original script: Амир Хазмат)'), ['Amir Khazmat', 'Амир Хазмат']);
    assert.deepEqual(nameVariants('هيئة تحرير الشام (original script)'), ['هيئة تحرير الشام']);
    assert.deepEqual(nameVariants('Encep Nurjaman (birth name)'), ['Encep Nurjaman']);
    assert.deepEqual(nameVariants('Hilarion Santos, III (third)'), ['Hilarion Santos, III']);
    assert.deepEqual(nameVariants('شبكة أنصار المجاهدين (Ansar al-Mujahideen Network - sub-unit name)'), ['شبكة أنصار المجاهدين', 'Ansar al-Mujahideen Network']);
    // The UN files of 2017 and 2018: "El Para (combat name)" (since 1.103.0).
    assert.deepEqual(nameVariants('El Para (combat name) '), ['El Para']);
    assert.deepEqual(nameVariants('Abu Yusuf (nom de guerre)'), ['Abu Yusuf']);
    // Not a label: the words alone, or a name holding them outside parentheses (1.98.0 read
    // "Original Script Ltd" as Ltd alone).
    assert.deepEqual(nameVariants('Script Holdings Ltd'), ['Script Holdings Ltd']);
    assert.deepEqual(nameVariants('Original Script Ltd'), ['Original Script Ltd']);
    assert.deepEqual(nameVariants('Combat Name Trading'), ['Combat Name Trading']);
    // The place in parentheses is read in its place and without it (since 1.116.0).
    assert.deepEqual(nameVariants('Third Avenue Trading (Hong Kong)').map((v) => v.replace(/\s+/g, ' ')), ['Third Avenue Trading', 'Third Avenue Trading Hong Kong']);
  });

  it('gives no listed name to a label: "Birth Name", "Original Script" and "Third" meet no one', async () => {
    // Up to 1.97.0: Birth Name QDi.087 0.93, Original Script QDi.398 0.79 (as an organisation
    // QDe.137 0.94), Third QDi.244 0.88, Sub-unit name QDe.137 0.77, all alerts.
    const e = await unEngine();
    for (const [schema, name] of [['Person', 'Birth Name'], ['Person', 'Original Script'], ['Organization', 'Original Script'], ['Person', 'Third'], ['Organization', 'Sub-unit name']] as const) {
      const hits = e.screen(q({ schema, name }), { limit: 3 });
      assert.ok(!hits.some((m) => m.match), `${name}: ${JSON.stringify(hits.map((m) => [m.referenceNumber, m.score]))}`);
    }
  });

  it('reads a title in parentheses in its place, not as a name of its own', async () => {
    // Up to 1.97.0 the UN's "(Sheikh) Musa Hilal" gave SDi.002 a name "Sheikh": the query "Sheikh" alerted at 0.66.
    const [one, ...rest] = nameVariants('(Sheikh) Musa Hilal');
    assert.deepEqual(rest, []);
    assert.deepEqual(one?.split(/\s+/), ['Sheikh', 'Musa', 'Hilal']);
    assert.deepEqual(nameVariants('Musa Hilal (Sheikh Musa)'), ['Musa Hilal', 'Sheikh Musa']);
    const e = await unEngine();
    assert.ok(!e.screen(q({ name: 'Sheikh' }), { limit: 3 }).some((m) => m.match));
    const [hit] = e.screen(q({ name: 'Sheikh Musa Hilal' }), { limit: 1 });
    assert.equal(hit?.referenceNumber, 'SDi.002');
    assert.equal(hit?.match, true);
  });

  it('meets the original-script name after the label as a name of its own', async () => {
    const hit = (await unEngine()).screen(q({ name: 'Амир Хазмат' }), { limit: 1 })[0];
    assert.equal(hit?.referenceNumber, 'QDi.396');
    assert.equal(hit?.match, true);
  });
});
