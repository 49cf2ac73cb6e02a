import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codes, decide, hit, run } from './helpers.js';

const company = { name: 'Nordic Water Engineering AB', type: 'organization', iban: 'SE4550000000058398257466', country: 'SE' };
const kidnapping = { kind: 'flag', id: 'F-K', date: '2015-01-10', flag: 'kidnapping', party: company, note: 'engineer abducted near Kirkuk', place: { country: 'IQ' } };
const ransomWire = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  kind: 'payment',
  id: 'P-R',
  date: '2015-03-02',
  amount: '500000.00 USD',
  debtor: company,
  creditor: { name: 'Ibrahim Sarraf', category: 'exchange-house', address: { town: 'Akçakale', country: 'TR' } },
  remittance: 'فدية',
  ...over,
});

describe('ransom pack', () => {
  it('a remittance "فدية" (ransom) of USD 500,000 to a Turkish border town after a kidnapping flag: KFR-1 and KFR-3', async () => {
    const out = await run([kidnapping, ransomWire()]);
    const d = out.get('P-R')!;
    assert.deepEqual(codes(d), ['KFR-1', 'KFR-3']);
    assert.equal(d.decision, 'alert');
    assert.equal(hit(d, 'KFR-1')!.evidence.kidnappingFlag, '2015-01-10');
    assert.deepEqual(hit(d, 'KFR-3')!.evidence.keywords, ['فدية']);
    assert.ok((hit(d, 'KFR-1')!.evidence.regionLinks as string[]).some((l) => /Akcakale|Şanlıurfa|in TR/.test(l)));
    assert.equal(out.get('F-K')!.decision, 'allow', 'the flag itself raises nothing');
  });

  it('Arabic keywords are found with the article and other spellings attached', async () => {
    assert.ok(codes(await decide(ransomWire({ remittance: 'دفعة الفديه الثانية' }))).includes('KFR-3'));
    assert.ok(codes(await decide(ransomWire({ remittance: 'إطلاق سراح الرهائن' }))).includes('KFR-3'));
  });

  it('French keywords: "rançon" and "otage" in any case and accent', async () => {
    assert.deepEqual(hit(await decide(ransomWire({ remittance: 'REGLEMENT RANCON OTAGES' })), 'KFR-3')!.evidence.keywords, ['rançon', 'otage']);
  });

  it('without a kidnapping flag the same wire only carries the narrative hit', async () => {
    assert.deepEqual(codes(await decide(ransomWire())), ['KFR-3']);
  });

  it('a large wire of the flagged company to a supplier in Sweden, without ransom words, does not alert', async () => {
    const out = await run([kidnapping, ransomWire({ creditor: { name: 'Stockholm Pumps AB', country: 'SE' }, remittance: 'INVOICE 2015-044 PUMPS' })]);
    assert.deepEqual(codes(out.get('P-R')), []);
  });

  it('"release" alone is quiet; with a kidnapping flag on the payer it counts', async () => {
    const release = ransomWire({ amount: '900.00 USD', creditor: { name: 'Logistics Partner', country: 'SE' }, remittance: 'PAYMENT RELEASE PO 7781' });
    assert.deepEqual(codes(await decide(release)), []);
    const out = await run([kidnapping, release]);
    assert.deepEqual(codes(out.get('P-R')), ['KFR-3']);
  });

  it('KFR-2: an insurer claim payment followed by a cash withdrawal', async () => {
    const claim = { kind: 'payment', id: 'INS', date: '2015-02-01', direction: 'incoming', amount: '2000000.00 USD', purpose: 'INSC', debtor: { name: 'Lloyds Syndicate 9999', category: 'insurer' }, creditor: company };
    const cash = { kind: 'payment', id: 'CASH', date: '2015-02-20', channel: 'cash', amount: '300000.00 USD', debtor: company, creditor: { name: 'cash withdrawal' } };
    const out = await run([claim, cash]);
    assert.ok(codes(out.get('CASH')).includes('KFR-2'));
    assert.equal(hit(out.get('CASH'), 'KFR-2')!.evidence.claim, '2015-02-01');
    const later = await run([claim, { ...cash, date: '2015-06-20' }]);
    assert.ok(!codes(later.get('CASH')).includes('KFR-2'), 'outside the 60-day window');
  });

  it('C5: a ransom narrative naming a listed group is blocked, not only alerted', async () => {
    const d = await decide(ransomWire({ remittance: 'ransom to Al-Qaida in Iraq for the release' }));
    assert.equal(d.decision, 'block');
    assert.ok(codes(d).includes('C5'));
    assert.ok(codes(d).includes('SCREEN-TEXT'));
  });
});
