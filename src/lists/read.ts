import { basename, extname } from 'node:path';
import { ListFormatError } from './errors.js';
import { decodeUtf8Strict } from './source-text.js';
import { readCustomCsv, readCustomJsonl } from './custom.js';
import type { ListSnapshot } from './model.js';
import { looksLikeUnXml, readUnXml } from './un.js';
import { looksLikeEuXml, readEuXml } from './eu.js';
import { looksLikeFtmJsonl, readFtmJsonl } from './ftm.js';
import { detectOfacCsv, readOfacLegacyCsv, type OfacCsvFiles } from './ofac-csv.js';
import { sha256Hex } from './version.js';
import { looksLikeOfacXml, readOfacXml } from './ofac-xml.js';
import { looksLikeUkHmtCsv, readUkHmtCsv } from './uk-hmt.js';
import { withOverlongNamesNoted } from './overlong-names.js';

/**
 * One entry point for every list file: detects the format from the content (and the extension where
 * the content cannot tell) and hands the bytes to that format's reader.
 */
export interface ReadOptions {
  /** Source key for the parties; readers of official lists have their own default ("un"). */
  source?: string;
  /** Refuse files larger than this many bytes. */
  maxBytes?: number;
}

/** Default size limit for any list file: the UN list is 2 MB, OFAC's full SDN XML about 100 MB. */
export const DEFAULT_MAX_LIST_BYTES = 256 * 1024 * 1024;

/** Source keys of official lists; a custom list may not take one of them. */
export const OFFICIAL_SOURCES = ['un', 'ofac-sdn', 'ofac-nonsdn', 'uk-hmt', 'eu'] as const;

export type DetectedFormat = 'un-xml' | 'ofac-xml' | 'eu-xml' | 'ofac-csv' | 'uk-hmt-csv' | 'ftm-jsonl' | 'custom-jsonl' | 'custom-csv';

export function detectFormat(bytes: Buffer, fileName: string): DetectedFormat {
  // Latin-1 never fails to decode, so detection works even on bytes that are not valid UTF-8; the
  // reader then reports the encoding problem precisely.
  const head = bytes.subarray(0, 4096).toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '').trimStart();
  if (head.startsWith('<')) {
    if (looksLikeUnXml(head)) return 'un-xml';
    if (looksLikeOfacXml(head)) return 'ofac-xml';
    if (looksLikeEuXml(head)) return 'eu-xml';
    throw new ListFormatError(
      fileName,
      `an XML file, but not a list format Interdict reads (UN Consolidated List, OFAC sdnList, EU financial sanctions export)`,
      { line: 1, column: 1 },
    );
  }
  if (head.startsWith('{')) return looksLikeFtmJsonl(head) ? 'ftm-jsonl' : 'custom-jsonl';
  // Official CSV formats are recognised by their first rows, before any guess from the extension.
  if (looksLikeUkHmtCsv(head)) return 'uk-hmt-csv';
  const ofac = detectOfacCsv(head);
  if (ofac === 'sdn') return 'ofac-csv';
  if (ofac !== undefined) {
    throw new ListFormatError(
      fileName,
      `this is OFAC's ${ofac}.csv, which only completes an sdn.csv: import the sdn.csv (its ${ofac}.csv beside it is found by name)`,
      { line: 1 },
    );
  }
  const ext = extname(fileName).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'custom-jsonl';
  if (ext === '.csv' || /^[^\n]*\bid\b[^\n]*\bname\b/i.test(head)) return 'custom-csv';
  throw new ListFormatError(fileName, `unknown list format (expected UN XML, or a watch list as CSV or JSON Lines)`, { line: 1, column: 1 });
}

/** The source key of a custom list: given, or the file name without its extension. */
export function customSourceKey(fileName: string, given?: string): string {
  const key = (given ?? basename(fileName, extname(fileName))).trim().toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
  if (key === '' || key.startsWith('-')) throw new ListFormatError(fileName, `cannot derive a list name; pass one with --source`);
  if ((OFFICIAL_SOURCES as readonly string[]).includes(key)) {
    throw new ListFormatError(fileName, `"${key}" is the name of an official list; give your own list another name with --source`);
  }
  return key;
}

export async function readListBytes(bytes: Buffer, fileName: string, options: ReadOptions = {}): Promise<ListSnapshot> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_LIST_BYTES;
  if (bytes.length > maxBytes) {
    throw new ListFormatError(fileName, `${bytes.length} bytes is more than the limit of ${maxBytes}`);
  }
  return withOverlongNamesNoted(await readDetected(bytes, fileName, options, maxBytes), fileName);
}

/** readListBytes's reading, by the format the bytes show. */
async function readDetected(bytes: Buffer, fileName: string, options: ReadOptions, maxBytes: number): Promise<ListSnapshot> {
  const format = detectFormat(bytes, fileName);
  switch (format) {
    case 'un-xml':
      return readUnXml({ bytes, name: fileName }, { maxBytes, ...(options.source ? { source: options.source } : {}) });
    case 'ofac-xml':
      return readOfacXml({ bytes, name: fileName }, { maxBytes, ...(options.source ? { source: options.source } : {}) });
    case 'eu-xml':
      return readEuXml({ bytes, name: fileName }, { maxBytes, ...(options.source ? { source: options.source } : {}) });
    case 'ofac-csv':
      // The bytes of one file: read as sdn.csv alone (primary names, Remarks). The set with
      // alt.csv/add.csv is read by readOfacLegacyCsv with ofacCompanionFiles.
      return readOfacLegacyCsv({ sdn: { bytes, name: fileName } }, options.source ? { source: options.source } : {});
    case 'uk-hmt-csv':
      return readUkHmtCsv(bytes, fileName, options.source ? { source: options.source } : {});
    case 'ftm-jsonl':
      return readFtmJsonl(bytes, fileName, options.source ? { source: options.source } : {});
    case 'custom-jsonl':
      return readCustomJsonl(decodeUtf8Strict(bytes, fileName), fileName, customSourceKey(fileName, options.source));
    case 'custom-csv':
      return readCustomCsv(decodeUtf8Strict(bytes, fileName), fileName, customSourceKey(fileName, options.source));
  }
}

/** One file of a list version; most versions are one file, an OFAC legacy CSV set is up to three. */
export interface ListFile {
  name: string;
  bytes: Buffer;
}

/**
 * The identity of a version made of several files: SHA-256 over each file's name and hash, in name
 * order. A version of one file keeps the plain hash of its bytes, so `sha256sum FILE` finds it.
 */
export function filesHash(files: readonly ListFile[]): string {
  if (files.length === 1) return sha256Hex(files[0]!.bytes);
  const lines = [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((f) => `${f.name}\0${sha256Hex(f.bytes)}\n`)
    .join('');
  return sha256Hex(Buffer.from(lines, 'utf8'));
}

/**
 * Read a version from its files. Several files are accepted only as an OFAC legacy CSV set
 * (sdn.csv with its alt.csv and/or add.csv), each recognised by its content.
 */
export async function readListFiles(files: readonly ListFile[], options: ReadOptions = {}): Promise<ListSnapshot> {
  if (files.length === 0) throw new Error('no list file given');
  if (files.length === 1) return readListBytes(files[0]!.bytes, files[0]!.name, options);
  const set: Partial<OfacCsvFiles> = {};
  for (const f of files) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_LIST_BYTES;
    if (f.bytes.length > maxBytes) throw new ListFormatError(f.name, `${f.bytes.length} bytes is more than the limit of ${maxBytes}`);
    const role = detectOfacCsv(f.bytes.subarray(0, 4096).toString('latin1'));
    if (!role) throw new ListFormatError(f.name, 'several files make one version only as an OFAC legacy CSV set (sdn.csv, alt.csv, add.csv); this file is not one of them', { line: 1 });
    if (set[role]) throw new ListFormatError(f.name, `two ${role}.csv files given (${set[role]!.name} and ${f.name})`);
    set[role] = { bytes: f.bytes, name: f.name };
  }
  if (!set.sdn) throw new ListFormatError(files[0]!.name, 'an OFAC legacy CSV set needs its sdn.csv');
  return withOverlongNamesNoted(await readOfacLegacyCsv(set as OfacCsvFiles, options.source ? { source: options.source } : {}), set.sdn.name);
}
