/** UN references as the UK (and other lists) cite them: current and old forms, and what is refused. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyParty } from '../../src/lists/model.js';
import { citedUnReferences, findCitedUnReferences, parseUnReference, unReferenceKind } from '../../src/lists/un-ref.js';

test('the old 1267/1988 form maps to the current reference, keeping the number', () => {
  assert.deepEqual(parseUnReference('QI.A.86.03'), { ref: 'QDi.086', kind: 'individual', raw: 'QI.A.86.03', old: true });
  assert.equal(parseUnReference('QE.A.146.14.')?.ref, 'QDe.146');
  assert.equal(parseUnReference('Q.I.A.291.11')?.ref, 'QDi.291');
  assert.equal(parseUnReference('TI.A.99.01')?.ref, 'TAi.099');
  assert.equal(parseUnReference('TE.H.24.01')?.ref, 'TAe.024');
});

test('the current form, with the case and spacing slips seen in the UK file', () => {
  for (const [raw, ref] of [
    ['QDi.421', 'QDi.421'],
    ['QDI.330', 'QDi.330'],
    ['KPI. 035', 'KPi.035'],
    ['KPe 019', 'KPe.019'],
    ['KPE.001', 'KPe.001'],
    ['KPe.07', 'KPe.007'],
  ] as const) {
    assert.equal(parseUnReference(raw)?.ref, ref, raw);
  }
});

test('forms with no mechanical mapping, or a prefix the UN does not use, are not references', () => {
  for (const raw of ['E.29.I.11', 'I.AC.50.20.12.12.(1)', 'QD1.410', 'DPe.012', '077', 'EU.27.28']) {
    assert.equal(parseUnReference(raw), undefined, raw);
  }
});

test('citations in free text: after a "UN Ref" label, or leading the text; not elsewhere', () => {
  const text = 'UN REF:QE.A.146.14. Also referred to as Ansar al Charia. Associated with Al-Qaida in Iraq (QE.J.115.04).';
  assert.deepEqual(findCitedUnReferences(text).refs.map((r) => r.ref), ['QDe.146']);
  assert.deepEqual(findCitedUnReferences('IRe.066. Subordinate entity of AIO.').refs.map((r) => r.ref), ['IRe.066']);
  assert.deepEqual(findCitedUnReferences('UN Reference No: TAi.145. Belongs to ...').refs.map((r) => r.ref), ['TAi.145']);
  assert.deepEqual(findCitedUnReferences('Un Ref: QDi.315. Was the lead ...').refs.map((r) => r.ref), ['QDi.315']);
  const unknown = findCitedUnReferences('Annex XIII. UN Listing. UN Ref.077. Alternate Member ... UN Ref E.29.I.11. Owned');
  assert.deepEqual(unknown.refs, []);
  assert.deepEqual(unknown.unrecognised, ['077', 'E.29.I.11']);
});

test('citedUnReferences reads the typed link candidate readers store; unReferenceKind reads i/e', () => {
  const party = emptyParty('uk-hmt', '6894', 'person');
  party.extra.push({ field: 'UN_REFERENCE', value: 'QDi.086' }, { field: 'Other', value: 'QDi.999' }, { field: 'UN_REFERENCE', value: 'QDi.086' });
  assert.deepEqual(citedUnReferences(party), ['QDi.086']);
  assert.equal(unReferenceKind('QDi.086'), 'individual');
  assert.equal(unReferenceKind('QDe.004'), 'entity');
  assert.equal(unReferenceKind('QI.A.86.03'), undefined, 'only current forms name a UN record');
});
