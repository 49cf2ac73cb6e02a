/**
 * The text of a configuration file people write by hand (a rule-pack configuration, reporting
 * settings, an FIU profile, a case file for a report): UTF-8 with or without a byte-order mark, or
 * UTF-16 with its mark (lists/source-text.ts decodeTextStrict), and nothing else. Read with
 * readFile(path, 'utf8'), a file saved as Windows-1252 or -1256 had each bad byte replaced by U+FFFD
 * without a word, so a reporting entity's name or a watch-list note went into a goAML report
 * changed; now the file is refused naming its line.
 */
import { readFile } from 'node:fs/promises';
import { ListFormatError } from '../lists/errors.js';
import { decodeTextStrict } from '../lists/source-text.js';

/** A file that is not UTF-8 or marked UTF-16: the message names the line and what to do. */
export class TextEncodingError extends Error {
  constructor(readonly path: string, readonly line: number, reason: string) {
    super(`line ${line}: ${reason}; save the file as UTF-8`);
    this.name = 'TextEncodingError';
  }
}

/**
 * The file's text. A file that cannot be read throws as readFile does (its `code`, ENOENT for one
 * that is not there, is kept for callers that allow a missing file); one in another encoding
 * throws a TextEncodingError.
 */
export async function readStrictText(path: string): Promise<string> {
  const bytes = await readFile(path);
  try {
    return decodeTextStrict(bytes, path);
  } catch (err) {
    if (err instanceof ListFormatError) throw new TextEncodingError(path, err.line ?? 1, err.reason);
    throw err;
  }
}
