import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codes, decide, hit, run } from './helpers.js';

const customer = { name: 'Jonas Becker', type: 'person', iban: 'DE44500105175407324931', country: 'DE' };
const atm = (id: string, date: string, town: string, country = 'TR'): Record<string, unknown> => ({
  kind: 'payment', id, date, channel: 'atm', amount: '400.00 EUR', debtor: customer, creditor: { name: 'ATM withdrawal' }, location: { town, country },
});

describe('fighters pack', () => {
  it('FTF-1: the second ATM withdrawal in Turkish border provinces within 14 days alerts', async () => {
    const out = await run([atm('W1', '2014-09-01', 'Gaziantep'), atm('W2', '2014-09-06', 'Kilis')]);
    assert.ok(!codes(out.get('W1')).includes('FTF-1'));
    assert.ok(codes(out.get('W2')).includes('FTF-1'));
    assert.deepEqual(hit(out.get('W2'), 'FTF-1')!.evidence.areas, ['Kilis province']);
  });

  it('FTF-1: withdrawals in Istanbul, or 20 days apart, do not alert', async () => {
    const ist = await run([atm('W1', '2014-09-01', 'Istanbul'), atm('W2', '2014-09-06', 'Istanbul')]);
    assert.ok(!codes(ist.get('W2')).includes('FTF-1'));
    const apart = await run([atm('W1', '2014-09-01', 'Gaziantep'), atm('W2', '2014-09-21', 'Gaziantep')]);
    assert.ok(!codes(apart.get('W2')).includes('FTF-1'));
  });

  it('FTF-1: a customer with an established pattern there (earlier visits in the year) does not alert', async () => {
    const out = await run([atm('OLD', '2014-03-01', 'Antakya'), atm('W1', '2014-09-01', 'Antakya'), atm('W2', '2014-09-06', 'Antakya')]);
    assert.ok(!codes(out.get('W2')).includes('FTF-1'));
  });

  it('FTF-2: a first EUR 950 transfer to an agent in Raqqa alerts; the second to the same agent, or EUR 12,000, does not', async () => {
    const send = (id: string, date: string, amount: string): Record<string, unknown> => ({
      kind: 'payment', id, date, channel: 'msb', amount, debtor: { name: 'Lea K.', iban: 'FI2112345600000785' }, creditor: { name: 'Abu Khaled', address: { town: 'Raqqa', country: 'SY' } },
    });
    const out = await run([send('S1', '2015-04-01', '950.00 EUR'), send('S2', '2015-04-20', '950.00 EUR')]);
    assert.ok(codes(out.get('S1')).includes('FTF-2'));
    assert.ok(!codes(out.get('S2')).includes('FTF-2'), 'not one-off any more');
    assert.ok(!codes(await decide(send('BIG', '2015-04-01', '12000.00 EUR'))).includes('FTF-2'));
    assert.ok(!codes(await decide(send('USD', '2015-04-01', '950.00 USD'))).includes('FTF-2'), 'no EUR rate shipped: not compared, no guess');
  });

  it('FTF-3: loan drawn, car sold and a one-way ticket within 60 days alert on the completing flag', async () => {
    const flag = (id: string, date: string, f: string): Record<string, unknown> => ({ kind: 'flag', id, date, flag: f, party: customer });
    const out = await run([flag('L', '2014-05-02', 'loan-drawn'), flag('A', '2014-05-20', 'asset-sale'), flag('T', '2014-06-10', 'one-way-ticket')]);
    assert.ok(!codes(out.get('A')).includes('FTF-3'));
    assert.deepEqual(hit(out.get('T'), 'FTF-3')!.evidence.signals, ['asset-sale', 'loan-drawn', 'one-way-ticket']);
    const slow = await run([flag('L', '2014-01-02', 'loan-drawn'), flag('A', '2014-03-20', 'asset-sale'), flag('T', '2014-06-10', 'one-way-ticket')]);
    assert.ok(!codes(slow.get('T')).includes('FTF-3'));
  });

  it('FTF-4: hawala to Iraq alerts; a hawala-free wire to Iraq does not', async () => {
    const p = (channel: string): Record<string, unknown> => ({ kind: 'payment', id: channel, date: '2016-01-10', channel, amount: '3000.00 USD', debtor: { name: 'X' }, creditor: { name: 'Y', country: 'IQ' } });
    assert.ok(codes(await decide(p('hawala'))).includes('FTF-4'));
    assert.ok(!codes(await decide(p('wire'))).includes('FTF-4'));
  });
});
