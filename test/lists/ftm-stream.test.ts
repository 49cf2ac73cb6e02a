/**
 * The streaming FtM reader gives what the whole-file reader gives, whatever the chunk size, and names
 * the same line for bad input. Fixture: test/fixtures/ftm (hand-written, README there).
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ListFormatError } from '../../src/lists/errors.js';
import { readFtmJsonl } from '../../src/lists/ftm.js';
import { readFtmJsonlFile } from '../../src/lists/ftm-stream.js';
import { ROOT, tempDir } from '../helpers/paths.js';

const NAME = 'opensanctions-sample.ftm.jsonl';
const FIXTURE = join(ROOT, 'test', 'fixtures', 'ftm', NAME);
const temp = tempDir();
after(() => temp.cleanup());

function write(name: string, bytes: Buffer | string): string {
  const path = join(temp.dir, name);
  writeFileSync(path, bytes);
  return path;
}

test('the same snapshot as readFtmJsonl, for chunks of 7 bytes (splitting lines and characters) and of 1 MiB', async () => {
  const whole = readFtmJsonl(readFileSync(FIXTURE), NAME);
  for (const chunkBytes of [7, 1024 * 1024]) {
    const streamed = await readFtmJsonlFile(FIXTURE, { chunkBytes });
    assert.deepEqual(streamed, whole, `chunks of ${chunkBytes}`);
  }
  assert.ok(whole.parties.length > 0);
});

test('a byte-order mark, CRLF line ends and no final newline read as the whole-file reader reads them', async () => {
  const text = readFileSync(FIXTURE, 'utf8').trimEnd().replace(/\n/g, '\r\n');
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const path = write('bom.ftm.jsonl', bytes);
  assert.deepEqual(await readFtmJsonlFile(path, { chunkBytes: 5 }), readFtmJsonl(bytes, 'bom.ftm.jsonl'));
});

test('bad input is refused at the same line as the whole-file reader refuses it', async () => {
  const lines = readFileSync(FIXTURE, 'utf8').trimEnd().split('\n');
  const cases: [string, Buffer][] = [
    ['not JSON on line 3', Buffer.from([...lines.slice(0, 2), '{not json', ...lines.slice(2)].join('\n'))],
    ['an id used twice', Buffer.from([...lines, lines[0]].join('\n'))],
    ['a Latin-1 byte on line 2', Buffer.concat([Buffer.from(`${lines[0]}\n{"id":"x","schema":"Person","properties":{"name":["M`), Buffer.from([0xfc]), Buffer.from(`ller"]}}\n`)])],
  ];
  for (const [what, bytes] of cases) {
    const path = write('bad.ftm.jsonl', bytes);
    let expected: ListFormatError | undefined;
    try {
      readFtmJsonl(bytes, 'bad.ftm.jsonl');
    } catch (err) {
      expected = err as ListFormatError;
    }
    assert.ok(expected instanceof ListFormatError, what);
    await assert.rejects(readFtmJsonlFile(path, { chunkBytes: 16 }), (err: unknown) => {
      assert.ok(err instanceof ListFormatError, what);
      assert.equal(err.line, expected.line, what);
      return true;
    });
  }
});

test('a file over the size limit is refused before it is read', async () => {
  await assert.rejects(readFtmJsonlFile(FIXTURE, { maxBytes: 100 }), /more than the 100 allowed/);
});
