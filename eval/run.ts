/**
 * `npm run eval`: screens every labelled item (eval/data/*.jsonl) through MatchEngine.screen (at a
 * near-zero threshold, limit 10) and prints precision, recall, F1 and top-1 per set, per script and per kind at the engine's default
 * threshold, a threshold sweep, and the issue's goals with PASS/FAIL. Full figures, plus every
 * missed positive and every false alert at the default threshold, go to eval/results/latest.json.
 *
 * Groups of items are screened in one child process per core (--jobs N, default 2), since every
 * group is independent. One engine is built per (list version, variant): the variants withhold names so that a query's
 * own text is never in the index it is screened against (see eval/lib/item.ts). Exit code 0 even when
 * a goal fails: the harness measures; the table says FAIL in plain words.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ALGORITHM_VERSION } from '../src/matching/engine.js';
import type { EvalItem } from './lib/item.js';
import { evalDataDir, evalResultsDir } from './lib/paths.js';
import { checkGoals } from './harness/goals.js';
import { sideOf, thresholdFromTuneHalf } from './harness/split.js';
import { loadEvalItems } from './harness/load.js';
import { figures, groupBy, type Figures, type ScreenedItem } from './harness/metrics.js';
import { fmt, pct, table } from './harness/table.js';
import { itemGroups, screenGroups, shardGroups, type GroupsResult } from './harness/screen-groups.js';

/** Matches kept per query: enough to see every alert at any threshold in practice. */
const LIMIT = 10;
/**
 * Near misses are requested down to the lowest threshold of the sweep. screen() refuses a threshold
 * of 0 ("greater than 0 and at most 1") and scores every candidate down to its floor, so asking for
 * 0.01 only cost time (about 40% more) for figures no table reads: every figure is at 0.5 or above.
 */
const FLOOR = 0.5;
const SWEEP = [0.5, 0.55, 0.56, 0.57, 0.58, 0.59, 0.6, 0.61, 0.62, 0.63, 0.64, 0.65, 0.66, 0.67, 0.68, 0.69, 0.7, 0.72, 0.75, 0.8, 0.85, 0.9, 0.95];

/** Screens in `jobs` child processes (one per core by default) and merges their results. */
async function screenInShards(items: EvalItem[], jobs: number): Promise<GroupsResult> {
  const groups = itemGroups(items);
  if (jobs <= 1) return screenGroups(groups, { floor: FLOOR, limit: LIMIT });
  const shards = shardGroups(groups, jobs).filter((s) => s.length > 0);
  const parts = await Promise.all(
    shards.map(
      (keys) =>
        new Promise<GroupsResult>((resolve, reject) => {
          // The child re-reads the sets and screens only its groups; it inherits --import tsx.
          const child = fork(fileURLToPath(import.meta.url), ['--shard-groups', JSON.stringify(keys), ...sampleArgs()], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
          let got: GroupsResult | undefined;
          child.on('message', (m) => (got = m as GroupsResult));
          child.on('error', reject);
          child.on('exit', (code) => (code === 0 && got ? resolve(got) : reject(new Error(`eval shard exited with ${code}`))));
        }),
    ),
  );
  return {
    screened: parts.flatMap((p) => p.screened),
    runs: parts.flatMap((p) => p.runs),
    skipped: parts.flatMap((p) => p.skipped),
    ...(parts.find((p) => p.defaultThreshold !== undefined) ? { defaultThreshold: parts.find((p) => p.defaultThreshold !== undefined)!.defaultThreshold } : {}),
  };
}

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

function sampleArgs(): string[] {
  const s = argValue('--sample');
  return s ? ['--sample', s] : [];
}

function loadItems(): { items: EvalItem[]; sample: number } {
  // --sample K: every K-th item of each set, for a quick look while tuning (the full run is the record).
  const sample = Math.max(1, Number(argValue('--sample') ?? 1));
  const items = [...groupBy(loadEvalItems(evalDataDir), (i) => i.set).values()].flatMap((g) => g.filter((_, n) => n % sample === 0));
  return { items, sample };
}

async function shardMain(keys: string[]): Promise<void> {
  const { items } = loadItems();
  const wanted = new Set(keys);
  const result = await screenGroups(itemGroups(items).filter(([k]) => wanted.has(k)), { floor: FLOOR, limit: LIMIT });
  await new Promise<void>((resolve) => process.send!(result, () => resolve()));
}

async function main(): Promise<void> {
  const started = Date.now();
  const { items, sample } = loadItems();
  const byId = new Map(items.map((i) => [i.id, i]));
  const jobs = Math.max(1, Number(argValue('--jobs') ?? Math.min(2, availableParallelism())));
  const { screened, runs, skipped, defaultThreshold } = await screenInShards(items, jobs);
  const threshold = defaultThreshold ?? 0.5;
  const order = new Map(items.map((i, n) => [i.id, n]));
  screened.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));

  const out: string[] = [];
  const row = (name: string, f: Figures): (string | number)[] => [name, f.items, f.positives, f.negatives, fmt(f.precision), fmt(f.recall), fmt(f.f1), fmt(f.top1), pct(f.falseAlertRate)];
  const header = ['', 'items', 'pos', 'neg', 'precision', 'recall', 'F1', 'top-1', 'false alerts'];
  const section = (title: string, key: (i: ScreenedItem) => string): Record<string, Figures> => {
    const res: Record<string, Figures> = {};
    const rows = [...groupBy(screened, key)].sort(([a], [b]) => a.localeCompare(b)).map(([k, g]) => {
      res[k] = figures(g, threshold);
      return row(k, res[k]);
    });
    out.push(`\n${title} (threshold ${threshold})\n${table(header, rows)}`);
    return res;
  };

  out.push(`Interdict name-matching evaluation: algorithm ${ALGORITHM_VERSION}, default threshold ${threshold}, ${screened.length} items${sample > 1 ? ` (SAMPLE: every ${sample}th item)` : ''}`);
  const perSet = section('Per set', (i) => i.set);
  const perScript = section('Per query script (all sets)', (i) => i.script);
  const perKind = section('Per kind (all sets)', (i) => i.kind);
  const all = figures(screened, threshold);
  out.push(`\nAll items: ${table(header, [row('all', all)])}`);

  const isPositive = (i: ScreenedItem): boolean => i.expected.length > 0;
  const sweep = SWEEP.map((t) => {
    const noisy = figures(screened.filter((i) => i.set === 'noisy-variants'), t);
    const pos = figures(screened.filter(isPositive), t);
    const ar = figures(screened.filter((i) => isPositive(i) && i.script === 'arabic'), t);
    const cy = figures(screened.filter((i) => isPositive(i) && i.script === 'cyrillic'), t);
    const neg = figures(screened.filter((i) => i.set === 'negatives'), t);
    return { threshold: t, recallNoisy: noisy.recall, recallAllPositives: pos.recall, recallArabicScript: ar.recall, recallCyrillic: cy.recall, falseAlertRate: neg.falseAlertRate, precisionAll: figures(screened, t).precision };
  });
  out.push(
    `\nThreshold sweep (recall on positives, false-alert rate on clean negatives)\n` +
      table(
        ['threshold', 'recall noisy', 'recall all pos', 'recall arabic q', 'recall cyrillic q', 'false alerts', 'precision all'],
        sweep.map((s) => [s.threshold.toFixed(2), fmt(s.recallNoisy), fmt(s.recallAllPositives), fmt(s.recallArabicScript), fmt(s.recallCyrillic), pct(s.falseAlertRate), fmt(s.precisionAll)]),
      ),
  );

  const goals = checkGoals(screened, (id) => byId.get(id)?.targetScript, threshold);
  out.push(`\nGoals from issue 3 at the default threshold ${threshold}\n${table(['goal', 'target', 'measured', 'result'], goals.map((g) => [g.goal, g.target, g.measured, g.pass ? 'PASS' : 'FAIL']))}`);

  // Held-out report (harness/split.ts): the goals on each half at the default threshold, and on the
  // held-out half at the threshold the tune half alone would choose (false alerts <= 0.5% there).
  const tuneHalf = screened.filter((i) => sideOf(i) === 'tune');
  const heldOutHalf = screened.filter((i) => sideOf(i) === 'held-out');
  const tunedThreshold = thresholdFromTuneHalf(screened, SWEEP, 0.005);
  const heldOut = {
    tuneItems: tuneHalf.length,
    heldOutItems: heldOutHalf.length,
    tunedThreshold: tunedThreshold ?? null,
    tuneAtDefault: checkGoals(tuneHalf, (id) => byId.get(id)?.targetScript, threshold),
    heldOutAtDefault: checkGoals(heldOutHalf, (id) => byId.get(id)?.targetScript, threshold),
    heldOutAtTuned: tunedThreshold === undefined ? [] : checkGoals(heldOutHalf, (id) => byId.get(id)?.targetScript, tunedThreshold),
  };
  out.push(
    `\nHeld-out split (by listed party; tune ${tuneHalf.length} items, held-out ${heldOutHalf.length}); threshold chosen on the tune half alone: ${tunedThreshold ?? 'none qualifies'}\n` +
      table(
        ['goal', 'target', `tune @${threshold}`, `held-out @${threshold}`, `held-out @${tunedThreshold ?? '-'}`],
        heldOut.tuneAtDefault.map((g, k) => [g.goal, g.target, g.measured, heldOut.heldOutAtDefault[k]?.measured ?? '', heldOut.heldOutAtTuned[k]?.measured ?? '']),
      ),
  );

  const buildMs = runs.reduce((s, r) => s + r.buildMs, 0);
  const screenMs = runs.reduce((s, r) => s + r.screenMs, 0);
  out.push(`\n${runs.length} engine builds (${(buildMs / 1000).toFixed(1)} s), ${screened.length} queries screened (${(screenMs / 1000).toFixed(1)} s), total ${((Date.now() - started) / 1000).toFixed(1)} s wall on ${jobs} process(es)`);
  if (skipped.length > 0) out.push(`SKIPPED (list file missing): ${skipped.join('; ')}`);
  process.stdout.write(`${out.join('\n')}\n`);

  // Every miss and false alert at the default threshold, for whoever tunes the engine next.
  const misses = screened
    .filter((i) => isPositive(i) && !i.matches.some((m) => m.score >= threshold && i.expected.includes(m.ref)))
    .map((i) => ({ id: i.id, side: sideOf(i), name: byId.get(i.id)?.query.name, expected: i.expected, best: i.matches[0] ?? null, expectedScore: i.matches.find((m) => i.expected.includes(m.ref))?.score ?? null }));
  const falseAlerts = screened
    .filter((i) => !isPositive(i) && i.matches.some((m) => m.score >= threshold))
    .map((i) => ({ id: i.id, side: sideOf(i), name: byId.get(i.id)?.query.name, alerts: i.matches.filter((m) => m.score >= threshold) }));
  mkdirSync(evalResultsDir, { recursive: true });
  writeFileSync(
    join(evalResultsDir, 'latest.json'),
    `${JSON.stringify({ algorithmVersion: ALGORITHM_VERSION, threshold, sample, jobs, limit: LIMIT, generatedAt: new Date().toISOString(), all, perSet, perScript, perKind, sweep, goals, heldOut, runs, skipped, misses, falseAlerts }, null, 2)}\n`,
  );
}

const shard = argValue('--shard-groups');
if (shard !== undefined) await shardMain(JSON.parse(shard) as string[]);
else await main();
