import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

/** Writes one piece of the content; resolves once the compressor can take more (back-pressure). */
export type ChunkWriter = (chunk: string | Buffer) => Promise<void>;

/**
 * writeFileAtomic (atomic-write.ts) for content too large to hold as one string or buffer: `produce`
 * hands the content over piece by piece, it is gzipped into a temporary file beside the target, flushed
 * to disk and renamed over the target. Readers see the old file or the whole new one; on any failure
 * (including one thrown by `produce`) the temporary file is removed and the target is untouched.
 */
export async function writeGzipAtomic(path: string, produce: (write: ChunkWriter) => Promise<void>): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(tmp, { flags: 'wx' }));
  // Observed here so an early failure of the file is not an unhandled rejection while produce runs;
  // it still reaches the caller through `await done` or through the 'drain' wait, which rejects on 'error'.
  done.catch(() => undefined);
  try {
    const write: ChunkWriter = async (chunk) => {
      if (!gzip.write(chunk)) await once(gzip, 'drain');
    };
    await produce(write);
    gzip.end();
    await done;
    const handle = await open(tmp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (err) {
    gzip.destroy();
    await done.catch(() => undefined);
    await rm(tmp, { force: true });
    throw err;
  }
}
