import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { diffLists, diffParty } from '../../src/lists/diff.js';
import { emptyParty, type SanctionedParty } from '../../src/lists/model.js';
import { readUnXml } from '../../src/lists/un.js';
import { UN_2017, UN_2025, UN_2026 } from '../helpers/paths.js';

let un2017: SanctionedParty[];
let un2025: SanctionedParty[];
let un2026: SanctionedParty[];

before(async () => {
  const read = async (path: string) => (await readUnXml({ path })).parties;
  [un2017, un2025, un2026] = await Promise.all([read(UN_2017), read(UN_2025), read(UN_2026)]);
});

test('2025-11-20 -> 2026-01-28: one removal (IQi.074) and two comment-only amendments', () => {
  const diff = diffLists(un2025, un2026);
  assert.deepEqual(diff.added, []);
  assert.deepEqual(diff.removed, ['IQi.074']);
  // Checked against the raw XML independently (python3 xml.etree, element by element): besides the
  // removal, exactly two records changed, each only in COMMENTS1, where the 2026 file drops the
  // trailing "INTERPOL-UN Security Council Special Notice web link:..." sentence. SOURCES.md's "no other
  // record changed" compared names, aliases and dates, not comments.
  assert.deepEqual(
    diff.amended.map((a) => [a.ref, a.fields]),
    [
      ['HTi.006', ['comments']],
      ['SOi.022', ['comments']],
    ],
  );
  for (const a of diff.amended) {
    assert.match(a.changes[0]!.removed[0]!, /INTERPOL-UN Security Council Special Notice web link/);
    assert.doesNotMatch(a.changes[0]!.added[0]!, /INTERPOL/);
  }
});

test('2017-07-03 -> 2026-01-28: hundreds added and removed, amendments with their fields', () => {
  const diff = diffLists(un2017, un2026);
  // Reference sets compared independently of the diff code: the set differences of the two files' refs.
  const refs2017 = new Set(un2017.map((p) => p.referenceNumber));
  const refs2026 = new Set(un2026.map((p) => p.referenceNumber));
  const expectAdded = [...refs2026].filter((r) => !refs2017.has(r)).sort();
  const expectRemoved = [...refs2017].filter((r) => !refs2026.has(r)).sort();
  assert.equal(expectAdded.length, 202);
  assert.equal(expectRemoved.length, 224);
  assert.deepEqual([...diff.added].sort(), expectAdded);
  assert.deepEqual([...diff.removed].sort(), expectRemoved);
  assert.ok(diff.amended.length >= 100, `amended ${diff.amended.length}`);
  // QDi.001's primary name changed from SAYF-AL ADL (SOURCES.md).
  const qdi001 = diff.amended.find((a) => a.ref === 'QDi.001');
  assert.ok(qdi001, 'QDi.001 amended');
  assert.ok(qdi001.fields.includes('name'));
  const nameChange = qdi001.changes.find((c) => c.field === 'name')!;
  assert.deepEqual(nameChange.removed, ['SAYF-AL ADL']);
  assert.deepEqual(nameChange.added, ['MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE']);
  // Every amended party really differs in each reported field, and unchanged parties are not listed.
  for (const a of diff.amended) assert.ok(a.fields.length > 0);
  // A change of primary name is identifying; a comment-only amendment is not.
  assert.equal(qdi001.identifying, true);
  const commentOnly = diff.amended.filter((a) => a.fields.length === 1 && a.fields[0] === 'comments');
  assert.ok(commentOnly.length > 0);
  assert.ok(commentOnly.every((a) => !a.identifying));
});

test('set-like fields ignore order; a changed alias quality is an amendment', () => {
  const a = emptyParty('un', 'QDi.900', 'person');
  a.caption = 'X';
  a.names = [
    { type: 'primary', full: 'X', quality: 'good' },
    { type: 'alias', full: 'Abu Y', quality: 'good' },
    { type: 'alias', full: 'Abu Z', quality: 'low' },
  ];
  a.nationalities = ['Iraq', 'Syria'];
  const reordered: SanctionedParty = structuredClone(a);
  reordered.names = [a.names[0]!, a.names[2]!, a.names[1]!];
  reordered.nationalities = ['Syria', 'Iraq'];
  assert.deepEqual(diffParty(a, reordered), []);
  const requalified: SanctionedParty = structuredClone(a);
  requalified.names[2] = { type: 'alias', full: 'Abu Z', quality: 'good' };
  const changes = diffParty(a, requalified);
  assert.deepEqual(
    changes.map((c) => c.field),
    ['aliases'],
  );
  const dob: SanctionedParty = structuredClone(a);
  dob.birthDates = [{ kind: 'between', from: '1960', to: '1963' }];
  assert.deepEqual(
    diffParty(a, dob).map((c) => c.field),
    ['birthDates'],
  );
});
