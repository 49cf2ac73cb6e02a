import type { SanctionedParty } from '../lists/model.js';
import type { ListStore } from '../lists/store.js';
import type { ListVersion } from '../lists/version.js';
import type { MatchEngine } from '../matching/engine.js';
import { reportToStderr, savedOrBuiltEngine, snapshotPath, versionsMeta, type EngineStart } from '../matching/saved-engine.js';
import { loadDesignationGroups, type DesignationGroups } from './designations.js';
import { engineOffThread } from './engine-off-thread.js';

/**
 * The screening engine a long-running process uses: made once per set of list versions in force and
 * again only when one of them changes (an import or an update), so requests never pay for the index.
 * It is read from the data directory's saved engine when that fits (saved-engine.ts), else built and
 * saved there, so a restart reads what the last start built. A set put in force while serving is
 * built (and linked) by a worker thread, engine-off-thread.ts, so that every request that needs no
 * engine is answered meanwhile; screening waits for the new engine, as the law asks.
 * Concurrent callers during a rebuild share the one build.
 */
export interface LoadedEngine {
  engine: MatchEngine;
  versions: ListVersion[];
  /** Parties by entity id, for responses that show the listed record. */
  parties: Map<string, SanctionedParty>;
  /** Linked records across the lists (one person on several lists), so a hit shows every designation. */
  groups: DesignationGroups;
  builtAt: Date;
  /** Whether the engine was read from the data directory's saved engine or built (and saved), and how long that took. */
  start: Pick<EngineStart, 'origin' | 'ms'>;
}

/** Where the service's start-up notes go (a saved engine refused or not written): the server's log. */
export type StartReport = (line: string) => void;

export class ScreeningService {
  private current: LoadedEngine | undefined;
  private building: Promise<LoadedEngine> | undefined;
  private key = '';

  constructor(
    private readonly store: ListStore,
    /**
     * Which lists to screen against (settings.lists.screen): undefined or empty means every list in
     * force, the UN list and every OFAC, UK, EU, OpenSanctions or own list imported.
     */
    private readonly sources?: readonly string[],
    /** Receives one line when a saved engine is refused (and rebuilt) or cannot be written. */
    private readonly report: StartReport = reportToStderr,
  ) {}

  /** The data directory whose saved engines this service reads and writes, and where its notes go (for the re-screen's workers). */
  get savedEngines(): { dataDir: string; report: StartReport } {
    return { dataDir: this.store.dataDir, report: this.report };
  }

  /**
   * The engine of these parties (the versions in the order given), read from the data directory's
   * saved engine when one fits, else built by a worker thread (engine-off-thread.ts, so the server
   * answers meanwhile) and saved for the next start. The alert replayer uses it for the versions an
   * alert was screened against; its saved engine never pushes out the one in force.
   */
  async engineOf(parties: SanctionedParty[], versions: readonly ListVersion[]): Promise<EngineStart> {
    const input = { dataDir: this.store.dataDir, versions, parties: async () => parties, report: this.report, keep: this.inForcePath() };
    return (await engineOffThread(input, { links: false })).start;
  }

  /** The saved engine of the versions in force, which no other write may prune. */
  private inForcePath(): string[] {
    return this.current ? [snapshotPath(this.store.dataDir, versionsMeta(this.current.versions))] : [];
  }

  private async inForce(): Promise<ListVersion[]> {
    const sources = this.sources && this.sources.length > 0 ? this.sources : await this.store.sources();
    const versions: ListVersion[] = [];
    for (const s of sources) {
      const v = await this.store.inForce(s);
      if (v) versions.push(v);
    }
    return versions;
  }

  async get(): Promise<LoadedEngine> {
    const versions = await this.inForce();
    const key = versions.map((v) => v.hash).join(',');
    if (this.current && key === this.key) return this.current;
    if (this.building && key === this.key) return this.building;
    this.key = key;
    // The first engine is made before the server listens, on its thread (a worker would only add
    // the decoding); a swap while serving goes through a worker, so other requests are answered.
    const swap = this.current !== undefined;
    this.building = (async () => {
      const loadParties = async (): Promise<SanctionedParty[]> => {
        const parties: SanctionedParty[] = [];
        for (const v of versions) parties.push(...(await this.store.load(v, { inPieces: swap })).parties);
        return parties;
      };
      const dataDir = this.store.dataDir;
      // A new set of versions in force (a list imported while serving) is saved too, for the next start.
      const { start, parties } = swap
        ? await engineOffThread({ dataDir, versions, parties: loadParties, report: this.report, keep: this.inForcePath() }, { links: true })
        : await loadParties().then(async (p) => ({ start: await savedOrBuiltEngine(dataDir, p, versionsMeta(versions), this.report), parties: p }));
      const byId = new Map(parties.map((p) => [p.id, p]));
      // Linked once per set of versions (by the worker on a swap), and kept in the data directory for the next start.
      const groups = await loadDesignationGroups({ versions, parties: byId }, { dataDir });
      const loaded: LoadedEngine = { engine: start.engine, versions, parties: byId, groups, builtAt: new Date(), start: { origin: start.origin, ms: start.ms } };
      if (this.key === key) this.current = loaded;
      return loaded;
    })();
    try {
      return await this.building;
    } finally {
      this.building = undefined;
    }
  }
}
