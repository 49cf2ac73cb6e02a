import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Rng } from '../../eval/lib/prng.js';
import { partyKey } from '../../src/monitoring/party.js';

describe('judging: party keys (party.ts)', () => {
  it('an account key is the account without spaces, upper-cased, whatever characters it holds', () => {
    const rng = new Rng('judge-party-key');
    const chars = ['A', 'Z', 'a', 'z', '0', '9', ' ', '\t', '\u00a0', '-', 'ß', 'é', 'İ', 'ı', '\u2003', 'Ä'];
    let plain = 0;
    for (let i = 0; i < 20000; i++) {
      let account = '';
      for (let k = rng.int(1, 10); k > 0; k--) account += rng.chance(0.7) ? rng.pick(['A', 'C', '1', '7']) : rng.pick(chars);
      if (/^[A-Z0-9]*$/.test(account)) plain++;
      assert.equal(partyKey({ role: 'creditor', account, ids: [], licences: [] }), `acct:${account.replace(/\s+/g, '').toUpperCase()}`, JSON.stringify(account));
    }
    assert.ok(plain > 1000 && plain < 19000, `${plain} plain accounts`);
  });
});
