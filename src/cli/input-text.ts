/**
 * The text of an input file a command reads (queries, pairs): lists/source-text.ts decodeTextStrict,
 * UTF-8 or UTF-16 with a byte-order mark, anything else refused naming the line. Up to now a file in
 * another encoding (Windows-1256 Arabic, say) was read with each bad byte replaced, so its names met
 * nothing without a word of warning, and a UTF-16 file gave no name on any line.
 */
import { readFile } from 'node:fs/promises';
import { ListFormatError } from '../lists/errors.js';
import { decodeTextStrict } from '../lists/source-text.js';
import { CliError } from './exit-codes.js';

/** The file's text; a CliError names the flag, the path, the line and what is wrong. */
export async function readInputText(path: string, flag: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new CliError(`${flag} ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    return decodeTextStrict(bytes, path);
  } catch (err) {
    if (!(err instanceof ListFormatError)) throw err;
    throw new CliError(`${flag} ${path}: line ${err.line ?? 1}: ${err.reason}; save the file as UTF-8`);
  }
}
