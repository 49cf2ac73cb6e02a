/**
 * The FollowTheMoney JSON Lines reader for files too large to hold as one string.
 *
 * `readFtmJsonl` decodes the whole file into one string first: that needs the bytes and twice their
 * size again in memory, and V8 refuses strings above about 512 MiB, so a large OpenSanctions export
 * cannot be read that way at all. This reader takes the file a chunk at a time, splits it into lines
 * on the byte 0x0A (util/byte-lines.ts), decodes each line strictly on its own (so a bad byte is
 * reported at its exact line) and parses it with the same line
 * parser; the entities are then assembled exactly as `readFtmJsonl` does (the file is a graph whose
 * references point forwards and backwards, so the entities themselves are kept until the end). Same
 * result, same errors, for any file both can read (test/lists/ftm-stream.test.ts).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { byteLines } from '../util/byte-lines.js';
import { ListFormatError } from './errors.js';
import { assembleFtm, parseFtmLine, type FtmEntity, type FtmOptions } from './ftm.js';
import type { ListSnapshot } from './model.js';

export interface FtmStreamOptions extends FtmOptions {
  /** Refuse files larger than this (default 16 GiB: a guard against a wrong path such as /dev/zero). */
  maxBytes?: number;
  /** Chunk size read from the file (default 1 MiB). */
  chunkBytes?: number;
  /**
   * Called with every chunk as it is read, before it is parsed (the store hashes the bytes in the same
   * pass). Awaited, so a slow consumer slows the reading instead of piling chunks up in memory.
   */
  onChunk?: (chunk: Buffer) => void | Promise<void>;
}

export const DEFAULT_MAX_STREAM_BYTES = 16 * 1024 ** 3;

export async function readFtmJsonlFile(path: string, options: FtmStreamOptions = {}): Promise<ListSnapshot> {
  const file = basename(path);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_STREAM_BYTES;
  const info = await stat(path);
  if (info.size > maxBytes) throw new ListFormatError(file, `the file is ${info.size} bytes, more than the ${maxBytes} allowed`);
  const chunks = createReadStream(path, { highWaterMark: options.chunkBytes ?? 1024 * 1024 }) as AsyncIterable<Buffer>;
  return readFtmJsonlStream(chunks, file, options);
}

/**
 * The same reader over any source of bytes (a file, or a gunzip stream of a kept original). `file` is
 * the name errors carry.
 */
export async function readFtmJsonlStream(chunks: AsyncIterable<Buffer>, file: string, options: FtmStreamOptions = {}): Promise<ListSnapshot> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_STREAM_BYTES;
  // ignoreBOM: each line is decoded on its own, and only the file's first line may start with a BOM.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const seen = new Map<string, number>();
  const entities: FtmEntity[] = [];
  let line = 0;
  let offset = 0; // byte offset of the start of the current line
  // The chunks counted (stat says 0 for pipes and growing files) and shown to onChunk, before splitting.
  async function* counted(): AsyncGenerator<Buffer> {
    let total = 0;
    for await (const chunk of chunks) {
      total += chunk.length;
      if (total > maxBytes) throw new ListFormatError(file, `the file is larger than the ${maxBytes} bytes allowed`, { line: line + 1 });
      if (options.onChunk) await options.onChunk(chunk);
      yield chunk;
    }
  }
  for await (const bytes of byteLines(counted())) {
    line += 1;
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new ListFormatError(file, `not valid UTF-8 (the line starts at byte offset ${offset})`, { line });
    }
    // A UTF-8 byte-order mark before the first line is allowed, as readFtmJsonl's decoder allows it.
    const entity = parseFtmLine(line === 1 ? text.replace(/^\uFEFF/, '') : text, line, file, seen);
    if (entity) entities.push(entity);
    offset += bytes.length + 1;
  }
  return assembleFtm(entities, file, options);
}
