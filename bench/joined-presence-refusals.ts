/**
 * `node --import tsx bench/joined-presence-refusals.ts`: how many of the entries the index's joined
 * lists (index.ts joinedMatches) reach on the UN bench mix the presence bound refuses before the
 * distance, and a check that none of them reaches TOKEN.mergeMinSimilarity (which would make the
 * refusal inexact: the run then exits 1). Counts each distinct pair of adjacent query token forms
 * once, as the index's cache does. BENCH_QUERIES (default 20,000). Then times that step both ways
 * in this process (every pair read by the distance, against the bound first), alternating, in CPU
 * time: the step's own A/B, since on a whole cold query it is a small share.
 */
import { readUnXml } from '../src/lists/un.js';
import { MatchEngine } from '../src/matching/engine.js';
import type { PreparedToken } from '../src/matching/prepared.js';
import { parseQuery } from '../src/matching/query.js';
import { formSimilarityAtLeast, joinedFold, presenceRefuses } from '../src/matching/score.js';
import { letterMask, repeatMask } from '../src/matching/distance.js';
import { TOKEN } from '../src/matching/weights.js';
import { bundledUnList } from '../eval/lib/paths.js';
import { joinablePairs, joinedEntries, type JoinedIndexInternals } from './joined-walk.js';
import { benchQueries } from './queries.js';

const parties = (await readUnXml({ path: bundledUnList })).parties;
const engine = MatchEngine.build(parties, { listVersions: [{ source: 'un', hash: 'bench' }] });
const index = (engine as unknown as { index: JoinedIndexInternals }).index;
const queries = benchQueries(parties, Number(process.env.BENCH_QUERIES ?? 20000), 'bench-un-v1');
const seen = new Set<string>();
// The listed entry's masks are computed here, outside the timed steps: the index keeps them per
// vocabulary entry (form-shape.ts), so joinedMatches reads them rather than computing them.
const work: { form: string; abjad: boolean; letters: number; repeats: number; l: PreparedToken; lLetters: number; lRepeats: number }[] = [];
let pairs = 0;
let read = 0;
let refused = 0;
let kept = 0;
let wrong = 0;
for (const raw of queries) {
  const pq = engine.prepareQuery(parseQuery({ id: raw.id, schema: raw.schema, name: raw.name }));
  for (const qn of pq.names) {
    for (const [a, b] of joinablePairs(qn.tokens)) {
      // The index's cache key: each distinct joined form is walked once.
      const cacheKey = `${joinedFold(a, b)}|${a.abjad || b.abjad ? 1 : 0}`;
      if (seen.has(cacheKey)) continue;
      seen.add(cacheKey);
      pairs++;
      const { form, abjad, entries } = joinedEntries(index, a, b);
      const letters = letterMask(form);
      const repeats = repeatMask(form);
      for (const v of entries) {
        const l = index.vocab[v] as PreparedToken;
        read++;
        const lLetters = letterMask(l.folded);
        const lRepeats = repeatMask(l.folded);
        work.push({ form, abjad, letters, repeats, l, lLetters, lRepeats });
        const s = formSimilarityAtLeast(form, abjad, l.folded, l.abjad, TOKEN.mergeMinSimilarity);
        if (s >= TOKEN.mergeMinSimilarity) kept++;
        if (presenceRefuses(letters, repeats, form.length, lLetters, lRepeats, l.folded.length, abjad, l.abjad, TOKEN.mergeMinSimilarity)) {
          refused++;
          if (s >= TOKEN.mergeMinSimilarity) {
            wrong++;
            process.stdout.write(`refused but reaches the floor: ${form} / ${l.folded} ${s}\n`);
          }
        }
      }
    }
  }
}
const pct = (x: number): string => ((100 * x) / Math.max(1, read)).toFixed(1);
process.stdout.write(`${pairs} distinct joined forms; ${read} entries past the length test, ${kept} (${pct(kept)}%) at or above mergeMinSimilarity; presence bound refuses ${refused} (${pct(refused)}%), ${wrong} of them wrongly\n`);
const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const plain = (): number => {
  let n = 0;
  for (const w of work) if (formSimilarityAtLeast(w.form, w.abjad, w.l.folded, w.l.abjad, TOKEN.mergeMinSimilarity) >= TOKEN.mergeMinSimilarity) n++;
  return n;
};
const bounded = (): number => {
  let n = 0;
  for (const w of work) {
    const l = w.l;
    if (presenceRefuses(w.letters, w.repeats, w.form.length, w.lLetters, w.lRepeats, l.folded.length, w.abjad, l.abjad, TOKEN.mergeMinSimilarity)) continue;
    if (formSimilarityAtLeast(w.form, w.abjad, l.folded, l.abjad, TOKEN.mergeMinSimilarity) >= TOKEN.mergeMinSimilarity) n++;
  }
  return n;
};
let plainMs = 0;
let boundedMs = 0;
const rounds = Number(process.env.ROUNDS ?? 6);
for (let r = 0; r < rounds; r++) {
  for (const which of r % 2 === 0 ? [0, 1] : [1, 0]) {
    const t = cpuMs();
    const n = which === 0 ? plain() : bounded();
    const ms = cpuMs() - t;
    if (n !== kept) throw new Error(`kept ${n}, expected ${kept}`);
    if (which === 0) plainMs += ms;
    else boundedMs += ms;
  }
}
process.stdout.write(`step A/B over ${rounds} alternating rounds: distance for every entry ${plainMs.toFixed(0)} CPU ms, bound first ${boundedMs.toFixed(0)} CPU ms: ${(plainMs / boundedMs).toFixed(2)}x\n`);
process.exit(wrong === 0 ? 0 : 1);
