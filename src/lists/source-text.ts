/**
 * Bytes -> text and text -> CSV records for the readers of text-based list formats (OFAC legacy
 * CSV, UK ConList CSV, FollowTheMoney JSON Lines), with every failure turned into the one error
 * type for refused files, ListFormatError, naming the file and line.
 *
 * XML readers do not use this: they go through xml-guard.ts, which decodes while streaming.
 */
import { CsvError, parseCsv, type CsvRecord } from '../util/csv.js';
import { ListFormatError } from './errors.js';
import { firstInvalidUtf8 } from './xml-guard.js';

/**
 * Strict UTF-8: a byte that is not UTF-8 refuses the file at its line. A replacement character
 * would silently change a name that screening has to match. A leading byte-order mark is dropped.
 */
export function decodeUtf8Strict(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // -1: the only problem is an incomplete character at the very end.
    const found = firstInvalidUtf8(bytes);
    const bad = found < 0 ? bytes.length - 1 : found;
    throw new ListFormatError(
      file,
      `not valid UTF-8: byte 0x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')} at byte offset ${bad}`,
      { line: lineOfOffset(bytes, bad) },
    );
  }
}

/**
 * A text file people make and hand in (queries, pairs, events): UTF-8 with or without a byte-order
 * mark, as decodeUtf8Strict reads it, or UTF-16 with its byte-order mark, which is what spreadsheet
 * programs save as "Unicode text" (often how a list of Arabic names leaves Excel). Anything else is
 * refused as decodeUtf8Strict refuses it, naming the line. (Before session 30 such files were read
 * with each bad byte replaced, and their names screened changed.)
 */
export function decodeTextStrict(bytes: Uint8Array, file: string): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16 === undefined) return decodeUtf8Strict(bytes, file);
  try {
    return new TextDecoder(utf16, { fatal: true }).decode(bytes);
  } catch {
    throw new ListFormatError(file, `starts with a UTF-16 byte-order mark but is not valid UTF-16`, { line: 1 });
  }
}

/**
 * Windows-1252, as the UK ConList is published: bytes below 0x80 and from 0xA0 are ISO-8859-1,
 * the 32 bytes 0x80-0x9F are the typographic characters below (0x91 is the left quote "‘").
 *
 * Not `new TextDecoder('windows-1252')`: Node 20's decoder for that label decodes as ISO-8859-1
 * and turns 0x91 into the control character U+0091, which would silently change names (checked on
 * Node 20.20). The table is WHATWG's; its five unassigned bytes stay the C1 controls, as there.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    for (const b of bytes.subarray(start, start + CHUNK)) codes.push(b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80]! : b);
    out += String.fromCharCode(...codes);
  }
  return out;
}

// prettier-ignore
const WINDOWS_1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** RFC 4180 records, with a CSV syntax error refused as ListFormatError at its line. */
export function csvRecords(text: string, file: string): CsvRecord[] {
  try {
    return parseCsv(text);
  } catch (err) {
    if (err instanceof CsvError) {
      throw new ListFormatError(file, `malformed CSV: ${err.message.replace(/^line \d+: /, '')}`, { line: err.line });
    }
    throw err;
  }
}

/** 1-based line of a byte offset (LF counts lines; CRLF has one LF). */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
