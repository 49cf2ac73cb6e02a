/**
 * `node --import tsx bench/steady-kinds.ts`: the steady-state pass of screen.bench.ts (code warmed on
 * 20,000 other queries, memos and lists cold), timed per query kind (bench/queries.ts: noisy,
 * cyrillic, arabic, clean), with the time and count of the similarity lists computed for new query
 * token forms (index.ts similarEntries) and merged forms (joinedMatches) inside each kind's queries.
 * Says which kind and which part a speed change must shrink. Not a goal check (screen.bench.ts is).
 * BENCH_QUERIES sets the count (default 20,000).
 */
import { benchParties, benchRawQueries } from './ab-setup.js';
import { benchQueries } from './queries.js';
import { engineOnWarmCode } from './warm-code.js';
import { NameIndex } from '../src/matching/index.js';
import { parseQuery, type Query } from '../src/matching/query.js';

const n = Number(process.env.BENCH_QUERIES ?? 20000);
const parties = await benchParties();
const raw = benchQueries(parties, n, 'bench-un-v1');
const queries = raw.map((q) => parseQuery({ id: q.id, schema: q.schema, name: q.name }));
const meta = { listVersions: [{ source: 'un', hash: 'kinds' }] };
const engine = engineOnWarmCode(parties, benchRawQueries(parties, 20000, 'code-warmup-v1').map((q) => parseQuery(q) as Query), meta);

// Wrap the two list builders (private: reached through the prototype) to time them.
const proto = NameIndex.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
const spent = { similar: 0, similarCount: 0, joined: 0, joinedCount: 0 };
for (const [name, t, c] of [['similarEntries', 'similar', 'similarCount'], ['joinedMatches', 'joined', 'joinedCount']] as const) {
  const original = proto[name] as (...a: unknown[]) => unknown;
  proto[name] = function (this: unknown, ...args: unknown[]) {
    const s = performance.now();
    const out = original.apply(this, args);
    spent[t] += performance.now() - s;
    spent[c]++;
    return out;
  };
}

const byKind = new Map<string, { queries: number; ms: number; similar: number; similarCount: number; joined: number; joinedCount: number }>();
const cpu0 = process.cpuUsage();
for (let i = 0; i < queries.length; i++) {
  const kind = raw[i]!.kind;
  const before = { ...spent };
  const s = performance.now();
  engine.screen(queries[i] as Query, { limit: 5 });
  const ms = performance.now() - s;
  const k = byKind.get(kind) ?? { queries: 0, ms: 0, similar: 0, similarCount: 0, joined: 0, joinedCount: 0 };
  k.queries++;
  k.ms += ms;
  k.similar += spent.similar - before.similar;
  k.similarCount += spent.similarCount - before.similarCount;
  k.joined += spent.joined - before.joined;
  k.joinedCount += spent.joinedCount - before.joinedCount;
  byKind.set(kind, k);
}
const cpu = process.cpuUsage(cpu0);
const total = [...byKind.values()].reduce((a, k) => a + k.ms, 0);
console.log(`steady pass, ${queries.length} queries, ${(queries.length / ((cpu.user + cpu.system) / 1e6)).toFixed(0)} q/CPU-s with the timers on`);
console.log('kind       queries  us/query  share  new forms/q  us/new form  forms share  joined/q  us/joined  joined share');
for (const [kind, k] of byKind) {
  console.log(
    `${kind.padEnd(10)} ${String(k.queries).padStart(7)} ${((k.ms / k.queries) * 1000).toFixed(0).padStart(9)} ${((k.ms / total) * 100).toFixed(0).padStart(5)}% ` +
      `${(k.similarCount / k.queries).toFixed(2).padStart(12)} ${((k.similar / Math.max(1, k.similarCount)) * 1000).toFixed(0).padStart(12)} ${((k.similar / k.ms) * 100).toFixed(0).padStart(11)}% ` +
      `${(k.joinedCount / k.queries).toFixed(2).padStart(9)} ${((k.joined / Math.max(1, k.joinedCount)) * 1000).toFixed(0).padStart(10)} ${((k.joined / k.ms) * 100).toFixed(0).padStart(12)}%`,
  );
}
