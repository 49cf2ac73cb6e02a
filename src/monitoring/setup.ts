/**
 * Building a monitor from its parts: the listed parties (any list versions), the reference data
 * and a rule-pack configuration. The match engine is built once per list version; the screener on
 * top of it carries the threshold of the configuration and its own cache.
 */
import type { SanctionedParty } from '../lists/model.js';
import { MatchEngine } from '../matching/engine.js';
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
