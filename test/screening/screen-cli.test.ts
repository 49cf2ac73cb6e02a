/**
 * `interdict screen` on several lists: without --list it screens every list in force, a person on the
 * UN and UK lists is one output match with both designations, --limit counts persons, and the second
 * run reads the links from the data directory. Runs the TypeScript sources (not dist/), with the real
 * UN 2026 (bundled) and UK 2018 files.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ListStore } from '../../src/lists/store.js';
import { ROOT, SANCTIONS, tempDir } from '../helpers/paths.js';

const home = tempDir();
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, INTERDICT_HOME: home.dir },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
};

before(async () => {
  const store = new ListStore(home.dir);
  await store.ensureBundledUn();
  await store.importFile(join(SANCTIONS, 'uk-hmt-conlist-2018-04-13.csv'));
});
after(() => home.cleanup());

test('screen without --list: every list in force, one match per person with its designations', () => {
  const r = cli(['screen', 'Khalid Abd al-Rahman Hamd al-Fawaz', '--birth-date', '1962-08-24', '--limit', '1']);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /lists uk-hmt [0-9a-f]{12}, un c6a354e9d798:/, 'both lists in force, in source order');
  assert.match(r.stderr, /groups of linked records .* linked in \d+ ms/);
  const out = JSON.parse(r.stdout) as { id: string; matches: { entityId: string; designations?: { entityId: string; linkBasis: string | null }[] }[] };
  assert.equal(out.matches.length, 1, '--limit 1 counts the person once');
  const m = out.matches[0]!;
  assert.equal(m.entityId, 'un:QDi.059');
  assert.deepEqual(m.designations!.map((d) => [d.entityId, d.linkBasis]), [
    ['un:QDi.059', null],
    ['uk-hmt:6962', 'un-reference'],
  ]);
});

test('the second run reads the links from the data directory; --list un alone does not group', () => {
  const again = cli(['screen', 'Khalid Abd al-Rahman Hamd al-Fawaz', '--birth-date', '1962-08-24']);
  assert.match(again.stderr, /links from the data directory cache/);
  const unOnly = cli(['screen', 'Khalid Abd al-Rahman Hamd al-Fawaz', '--birth-date', '1962-08-24', '--list', 'un']);
  assert.doesNotMatch(unOnly.stderr, /groups of linked records/);
  const out = JSON.parse(unOnly.stdout) as { matches: { entityId: string; designations?: unknown }[] };
  assert.equal(out.matches[0]!.entityId, 'un:QDi.059');
  assert.equal(out.matches[0]!.designations, undefined);
});
