/**
 * `npm run bench:rescreen`: re-screening the organisation's parties when a list version arrives.
 *
 *   1. diff re-screen: 1,000,000 synthetic parties against a 50-party diff (DiffScreener: a small
 *      engine on the 50 changed listed parties as a prefilter, the engine of the whole list to confirm
 *      the few that come near), on one worker thread per core in pages of 5,000, as the service runs it
 *      at this size (ParallelDiffScreener). The goal is under 60 s on the 2-core development machine.
 *      The same on one thread, in process, is measured on BENCH_FULL_SAMPLE parties for comparison.
 *   2. baseline, same run: a full re-screen (every party against the whole UN list, MatchEngine.screen).
 *      A full million takes long, so it runs on the first BENCH_FULL_SAMPLE parties and is extrapolated
 *      linearly to the million (the output says so).
 *   3. check: on a sample (every planted near-match plus BENCH_CHECK_SAMPLE others), the diff re-screen
 *      must find exactly the matches the full engine finds on the 50 targets; a miss exits 1.
 *
 * What is measured is the screening core with the parties in memory, as the service holds one page of
 * them at a time; reading pages from the database and writing the (few) hits come on top and are not
 * part of this figure (docs/benchmarks.md).
 *
 * Every timed step prints its wall time and the CPU time of the process (all threads, workers
 * included): on a shared machine the wall time measures the other jobs as much as this code.
 *
 * Sizes: BENCH_PARTIES (1,000,000), BENCH_FULL_SAMPLE (20,000), BENCH_CHECK_SAMPLE (20,000).
 * BENCH_SERVICE_PARTIES (default 0: skipped) adds the whole service path on the embedded database: that
 * many parties imported (each screened), then a list version with one identifying amendment arriving,
 * timed from arrival to alerts as the service records it (database reads and writes included).
 * Run with --expose-gc (the npm script does) so memory is read after a full collection.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateOrganization, generatePerson, type Culture } from '../eval/build/person-generator.js';
import { applyNoise, PERSON_OPS } from '../eval/build/noise.js';
import { benchResultsDir, bundledUnList } from '../eval/lib/paths.js';
import { Rng } from '../eval/lib/prng.js';
import type { SanctionedParty } from '../src/lists/model.js';
import { ListStore } from '../src/lists/store.js';
import { readUnXml } from '../src/lists/un.js';
import { importParties } from '../src/parties/import.js';
import { onListImported, recordListVersion } from '../src/screening/list-arrival.js';
import { ScreeningService } from '../src/screening/service.js';
import { openDatabase } from '../src/store/database.js';
import { ALGORITHM_VERSION, MatchEngine } from '../src/matching/engine.js';
import { parseQuery, type Query } from '../src/matching/query.js';
import { DiffScreener } from '../src/screening/diff-screener.js';
import { ParallelDiffScreener } from '../src/screening/parallel-diff.js';
import { mib } from './stats.js';

const CULTURES: Culture[] = ['arab', 'afghan', 'somali', 'russian', 'ukrainian', 'chechen', 'indonesian', 'west-african', 'european'];
const DIFF_SIZE = 50;
/** Parties per page, as the service reads them from the database. */
const PAGE = 5_000;
/** One party in this many is a near-variant of a listed party (half of them of a diff target). */
const PLANT_EVERY = 5_000;

interface Customers {
  names: string[];
  schemas: ('Person' | 'Organization')[];
  birth: (string | undefined)[];
  planted: number[];
}

/** CPU milliseconds (user + system, every thread of the process) since `from`. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function memory(): { heapUsed: string; rss: string } {
  gc();
  const m = process.memoryUsage();
  return { heapUsed: mib(m.heapUsed), rss: mib(m.rss) };
}

function latinNames(p: SanctionedParty): string[] {
  return p.names.map((n) => n.full).filter((n) => /^[\x20-\x7e]+$/.test(n));
}

/** Customers as the service holds them (name strings); queries are built per party inside the timed loop. */
function customers(count: number, un: readonly SanctionedParty[], targets: readonly SanctionedParty[], rng: Rng): Customers {
  const c: Customers = { names: new Array(count), schemas: new Array(count), birth: new Array(count), planted: [] };
  const persons = un.filter((p) => p.kind === 'person' && latinNames(p).length > 0);
  const targetPersons = targets.filter((p) => p.kind === 'person' && latinNames(p).length > 0);
  for (let i = 0; i < count; i++) {
    if (i % PLANT_EVERY === PLANT_EVERY - 1) {
      const source = (i / PLANT_EVERY) % 2 < 1 ? rng.pick(targetPersons) : rng.pick(persons);
      const name = rng.pick(latinNames(source));
      c.names[i] = applyNoise(rng, name, rng.pick(PERSON_OPS)) ?? name;
      c.schemas[i] = 'Person';
      c.birth[i] = source.birthDates[0]?.date?.slice(0, 4);
      c.planted.push(i);
      continue;
    }
    const org = rng.chance(0.15);
    c.names[i] = org ? generateOrganization(rng, 'latin') : generatePerson(rng, rng.pick(CULTURES), rng.chance(0.05) ? 'arabic' : 'latin');
    c.schemas[i] = org ? 'Organization' : 'Person';
    c.birth[i] = org ? undefined : String(rng.int(1940, 2005));
  }
  return c;
}

function query(c: Customers, i: number): Query {
  return parseQuery({ id: `P${i}`, schema: c.schemas[i], name: c.names[i], ...(c.birth[i] ? { birthDate: c.birth[i] } : {}) });
}

async function main(): Promise<void> {
  const N = Number(process.env.BENCH_PARTIES ?? 1_000_000);
  const FULL_SAMPLE = Math.min(N, Number(process.env.BENCH_FULL_SAMPLE ?? 20_000));
  const CHECK_SAMPLE = Math.min(N, Number(process.env.BENCH_CHECK_SAMPLE ?? 20_000));
  const rng = new Rng('bench-rescreen-v1');
  const un = (await readUnXml({ path: bundledUnList })).parties;
  let t = performance.now();
  const full = MatchEngine.build(un, { listVersions: [{ source: 'un', hash: 'bundled' }] });
  const fullBuildMs = performance.now() - t;
  const threshold = full.defaultThreshold;
  const targets = [...un].sort(() => rng.next() - 0.5).slice(0, DIFF_SIZE);

  t = performance.now();
  const c = customers(N, un, targets, rng);
  const generateMs = performance.now() - t;
  const memBefore = memory();
  console.log(`UN list: ${un.length} parties, engine built in ${fullBuildMs.toFixed(0)} ms; ${N.toLocaleString('en')} synthetic parties generated in ${(generateMs / 1000).toFixed(1)} s (${c.planted.length} planted near-matches); ${memBefore.heapUsed} heap`);

  // 1. The diff re-screen over every party, on worker threads, a page at a time.
  t = performance.now();
  const pool = await ParallelDiffScreener.start(un, full.listVersions, targets, threshold);
  const poolStartMs = performance.now() - t;
  let diffHits = 0;
  t = performance.now();
  let cpu0 = process.cpuUsage();
  // One page in flight while the next is built, as a reader of the next database page would be.
  let inFlight: Promise<unknown[][]> | undefined;
  for (let start = 0; start < N; start += PAGE) {
    const page: Query[] = [];
    for (let i = start; i < Math.min(N, start + PAGE); i++) page.push(query(c, i));
    const screening = pool.screen(page);
    if (inFlight) for (const m of await inFlight) diffHits += m.length;
    inFlight = screening;
  }
  if (inFlight) for (const m of await inFlight) diffHits += m.length;
  const diffMs = performance.now() - t;
  // CPU time of the whole process (every thread): the figure that does not depend on other load.
  const diffCpuMs = cpuMs(cpu0);
  const confirmed = pool.candidates;
  await pool.close();
  const memDiff = memory();

  // 1b. The same on one thread in process, on a sample.
  t = performance.now();
  const screener = new DiffScreener(full, targets, { threshold });
  const prefilterBuildMs = performance.now() - t;
  t = performance.now();
  cpu0 = process.cpuUsage();
  for (let i = 0; i < FULL_SAMPLE; i++) screener.screen(query(c, i));
  const diffOneThreadSampleMs = performance.now() - t;
  const diffOneThreadCpuMs = cpuMs(cpu0);
  const diffOneThreadMs = (diffOneThreadSampleMs / FULL_SAMPLE) * N;

  // 2. Baseline: the full re-screen, on a sample, extrapolated.
  t = performance.now();
  let fullHits = 0;
  cpu0 = process.cpuUsage();
  for (let i = 0; i < FULL_SAMPLE; i++) fullHits += full.screen(query(c, i), { threshold }).filter((m) => m.match).length;
  const fullSampleMs = performance.now() - t;
  const fullCpuMs = cpuMs(cpu0);
  const fullExtrapolatedMs = (fullSampleMs / FULL_SAMPLE) * N;

  // 3. The prefilter loses nothing the full engine finds on the targets.
  const targetIds = new Set(targets.map((p) => p.id));
  const sample = [...new Set([...c.planted, ...Array.from({ length: CHECK_SAMPLE }, (_, k) => Math.floor((k * N) / CHECK_SAMPLE))])];
  let expected = 0;
  const missed: string[] = [];
  for (const i of sample) {
    const q = query(c, i);
    const want = full.screen(q, { threshold, limit: 50 }).filter((m) => m.match && targetIds.has(m.entityId)).map((m) => `${m.entityId}:${m.score}`);
    const got = new Set(screener.screen(q).map((m) => `${m.entityId}:${m.score}`));
    expected += want.length;
    for (const w of want) if (!got.has(w)) missed.push(`P${i} "${c.names[i]}" ${w}`);
  }

  const rows = [
    [`diff re-screen (50 listed parties), ${pool.threads} worker threads`, `${N.toLocaleString('en')}`, `${(diffMs / 1000).toFixed(1)} s`, `${(diffCpuMs / 1000).toFixed(1)} s`, `${Math.round(N / (diffMs / 1000)).toLocaleString('en')}/s`, `${diffHits} matches, ${confirmed} confirmed by the full engine; workers started in ${(poolStartMs / 1000).toFixed(1)} s`],
    ['diff re-screen, one thread, sample', `${FULL_SAMPLE.toLocaleString('en')}`, `${(diffOneThreadSampleMs / 1000).toFixed(1)} s`, `${(diffOneThreadCpuMs / 1000).toFixed(1)} s`, `${Math.round(FULL_SAMPLE / (diffOneThreadSampleMs / 1000)).toLocaleString('en')}/s`, `extrapolated to ${N.toLocaleString('en')}: ${(diffOneThreadMs / 1000).toFixed(0)} s`],
    ['full re-screen (whole UN list), sample', `${FULL_SAMPLE.toLocaleString('en')}`, `${(fullSampleMs / 1000).toFixed(1)} s`, `${(fullCpuMs / 1000).toFixed(1)} s`, `${Math.round(FULL_SAMPLE / (fullSampleMs / 1000)).toLocaleString('en')}/s`, `${fullHits} matches`],
    ['full re-screen, extrapolated', `${N.toLocaleString('en')}`, `${(fullExtrapolatedMs / 1000 / 60).toFixed(1)} min`, `${((fullCpuMs / FULL_SAMPLE) * N / 1000 / 60).toFixed(1)} min`, '', `linear from the sample`],
  ];
  console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
  console.log('\n| run | parties | wall time | CPU time (all threads) | rate (wall) | result |\n|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log(`\nprefilter engine built in ${prefilterBuildMs.toFixed(1)} ms; speed-up over the full re-screen: ${(fullExtrapolatedMs / diffMs).toFixed(0)}x`);
  console.log(`memory: before ${memBefore.heapUsed} heap / ${memBefore.rss} rss; after the diff re-screen ${memDiff.heapUsed} heap / ${memDiff.rss} rss`);
  console.log(`check on ${sample.length} parties: ${expected} target matches by the full engine, ${missed.length} missed by the diff re-screen`);
  for (const m of missed.slice(0, 10)) console.log(`  MISSED ${m}`);
  console.log(`goal (diff re-screen of ${N.toLocaleString('en')} under 60 s): ${diffMs < 60_000 ? 'met' : 'NOT met'}`);

  mkdirSync(benchResultsDir, { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(
    // A reduced run gets its own file, so it never overwrites a full one.
    join(benchResultsDir, N === 1_000_000 ? `rescreen-${date}.json` : `rescreen-${date}-${N}.json`),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        algorithmVersion: ALGORITHM_VERSION,
        parties: N,
        diffSize: DIFF_SIZE,
        planted: c.planted.length,
        fullEngineBuildMs: Math.round(fullBuildMs),
        loadAverage: loadavg(),
        diff: { threads: pool.threads, ms: Math.round(diffMs), cpuMs: Math.round(diffCpuMs), workerStartMs: Math.round(poolStartMs), matches: diffHits, confirmed, oneThreadSampleMs: Math.round(diffOneThreadSampleMs), oneThreadSampleCpuMs: Math.round(diffOneThreadCpuMs), oneThreadExtrapolatedMs: Math.round(diffOneThreadMs) },
        full: { sample: FULL_SAMPLE, ms: Math.round(fullSampleMs), cpuMs: Math.round(fullCpuMs), matches: fullHits, extrapolatedMs: Math.round(fullExtrapolatedMs), extrapolatedCpuMs: Math.round((fullCpuMs / FULL_SAMPLE) * N) },
        check: { sample: sample.length, expected, missed: missed.length },
        memory: { before: memBefore, afterDiff: memDiff },
      },
      null,
      2,
    ) + '\n',
  );
  if (missed.length > 0) process.exitCode = 1;

  const serviceParties = Number(process.env.BENCH_SERVICE_PARTIES ?? 0);
  // An organisation among the targets, given a customer organisation's name as a new alias: an
  // amendment that must raise an alert (no birth dates on either side to argue against it).
  if (serviceParties > 0) await servicePath(c, Math.min(serviceParties, N), targets.find((p) => p.kind === 'organization') ?? targets[0]!);
}

/** The service end to end on PGlite: import parties, then a new version arrives (one amended target). */
async function servicePath(c: Customers, count: number, amended: SanctionedParty): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'interdict-bench-rescreen-'));
  try {
    const store = new ListStore(dir);
    const first = await store.importFile(bundledUnList);
    const database = await openDatabase({ dataDir: dir });
    try {
      const service = new ScreeningService(store);
      await recordListVersion(database.db, store, first.version, 'system:bench');
      const loaded = await service.get();
      const parties = Array.from({ length: count }, (_, i) => ({ orgId: `P${i}`, schema: c.schemas[i]!, properties: { name: [c.names[i]!], ...(c.birth[i] ? { birthDate: [c.birth[i]!] } : {}) } }));
      let t = performance.now();
      const imported = await importParties(database.db, { engine: loaded.engine, versions: loaded.versions, parties: loaded.parties }, { parties, source: 'bench', actor: 'system:bench' });
      const importMs = performance.now() - t;
      // The same list with one more alias on one listed party and a later date: one identifying amendment.
      const xml = readFileSync(bundledUnList, 'utf8').replace(/dateGenerated="[^"]*"/, 'dateGenerated="2026-02-10T00:00:00.000Z"');
      const at = xml.indexOf(`<REFERENCE_NUMBER>${amended.referenceNumber}</REFERENCE_NUMBER>`);
      const end = xml.indexOf(amended.kind === 'person' ? '</INDIVIDUAL>' : '</ENTITY>', at);
      const tag = amended.kind === 'person' ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS';
      const changed = `${xml.slice(0, end)}<${tag}><QUALITY>Good</QUALITY><ALIAS_NAME>${c.names[Math.max(0, c.schemas.indexOf(amended.kind === 'person' ? 'Person' : 'Organization'))]!.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</ALIAS_NAME></${tag}>${xml.slice(end)}`;
      t = performance.now();
      const result = await store.importBytes(Buffer.from(changed), 'un-amended.xml');
      const arrival = await onListImported({ db: database.db, store, service }, result, 'system:bench');
      const arrivalMs = performance.now() - t;
      const r = arrival.rescreen!;
      console.log(
        `\nservice path on PGlite, ${count.toLocaleString('en')} parties: import (each screened against the whole list) ${(importMs / 1000).toFixed(1)} s, ${imported.alerts.raised} alerts; ` +
          `new version with ${r.targets} target: parse + record + diff + re-screen ${(arrivalMs / 1000).toFixed(1)} s, screening ${(r.timings.screenMs / 1000).toFixed(1)} s ` +
          `(${r.threads} thread${r.threads > 1 ? 's' : ''}), arrival to alerts ${(r.timings.arrivalToAlertsMs! / 1000).toFixed(1)} s, ${r.alerts.raised} alerts raised`,
      );
    } finally {
      await database.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
