/**
 * names/somali-spelling.ts and matching/name-variants.ts (engine 1.87.0): a name in the Somali Latin
 * alphabet (c the ʿayn, x the ḥ: Maxamed Cumar, Cabdullaahi, Xasan) is also read as Somali spells it,
 * beside the name read as any Latin name. Up to 1.86.0 "Maxamed Cumar Maxamed" scored 0.4780 on
 * MOHAMED OMAR MOHAMED (SOi.025), "Xasan Daahir Aweys" 0.5870 on HASSAN DAHIR AWEYS (QDi.042), and
 * "Cabdifataax Abuukar Cabdi" met nothing. On the real UN list.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameVariants } from '../../src/matching/name-variants.js';
import { somaliSpelling } from '../../src/names/somali-spelling.js';
import { q, unEngine } from '../matching/helpers.js';

test('a name holding a word only the Somali alphabet spells so reads x as h and leaves the c (ʿayn) out', () => {
  assert.equal(somaliSpelling('Maxamed Cumar Maxamed'), 'Mahamed umar Mahamed');
  assert.equal(somaliSpelling('CABDULLAAHI XASAN JAAMAC'), 'ABDULLAAHI HASAN JAAMA');
  for (const name of ['Alexander Carlos', 'Xavier Costa', 'Xi Jinping', 'Cali Cartel', 'Maxim Cox']) assert.equal(somaliSpelling(name), name, name);
});

test('both readings are variants of the name', () => {
  assert.deepEqual(nameVariants('Xasan Daahir Aweys'), ['Xasan Daahir Aweys', 'Hasan Daahir Aweys']);
  assert.deepEqual(nameVariants('Alexander Carlos'), ['Alexander Carlos']);
});

test('names in Somali spelling find the listed person, and a listed Somali spelling is found both ways', async () => {
  const engine = await unEngine();
  const top = (name: string) => engine.screen(q({ schema: 'Person', name }), { limit: 1 })[0];
  for (const [name, ref] of [['Maxamed Cumar Maxamed', 'SOi.025'], ['Xasan Daahir Aweys', 'QDi.042'], ['Cabdifataax Abuukar Cabdi', 'SOi.017'], ['Mohamed Abdullahi Isse', 'QDi.141'], ['Максамед Кабдуллаах Киисе', 'QDi.141']]) {
    const m = top(name as string);
    assert.equal(m?.referenceNumber, ref, name);
    assert.ok(m?.match, `${name}: ${m?.score}`);
  }
});
