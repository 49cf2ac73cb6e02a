/**
 * FollowTheMoney files are imported as a stream (no 256 MiB whole-file limit), and every snapshot is
 * stored a party per line so a large one is read back a line at a time. What is checked: the version
 * hash, the kept original and the snapshot are exactly those of the whole-file path; the line-at-a-time
 * loader reads what the one-piece loader reads, also for snapshots written before this layout; a bad
 * line refuses the import and leaves the store as it was. Fixture: test/fixtures/ftm (README there).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ListFormatError } from '../../src/lists/errors.js';
import { readFtmJsonl } from '../../src/lists/ftm.js';
import { MODEL_VERSION } from '../../src/lists/model.js';
import { filesHash } from '../../src/lists/read.js';
import { readListPath } from '../../src/lists/read-path.js';
import { ListStore } from '../../src/lists/store.js';
import { ROOT, tempDir, UN_2025 } from '../helpers/paths.js';

const NAME = 'opensanctions-sample.ftm.jsonl';
const FIXTURE = join(ROOT, 'test', 'fixtures', 'ftm', NAME);
const temps: { dir: string; cleanup: () => void }[] = [];
after(() => temps.forEach((t) => t.cleanup()));
function freshDir(): string {
  const t = tempDir();
  temps.push(t);
  return t.dir;
}
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** Every file under the store's lists directory, leftovers of a failed write included. */
const listFiles = (home: string) => readdirSync(join(home, 'lists'), { recursive: true }).map(String).sort();

test('an FtM file is read as a stream: hash of its bytes, the whole-file snapshot, no bytes kept in memory', async () => {
  const bytes = readFileSync(FIXTURE);
  const read = await readListPath(FIXTURE);
  assert.equal(read.files, undefined, 'streamed, not read whole');
  assert.equal(read.hash, sha256(bytes));
  assert.equal(read.bytes, bytes.length);
  assert.deepEqual(read.snapshot, readFtmJsonl(bytes, NAME));
  // Any other format is read whole, with the hash it always had.
  const un = await readListPath(UN_2025);
  assert.ok(un.files);
  assert.equal(un.hash, filesHash(un.files));
});

test('importing an FtM file keeps the original byte for byte and the snapshot the whole-file reader gives', async () => {
  const home = freshDir();
  const bytes = readFileSync(FIXTURE);
  const result = await new ListStore(home).importFile(FIXTURE);
  assert.equal(result.created, true);
  assert.equal(result.version.hash, sha256(bytes));
  assert.equal(result.version.bytes, bytes.length);
  assert.equal(result.version.format, 'ftm-jsonl');
  const kept = gunzipSync(readFileSync(join(home, 'lists', 'files', `${result.version.hash}.gz`)));
  assert.ok(kept.equals(bytes), 'the kept original is the imported bytes');
  const store = new ListStore(home);
  const loaded = await store.load((await store.versions())[0]!);
  const expected = readFtmJsonl(bytes, NAME);
  assert.deepEqual(loaded.parties, expected.parties);
  assert.deepEqual(loaded.warnings, expected.warnings);
  // The same bytes again: nothing new, and no temporary file left behind.
  const again = await new ListStore(home).importFile(FIXTURE);
  assert.equal(again.created, false);
  assert.ok(listFiles(home).every((f) => !f.endsWith('.tmp')), listFiles(home).join(', '));
});

test('a snapshot read a line at a time equals the one read in one piece (the UN list: 999 parties)', async () => {
  const home = freshDir();
  const version = await new ListStore(home).ensureBundledUn();
  const whole = await new ListStore(home).load(version);
  const lines = await new ListStore(home, { wholeSnapshotBytes: 0 }).load(version);
  assert.equal(whole.parties.length, 999);
  assert.deepEqual(lines, whole);
  // The stored text is one JSON document with a party per line.
  const text = gunzipSync(readFileSync(join(home, 'lists', 'snapshots', `${version.hash}.json.gz`))).toString('utf8');
  assert.equal(text.split('\n').length, 999 + 3);
  assert.deepEqual(JSON.parse(text).parties, whole.parties);
});

test('a snapshot in the earlier single-line layout still loads, either way', async () => {
  const home = freshDir();
  const version = await new ListStore(home).ensureBundledUn();
  const expected = await new ListStore(home).load(version);
  const path = join(home, 'lists', 'snapshots', `${version.hash}.json.gz`);
  writeFileSync(path, gzipSync(JSON.stringify({ modelVersion: MODEL_VERSION, parties: expected.parties, warnings: expected.warnings })));
  assert.deepEqual(await new ListStore(home).load(version), expected);
  assert.deepEqual(await new ListStore(home, { wholeSnapshotBytes: 0 }).load(version), expected);
});

test('a snapshot of an older model is derived again from the kept FtM original, streamed', async () => {
  const home = freshDir();
  const { version } = await new ListStore(home).importFile(FIXTURE);
  const expected = await new ListStore(home).load(version);
  const path = join(home, 'lists', 'snapshots', `${version.hash}.json.gz`);
  writeFileSync(path, gzipSync(JSON.stringify({ modelVersion: MODEL_VERSION - 1, parties: [], warnings: [] })));
  assert.deepEqual((await new ListStore(home).load(version)).parties, expected.parties);
  assert.equal(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')).modelVersion, MODEL_VERSION, 'rewritten in the current model');
});

test('a truncated snapshot is refused with its file and line, not read as a shorter list', async () => {
  const home = freshDir();
  const version = await new ListStore(home).ensureBundledUn();
  const path = join(home, 'lists', 'snapshots', `${version.hash}.json.gz`);
  const text = gunzipSync(readFileSync(path)).toString('utf8').split('\n');
  writeFileSync(path, gzipSync(text.slice(0, 500).join('\n') + '\n'));
  await assert.rejects(new ListStore(home, { wholeSnapshotBytes: 0 }).load(version), (err: Error) => {
    assert.match(err.message, /json\.gz: the snapshot ends before its warnings \(line 500\)/);
    return true;
  });
  writeFileSync(path, gzipSync([...text.slice(0, 10), '{"id":"cut', ...text.slice(11)].join('\n')));
  await assert.rejects(new ListStore(home, { wholeSnapshotBytes: 0 }).load(version), /line 11 of the snapshot is not a party/);
});

test('a bad line refuses the import at that line and leaves the store as it was', async () => {
  const home = freshDir();
  const store = new ListStore(home);
  await store.ensureBundledUn();
  const before = listFiles(home);
  const lines = readFileSync(FIXTURE, 'utf8').trimEnd().split('\n');
  const bad = join(freshDir(), 'bad.ftm.jsonl');
  writeFileSync(bad, [...lines.slice(0, 2), '{"id":"x","schema":"Person","properties":{"name":["unterminated"]', ...lines.slice(2)].join('\n'));
  await assert.rejects(store.importFile(bad), (err: unknown) => {
    assert.ok(err instanceof ListFormatError);
    assert.equal(err.line, 3);
    assert.match(err.message, /bad\.ftm\.jsonl/);
    return true;
  });
  assert.deepEqual(listFiles(home), before, 'nothing written, nothing left behind');
  assert.equal((await new ListStore(home).versions()).length, 1);
});

test('files over the whole-file limit: other formats are refused before reading, FtM keeps its own guard', async () => {
  const home = freshDir();
  await assert.rejects(new ListStore(home).importFile(UN_2025, { maxBytes: 1000 }), /more than the limit of 1000 \(only FollowTheMoney JSON Lines/);
  await assert.rejects(new ListStore(home).importFile(FIXTURE, { maxBytes: 100 }), /more than the 100 allowed/);
  assert.equal((await new ListStore(home).versions()).length, 0);
});
