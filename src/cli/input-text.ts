/**
 * The text of an input file a command reads (queries, pairs), read as the configuration files are
 * (util/strict-text.ts readStrictText): UTF-8 or UTF-16 with a byte-order mark, anything else refused
 * naming the line. Up to now a file in
 * another encoding (Windows-1256 Arabic, say) was read with each bad byte replaced, so its names met
 * nothing without a word of warning, and a UTF-16 file gave no name on any line.
 */
import { readStrictText } from '../util/strict-text.js';
import { CliError } from './exit-codes.js';

/** The file's text; a CliError names the flag, the path, the line and what is wrong. */
export async function readInputText(path: string, flag: string): Promise<string> {
  try {
    return await readStrictText(path);
  } catch (err) {
    // A file that cannot be read (readFile's message) or is in another encoding (util/strict-text.ts:
    // "line N: ...; save the file as UTF-8").
    throw new CliError(`${flag} ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
