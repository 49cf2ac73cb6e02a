import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listedRecordHash, partyDataHash } from '../../src/cases/record-hash.js';
import { diffParty } from '../../src/lists/diff.js';
import { emptyParty, type SanctionedParty } from '../../src/lists/model.js';

function listed(): SanctionedParty {
  const p = emptyParty('un', 'QDi.999', 'person');
  p.caption = 'ABU EXAMPLE';
  p.names = [
    { type: 'primary', full: 'ABU EXAMPLE', quality: 'good' },
    { type: 'alias', full: 'Abu Sample', quality: 'good' },
    { type: 'alias', full: 'Abou Exemple', quality: 'low' },
  ];
  p.nationalities = ['Iraq', 'Syrian Arab Republic'];
  p.listedOn = '2015-09-23';
  return p;
}

test('the listed record hash changes exactly when the list diff reports an amendment', () => {
  const base = listed();
  const reordered = listed();
  reordered.names = [reordered.names[0]!, reordered.names[2]!, reordered.names[1]!];
  reordered.nationalities = ['Syrian Arab Republic', 'Iraq'];
  assert.equal(diffParty(base, reordered).length, 0);
  assert.equal(listedRecordHash(reordered), listedRecordHash(base), 'a publisher re-ordering aliases is no amendment');

  const amended = listed();
  amended.names.push({ type: 'alias', full: 'Abu New', quality: 'good' });
  assert.ok(diffParty(base, amended).length > 0);
  assert.notEqual(listedRecordHash(amended), listedRecordHash(base));

  const requalified = listed();
  requalified.names[2] = { ...requalified.names[2]!, quality: 'good' };
  assert.notEqual(listedRecordHash(requalified), listedRecordHash(base), 'alias quality Low -> Good is an amendment');
  assert.match(listedRecordHash(base), /^lr1:[0-9a-f]{64}$/);
});

test('the party data hash ignores order, blanks and duplicates but sees every new value', () => {
  const a = partyDataHash('Person', { name: ['Ahmad Example', 'A. Example'], birthDate: ['1980-01-01'], country: ['iq'] });
  const b = partyDataHash('Person', { country: [' iq '], name: ['A. Example', 'Ahmad Example', 'Ahmad Example', ''], birthDate: ['1980-01-01'], address: [] });
  assert.equal(a, b);
  assert.notEqual(partyDataHash('Person', { name: ['Ahmad Example', 'A. Example'], birthDate: ['1980-01-02'], country: ['iq'] }), a);
  assert.notEqual(partyDataHash('Organization', { name: ['Ahmad Example', 'A. Example'], birthDate: ['1980-01-01'], country: ['iq'] }), a);
  assert.match(a, /^pd1:[0-9a-f]{64}$/);
});
