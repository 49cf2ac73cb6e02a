/**
 * `node --import tsx bench/analysis-profile.ts`: a CPU profile of name analysis alone (prepareName
 * over the analysis corpus's query names, bench/analysis-corpus.ts), self time per function.
 * PASSES (default 3) passes are profiled after one unprofiled pass; PROFILE_TOP rows (default 30).
 */
import { Session } from 'node:inspector/promises';
import { prepareName } from '../src/matching/prepared.js';
import { analysisCorpus } from './analysis-corpus.js';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const corpus = await analysisCorpus();
const names = corpus.queries;
const passes = Number(process.env.PASSES ?? 3);
let sink = 0;
for (const n of names) sink += prepareName(n, -1, 0, 'query', 'good').tokens.length;
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const t0 = performance.now();
for (let p = 0; p < passes; p++) for (const n of names) sink += prepareName(n, -1, 0, 'query', 'good').tokens.length;
const ms = performance.now() - t0;
const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const times = new Map<string, number>();
let total = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  const f = (byId.get(profile.samples[i] as number) as ProfileNode).callFrame;
  const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${f.lineNumber + 1}`;
  times.set(key, (times.get(key) ?? 0) + dt);
}
console.log(`${passes} x ${names.length} names in ${ms.toFixed(0)} ms (${((ms * 1000) / (passes * names.length)).toFixed(2)} us/name with the profiler on) (${sink})`);
for (const [key, us] of [...times].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 30))) {
  console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
}
