import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codes, decide, hit, run } from './helpers.js';

/** A crude cargo; coordinates of al-Tanak field (Deir ez-Zor), June 2015 (Brent monthly average USD 61.48). */
const cargo = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  kind: 'cargo',
  id: 'C-1',
  date: '2015-06-15',
  hsCode: '2709.00',
  product: 'crude petroleum oil',
  quantity: { value: '180', unit: 'bbl' },
  price: { amount: { value: '33.80', currency: 'USD' }, per: 'bbl' },
  settlement: 'cash',
  transport: { mode: 'truck', truck: { plate: '06 ABC 123' } },
  places: { loading: { name: 'field gathering station', lat: 34.9, lon: 40.72, country: 'SY' }, discharge: { town: 'Batman', country: 'TR' } },
  parties: { seller: { name: 'Abu Hamza Transport' }, buyer: { name: 'Kaya Akaryakit Ltd', country: 'TR', address: { town: 'Batman', country: 'TR' } } },
  ...over,
});

describe('oil pack', () => {
  it('crude from near Deir ez-Zor in 2015 at 45% below Brent: OIL-1 and OIL-2', async () => {
    const d = await decide(cargo());
    assert.deepEqual(codes(d).filter((c) => c.startsWith('OIL')), ['OIL-1', 'OIL-2']);
    assert.equal(d.decision, 'alert');
    const places = hit(d, 'OIL-1')!.evidence.places as { area: string }[];
    assert.ok(places.some((p) => p.area === 'al-Tanak oil field'));
    assert.ok(places.some((p) => p.area === 'Deir ez-Zor governorate'));
    const e2 = hit(d, 'OIL-2')!.evidence as { discount: number; benchmark: { month: string; price: string } };
    assert.equal(e2.benchmark.month, '2015-06');
    assert.equal(e2.benchmark.price, '61.48 USD');
    assert.equal(e2.discount, 0.45);
  });

  it('the same crude priced near Brent, from Basra, does not alert', async () => {
    const d = await decide(cargo({ price: { amount: '60.00 USD', per: 'bbl' }, places: { loading: { name: 'Rumaila', lat: 30.4, lon: 47.4, country: 'IQ' } }, settlement: 'letter-of-credit' }));
    assert.deepEqual(codes(d), []);
    assert.equal(d.decision, 'allow');
  });

  it('the effective window is a parameter: the same cargo in 2019 does not hit OIL-1', async () => {
    const d = await decide(cargo({ date: '2019-06-15', price: undefined }));
    assert.ok(!codes(d).includes('OIL-1'));
  });

  it('a price per tonne is compared per barrel (0.85 t/m3)', async () => {
    // USD 200/t = USD 27.03/bbl at 0.85 t/m3: 56% under USD 61.48.
    const d = await decide(cargo({ price: { amount: '200.00 USD', per: 't' }, places: {} }));
    assert.ok(codes(d).includes('OIL-2'));
    assert.equal((hit(d, 'OIL-2')!.evidence as { pricePerBbl: string }).pricePerBbl, '27.03 USD');
  });

  it('distance to a crossing uses the rule radius, overridable in configuration', async () => {
    // About 25 km north-west of the Abu Kamal - al-Qa'im crossing point, outside the governorate envelope.
    const nearCrossing = cargo({ places: { loading: { name: 'depot', lat: 34.6, lon: 40.85 } }, price: undefined });
    const d = await decide(nearCrossing);
    const areas = (hit(d, 'OIL-1')?.evidence.places as { area: string; distanceKm: number }[] | undefined) ?? [];
    const crossing = areas.find((a) => a.area.startsWith('Abu Kamal'));
    assert.ok(crossing && crossing.distanceKm > 20 && crossing.distanceKm < 30, JSON.stringify(areas));
    const tight = await decide(nearCrossing, { rules: { 'OIL-1': { params: { crossingRadiusKm: 15 } } } });
    const tightAreas = (hit(tight, 'OIL-1')?.evidence.places as { area: string }[] | undefined) ?? [];
    assert.ok(!tightAreas.some((a) => a.area.startsWith('Abu Kamal')));
  });

  it('risk areas carry dates: Tal Abyad counts before 2015-06-16, not after', async () => {
    const via = (date: string): Record<string, unknown> => cargo({ date, price: undefined, places: { loading: { name: 'Homs', lat: 34.73, lon: 36.68, country: 'SY' }, transit: [{ name: 'Tal Abyad', country: 'SY' }] } });
    assert.ok(codes(await decide(via('2015-03-01'))).includes('OIL-1'));
    assert.ok(!codes(await decide(via('2015-09-01'))).includes('OIL-1'));
  });

  it('a cargo of unknown origin sold by a Syrian seller escalates (C7)', async () => {
    const d = await decide(cargo({ places: {}, price: undefined, parties: { seller: { name: 'Unknown Seller', country: 'SY' }, buyer: { name: 'B' } } }));
    assert.ok(codes(d).includes('OIL-1'));
    assert.equal(hit(d, 'OIL-1')!.evidence.originUnknown, true);
  });

  it('OIL-3: the tenth small truck load to one buyer within 30 days alerts, the ninth does not', async () => {
    const loads = Array.from({ length: 10 }, (_, i) =>
      cargo({ id: `T-${i + 1}`, date: `2016-03-${String(1 + i * 2).padStart(2, '0')}`, hsCode: '271019', product: 'diesel', quantity: { value: '18000', unit: 'l' }, price: undefined, places: {} }),
    );
    const out = await run(loads);
    assert.ok(!codes(out.get('T-9')).includes('OIL-3'));
    assert.ok(codes(out.get('T-10')).includes('OIL-3'));
    const ev = hit(out.get('T-10'), 'OIL-3')!.evidence as { smallLoadsInWindow: number; cashSettlement: boolean; buyerLicensed: boolean };
    assert.equal(ev.smallLoadsInWindow, 10);
    assert.equal(ev.cashSettlement, true);
    assert.equal(ev.buyerLicensed, false);
  });

  it('OIL-3: the same ten loads spread over 60 days, or 45 m3 each, do not alert', async () => {
    const spread = Array.from({ length: 10 }, (_, i) => cargo({ id: `S-${i}`, date: new Date(Date.UTC(2016, 2, 1 + i * 6)).toISOString().slice(0, 10), hsCode: '2710', product: 'diesel', quantity: { value: '18', unit: 'm3' }, price: undefined, places: {} }));
    const big = Array.from({ length: 10 }, (_, i) => cargo({ id: `B-${i}`, date: `2016-03-${String(1 + i).padStart(2, '0')}`, hsCode: '2710', product: 'diesel', quantity: { value: '45', unit: 'm3' }, price: undefined, places: {} }));
    for (const [id, d] of [...(await run(spread)), ...(await run(big))]) assert.ok(!codes(d).includes('OIL-3'), id);
  });

  it('OIL-3: a payment to a fuel trader in a Hatay border village', async () => {
    const d = await decide({ kind: 'payment', id: 'F-1', date: '2015-02-10', amount: '8400.00 USD', debtor: { name: 'Anatolia Logistics' }, creditor: { name: 'Yildiz Mazot', category: 'fuel-trader', address: { town: 'Besaslan', country: 'TR' } } });
    assert.ok(codes(d).includes('OIL-3'));
  });

  it('OIL-4: a skid-mounted refinery to Nineveh alerts; distilling plant for a German refinery of 1960 does not', async () => {
    const kit = (over: Record<string, unknown>): Record<string, unknown> =>
      cargo({ hsCode: '841940', product: 'distilling plant', description: 'skid-mounted topping unit, 500 bpd', quantity: { value: '1', unit: 'unit' }, price: undefined, ...over });
    const risky = await decide(kit({ places: { destination: { town: 'Mosul', country: 'IQ' } }, parties: { buyer: { name: 'Al-Rafidain General Trading', country: 'IQ', established: '2015-01-20' } } }));
    assert.ok(codes(risky).includes('OIL-4'));
    const fine = await decide(kit({ date: '2019-05-01', places: { destination: { town: 'Gelsenkirchen', country: 'DE' } }, parties: { buyer: { name: 'Ruhr Oel GmbH', country: 'DE', established: '1960-01-01' } } }));
    assert.ok(!codes(fine).includes('OIL-4'));
  });

  it('OIL-5: barter of crude with a Syrian counterparty alerts; with Norwegian ones it does not', async () => {
    assert.ok(codes(await decide(cargo({ settlement: 'barter', places: {}, price: undefined, parties: { seller: { name: 'X', country: 'SY' }, buyer: { name: 'Y', country: 'LB' } } }))).includes('OIL-5'));
    assert.ok(!codes(await decide(cargo({ settlement: 'barter', places: {}, price: undefined, parties: { seller: { name: 'X', country: 'NO' }, buyer: { name: 'Y', country: 'NO' } } }))).includes('OIL-5'));
  });
});
