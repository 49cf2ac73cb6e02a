/**
 * `node --import tsx bench/analysis-profile.ts`: a CPU profile of name analysis alone (prepareName
 * over the analysis corpus's query names, bench/analysis-corpus.ts), self time per function.
 * PASSES (default 3) passes are profiled after one unprofiled pass; PROFILE_TOP rows (default 30).
 */
import { prepareName } from '../src/matching/prepared.js';
import { analysisCorpus } from './analysis-corpus.js';
import { printTop, profiled } from './cpu-profile.js';

const corpus = await analysisCorpus();
const names = corpus.queries;
const passes = Number(process.env.PASSES ?? 3);
let sink = 0;
for (const n of names) sink += prepareName(n, -1, 0, 'query', 'good').tokens.length;
const { ms, profile } = await profiled(() => {
  for (let p = 0; p < passes; p++) for (const n of names) sink += prepareName(n, -1, 0, 'query', 'good').tokens.length;
});
console.log(`${passes} x ${names.length} names in ${ms.toFixed(0)} ms (${((ms * 1000) / (passes * names.length)).toFixed(2)} us/name with the profiler on) (${sink})`);
printTop(profile, false, Number(process.env.PROFILE_TOP ?? 30));
