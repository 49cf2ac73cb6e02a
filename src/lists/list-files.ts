import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { detectOfacCsv, ofacCompanionFiles } from './ofac-csv.js';
import type { ListFile } from './read.js';

/**
 * The files that make one list version, from the path a user gives: the file itself, and for an
 * OFAC sdn.csv its alt.csv and add.csv found beside it by name, so the set is read as one version.
 */
export async function gatherListFiles(path: string): Promise<ListFile[]> {
  const bytes = await readFile(path);
  const files: ListFile[] = [{ name: basename(path), bytes }];
  if (detectOfacCsv(bytes.subarray(0, 4096).toString('latin1')) === 'sdn') {
    const companions = ofacCompanionFiles(path);
    for (const p of [companions.alt, companions.add]) if (p) files.push({ name: basename(p), bytes: await readFile(p) });
  }
  return files;
}
