import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { runCli } from '../helpers/cli.js';
import { BIN, tempDir, UN_2017, UN_2025, UN_2026 } from '../helpers/paths.js';

const home = tempDir();
after(() => home.cleanup());

test('lists summary shows the bundled list on a fresh data directory', () => {
  const r = runCli(['lists', 'summary'], { home: home.dir });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /generated 2026-01-28T00:00:11\.197Z/);
  assert.match(r.stdout, /records +999 \(726 person, 273 organization\)/);
  assert.match(r.stdout, /252 individuals \(QDi\), 89 entities \(QDe\)/);
  assert.match(r.stdout, /Al-Qaida +341/);
});

test('lists import: a new version, then the same file again creates nothing', () => {
  const first = runCli(['lists', 'import', UN_2017, '--json'], { home: home.dir });
  assert.equal(first.status, 0, first.stderr);
  const result = JSON.parse(first.stdout);
  assert.equal(result.created, true);
  assert.equal(result.inForce, false);
  assert.equal(result.version.counts.parties, 1021);
  const again = runCli(['lists', 'import', UN_2017], { home: home.dir });
  assert.equal(again.status, 0);
  assert.match(again.stdout, /already imported/);
});

test('lists versions marks the version in force and its age', () => {
  const r = runCli(['lists', 'versions', '--json'], { home: home.dir });
  assert.equal(r.status, 0, r.stderr);
  const rows = JSON.parse(r.stdout) as { source: string; generatedAt: string; inForce: boolean; ageDays: number }[];
  assert.equal(rows.length, 2);
  const inForce = rows.filter((v) => v.inForce);
  assert.equal(inForce.length, 1);
  assert.equal(inForce[0]!.generatedAt, '2026-01-28T00:00:11.197Z');
  const expectedAge = Math.floor((Date.now() - Date.parse('2026-01-28T00:00:11.197Z')) / 86_400_000);
  assert.equal(inForce[0]!.ageDays, expectedAge);
  const table = runCli(['lists', 'versions'], { home: home.dir });
  assert.match(table.stdout, /in force/);
});

test('lists diff between two files: the one real removal and two comment amendments, as JSON', () => {
  const r = runCli(['lists', 'diff', UN_2025, UN_2026, '--json'], { home: home.dir });
  assert.equal(r.status, 0, r.stderr);
  const diff = JSON.parse(r.stdout);
  assert.deepEqual(diff.added, []);
  assert.deepEqual(diff.removed, ['IQi.074']);
  assert.deepEqual(
    diff.amended.map((a: { ref: string; fields: string[] }) => `${a.ref}:${a.fields.join(',')}`),
    ['HTi.006:comments', 'SOi.022:comments'],
  );
  assert.equal(diff.new.generatedAt, '2026-01-28T00:00:11.197Z');
});

test('lists diff between stored versions by hash prefix and list name', () => {
  const versions = JSON.parse(runCli(['lists', 'versions', '--json'], { home: home.dir }).stdout) as { hash: string; generatedAt: string }[];
  const old = versions.find((v) => v.generatedAt.startsWith('2017'))!;
  const r = runCli(['lists', 'diff', old.hash.slice(0, 10), 'un'], { home: home.dir });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /added 202, removed 224, amended \d+ \(\d+ in fields screening uses\)/);
  assert.match(r.stdout, /~ QDi\.001 MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE: .*name/);
});

test('a diff piped into a reader that stops early ends quietly', () => {
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" lists diff "${UN_2017}" un | head -n 2`], {
    env: { ...process.env, INTERDICT_HOME: home.dir },
    encoding: 'utf8',
  });
  assert.equal(r.stdout.split('\n').length, 3);
  assert.doesNotMatch(r.stderr, /EPIPE|Unhandled/);
});

test('lists show prints every field of a party', () => {
  const r = runCli(['lists', 'show', 'qdi.001'], { home: home.dir });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^QDi\.001 +MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE/);
  assert.match(r.stdout, /Sayf-Al Adl/);
  const j = JSON.parse(runCli(['lists', 'show', 'QDi.001', '--json'], { home: home.dir }).stdout);
  assert.equal(j.party.referenceNumber, 'QDi.001');
  const missing = runCli(['lists', 'show', 'QDi.99999'], { home: home.dir });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no party with reference "QDi\.99999"/);
});

test('exit codes: 2 for usage errors, 1 for a refused file, with a message naming it', () => {
  assert.equal(runCli(['no-such-command'], { home: home.dir }).status, 2);
  assert.equal(runCli(['lists', 'import'], { home: home.dir }).status, 2);
  assert.equal(runCli(['lists', 'diff', 'nosuchversion', 'un'], { home: home.dir }).status, 2);
  const bad = join(home.dir, 'broken.xml');
  writeFileSync(bad, '<?xml version="1.0"?>\n<CONSOLIDATED_LIST dateGenerated="2026-02-01T00:00:00Z">\n<INDIVIDUALS>\n<INDIVIDUAL>');
  const r = runCli(['lists', 'import', bad], { home: home.dir });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /broken\.xml:\d+:\d+/);
  const help = runCli(['lists', '--help'], { home: home.dir });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /import/);
});

test('--data-dir wins over INTERDICT_HOME, and data directories never mix', () => {
  const other = tempDir();
  try {
    const r = runCli(['--data-dir', other.dir, 'lists', 'import', UN_2025], { home: home.dir });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(existsSync(join(other.dir, 'lists', 'versions.json')));
    const versionsOther = JSON.parse(runCli(['--data-dir', other.dir, 'lists', 'versions', '--json'], { home: home.dir }).stdout);
    assert.equal(versionsOther.length, 2); // the bundled list and 2025
    const versionsHome = JSON.parse(runCli(['lists', 'versions', '--json'], { home: home.dir }).stdout);
    assert.ok(!versionsHome.some((v: { generatedAt: string }) => v.generatedAt.startsWith('2025')));
  } finally {
    other.cleanup();
  }
});
