import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codes, decide, hit } from './helpers.js';

/** A cuneiform tablet offered by a London dealer in 2024; the provenance decides everything else. */
const tablet = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  kind: 'art',
  id: 'A-1',
  date: '2024-04-10',
  transaction: 'sale',
  description: 'Clay tablet with cuneiform inscription, administrative text, Old Babylonian',
  category: 'cuneiform tablet',
  material: 'clay',
  culture: 'Old Babylonian',
  period: { label: 'c. 1800 BC', fromYear: -1900, toYear: -1700 },
  countryOfOrigin: 'SY',
  provenance: [
    { date: '2013-05', country: 'TR', place: 'Gaziantep', event: 'acquired', description: 'bought from a private collector' },
    { date: '2016', country: 'GB', place: 'London', event: 'imported' },
  ],
  documents: [{ type: 'invoice', date: '2016-02-01' }],
  registersConsulted: [{ register: 'INTERPOL Stolen Works of Art', date: '2024-04-01', result: 'no hit' }],
  parties: { seller: { name: 'Mayfair Antiquities Ltd', country: 'GB' }, buyer: { name: 'Private collector', country: 'CH' } },
  price: '12000.00 GBP',
  paymentMethod: 'wire',
  ...over,
});

describe('antiquities pack', () => {
  it('a Syrian cuneiform tablet whose provenance starts in 2013 is refused (ART-3, C6)', async () => {
    const d = await decide(tablet());
    assert.equal(d.decision, 'refuse');
    assert.ok(codes(d).includes('ART-3'));
    assert.ok(codes(d).includes('ART-1'), 'a Red List class without provenance before the cut-off');
    const h = d.ruleHits.find((x) => x.code === 'ART-3')!;
    assert.equal(h.hardControl, 'C6');
    const exit = (h.evidence as { exit: { cutoff: string; proven: boolean }[] }).exit;
    assert.deepEqual(exit.map((x) => [x.cutoff, x.proven]), [['2011-03-15', false]]);
  });

  it('the same tablet with a 1975 Syrian export licence is allowed', async () => {
    const d = await decide(tablet({ documents: [{ type: 'export-licence', issuingCountry: 'SY', date: '1975-06-02', number: 'DGAM 75/114' }, { type: 'invoice', date: '2016-02-01' }] }));
    assert.deepEqual(codes(d), []);
    assert.equal(d.decision, 'allow');
  });

  it('a year-only date proves nothing for the year of the cut-off: Iraqi object "exported 1990" is refused', async () => {
    const d = await decide(tablet({ countryOfOrigin: 'IQ', provenance: [{ date: '1990', country: 'JO', event: 'exported' }] }));
    assert.equal(d.decision, 'refuse');
    const ok = await decide(tablet({ countryOfOrigin: 'IQ', provenance: [{ date: '1990-07', country: 'JO', event: 'exported' }] }));
    assert.ok(!codes(ok).includes('ART-3'), 'July 1990 lies wholly before 1990-08-06');
  });

  it('an undocumented statement ("old family collection") is not proof', async () => {
    const d = await decide(tablet({ provenance: [{ date: '1965', country: 'FR', event: 'in-collection', documented: false, description: 'old family collection' }] }));
    assert.equal(d.decision, 'refuse');
  });

  it('an object of unknown origin whose culture points to Mesopotamia is treated as possibly Iraqi or Syrian', async () => {
    const d = await decide(tablet({ countryOfOrigin: undefined, culture: 'Neo-Assyrian', category: 'relief', description: 'relief fragment with a winged genie', provenance: [] }));
    assert.equal(d.decision, 'refuse');
    assert.equal(hit(d, 'ART-3')!.evidence.originInferred, true);
  });

  it('EU dates are a parameter: left Syria on 2011-04-20 is refused under the UN date, exempt under the EU one', async () => {
    const obj = tablet({ provenance: [{ date: '2011-04-20', country: 'LB', event: 'exported' }] });
    assert.equal((await decide(obj)).decision, 'refuse');
    const eu = await decide(obj, { rules: { 'ART-3': { params: { useEuDates: true } } } });
    assert.ok(!codes(eu).includes('ART-3'));
  });

  it('a return to the country of origin is not refused', async () => {
    assert.ok(!codes(await decide(tablet({ transaction: 'return' }))).includes('ART-3'));
  });

  it('ART-2: an Iraq Museum number alerts whatever the provenance; cuneiform script alone only without proof', async () => {
    const licensed = { documents: [{ type: 'export-licence', issuingCountry: 'SY', date: '1975-06-02' }] };
    const im = await decide(tablet({ ...licensed, marks: ['ink inscription "IM 45123" on the reverse'] }));
    assert.ok(codes(im).includes('ART-2'));
    assert.deepEqual(hit(im, 'ART-2')!.evidence.strong, ['IM 45123']);
    assert.ok(!codes(await decide(tablet(licensed))).includes('ART-2'));
    assert.ok(codes(await decide(tablet())).includes('ART-2'));
  });

  it('ART-4: an archaeological import into the EU after 2025-06-28 needs the licence (Part B)', async () => {
    const bowl = (over: Record<string, unknown>): Record<string, unknown> =>
      tablet({ transaction: 'import', country: 'DE', date: '2025-09-01', countryOfOrigin: 'EG', category: 'vessel', description: 'painted pottery bowl', period: { fromYear: -1500, toYear: -1300 }, ...over });
    assert.ok(codes(await decide(bowl({}))).includes('ART-4'));
    assert.ok(!codes(await decide(bowl({ documents: [{ type: 'import-licence', issuingCountry: 'DE', date: '2025-08-01' }] }))).includes('ART-4'));
    assert.ok(!codes(await decide(bowl({ date: '2025-06-01' }))).includes('ART-4'), 'before the regulation applies');
    assert.ok(!codes(await decide(bowl({ country: 'CH' }))).includes('ART-4'), 'not an EU import');
  });

  it('ART-4: a 220-year-old non-archaeological object needs the importer statement from EUR 18,000 (Part C)', async () => {
    const painting = (price: string, docs: unknown[] = []): Record<string, unknown> =>
      tablet({ transaction: 'import', country: 'FR', date: '2025-09-01', countryOfOrigin: 'IT', category: 'painting', description: 'oil on canvas, landscape', period: { fromYear: 1800, toYear: 1805 }, price, documents: docs });
    assert.ok(codes(await decide(painting('20000.00 EUR'))).includes('ART-4'));
    assert.ok(!codes(await decide(painting('10000.00 EUR'))).includes('ART-4'));
    assert.ok(!codes(await decide(painting('20000.00 EUR', [{ type: 'importer-statement' }]))).includes('ART-4'));
    assert.ok(codes(await decide(painting('20000.00 GBP'))).includes('ART-4'), 'a value not convertible to EUR is treated as over the threshold');
  });

  it('ART-5: cash through an intermediary into a freeport alerts; one flag alone does not', async () => {
    const licensed = { documents: [{ type: 'export-licence', issuingCountry: 'SY', date: '1975-06-02' }] };
    const d = await decide(tablet({ ...licensed, paymentMethod: 'cash', freeport: true, parties: { seller: { name: 'S', country: 'LB' }, intermediary: { name: 'Agent' }, buyer: { name: 'B' } } }));
    const flags = hit(d, 'ART-5')!.evidence.flags as string[];
    assert.deepEqual(flags, ['seller in transit country LB', 'cash payment', 'intermediary', 'freeport']);
    assert.ok(!codes(await decide(tablet({ ...licensed, paymentMethod: 'cash' }))).includes('ART-5'));
  });

  it('ART-6: registers not consulted, or a register hit, alert', async () => {
    const licensed = { documents: [{ type: 'export-licence', issuingCountry: 'SY', date: '1975-06-02' }] };
    assert.deepEqual(hit(await decide(tablet({ ...licensed, registersConsulted: [] })), 'ART-6')!.evidence.missing, ['INTERPOL']);
    assert.ok(codes(await decide(tablet({ ...licensed, registersConsulted: [{ register: 'Art Loss Register' }] }))).includes('ART-6'));
    assert.ok(codes(await decide(tablet({ ...licensed, registersConsulted: [{ register: 'INTERPOL', result: 'hit: reported stolen 2015' }] }))).includes('ART-6'));
  });

  it('a hard control cannot be disabled or softened by configuration', async () => {
    await assert.rejects(decide(tablet(), { rules: { 'ART-3': { enabled: false } } }), /ART-3 enforces hard control C6 and cannot be disabled/);
    await assert.rejects(decide(tablet(), { rules: { 'ART-3': { action: 'alert' } } }), /cannot be softened/);
  });
});
