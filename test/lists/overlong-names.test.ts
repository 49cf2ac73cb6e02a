/**
 * lists/overlong-names.ts (engine 1.83.0): an official list's name longer than a name can be
 * (names/name-limits.ts) is kept in the snapshot with a warning naming the party, and left out by the
 * engine: the party's other names still screen, and the build does not stall on it (a 22,000-letter
 * word cost minutes to read). On the real UN list with one alias made that long.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readListBytes } from '../../src/lists/read.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { q, UN_XML } from '../matching/helpers.js';

test('a UN alias of 22,000 letters is kept with a warning, not screened, and the party still found by its other names', async () => {
  const huge = 'abdulrahman'.repeat(2000);
  const xml = readFileSync(UN_XML, 'utf8').replace('<ALIAS_NAME>أبو بكر البغدادي الحسيني القريشي (Abu Bakr al-Baghdadi al-Husayni al-Quraishi; Abu Bakr al-Baghdadi)</ALIAS_NAME>', `<ALIAS_NAME>${huge}</ALIAS_NAME>`);
  assert.ok(xml.includes(huge), 'the fixture holds the long alias');
  const snapshot = await readListBytes(Buffer.from(xml, 'utf8'), 'un-hostile.xml');
  const warned = snapshot.warnings.filter((w) => w.referenceNumber === 'QDi.299');
  assert.equal(warned.length, 1);
  assert.match(warned[0]?.message ?? '', /^a name of QDi\.299 is not screened: 22,000 characters; a name may hold at most 500$/);
  const party = snapshot.parties.find((p) => p.referenceNumber === 'QDi.299');
  assert.ok(party?.names.some((n) => n.full === huge), 'the name is kept as written');

  const engine = MatchEngine.build(snapshot.parties, { listVersions: [{ source: 'un', hash: 'hostile' }] });
  const [first] = engine.screen(q({ schema: 'Person', name: 'Ibrahim Awwad Ibrahim al-Badri' }), { limit: 1 });
  assert.equal(first?.referenceNumber, 'QDi.299');
  assert.ok(first.match);
  assert.equal(engine.screen(q({ schema: 'Person', name: 'abdulrahman'.repeat(5) }), { limit: 1 }).filter((m) => m.referenceNumber === 'QDi.299' && m.match).length, 0);
});
