/**
 * Screening with every list loaded: the UN list of 2026-01-28, the newest OFAC SDN file in the shared
 * data (2024-05-03, primary names and Remarks), the UK HM Treasury ConList of 2018-04-13 and the EU
 * fixture (hand-written, four records), beside the UN list alone, in one process, on the same queries.
 *
 *   node --expose-gc --import tsx bench/all-lists.bench.ts [sanctions-data-dir]
 *
 * For each target: load time per list, link time (src/lists/link.ts over all parties, wall and CPU),
 * index build time, heap after a full collection, and screening throughput the way the CLI and the
 * API screen (engine.screen for enough records, then one result per person: designations.ts):
 * queries per wall-second and per CPU-second, latency p50/p95/p99, beside the engine alone on the
 * same queries (interleaved, see measurePair), which shows what the grouping costs. Results go to
 * bench/results/all-lists-<date>.json. BENCH_QUERIES changes the query count (default 5,000).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeLinkSet } from '../src/lists/link-cache.js';
import { gatherListFiles } from '../src/lists/list-files.js';
import type { SanctionedParty } from '../src/lists/model.js';
import { readListFiles } from '../src/lists/read.js';
import { ALGORITHM_VERSION, MatchEngine } from '../src/matching/engine.js';
import { parseQuery, type Query } from '../src/matching/query.js';
import { designationGroupsOf, groupMatches, recordsForGroups, type GroupingLists } from '../src/screening/designations.js';
import { benchResultsDir } from '../eval/lib/paths.js';
import { benchQueries } from './queries.js';
import { mib, percentile } from './stats.js';

const LIMIT = 5;
const WARMUP = 500;
const here = fileURLToPath(new URL('.', import.meta.url));
const sanctions = process.argv[2] ?? join(here, '..', '..', 'shared', 'data', 'sanctions');
const LIST_FILES = [
  join(sanctions, 'un-consolidated-2026-01-28.xml'),
  join(sanctions, 'ofac-sdn-2024-05-03-sdn-primary-only.csv'),
  join(sanctions, 'uk-hmt-conlist-2018-04-13.csv'),
  join(here, '..', 'test', 'fixtures', 'eu', 'eu-fsf-sample.xml'),
];

interface LoadedList {
  source: string;
  file: string;
  parties: SanctionedParty[];
  hash: string;
  loadMs: number;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
}

async function loadList(file: string): Promise<LoadedList> {
  const t0 = performance.now();
  const files = await gatherListFiles(file);
  const snapshot = await readListFiles(files);
  return { source: snapshot.source, file: file.slice(file.lastIndexOf('/') + 1), parties: snapshot.parties, hash: `${snapshot.source}-bench`, loadMs: performance.now() - t0 };
}

interface Throughput {
  queries: number;
  qps: number;
  qpsCpu: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
}

/**
 * Two ways of screening the same queries, measured side by side: the queries go in blocks of 250,
 * each block through both, the order alternating from block to block, so both see the same load on
 * a shared machine and the same warm-up. Latency per query; throughput from the summed wall and CPU
 * time of each way's blocks.
 */
function measurePair(queries: Query[], a: (q: Query) => number, b: (q: Query) => number): [Throughput, Throughput] {
  for (let i = 0; i < Math.min(WARMUP, queries.length); i++) {
    a(queries[i]!);
    b(queries[i]!);
  }
  const ways = [a, b];
  const lat = [new Float64Array(queries.length), new Float64Array(queries.length)];
  const wall = [0, 0];
  const cpu = [0, 0];
  const BLOCK = 250;
  for (let start = 0, block = 0; start < queries.length; start += BLOCK, block++) {
    const end = Math.min(queries.length, start + BLOCK);
    for (const w of block % 2 === 0 ? [0, 1] : [1, 0]) {
      const screen = ways[w]!;
      const cpu0 = process.cpuUsage();
      const wall0 = performance.now();
      for (let i = start; i < end; i++) {
        const s = performance.now();
        screen(queries[i]!);
        lat[w]![i] = performance.now() - s;
      }
      wall[w]! += performance.now() - wall0;
      cpu[w]! += cpuMsSince(cpu0);
    }
  }
  return [0, 1].map((w) => {
    const sorted = lat[w]!.sort();
    return {
      queries: queries.length,
      qps: queries.length / (wall[w]! / 1000),
      qpsCpu: queries.length / (cpu[w]! / 1000),
      latencyMs: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? 0 },
    };
  }) as [Throughput, Throughput];
}

function runTarget(label: string, lists: LoadedList[], queries: Query[]) {
  const parties = lists.flatMap((l) => l.parties);
  const versions = lists.map((l) => ({ source: l.source, hash: l.hash }));
  process.stderr.write(`[${label}] ${parties.length} parties: linking...\n`);
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const linkCpu0 = process.cpuUsage();
  const link0 = performance.now();
  const linkSet = computeLinkSet(versions.map((v) => v.hash), parties);
  const grouping: GroupingLists = { versions, parties: new Map(parties.map((p) => [p.id, p])) };
  const groups = designationGroupsOf(grouping);
  const linkMs = performance.now() - link0;
  const linkCpuMs = cpuMsSince(linkCpu0);
  process.stderr.write(`[${label}] linked in ${(linkMs / 1000).toFixed(1)} s; building the index...\n`);
  const build0 = performance.now();
  const engine = MatchEngine.build(parties, { listVersions: versions });
  const buildMs = performance.now() - build0;
  gc();
  const heapUsed = process.memoryUsage().heapUsed;
  process.stderr.write(`[${label}] index built in ${(buildMs / 1000).toFixed(1)} s; screening ${queries.length} queries...\n`);
  // Two engines: each caches analysed query names, so one engine would serve the second way warm.
  const second = MatchEngine.build(parties, { listVersions: versions });
  const [grouped, engineOnly] = measurePair(
    queries,
    (q) => groupMatches(engine.screen(q, { limit: recordsForGroups(LIMIT) }), groups, grouping, LIMIT).length,
    (q) => second.screen(q, { limit: LIMIT }).length,
  );
  let withDesignations = 0;
  const sample = queries.slice(0, 1000);
  for (const q of sample) {
    const r = groupMatches(engine.screen(q, { limit: recordsForGroups(LIMIT) }), groups, grouping, LIMIT);
    if (r.some((m) => m.match && m.designations)) withDesignations++;
  }
  const linked = [...groups.members.values()].reduce((n, m) => n + m.length, 0);
  return {
    target: label,
    lists: lists.map((l) => ({ source: l.source, file: l.file, parties: l.parties.length, loadMs: Math.round(l.loadMs) })),
    parties: parties.length,
    names: engine.buildStats.names,
    loadMs: Math.round(lists.reduce((s, l) => s + l.loadMs, 0)),
    link: { ms: Math.round(linkMs), cpuMs: Math.round(linkCpuMs), links: linkSet.links.length, problems: linkSet.problems.length, groups: groups.members.size, linkedRecords: linked },
    indexBuildMs: Math.round(buildMs),
    heapUsedBytes: heapUsed,
    heapDeltaBytes: heapUsed - heap0,
    screening: { limit: LIMIT, grouped, engineOnly, matchedWithDesignations: { of: sample.length, queries: withDesignations } },
  };
}

type TargetResult = ReturnType<typeof runTarget>;

function report(r: TargetResult): string {
  const t = (x: Throughput) => `${x.qps.toFixed(0)} q/s wall, ${x.qpsCpu.toFixed(0)} q/CPU-s, p50 ${x.latencyMs.p50.toFixed(3)} ms, p95 ${x.latencyMs.p95.toFixed(3)} ms, p99 ${x.latencyMs.p99.toFixed(3)} ms`;
  return [
    `\n== ${r.target}: ${r.parties} parties, ${r.names} names`,
    `load                 ${r.loadMs} ms (${r.lists.map((l) => `${l.source} ${l.parties} in ${l.loadMs} ms`).join(', ')})`,
    `link                 ${r.link.ms} ms wall, ${r.link.cpuMs} ms CPU: ${r.link.links} links, ${r.link.groups} groups of ${r.link.linkedRecords} records, ${r.link.problems} problems`,
    `index build          ${r.indexBuildMs} ms   heap ${mib(r.heapUsedBytes)} (+${mib(r.heapDeltaBytes)} for links and index)`,
    `screen, one per person  ${t(r.screening.grouped)}`,
    `engine alone         ${t(r.screening.engineOnly)}`,
    `queries whose match shows several designations: ${r.screening.matchedWithDesignations.queries} of the first ${r.screening.matchedWithDesignations.of}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const nQueries = Number(process.env.BENCH_QUERIES ?? 5000);
  const lists: LoadedList[] = [];
  for (const f of LIST_FILES) {
    process.stderr.write(`loading ${f}...\n`);
    lists.push(await loadList(f));
  }
  const all = lists.flatMap((l) => l.parties);
  // One query set for both targets, drawn from every list, so the UN-only run screens the same customers.
  const queries = benchQueries(all, nQueries, 'bench-all-lists-v1').map((q) => parseQuery({ id: q.id, schema: q.schema, name: q.name }));
  const results: TargetResult[] = [];
  for (const [label, subset] of [
    ['un-only', lists.filter((l) => l.source === 'un')],
    ['all-lists', lists],
  ] as const) {
    const r = runTarget(label, subset, queries);
    process.stdout.write(`${report(r)}\n`);
    results.push(r);
  }
  const date = new Date().toISOString().slice(0, 10);
  mkdirSync(benchResultsDir, { recursive: true });
  const file = join(benchResultsDir, nQueries === 5000 ? `all-lists-${date}.json` : `all-lists-${date}-q${nQueries}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ date, algorithmVersion: ALGORITHM_VERSION, node: process.version, queryMix: 'benchQueries over all four lists (seed bench-all-lists-v1): 40% noisy Latin variants, 10% Cyrillic, 10% Arabic script, 40% generated names', results }, null, 2)}\n`,
  );
  process.stdout.write(`\nresults written to ${file}\n`);
}

await main();
