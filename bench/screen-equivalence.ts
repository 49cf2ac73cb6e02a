/**
 * `node --import tsx bench/screen-equivalence.ts`: proves a speed change changed no result. Screens
 * every query of the evaluation sets (eval/data/*.jsonl) and the benchmark's queries (bench/queries.ts)
 * with this tree's MatchEngine and another checkout's (BASE, e.g. a worktree of the commit before the
 * change), both in this process, and compares the full outputs (JSON of the top 5 with explanations),
 * once with the default options and once with near misses down to MIN_SCORE (0.3). Exits 1 on any
 * difference and prints the first few (SHOW, default 5; with SHOW_SCORES set, one line each: the
 * query, then both sides' matches as reference and score).
 *
 * BASE (required), BENCH_QUERIES (default 20,000), BENCH_NAMES (0 = the UN list with the eval sets;
 * else a synthetic list of that many names with the benchmark's queries only), MIN_SCORE.
 *
 * BASE=saved instead compares this tree's built engine with this tree's engine written as a saved
 * engine and read back (src/matching/engine-snapshot.ts), as `interdict screen` reads it: "base" in
 * the output is then the engine read back. BASE=saved-in-slices: read back as a server's thread
 * takes a new engine in (decodeSnapshotInSlices, MatchEngine.fromPreparedInSlices).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MatchEngine } from '../src/matching/engine.js';
import { decodeSnapshot, decodeSnapshotInSlices, encodeSnapshot, preparedInputDigest } from '../src/matching/engine-snapshot.js';
import { prepareList } from '../src/matching/prepared-list.js';
import { parseQuery } from '../src/matching/query.js';
import { evalDataDir } from '../eval/lib/paths.js';
import { benchNames as nNames, benchParties, benchRawQueries, loadEngineFrom, requireBase } from './ab-setup.js';

interface Engine {
  screen(q: unknown, o: { limit: number; minScore?: number }): unknown;
}
const inSlices = process.env.BASE === 'saved-in-slices';
const againstSaved = process.env.BASE === 'saved' || inSlices;
const other = againstSaved ? { MatchEngine, parseQuery } : await loadEngineFrom<Engine>(requireBase());
const nQueries = Number(process.env.BENCH_QUERIES ?? 20000);
const minScore = Number(process.env.MIN_SCORE ?? 0.3);
const parties = await benchParties();
const raws: Record<string, unknown>[] = [];
if (nNames === 0) {
  for (const file of readdirSync(evalDataDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(evalDataDir, file), 'utf8').split('\n')) {
      if (line.trim() !== '') raws.push({ id: 'eval', ...(JSON.parse(line) as { query: Record<string, unknown> }).query });
    }
  }
}
raws.push(...benchRawQueries(parties, nQueries));
const meta = { listVersions: [{ source: 'equivalence', hash: 'equivalence' }] };
/** This tree's engine through a saved engine's bytes: built, written, read back. */
async function readBack(): Promise<MatchEngine> {
  const list = prepareList(parties);
  const bytes = encodeSnapshot({ list, keys: MatchEngine.fromPrepared(parties, meta, list).indexKeys }, 'equivalence', preparedInputDigest(parties));
  process.stdout.write(`saved engine: ${bytes.length} bytes${inSlices ? ', read back in slices' : ''}\n`);
  if (inSlices) {
    const saved = await decodeSnapshotInSlices(bytes, 'equivalence', parties);
    return MatchEngine.fromPreparedInSlices(parties, meta, saved.list, { keys: saved.keys });
  }
  const saved = decodeSnapshot(bytes, 'equivalence', parties);
  return MatchEngine.fromPrepared(parties, meta, saved.list, { keys: saved.keys });
}
const theirs: Engine = againstSaved ? await readBack() : other.MatchEngine.build(parties, meta);
const ours = MatchEngine.build(parties, meta);
/** The output of one screening as text, or the error it raised (errors must agree too). */
const run = (f: () => unknown): string => {
  try {
    return JSON.stringify(f());
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
};
/** SHOW_SCORES: a difference printed as each side's matches, reference and score, tab-separated. */
function scoresOf(out: string): string {
  if (!out.startsWith('[')) return out;
  return (JSON.parse(out) as { referenceNumber: string; score: number }[]).map((m) => `${m.referenceNumber} ${m.score}`).join(', ');
}
let screenings = 0;
let nonEmpty = 0;
let differences = 0;
for (const opts of [{ limit: 5 }, { limit: 5, minScore }]) {
  for (const r of raws) {
    const a = run(() => theirs.screen(other.parseQuery(r), opts));
    const b = run(() => ours.screen(parseQuery(r), opts));
    screenings++;
    if (a !== '[]') nonEmpty++;
    if (a !== b) {
      differences++;
      if (differences > Number(process.env.SHOW ?? 5)) continue;
      if (process.env.SHOW_SCORES !== undefined) process.stdout.write(`DIFFERENT ${JSON.stringify(r)} ${JSON.stringify(opts)}\t${scoresOf(a)}\t${scoresOf(b)}\n`);
      else process.stdout.write(`DIFFERENT ${JSON.stringify(r)} ${JSON.stringify(opts)}\n  base ${a.slice(0, 300)}\n  ours ${b.slice(0, 300)}\n`);
    }
  }
}
process.stdout.write(`${raws.length} queries x 2 option sets: ${screenings} screenings, ${nonEmpty} with matches, ${differences} differences\n`);
if (differences > 0) process.exitCode = 1;
