import { stat } from 'node:fs/promises';
import type { SanctionedParty } from './model.js';
import { readListPath } from './read-path.js';
import { ListStore } from './store.js';

/**
 * The lists a screening run uses, resolved from command-line style specs:
 *   []            with `whenNone: 'all'` (interdict screen) every list in force, the UN list and every
 *                 OFAC, UK, EU, OpenSanctions or own list imported; else (interdict compare, whose
 *                 token weights should not depend on what else was imported) the UN list in force.
 *                 The bundled UN list is imported on a fresh data directory either way.
 *   "un"          a source key: that source's version in force
 *   "3f2a9c..."   a version hash prefix from `lists versions`
 *   "./ours.csv"  a list file, read as it is (not imported): UN XML, or a watch list in CSV / JSON Lines
 */
export interface LoadedList {
  source: string;
  hash: string;
  generatedAt?: string;
  origin: string;
  parties: number;
}

export interface ScreeningLists {
  parties: SanctionedParty[];
  versions: LoadedList[];
  loadMs: number;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function loadScreeningLists(dataDir: string, listSpecs: readonly string[], options: { whenNone?: 'un' | 'all' } = {}): Promise<ScreeningLists> {
  const started = performance.now();
  const store = new ListStore(dataDir);
  await store.ensureBundledUn();
  const specs = listSpecs.length > 0 ? listSpecs : options.whenNone === 'all' ? await store.sources() : ['un'];
  const parties: SanctionedParty[] = [];
  const versions: LoadedList[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    let loaded: { source: string; hash: string; generatedAt?: string; origin: string; parties: SanctionedParty[] };
    const version = await store.resolve(spec);
    if (version) {
      const snap = await store.load(version);
      loaded = { source: version.source, hash: version.hash, ...(version.generatedAt ? { generatedAt: version.generatedAt } : {}), origin: version.origin, parties: snap.parties };
    } else if (await isFile(spec)) {
      const { snapshot, hash } = await readListPath(spec);
      loaded = { source: snapshot.source, hash, ...(snapshot.generatedAt ? { generatedAt: snapshot.generatedAt } : {}), origin: spec, parties: snapshot.parties };
    } else {
      const known = (await store.sources()).join(', ');
      throw new Error(`--list ${spec}: not a list name (${known}), a version hash, or a readable file`);
    }
    // The same list named twice is screened once.
    if (seen.has(loaded.hash)) continue;
    seen.add(loaded.hash);
    parties.push(...loaded.parties);
    const { parties: list, ...meta } = loaded;
    versions.push({ ...meta, parties: list.length });
  }
  return { parties, versions, loadMs: performance.now() - started };
}
