/**
 * Building a monitor from its parts: the listed parties (any list versions), the reference data
 * and a rule-pack configuration. The match engine is made once per list version (read from the data
 * directory's saved engine where there is one); the screener on top of it carries the threshold of
 * the configuration and its own cache.
 */
import type { SanctionedParty } from '../lists/model.js';
import { MatchEngine } from '../matching/engine.js';
import { savedOrBuiltEngine, type EngineStart } from '../matching/saved-engine.js';
import type { MonitorContext } from './process.js';
import { loadReference } from './reference/load.js';
import { prepareReference, type Reference } from './reference/prepared.js';
import { RulePack } from './rule-pack.js';
import { EngineScreener, type Screener } from './screening.js';

export interface ScreeningBase {
  engine: MatchEngine;
  parties: SanctionedParty[];
}

export function buildScreeningBase(parties: SanctionedParty[], listVersions: { source: string; hash: string }[]): ScreeningBase {
  return { engine: MatchEngine.build(parties, { listVersions }), parties };
}

/**
 * The same base for a monitor over a data directory: the engine read from its saved engine when one
 * fits, else built and saved for the next start. `report` receives the line when a saved engine is
 * refused (and rebuilt) or cannot be written.
 */
export async function savedScreeningBase(
  dataDir: string,
  parties: SanctionedParty[],
  listVersions: { source: string; hash: string }[],
  report: (line: string) => void,
): Promise<ScreeningBase & { start: Pick<EngineStart, 'origin' | 'ms'> }> {
  const { engine, origin, ms } = await savedOrBuiltEngine(dataDir, parties, { listVersions }, report);
  return { engine, parties, start: { origin, ms } };
}

export function buildScreener(base: ScreeningBase, threshold?: number): Screener {
  return new EngineScreener(base.engine, base.parties, threshold !== undefined ? { threshold } : {});
}

/** Everything a MonitorContext needs except the history. */
export function buildMonitor(
  base: ScreeningBase,
  options: { reference?: Reference; referenceDir?: string; packConfig?: unknown; packConfigFile?: string } = {},
): Omit<MonitorContext, 'history'> {
  const reference = options.reference ?? prepareReference(loadReference(options.referenceDir));
  const pack = RulePack.build(reference, options.packConfig, options.packConfigFile ? { file: options.packConfigFile } : {});
  return { reference, pack, screener: buildScreener(base, pack.config.screeningThreshold) };
}
