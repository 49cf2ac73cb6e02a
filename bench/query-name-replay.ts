/**
 * `BASE=/work/base node --expose-gc --import tsx bench/query-name-replay.ts`: what a new query name costs the
 * engine outside the single-token similarity lists, this tree against another checkout (BASE) in one
 * process. Per query of the benchmark's mix (bench/queries.ts), in order: MatchEngine.prepareQuery
 * (analysis and weights), then per name NameIndex.forms (the per-form lists: the joined spellings'
 * lists and the cut names are computed here, cold, as in a cold pass) and the retrieval plan
 * (retrieval-plan.ts buildPlan). The single-token lists (NameIndex.matches) are filled beforehand for
 * every token form the queries carry, so their misses (measured by screen-cold-replay.ts) are not
 * timed and each call reads its list from the cache, as most calls of a cold pass do.
 *
 * Each round builds a fresh engine of each tree and replays the queries in interleaved chunks,
 * alternating which tree goes first, counting CPU time. The caches of the engines start empty each
 * round (the analysed names, the joined and cut lists); process-wide caches of pure functions of a
 * form (score.ts joinedFold and its keys, the cuts) stay filled from the previous rounds in both
 * trees alike. Every list and plan summary of the two trees is compared in the first round; any
 * difference is printed and the exit code is 1.
 *
 * Run with `node --expose-gc` (a full collection before each timed chunk, as screen-ab.ts GC_BETWEEN=1).
 * BASE (required), BENCH_NAMES (0 = the bundled UN list, else a synthetic list), BENCH_QUERIES
 * (20,000), CHUNK (500 queries), ROUNDS (3). Reaches into private members of the engine and the index
 * (a measuring tool, not an API user).
 */
import { MatchEngine } from '../src/matching/engine.js';
import { parseQuery } from '../src/matching/query.js';
import { benchNames as nNames, benchParties, benchRawQueries, cpuMs, loadAverage as load, loadEngineFrom, requireBase } from './ab-setup.js';

interface Lists {
  vocab: Int32Array;
  similarity: Float64Array;
}
interface Forms {
  tokens: Lists[];
  joined: Lists[];
  split: Int32Array[];
}
interface Plan {
  total: number;
  free: number;
  maybeFree: number;
  units: { weight: number; maxCredit: number; position: number; postings: number }[];
  joined: { weight: number; maxCredit: number }[];
  splitCredit: number[];
  pairingInitials: number[];
}
interface Name {
  tokens: unknown[];
}
interface Index {
  matches(t: unknown): Lists;
  forms(q: Name): Forms;
  plan(q: Name, f: Forms): Plan;
  matchCache: Map<string, Lists>;
  joinedCache: Map<string, Lists>;
  splitCache: Map<string, Int32Array>;
}
interface Engine {
  prepareQuery(q: unknown): { names: Name[] };
  index: Index;
  nameCache: Map<string, unknown>[];
  nameCacheSize: number;
}

const other = await loadEngineFrom<Engine>(requireBase());
const nQueries = Number(process.env.BENCH_QUERIES ?? 20000);
const chunk = Number(process.env.CHUNK ?? 500);
const rounds = Number(process.env.ROUNDS ?? 3);
const parties = await benchParties();
const raw = benchRawQueries(parties, nQueries);
const ours = raw.map((r) => parseQuery(r));
const theirs = raw.map((r) => other.parseQuery(r));
const meta = { listVersions: [{ source: 'replay', hash: 'replay' }] };

/** A fresh engine whose single-token lists hold every token form of the queries, nothing else cached. */
function engine(build: () => Engine, queries: unknown[]): Engine {
  const e = build();
  for (const q of queries) for (const n of e.prepareQuery(q).names) for (const t of n.tokens) e.index.matches(t);
  e.nameCache.length = 0;
  e.nameCacheSize = 0;
  e.index.joinedCache.clear();
  e.index.splitCache.clear();
  return e;
}

/** What one query name's step produces, as numbers (compared between the trees in round 0). */
function summary(f: Forms, p: Plan): number[] {
  const out: number[] = [p.total, p.free, p.maybeFree, p.units.length, p.joined.length, ...p.splitCredit, ...p.pairingInitials];
  for (const u of p.units) out.push(u.weight, u.maxCredit, u.position, u.postings);
  for (const u of p.joined) out.push(u.weight, u.maxCredit);
  for (const m of [...f.tokens, ...f.joined]) out.push(m.vocab.length, ...m.vocab, ...m.similarity);
  for (const s of f.split) out.push(s.length, ...s);
  return out;
}

/** With `node --expose-gc`, a full collection before every timed chunk (untimed): the other side's garbage is not collected on this side's time. */
const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => {});

function run(e: Engine, queries: unknown[], from: number, to: number, out: number[][] | undefined): number {
  collect();
  const t = cpuMs();
  for (let i = from; i < to; i++) {
    for (const n of e.prepareQuery(queries[i]).names) {
      const f = e.index.forms(n);
      const p = e.index.plan(n, f);
      if (out !== undefined) out.push(summary(f, p));
    }
  }
  return cpuMs() - t;
}

process.stdout.write(`load average before: ${load()}\n`);
let baseMs = 0;
let oursMs = 0;
let differences = 0;
for (let round = 0; round < rounds; round++) {
  const before = [baseMs, oursMs];
  const buildBase = (): Engine => engine(() => other.MatchEngine.build(parties, meta), theirs);
  const buildOurs = (): Engine => engine(() => MatchEngine.build(parties, meta) as unknown as Engine, ours);
  // Built in alternating order (the engine built second may read a little slower).
  let eb: Engine;
  let eo: Engine;
  if (round % 2 === 0) {
    eb = buildBase();
    eo = buildOurs();
  } else {
    eo = buildOurs();
    eb = buildBase();
  }
  for (let s = 0, k = 0; s < raw.length; s += chunk, k++) {
    const end = Math.min(raw.length, s + chunk);
    const a: number[][] | undefined = round === 0 ? [] : undefined;
    const b: number[][] | undefined = round === 0 ? [] : undefined;
    if ((k + round) % 2 === 0) {
      baseMs += run(eb, theirs, s, end, a);
      oursMs += run(eo, ours, s, end, b);
    } else {
      oursMs += run(eo, ours, s, end, b);
      baseMs += run(eb, theirs, s, end, a);
    }
    if (a !== undefined && b !== undefined) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === undefined || y === undefined || x.length !== y.length || x.some((v, j) => !Object.is(v, y[j]))) {
          if (differences++ < 10) process.stdout.write(`DIFFERENCE in the names of queries ${s}..${end - 1}, name ${i}\n`);
        }
      }
    }
  }
  const b = baseMs - (before[0] as number);
  const o = oursMs - (before[1] as number);
  process.stdout.write(`round ${round + 1}: base ${b.toFixed(0)} ms, this tree ${o.toFixed(0)} ms: ${(b / o).toFixed(3)}x\n`);
}
const list = nNames > 0 ? `${nNames} synthetic names` : 'UN list';
process.stdout.write(`${list}, ${raw.length} queries x ${rounds} round(s): base ${baseMs.toFixed(0)} ms, this tree ${oursMs.toFixed(0)} ms CPU: ${(baseMs / oursMs).toFixed(3)}x; ${differences} differences\n`);
process.stdout.write(`load average after: ${load()}\n`);
process.exit(differences === 0 ? 0 : 1);
