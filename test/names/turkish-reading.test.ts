/**
 * Engine 1.92.0: Arabic names in Turkish spelling (Ebu Bekir, Ebubekir el-Bağdadi, eş-Şişani) are
 * also read with the e's as a and c as j, beside the name as written (names/turkish-reading.ts).
 * Real UN records.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameVariants } from '../../src/matching/name-variants.js';
import { parseQuery } from '../../src/matching/query.js';
import { turkishReading } from '../../src/names/turkish-reading.js';
import { unEngine } from '../matching/helpers.js';

test('a name shown Turkish by a Turkish letter or the kunya Ebu is read with a for e and j for c', () => {
  assert.equal(turkishReading('Ebu Bekir el-Bagdadi'), 'Abu Bakir al-Bagdadi');
  assert.equal(turkishReading('Ebubekir el-Bağdadi'), 'Abubakir al-Bağdadi');
  assert.equal(turkishReading('Ebu Muhammed el-Culani'), 'Abu Muhammad al-Julani');
  assert.equal(turkishReading('Recep Yıldız'), 'Rajab Yıldız');
  assert.equal(turkishReading('Ebu Tevfik Mahmut'), 'Abu Tawfik Mahmud');
  // Nothing Turkish in it: left alone (Mehdi, Cemal and el- are written so elsewhere too).
  for (const name of ['Mehdi Ben Mohamed', 'Cemal Kemal', 'Abdel Kader el-Sayed', 'Zebulon Hebu']) assert.equal(turkishReading(name), name);
  // A capital Ç before another capital is CH, as normalise.ts writes it (since 1.99.0; up to 1.98.0
  // "ÇELİK" read "ChALİK", which the analysis cut at the capital A into two words).
  assert.equal(turkishReading('İBRAHİM ÇELİK'), 'İBRAHİM CHALİK');
  assert.equal(turkishReading('İbrahim Çelik'), 'İbrahim Chalik');
  // A second variant beside the name as written, never instead of it.
  assert.deepEqual(nameVariants('Ebu Hamza'), ['Ebu Hamza', 'Abu Hamza']);
});

test('names in Turkish spelling find and alert on the listed person', async () => {
  const engine = await unEngine();
  const person = (name: string) => parseQuery({ id: 'q', schema: 'Person', name });
  // Before 1.92.0: 0.6131, 0.4143 (QDi.299 second), 0.6588.
  for (const [name, ref] of [
    ['Ebu Bekir el-Bagdadi', 'QDi.299'], // alias Abu Bakr al-Baghdadi (low quality)
    ['Ebubekir el-Bağdadi', 'QDi.299'],
    ['Ebu Ömer eş-Şişani', 'QDi.345'], // alias Abu Umar al-Shishani (low quality)
  ] as const) {
    const [first] = engine.screen(person(name), { limit: 1 });
    assert.equal(first?.referenceNumber, ref, name);
    assert.ok(first.match, `${name}: ${first.score}`);
  }
  // Turkish names of people not listed stay clear of the list.
  for (const name of ['Ebubekir Şahin', 'Mehmet Emin Kaya', 'Selim Kemal Özdemir', 'Emine Yılmaz']) {
    const alerts = engine.screen(person(name), { limit: 3 }).filter((m) => m.match);
    assert.deepEqual(alerts.map((m) => m.referenceNumber), [], name);
  }
});
