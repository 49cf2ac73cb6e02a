/**
 * The engine of a process that has been screening for a while, met by names it has not seen: a
 * throwaway engine first screens `warmup` (so V8 has optimised the engine's code), every
 * process-wide memo is then emptied and a fresh engine is built, so its lists and the memos start
 * cold. screen.bench.ts's steady-state pass and code-warmup.ts measure on it.
 */
import type { SanctionedParty } from '../src/lists/model.js';
import { MatchEngine } from '../src/matching/engine.js';
import type { Query } from '../src/matching/query.js';
import { clearProcessMemos } from '../src/names/bounded-memo.js';

export function engineOnWarmCode(parties: SanctionedParty[], warmup: readonly Query[], meta: { listVersions: { source: string; hash: string }[] }): MatchEngine {
  let throwaway: MatchEngine | undefined = MatchEngine.build(parties, meta);
  for (const q of warmup) throwaway.screen(q, { limit: 5 });
  // Dropped before the next build, so a collection during it may reclaim the throwaway.
  throwaway = undefined;
  clearProcessMemos();
  return MatchEngine.build(parties, meta);
}
