import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ListFormatError } from './errors.js';
import { looksLikeFtmJsonl } from './ftm.js';
import { readFtmJsonlFile, type FtmStreamOptions } from './ftm-stream.js';
import { gatherListFiles } from './list-files.js';
import type { ListSnapshot } from './model.js';
import { DEFAULT_MAX_LIST_BYTES, filesHash, readListFiles, type ListFile, type ReadOptions } from './read.js';

/**
 * A list read from a path a user gives (`lists import`, `lists diff`, `screen --list FILE`).
 *
 * Every format but one is read whole, as bytes, capped at DEFAULT_MAX_LIST_BYTES (256 MiB: the UN list
 * is 2 MB, OFAC's full XML about 100 MB). FollowTheMoney JSON Lines is the exception: an OpenSanctions
 * export runs to gigabytes, more than a Node string can hold, so it is streamed (ftm-stream.ts) and
 * its SHA-256 computed in the same pass. Both ways give the same snapshot and the same version hash for
 * the same bytes (test/lists/ftm-import-stream.test.ts).
 */
export interface PathRead {
  snapshot: ListSnapshot;
  /** The version identity: SHA-256 of the bytes (of each file's name and hash for an OFAC CSV set). */
  hash: string;
  /** Total bytes read. */
  bytes: number;
  /** The files' bytes when they were read whole; absent when the file was streamed. */
  files?: ListFile[];
}

/** The first bytes of a file, enough to recognise its format. */
async function head(path: string, length = 4096): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead).toString('latin1');
  } finally {
    await handle.close();
  }
}

/** True when the file at `path` is FollowTheMoney JSON Lines (decided from its first line, as detectFormat does). */
export async function isFtmFile(path: string): Promise<boolean> {
  const text = (await head(path)).replace(/^\u00ef\u00bb\u00bf/, '').trimStart();
  return text.startsWith('{') && looksLikeFtmJsonl(text);
}

/** An FtM file streamed, hashed in the same pass; `onChunk` sees every chunk too. */
export async function streamFtmFile(path: string, options: FtmStreamOptions = {}): Promise<PathRead> {
  const hash = createHash('sha256');
  let bytes = 0;
  const snapshot = await readFtmJsonlFile(path, {
    ...options,
    onChunk: async (chunk) => {
      hash.update(chunk);
      bytes += chunk.length;
      if (options.onChunk) await options.onChunk(chunk);
    },
  });
  return { snapshot, hash: hash.digest('hex'), bytes };
}

export async function readListPath(path: string, options: ReadOptions = {}): Promise<PathRead> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`${path}: not a file`);
  if (await isFtmFile(path)) {
    return streamFtmFile(path, { ...(options.source ? { source: options.source } : {}), ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}) });
  }
  // Refused before reading: a file of gigabytes would otherwise be read into memory only to be refused.
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_LIST_BYTES;
  if (info.size > maxBytes) {
    throw new ListFormatError(
      basename(path),
      `${info.size} bytes is more than the limit of ${maxBytes} (only FollowTheMoney JSON Lines files are read as a stream, without this limit)`,
    );
  }
  const files = await gatherListFiles(path);
  const snapshot = await readListFiles(files, options);
  return { snapshot, hash: filesHash(files), bytes: files.reduce((n, f) => n + f.bytes.length, 0), files };
}
