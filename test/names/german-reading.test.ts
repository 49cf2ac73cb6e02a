/**
 * Engine 1.125.0: a Cyrillic name romanised the German way (Duden: в w, з s, ж and ш sch, й j, х ch,
 * ц z, ч tsch) is read back towards the English romanisation the lists write (names/
 * german-reading.ts), beside the name as written. Up to 1.124.0 "Radkow Aleksandr Michajlowitsch"
 * scored 0.48 on RADKOV, Aleksandr Mikhailovich of the real OFAC SDN file of 2024-05-03, and
 * "Schelesnjak Sergej Wladimirowitsch" met ZHELEZNYAK, Sergei Vladimirovich not at all.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameVariants } from '../../src/matching/name-variants.js';
import { parseQuery } from '../../src/matching/query.js';
import { germanReadings } from '../../src/names/german-reading.js';
import { ofac2024Engine } from '../matching/helpers.js';

test('a German romanisation is read back, sch both as sh and as zh, s both as s and as z', () => {
  assert.deepEqual(germanReadings('Radkow Aleksandr Michajlowitsch'), ['Radkov Aleksandr Mikhaylovich', 'Radkov Alekzandr Mikhaylovich']);
  assert.deepEqual(germanReadings('Schelesnjak Sergej Wladimirowitsch'), ['Shelesnyak Sergey Vladimirovich', 'Zheleznyak Zergey Vladimirovich']);
  assert.deepEqual(germanReadings('Dschabarow Wladimir Michajlowitsch'), ['Dzhabarov Vladimir Mikhaylovich']);
  assert.deepEqual(germanReadings('Chruschtschow'), ['Khrushchov']);
  assert.deepEqual(germanReadings('KALASCHOW SACHARI KNJASEWITSCH'), ['KALASHOV SAKHARI KNYASEVICH', 'KALAZHOV ZAKHARI KNYAZEVICH']);
  assert.deepEqual(germanReadings('Wassilij Iwanow'), ['Vasiliy Ivanov']);
  assert.deepEqual(germanReadings('Sergej Lawrow'), ['Sergey Lavrov', 'Zergey Lavrov']);
});

test('names without a German romanisation\'s marks get no reading: an Arabic aj, a Somali ow, an English ew', () => {
  for (const name of ['Siraj Haqqani', 'Fateh Najm Eddine Farraj', 'Abdullahi Osman Mohamed Caddow', 'New Jihad', 'Andrew Smith', 'Abu Bakr al-Baghdadi', 'Umar Sulimow']) {
    assert.deepEqual(germanReadings(name), [], name);
  }
  // The readings stand beside the name as written, never in its place.
  assert.deepEqual(nameVariants('Sergej Lawrow'), ['Sergej Lawrow', 'Sergey Lavrov', 'Zergey Lavrov']);
});

test('on the OFAC list, persons written the German way meet their records', async () => {
  const engine = await ofac2024Engine();
  for (const [query, caption] of [
    ['Radkow Aleksandr Michajlowitsch', 'RADKOV, Aleksandr Mikhailovich'],
    ['Schelesnjak Sergej Wladimirowitsch', 'ZHELEZNYAK, Sergei Vladimirovich'],
    ['Sawarsin Wiktor Michajlowitsch', 'ZAVARZIN, Victor Mikhailovich'],
  ] as const) {
    const [top] = engine.screen(parseQuery({ id: 'q', schema: 'Person', name: query }), { limit: 1, threshold: 0.3 });
    assert.equal(top?.caption, caption, query);
    assert.ok((top?.score ?? 0) >= engine.defaultThreshold, `${query}: ${top?.score}`);
  }
});
