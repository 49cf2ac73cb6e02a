import type { ChunkWriter } from '../util/atomic-gzip-write.js';
import { byteLines } from '../util/byte-lines.js';
import type { ImportWarning, ListSnapshot, SanctionedParty } from './model.js';

/**
 * The stored snapshot of a list version (<dataDir>/lists/snapshots/<hash>.json.gz, before gzip):
 *
 *     {"modelVersion":5,"parties":[
 *     {...party...},
 *     {...party...}
 *     ],"warnings":[...]}
 *
 * One JSON document, so a small snapshot is read with one JSON.parse, exactly as the single-line
 * snapshots written before this layout; and a party per line, so a snapshot of millions of parties
 * (an OpenSanctions export) is written and read a line at a time, never as one string (V8 refuses
 * strings above about 512 MiB).
 */
export interface SnapshotContent {
  modelVersion: number;
  parties: SanctionedParty[];
  warnings: ImportWarning[];
}

const HEADER_END = '"parties":[';
const FOOTER_START = '],"warnings":';
/** Parties per write: large enough to keep the compressor busy, small enough to stay a small string. */
const PARTIES_PER_WRITE = 512;

export async function writeSnapshotLines(write: ChunkWriter, modelVersion: number, snapshot: Pick<ListSnapshot, 'parties' | 'warnings'>): Promise<void> {
  await write(`{"modelVersion":${JSON.stringify(modelVersion)},${HEADER_END}\n`);
  const { parties } = snapshot;
  for (let i = 0; i < parties.length; i += PARTIES_PER_WRITE) {
    const end = Math.min(i + PARTIES_PER_WRITE, parties.length);
    let text = '';
    for (let k = i; k < end; k++) text += JSON.stringify(parties[k]) + (k < parties.length - 1 ? ',\n' : '\n');
    await write(text);
  }
  await write(`${FOOTER_START}${JSON.stringify(snapshot.warnings)}}\n`);
}

/** Reads a snapshot a line at a time (either layout); `file` names it in errors. */
export async function readSnapshotLines(bytes: AsyncIterable<Buffer>, file: string): Promise<SnapshotContent> {
  const lines = byteLines(bytes)[Symbol.asyncIterator]();
  const first = await lines.next();
  if (first.done) throw new Error(`${file}: an empty snapshot file`);
  const header = first.value.toString('utf8');
  if (!header.endsWith(HEADER_END)) {
    // The single-line layout of earlier versions: written with one JSON.stringify, so it fits a string.
    let text = header;
    for (let next = await lines.next(); !next.done; next = await lines.next()) text += '\n' + next.value.toString('utf8');
    return JSON.parse(text) as SnapshotContent;
  }
  const { modelVersion } = JSON.parse(`${header}]}`) as { modelVersion: number };
  const parties: SanctionedParty[] = [];
  let line = 1;
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    line += 1;
    const text = next.value.toString('utf8');
    if (text.startsWith(FOOTER_START)) {
      // `],"warnings":[...]}` completes `{"parties":[` into a document of its own.
      const { warnings } = JSON.parse(`{${HEADER_END}${text}`) as { warnings: ImportWarning[] };
      return { modelVersion, parties, warnings };
    }
    try {
      parties.push(JSON.parse(text.endsWith(',') ? text.slice(0, -1) : text) as SanctionedParty);
    } catch (err) {
      throw new Error(`${file}: line ${line} of the snapshot is not a party (${(err as Error).message}); the snapshot is damaged, import the list again`);
    }
  }
  throw new Error(`${file}: the snapshot ends before its warnings (line ${line}); the file is truncated, import the list again`);
}
