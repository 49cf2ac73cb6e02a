/**
 * writeGzipAtomic: the target holds the whole new content or stays as it was; nothing is left behind.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { writeGzipAtomic } from '../../src/util/atomic-gzip-write.js';
import { byteLines } from '../../src/util/byte-lines.js';
import { tempDir } from '../helpers/paths.js';

const temp = tempDir();
after(() => temp.cleanup());

test('content written in many pieces (several MiB, past the compressor buffers) reads back whole', async () => {
  const path = join(temp.dir, 'many.gz');
  const pieces = Array.from({ length: 4000 }, (_, i) => `line ${i} ${'x'.repeat(i % 1500)}\n`);
  await writeGzipAtomic(path, async (write) => {
    for (const p of pieces) await write(p);
  });
  assert.equal(gunzipSync(readFileSync(path)).toString('utf8'), pieces.join(''));
  assert.deepEqual(readdirSync(temp.dir), ['many.gz']);
});

test('a failure while producing leaves the old target and no temporary file', async () => {
  const path = join(temp.dir, 'kept.txt.gz');
  writeFileSync(path, 'old');
  await assert.rejects(
    writeGzipAtomic(path, async (write) => {
      await write('half of the new content');
      throw new Error('source went away');
    }),
    /source went away/,
  );
  assert.equal(readFileSync(path, 'utf8'), 'old');
  assert.deepEqual(readdirSync(temp.dir).sort(), ['kept.txt.gz', 'many.gz']);
});

test('byteLines splits on newlines across chunk boundaries and keeps a last line without one', async () => {
  async function* chunks(): AsyncGenerator<Buffer> {
    for (const c of ['ab', 'c\nd', 'é\n\nxy', 'z']) yield Buffer.from(c, 'utf8');
  }
  const lines: string[] = [];
  for await (const l of byteLines(chunks())) lines.push(l.toString('utf8'));
  assert.deepEqual(lines, ['abc', 'dé', '', 'xyz']);
});
