import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codes, decide, hit, run } from './helpers.js';

const collector = { name: 'Yusuf Demir', type: 'person', category: 'personal-account', iban: 'BE71096123456769', country: 'BE' };
const gift = (i: number, donor: string): Record<string, unknown> => ({
  kind: 'payment', id: `D-${i}`, date: `2015-10-${String(2 + i * 3).padStart(2, '0')}`, amount: '150.00 EUR',
  debtor: { name: donor, iban: `BE0000000000${i}`, country: 'BE' }, creditor: collector, remittance: 'donation for Syrian orphans',
});

describe('donations pack', () => {
  it('NPO-1: charitable gifts collected on a personal account, then sent out through a remitter', async () => {
    const out = await run([gift(1, 'Amina B.'), gift(2, 'Karim L.'), gift(3, 'Sara M.'),
      { kind: 'payment', id: 'OUT', date: '2015-10-20', amount: '420.00 EUR', channel: 'msb', debtor: collector, creditor: { name: 'Hawala agent Abu Ali', country: 'TR', category: 'remitter' } }]);
    const d = out.get('OUT')!;
    assert.ok(codes(d).includes('NPO-1'));
    assert.equal(hit(d, 'NPO-1')!.evidence.receipts, 3);
    assert.equal(d.decision, 'alert', 'scored and alerted, never blocked (FATF caution)');
    for (const i of [1, 2, 3]) assert.deepEqual(codes(out.get(`D-${i}`)), [], 'the gifts themselves raise nothing');
  });

  it('NPO-1: the same account paying its rent by wire does not alert', async () => {
    const out = await run([gift(1, 'A'), gift(2, 'B'), gift(3, 'C'), { kind: 'payment', id: 'RENT', date: '2015-10-20', amount: '420.00 EUR', debtor: collector, creditor: { name: 'Immo Brussel NV', iban: 'BE68539007547034' } }]);
    assert.ok(!codes(out.get('RENT')).includes('NPO-1'));
  });

  it('NPO-1: two gifts are below the default of three', async () => {
    const out = await run([gift(1, 'A'), gift(2, 'B'), { kind: 'payment', id: 'OUT', date: '2015-10-20', amount: '100.00 EUR', channel: 'e-wallet', debtor: collector, creditor: { name: 'W' } }]);
    assert.ok(!codes(out.get('OUT')).includes('NPO-1'));
  });

  it('NPO-2: a crowdfunding payout to an e-wallet; a charitable payment with no payee account', async () => {
    const crowd = await decide({ kind: 'payment', id: 'CF', date: '2016-01-01', amount: '2500.00 EUR', channel: 'e-wallet', debtor: { name: 'HelpNow Campaigns', category: 'crowdfunding', account: 'CF-1' }, creditor: { name: 'M. K.', account: 'W-9' } });
    assert.ok(codes(crowd).includes('NPO-2'));
    const untraceable = await decide({ kind: 'payment', id: 'UT', date: '2016-01-01', amount: '900.00 EUR', purpose: 'CHAR', debtor: { name: 'Relief Friends e.V.', account: '1' }, creditor: { name: 'Cash recipient' } });
    assert.deepEqual(hit(untraceable, 'NPO-2')!.evidence.missingData, ['payee account']);
    const traceable = await decide({ kind: 'payment', id: 'T', date: '2016-01-01', amount: '900.00 EUR', purpose: 'CHAR', debtor: { name: 'Relief Friends e.V.', account: '1' }, creditor: { name: 'UNHCR', iban: 'CH9300762011623852957' } });
    assert.ok(!codes(traceable).includes('NPO-2'));
  });

  it('NPO-3: a charity shipment of goods to Syria without end-use documents alerts; with them it does not', async () => {
    const shipment = (documents: string[]): Record<string, unknown> => ({
      kind: 'cargo', id: 'G', date: '2014-11-01', hsCode: '6309', product: 'used clothing', quantity: { value: '12', unit: 't' },
      places: { destination: { town: 'Azaz', country: 'SY' } }, parties: { shipper: { name: 'Helping Hands Foundation', category: 'charity' } }, documents,
    });
    assert.ok(codes(await decide(shipment([]))).includes('NPO-3'));
    assert.ok(!codes(await decide(shipment(['end-use-certificate']))).includes('NPO-3'));
  });
});
