/**
 * Engine 1.6.0: a title typed with one error at the head of the query (Hji, Qai, Qafi, Muplah) costs
 * nothing where the listed name had that title removed (score.ts facesItsTitle), and the index
 * still finds what the exhaustive scorer finds. Real UN records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTypedTitle, mayBeTypedTitle } from '../../src/names/arabic.js';
import { q, unEngine } from './helpers.js';

const engine = unEngine();

describe('a typed title facing the listed title', () => {
  it('recognises one typing error in a title of four letters or more, never the first letter', () => {
    for (const [w, t] of [['hji', 'haji'], ['hzajji', 'hajji'], ['hajk', 'haji'], ['qai', 'qari'], ['qafi', 'qari'], ['muplah', 'mullah'], ['maualvi', 'maulavi'], ['maulanna', 'maulana']]) {
      assert.equal(isTypedTitle(w as string, t as string), true, `${w} ~ ${t}`);
    }
    // The title itself, another first letter, two errors, or a title too short to tell.
    for (const [w, t] of [['haji', 'haji'], ['khaji', 'haji'], ['hamid', 'haji'], ['dre', 'dr'], ['ali', 'imam']]) {
      assert.equal(isTypedTitle(w as string, t as string), false, `${w} ~ ${t}`);
    }
    assert.equal(mayBeTypedTitle('omar'), false);
  });

  const found: [string, string][] = [
    ['Qai Zakir', 'TAi.164'],
    ['HJI MUHAMMAD ASHRAF', 'QDi.265'],
    ['Qafi Din Mohammad', 'TAi.043'],
  ];
  for (const [name, ref] of found) {
    it(`finds ${ref} from "${name}", on screen() as on the exhaustive scorer`, async () => {
      const e = await engine;
      const query = q({ schema: 'Person', name });
      const m = e.screen(query, { limit: 20 }).find((x) => x.referenceNumber === ref);
      assert.ok(m !== undefined && m.score >= e.defaultThreshold, `${name}: ${m?.score}`);
      const ex = e.screenExhaustive(query, { limit: 20 }).find((x) => x.referenceNumber === ref);
      assert.equal(m.score, ex?.score);
    });
  }

  it('still charges the token where the listed name has no such title', async () => {
    const e = await engine;
    // The same extra token against the name written with and without the title.
    const withTitle = e.compare(q({ schema: 'Person', name: 'Hji Muhammad Ashraf' }), q({ schema: 'Person', name: 'Haji Muhammad Ashraf' })).score;
    const without = e.compare(q({ schema: 'Person', name: 'Hji Muhammad Ashraf' }), q({ schema: 'Person', name: 'Muhammad Ashraf' })).score;
    assert.ok(withTitle > without + 0.1, `${withTitle} vs ${without}`);
    // A real name one letter from a title (Hani / Haji) is not a title when the record says Qari.
    const hani = e.compare(q({ schema: 'Person', name: 'Hani Zakir' }), q({ schema: 'Person', name: 'Qari Zakir' })).score;
    const qai = e.compare(q({ schema: 'Person', name: 'Qai Zakir' }), q({ schema: 'Person', name: 'Qari Zakir' })).score;
    assert.ok(qai >= e.defaultThreshold && hani < e.defaultThreshold, `${qai} vs ${hani}`);
  });
});
