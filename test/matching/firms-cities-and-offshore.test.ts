/**
 * Engine 1.124.0, the words of firms' names that say where a firm is and how it is registered: a
 * city, a continent or a free zone is a place (matching/cities.ts, countries.ts isPlaceName), read in
 * its place when written in parentheses and capped as a place's word (place-words.ts); offshore is
 * an organisation word, read in its place in parentheses (SAL (OFF-SHORE)). On the real OFAC SDN
 * file of 2024-05-03 the counterparty "London" alerted at 0.89 on NIOC INTERNATIONAL AFFAIRS (LONDON)
 * LIMITED, "London Trading Company" at 0.79, "Offshore" at 0.86 on three Lebanese companies, "Zona
 * Libre" at 0.91 on VIDA PANAMA (ZONA LIBRE) S.A.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPlaceName } from '../../src/matching/countries.js';
import { nameVariants } from '../../src/matching/name-variants.js';
import { ofac2024Engine, q } from './helpers.js';

const company = (name: string) => q({ schema: 'Company', name });
const spaced = (names: string[]) => names.map((n) => n.replace(/\s+/g, ' '));

async function ofacTop(name: string): Promise<{ caption: string; score: number } | undefined> {
  return (await ofac2024Engine()).screen(company(name), { limit: 1, threshold: 0.3 })[0];
}

test('cities, continents and free zones are places; cities that are given names or groups\' words are not', () => {
  for (const place of ['London', 'DALIAN', 'Abu Dhabi', 'Kuala Lumpur', 'Asia', 'Far East', 'Zona Libre', 'Benghazi']) assert.ok(isPlaceName(place), place);
  for (const word of ['Riyadh', 'Medina', 'Male', 'Premier', 'Golden']) assert.ok(!isPlaceName(word), word);
});

test('a city in parentheses is read in its place, never alone; OFF-SHORE is the word offshore', () => {
  assert.deepEqual(spaced(nameVariants('NIOC INTERNATIONAL AFFAIRS (LONDON) LIMITED')), ['NIOC INTERNATIONAL AFFAIRS LIMITED', 'NIOC INTERNATIONAL AFFAIRS LONDON LIMITED']);
  assert.deepEqual(spaced(nameVariants('ZARON BIO-TECH (ASIA) LIMITED')), ['ZARON BIO-TECH LIMITED', 'ZARON BIO-TECH ASIA LIMITED']);
  assert.deepEqual(spaced(nameVariants('PREMIER INVESTMENT GROUP SAL (OFF-SHORE)')), ['PREMIER INVESTMENT GROUP SAL OFFSHORE']);
  assert.deepEqual(spaced(nameVariants('VIC DEL INC. (OFF SHORE)')), ['VIC DEL INC. OFFSHORE']);
});

test('on the OFAC list a city, offshore or a free zone alone alerts on nothing; the firms\' names still do', async () => {
  const engine = await ofac2024Engine();
  for (const name of ['London', 'London Trading Company', 'Offshore', 'Zona Libre', 'Asia Limited']) {
    const top = await ofacTop(name);
    assert.ok((top?.score ?? 0) < engine.defaultThreshold, `${name}: ${top?.caption} ${top?.score}`);
  }
  for (const [name, caption] of [
    ['NIOC International Affairs London', 'NIOC INTERNATIONAL AFFAIRS (LONDON) LIMITED'],
    ['NIOC International Affairs', 'NIOC INTERNATIONAL AFFAIRS (LONDON) LIMITED'],
    ['Golden Fish Offshore', 'GOLDEN FISH S.A.L. (OFFSHORE)'],
    ['Premier Investment Group', 'PREMIER INVESTMENT GROUP SAL (OFF-SHORE)'],
    ['Vida Panama', 'VIDA PANAMA (ZONA LIBRE) S.A.'],
    ['Zaron Biotech Asia', 'ZARON BIO-TECH (ASIA) LIMITED'],
    ['London Irinvest Ship Company', 'LONDON IRINVEST SHIP COMPANY'],
  ] as const) {
    const top = await ofacTop(name);
    assert.equal(top?.caption, caption, name);
    assert.ok((top?.score ?? 0) >= 0.85, `${name}: ${top?.score}`);
  }
});
