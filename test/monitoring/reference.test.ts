import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { haversineKm } from '../../src/monitoring/reference/geo.js';
import { loadReference } from '../../src/monitoring/reference/load.js';
import { prepareReference } from '../../src/monitoring/reference/prepared.js';
import { keywordHits, foldText } from '../../src/monitoring/text.js';
import { shippedReference } from './helpers.js';

describe('reference data', () => {
  it('ships every file with a source and a date', () => {
    const ref = shippedReference();
    assert.equal(ref.data.files.length, 7);
    for (const f of ref.data.files) assert.ok(f.asOf, `${f.file} has no asOf`);
    for (const a of ref.data.areas) assert.ok(a.source.length > 10, `${a.id} has no source`);
    assert.match(ref.data.hash, /^[0-9a-f]{64}$/);
  });

  it('carries the domain brief constants', () => {
    const ref = shippedReference();
    assert.deepEqual(ref.data.cutoffs.IQ && [ref.data.cutoffs.IQ.un, ref.data.cutoffs.IQ.eu], ['1990-08-06', '1990-08-06']);
    assert.deepEqual(ref.data.cutoffs.SY && [ref.data.cutoffs.SY.un, ref.data.cutoffs.SY.eu], ['2011-03-15', '2011-05-09']);
    assert.deepEqual(ref.data.hs.oil, ['2709', '2710', '2711']);
    assert.deepEqual(ref.data.hs.modularRefinery, ['841940', '841990']);
    assert.equal(ref.data.eu880.applicableFrom, '2025-06-28');
    assert.deepEqual(ref.data.eu880.statementValue, { currency: 'EUR', minor: 1_800_000 });
    assert.ok(ref.hsIn('27101943', 'oil'));
    assert.ok(!ref.hsIn('2701', 'oil'));
    assert.equal(ref.redListClass('Cylinder seals')?.key, 'cylinder-seal');
    assert.equal(ref.benchmark('270900', '2015-06-20')?.minor, 6148);
    assert.equal(ref.benchmark('270900', '2018-02-01')?.month, '2017-12', 'falls back up to three months');
    assert.equal(ref.benchmark('270900', '2019-06-01'), undefined);
  });

  it('names every oil field, crossing and governorate of the domain brief', () => {
    const names = shippedReference().data.areas.map((a) => a.name).join(' | ');
    for (const n of ['al-Omar', 'al-Tanak', 'al-Ward', 'Jazal', 'Ajeel', 'Qayyarah', 'Najma', 'Hamrin', 'Ain Zalah', 'Batma', 'Abu Kamal', 'Tal Abyad', 'Rabia', 'Semalka', 'Hacıpaşa', 'Beşaslan', 'Güveççi', 'Deir ez-Zor', 'Raqqa', 'Nineveh', 'Salah ad-Din', 'Anbar', 'Hasakah', 'Homs', 'Aleppo', 'Kirkuk', 'Diyala', 'Hatay', 'Şanlıurfa', 'Kilis', 'Gaziantep']) {
      assert.ok(names.includes(n), n);
    }
  });

  it('locates by polygon, by radius, and by name in several spellings', () => {
    const { areas } = shippedReference();
    const ids = (p: Parameters<typeof areas.locate>[0], date = '2015-01-01') => areas.locate(p, date).map((h) => `${h.areaId}:${h.by}`).sort();
    assert.deepEqual(ids({ lat: 35.95, lon: 39.0 }), ['gov-raqqa:inside']);
    assert.deepEqual(ids({ lat: 35.8, lon: 43.25 }).filter((x) => x.startsWith('field')), ['field-najma:radius', 'field-qayyarah:radius'], 'the two fields lie about 11 km apart');
    assert.ok(ids({ town: 'Akcakale', country: 'TR' }).includes('crossing-tal-abyad-akcakale:name'));
    assert.ok(ids({ town: 'دير الزور' }).includes('gov-deir-ez-zor:name'));
    assert.deepEqual(ids({ lat: 48.2, lon: 16.37, town: 'Wien' }), []);
  });

  it('a user directory replaces a shipped file, and errors name the file and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'interdict-ref-'));
    try {
      writeFileSync(join(dir, 'fx-rates.json'), JSON.stringify({ base: 'USD', rates: { EUR: '0.92' } }));
      const ref = prepareReference(loadReference(dir));
      assert.deepEqual(ref.data.fx.rates, { EUR: '0.92' });
      assert.notEqual(ref.data.hash, shippedReference().data.hash);
      writeFileSync(join(dir, 'risk-areas.geojson'), JSON.stringify({ features: [{ properties: { id: 'x', name: 'X', kind: 'crossing', source: 'analyst note 2026' }, geometry: { type: 'Point', coordinates: [40, 35] } }] }));
      assert.throws(() => loadReference(dir), /risk-areas\.geojson: features\[0\]\.properties\.radiusKm: a point area needs a positive radiusKm/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('haversine distance: Abu Kamal to al-Qa\'im is about 20 km', () => {
    const d = haversineKm(34.45, 40.92, 34.37, 41.09);
    assert.ok(d > 15 && d < 20, String(d));
  });
});

describe('keyword folding', () => {
  it('folds accents, Turkish dotless i, Arabic marks and letter forms', () => {
    assert.equal(foldText('Rançon ÖDEMESİ'), 'rancon odemesi');
    assert.equal(foldText('فديةٌ'), 'فديه');
    assert.deepEqual(keywordHits(foldText('la rançon des otages'), ['rançon', 'otage', 'tage']), ['rançon', 'otage']);
    assert.deepEqual(keywordHits(foldText('potage'), ['otage']), [], 'Latin keywords match at word starts only');
    assert.deepEqual(keywordHits(foldText('والفدية'), ['فدية']), ['فدية'], 'Arabic keywords match inside words (attached article)');
  });
});
