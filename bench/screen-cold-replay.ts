/**
 * `BASE=/work/base node --import tsx bench/screen-cold-replay.ts`: the cold path alone, this tree
 * against another checkout (BASE) in one process. Collects the distinct query token forms (and
 * adjacent token pairs, and cut-able forms) of the benchmark's queries (bench/queries.ts), then
 * builds each engine's similarity lists from scratch: NameIndex.matches per form, joinedMatches per
 * adjacent pair, splitNames per form, with the index caches emptied before every chunk, base and
 * this tree interleaved chunk by chunk (alternating which goes first), CPU time. Every list of the two
 * trees is compared value for value; any difference is printed and the exit code is 1.
 *
 * BASE (required), BENCH_NAMES (0 = the bundled UN list, else a synthetic list), BENCH_QUERIES
 * (20,000), CHUNK (500 forms), ROUNDS (3). Reaches into private members of the index (the script is
 * a measuring tool, not an API user).
 */
import { MatchEngine } from '../src/matching/engine.js';
import { formKey } from '../src/matching/index.js';
import { parseQuery } from '../src/matching/query.js';
import { benchNames as nNames, benchParties, benchRawQueries, cpuMs, loadAverage as load, loadEngineFrom, requireBase } from './ab-setup.js';

interface Lists {
  vocab: Int32Array;
  similarity: Float64Array;
}
interface Token {
  folded: string;
  role: string;
}
interface Index {
  matches(t: Token): Lists;
  joinedMatches(a: Token, b: Token): Lists;
  splitNames(folded: string): Int32Array;
  matchCache: Map<string, Lists>;
  joinedCache: Map<string, Lists>;
  splitCache: Map<string, Int32Array>;
}
interface Engine {
  prepareQuery(q: unknown): { names: { tokens: Token[] }[] };
  index: Index;
}
interface PreparedModule {
  isQueryIndexable(t: Token): boolean;
  isIndexable(t: Token): boolean;
}
interface ScoreModule {
  MIN_CUT_LENGTH: number;
}

const other = await loadEngineFrom<Engine>(requireBase());
const otherQuery = other.parseQuery;
const prepared = (await import('../src/matching/prepared.js')) as unknown as PreparedModule;
const score = (await import('../src/matching/score.js')) as unknown as ScoreModule;
const nQueries = Number(process.env.BENCH_QUERIES ?? 20000);
const chunk = Number(process.env.CHUNK ?? 500);
const rounds = Number(process.env.ROUNDS ?? 3);
const parties = await benchParties();
const raw = benchRawQueries(parties, nQueries);
const meta = { listVersions: [{ source: 'ab', hash: 'ab' }] };

/** The work items of one engine: its own prepared tokens (the two trees' tokens are separate objects). */
interface Work {
  forms: Token[];
  pairs: [Token, Token][];
  cut: string[];
}
function collect(engine: Engine, parse: (r: unknown) => unknown): Work {
  const forms = new Map<string, Token>();
  const pairs = new Map<string, [Token, Token]>();
  const cut = new Set<string>();
  for (const r of raw) {
    for (const n of engine.prepareQuery(parse(r)).names) {
      const t = n.tokens;
      for (let i = 0; i < t.length; i++) {
        const a = t[i] as Token;
        // The index caches by formKey: one item per cache entry.
        const key = formKey(a as Parameters<typeof formKey>[0]);
        if (!forms.has(key)) forms.set(key, a);
        if (prepared.isQueryIndexable(a) && a.folded.length >= score.MIN_CUT_LENGTH) cut.add(a.folded);
        const b = t[i + 1];
        if (b !== undefined && a.role !== 'initial' && b.role !== 'initial') {
          const pk = `${key}\u0000${formKey(b as Parameters<typeof formKey>[0])}`;
          if (!pairs.has(pk)) pairs.set(pk, [a, b]);
        }
      }
    }
  }
  return { forms: [...forms.values()], pairs: [...pairs.values()], cut: [...cut] };
}

/** splitNames' result since it also keeps the adjacent pairs (names and places, index.ts SplitLists). */
interface Split {
  names: Int32Array;
  at: Int32Array;
}
function same(x: Lists | Int32Array | Split, y: Lists | Int32Array | Split): boolean {
  // splitNames returned the names alone until it kept the places too: compare both parts.
  if ('names' in x && 'names' in y) return same(x.names, y.names) && same(x.at, y.at);
  if ('names' in x || 'names' in y) return false;
  if (x instanceof Int32Array || y instanceof Int32Array) {
    const a = x as Int32Array;
    const b = y as Int32Array;
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }
  return x.vocab.length === y.vocab.length && x.vocab.every((v, i) => v === y.vocab[i]) && x.similarity.every((v, i) => Object.is(v, y.similarity[i]));
}

process.stdout.write(`load average before: ${load()}\n`);
/** Both engines, built fresh (the one built second measured a few per cent slower: built in alternating order). */
function engines(round: number): { eb: Engine; eo: Engine; wb: Work; wo: Work } {
  let eb: Engine;
  let eo: Engine;
  if (round % 2 === 0) {
    eb = other.MatchEngine.build(parties, meta);
    eo = MatchEngine.build(parties, meta) as unknown as Engine;
  } else {
    eo = MatchEngine.build(parties, meta) as unknown as Engine;
    eb = other.MatchEngine.build(parties, meta);
  }
  const wb = collect(eb, otherQuery);
  const wo = collect(eo, (r) => parseQuery(r as Parameters<typeof parseQuery>[0]));
  if (wb.forms.length !== wo.forms.length || wb.pairs.length !== wo.pairs.length) throw new Error('the two trees prepare the queries differently');
  return { eb, eo, wb, wo };
}
type Kind = 'matches' | 'joinedMatches' | 'splitNames';
const ms: Record<Kind, [number, number]> = { matches: [0, 0], joinedMatches: [0, 0], splitNames: [0, 0] };
let differences = 0;
function run(kind: Kind, e: Engine, w: Work, from: number, to: number, side: 0 | 1, out: (Lists | Int32Array)[]): void {
  const index = e.index;
  index.matchCache.clear();
  index.joinedCache.clear();
  index.splitCache.clear();
  const t = cpuMs();
  if (kind === 'matches') for (let i = from; i < to; i++) out.push(index.matches(w.forms[i] as Token));
  else if (kind === 'joinedMatches') for (let i = from; i < to; i++) out.push(index.joinedMatches(...(w.pairs[i] as [Token, Token])));
  else for (let i = from; i < to; i++) out.push(index.splitNames(w.cut[i] as string));
  (ms[kind] as [number, number])[side] += cpuMs() - t;
}
for (let round = 0; round < rounds; round++) {
  const { eb, eo, wb, wo } = engines(round);
  if (round === 0) process.stdout.write(`${wo.forms.length} token forms, ${wo.pairs.length} adjacent pairs, ${wo.cut.length} cut-able forms\n`);
  for (const kind of ['matches', 'joinedMatches', 'splitNames'] as Kind[]) {
    const total = kind === 'matches' ? wo.forms.length : kind === 'joinedMatches' ? wo.pairs.length : wo.cut.length;
    for (let s = 0, k = 0; s < total; s += chunk, k++) {
      const e = Math.min(total, s + chunk);
      const a: (Lists | Int32Array)[] = [];
      const b: (Lists | Int32Array)[] = [];
      if ((k + round) % 2 === 0) {
        run(kind, eb, wb, s, e, 0, a);
        run(kind, eo, wo, s, e, 1, b);
      } else {
        run(kind, eo, wo, s, e, 1, b);
        run(kind, eb, wb, s, e, 0, a);
      }
      if (round === 0) {
        for (let i = 0; i < a.length; i++) {
          if (!same(a[i] as Lists, b[i] as Lists)) {
            if (differences++ < 10) process.stdout.write(`DIFFERENCE ${kind} item ${s + i}\n`);
          }
        }
      }
    }
  }
}
for (const kind of Object.keys(ms) as Kind[]) {
  const [b, o] = ms[kind];
  process.stdout.write(`${kind}: base ${b.toFixed(0)} ms, this tree ${o.toFixed(0)} ms CPU over ${rounds} round(s): ${(b / o).toFixed(3)}x\n`);
}
const tb = ms.matches[0] + ms.joinedMatches[0] + ms.splitNames[0];
const to = ms.matches[1] + ms.joinedMatches[1] + ms.splitNames[1];
process.stdout.write(`all three: ${(tb / to).toFixed(3)}x; lists compared: ${differences} differences\n`);
process.stdout.write(`load average after: ${load()}\n`);
process.exit(differences === 0 ? 0 : 1);
