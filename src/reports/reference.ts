/**
 * The reference data reports rely on, read from the project's versioned files in data/reference
 * (the cultural-property cut-offs, the HS codes in scope of paragraph 12 of resolution 2199), so that a
 * change of instrument is a data change with a date, not a code change. Reports take these as
 * arguments; this module only loads them for the CLI and for callers that want the defaults.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REFERENCE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'reference');

export interface Cutoff {
  /** Country the object may come from (ISO alpha-2). */
  country: string;
  /** Removal on or after this day is prohibited, "YYYY-MM-DD". */
  date: string;
  source: string;
}

/** Which cut-off a test applies: the UN one (res. 1483, 2199) or the EU regulations'. */
export type CutoffRegime = 'un' | 'eu';

export async function loadCutoffs(regime: CutoffRegime = 'un', dir = REFERENCE_DIR): Promise<Cutoff[]> {
  const raw = JSON.parse(await readFile(join(dir, 'cutoffs.json'), 'utf8')) as { cutoffs?: Record<string, Record<string, string>> };
  const out: Cutoff[] = [];
  for (const [country, entry] of Object.entries(raw.cutoffs ?? {})) {
    const date = entry[regime];
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) out.push({ country, date, source: entry.source ?? '' });
  }
  if (out.length === 0) throw new Error(`${join(dir, 'cutoffs.json')} holds no ${regime} cut-off dates`);
  return out;
}

/** HS code prefixes of oil, oil products and modular-refinery candidates (res. 2199 para 12). */
export async function loadInterdictionHsScope(dir = REFERENCE_DIR): Promise<string[]> {
  const raw = JSON.parse(await readFile(join(dir, 'hs-codes.json'), 'utf8')) as { lists?: Record<string, { codes?: string[] }> };
  const codes = [...(raw.lists?.oil?.codes ?? []), ...(raw.lists?.modularRefinery?.codes ?? [])];
  if (codes.length === 0) throw new Error(`${join(dir, 'hs-codes.json')} lists no oil or refinery HS codes`);
  return codes.map((c) => c.replace(/\D/g, ''));
}
