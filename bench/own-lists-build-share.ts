/**
 * `node --import tsx bench/own-lists-build-share.ts`: what the vocabulary's own similarity lists
 * (src/matching/vocabulary-matches.ts) add to one MatchEngine.build of this tree: the build's CPU ms,
 * the lists' part of it (VocabularyMatches.buildSteps and VocabularySplits.buildSteps, timed by
 * wrapping them), the entries and pairs stored and the vocabulary's size. BENCH_NAMES as screen-ab.ts (0: the UN list); one build per run
 * (a million names: run with --max-old-space-size=12000).
 */
import { MatchEngine } from '../src/matching/engine.js';
import { ownListCarriers } from '../src/matching/index.js';
import { VocabularyMatches, VocabularySplits } from '../src/matching/vocabulary-matches.js';
import { benchParties, cpuMs, loadAverage } from './ab-setup.js';

const parties = await benchParties();
let listsMs = 0;
let splitsMs = 0;
const original = VocabularyMatches.buildSteps;
VocabularyMatches.buildSteps = function* (...args: Parameters<typeof original>) {
  const c = cpuMs();
  const out = yield* original.apply(VocabularyMatches, args);
  listsMs += cpuMs() - c;
  return out;
};
const originalSplits = VocabularySplits.buildSteps;
VocabularySplits.buildSteps = function* (...args: Parameters<typeof originalSplits>) {
  const c = cpuMs();
  const out = yield* originalSplits.apply(VocabularySplits, args);
  splitsMs += cpuMs() - c;
  return out;
};
process.stdout.write(`load average before: ${loadAverage()}\n`);
const c = cpuMs();
const engine = MatchEngine.build(parties, { listVersions: [{ source: 'share', hash: 'share' }] });
const buildMs = cpuMs() - c;
const store = engine.indexKeys.vocabularyMatches;
const names = engine.buildStats.names;
const splits = engine.indexKeys.vocabularySplits.parts;
process.stdout.write(
  `${names} names: build ${buildMs.toFixed(0)} CPU ms, of which the own similarity lists ${listsMs.toFixed(0)} ms (${((100 * listsMs) / buildMs).toFixed(1)}%), the own split lists ${splitsMs.toFixed(0)} ms (${((100 * splitsMs) / buildMs).toFixed(1)}%); ` +
    `${store.size} entries stored (carried by >= ${ownListCarriers(names)} names), ${store.ids.length} pairs, ${((store.ids.byteLength + store.similarity.byteLength + store.start.byteLength + store.entries.byteLength) / 2 ** 20).toFixed(1)} MiB of arrays; ` +
    `${splits.entries.length} split lists, ${splits.names.length} names and ${splits.at.length} places\n`,
);
process.stdout.write(`load average after: ${loadAverage()}\n`);
