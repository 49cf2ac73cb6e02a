/**
 * `node --import tsx bench/screen-anatomy.ts`: where a UN-list screening query spends its time, to
 * steer speed work (docs/benchmarks.md, "Where the time goes"). Not a goal check (screen.bench.ts is).
 *
 * 1. The benchmark's query mix (bench/queries.ts, 20,000 queries) screened twice: the first pass is
 *    what the benchmark measures (caches cold), the second has every per-token-form cache warm, so
 *    the difference is the cost of meeting new token spellings.
 * 2. For each distinct query token form: how many vocabulary entries its retrieval keys reach, by the
 *    class of the key that reached the entry first (k: skeleton, p: phonetic, u: written spelling, and
 *    the key's length), and how many of those turn out similar at all (similarity > 0).
 * BENCH_QUERIES shrinks the run.
 */
import { readUnXml } from '../src/lists/un.js';
import { MatchEngine } from '../src/matching/engine.js';
import { formKey } from '../src/matching/index.js';
import { tokenKeys } from '../src/matching/prepared.js';
import { parseQuery, type Query } from '../src/matching/query.js';
import { keyedSimilarity } from '../src/matching/score.js';
import { bundledUnList } from '../eval/lib/paths.js';
import { benchQueries, type BenchQuery } from './queries.js';

const n = Number(process.env.BENCH_QUERIES ?? 20000);
const parties = (await readUnXml({ path: bundledUnList })).parties;
const engine = MatchEngine.build(parties, { listVersions: [{ source: 'un', hash: 'anatomy' }] });
const raw: BenchQuery[] = benchQueries(parties, n, 'bench-un-v1');
const queries: Query[] = raw.map((q) => parseQuery({ id: q.id, schema: q.schema, name: q.name }));

function pass(label: string): void {
  const perKind = new Map<string, { n: number; ms: number }>();
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let i = 0; i < queries.length; i++) {
    const s = performance.now();
    engine.screen(queries[i] as Query, { limit: 5 });
    const k = perKind.get((raw[i] as BenchQuery).kind) ?? { n: 0, ms: 0 };
    k.n += 1;
    k.ms += performance.now() - s;
    perKind.set((raw[i] as BenchQuery).kind, k);
  }
  const wall = performance.now() - wall0;
  const cpu = process.cpuUsage(cpu0);
  const kinds = [...perKind].map(([kind, v]) => `${kind} ${((v.ms / v.n) * 1000).toFixed(0)} us`).join(', ');
  process.stdout.write(`${label}: ${Math.round((queries.length / wall) * 1000)} q/s wall, ${Math.round(queries.length / ((cpu.user + cpu.system) / 1e6))} q/CPU-s; mean per query: ${kinds}\n`);
}

pass('first pass (as the benchmark)');
pass('second pass (token caches warm)');

// Retrieval reach of each distinct query token form.
const index = (engine as unknown as { index: { lookup(k: string): Int32Array } }).index;
const vocab = (engine as unknown as { index: { vocab: Parameters<typeof keyedSimilarity>[1][] } }).index.vocab;
const seen = new Set<string>();
const byClass = new Map<string, { reached: number; similar: number }>();
let forms = 0;
for (const q of queries) {
  for (const name of engine.prepareQuery(q).names) {
    for (const t of name.tokens) {
      if (t.role === 'initial') continue;
      const form = formKey(t);
      if (seen.has(form)) continue;
      seen.add(form);
      forms += 1;
      const reached = new Set<number>();
      for (const key of tokenKeys(t)) {
        const cls = `${key.slice(0, 2)}${Math.min(key.length - 2, 5)}${key.length - 2 >= 5 ? '+' : ''}`;
        for (const v of index.lookup(key)) {
          if (reached.has(v)) continue;
          reached.add(v);
          const c = byClass.get(cls) ?? { reached: 0, similar: 0 };
          c.reached += 1;
          if (keyedSimilarity(t, vocab[v] as Parameters<typeof keyedSimilarity>[1]).similarity > 0) c.similar += 1;
          byClass.set(cls, c);
        }
      }
    }
  }
}
const total = [...byClass.values()].reduce((s, c) => ({ reached: s.reached + c.reached, similar: s.similar + c.similar }), { reached: 0, similar: 0 });
process.stdout.write(`\n${forms} distinct query token forms; vocabulary entries reached per form ${(total.reached / forms).toFixed(1)}, similar ${(total.similar / forms).toFixed(1)}\n`);
process.stdout.write('key class (first to reach)  reached  similar\n');
for (const [cls, c] of [...byClass].sort((a, b) => b[1].reached - a[1].reached)) {
  process.stdout.write(`${cls.padEnd(26)} ${String(c.reached).padStart(8)} ${String(c.similar).padStart(8)}\n`);
}
