/**
 * Builds every labelled evaluation set and writes eval/data/<set>.jsonl (committed). Deterministic:
 * one seeded generator per set, stable iteration order, so a rebuild on any machine writes the same
 * bytes unless the code or the source files changed. Run: node --import tsx eval/build/main.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalItem } from '../lib/item.js';
import { writeJsonl } from '../lib/jsonl.js';
import { evalDataDir, sharedSanctionsDir } from '../lib/paths.js';
import { Rng } from '../lib/prng.js';
import { readOfac } from '../sources/ofac.js';
import { readUkConList } from '../sources/uk.js';
import { CleanCheck } from './clean-check.js';
import { buildNegatives } from './set-negatives.js';
import { buildNoisy } from './set-noisy.js';
import { buildOfac } from './set-ofac.js';
import { buildUk } from './set-uk.js';
import { buildUnOwnNames } from './set-un-own-names.js';
import { loadUn, UN_VERSIONS } from './un-data.js';

/** Bump to regenerate every seeded set differently (and say why in the commit). */
const SEED = 'interdict-eval-v1';

export async function buildAll(): Promise<Map<string, EvalItem[]>> {
  const shared = sharedSanctionsDir();
  const un2026 = await loadUn('un-2026-01-28');
  const un2018 = await loadUn('un-2018-06-07');
  const rng = new Rng(SEED);

  const all: EvalItem[] = [];
  all.push(...buildUnOwnNames(un2026));

  const uk = buildUk(readUkConList(join(shared, 'uk-hmt-conlist-2018-04-13.csv')), un2018, un2026);
  all.push(...uk.items);
  process.stderr.write(`uk: ${JSON.stringify(uk.stats)}\n`);

  const ofac = buildOfac(readOfac(join(shared, 'ofac-sdn-2021-04-sdn.csv'), join(shared, 'ofac-sdn-2021-04-alt.csv')), un2026, un2018);
  all.push(...ofac.items);
  process.stderr.write(`ofac: ${JSON.stringify(ofac.stats)}\n`);

  all.push(...buildNoisy(un2026, rng.fork('noisy')));

  const listed: string[] = [];
  for (const v of UN_VERSIONS) for (const p of await loadUn(v)) for (const n of p.names) listed.push(n.full);
  const neg = buildNegatives(rng.fork('negatives'), new CleanCheck(listed));
  all.push(...neg.items);
  process.stderr.write(`negatives: ${JSON.stringify(neg.stats)}\n`);

  const bySet = new Map<string, EvalItem[]>();
  for (const item of all) {
    const list = bySet.get(item.set);
    if (list) list.push(item);
    else bySet.set(item.set, [item]);
  }
  return bySet;
}

async function main(): Promise<void> {
  const bySet = await buildAll();
  mkdirSync(evalDataDir, { recursive: true });
  let total = 0;
  const rows: string[] = [];
  for (const [set, items] of [...bySet].sort(([a], [b]) => a.localeCompare(b))) {
    writeJsonl(join(evalDataDir, `${set}.jsonl`), items);
    total += items.length;
    const scripts = ['latin', 'arabic', 'cyrillic'].map((s) => items.filter((i) => i.script === s).length);
    const persons = items.filter((i) => i.kind === 'person').length;
    rows.push(`${set.padEnd(24)} ${String(items.length).padStart(6)}   latin ${String(scripts[0]).padStart(5)}  arabic ${String(scripts[1]).padStart(5)}  cyrillic ${String(scripts[2]).padStart(5)}   person ${String(persons).padStart(5)}  org ${String(items.length - persons).padStart(5)}`);
  }
  process.stdout.write(`${rows.join('\n')}\n${'total'.padEnd(24)} ${String(total).padStart(6)}\n`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '')) {
  await main();
}
