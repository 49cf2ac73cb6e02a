import type { SanctionedParty } from '../lists/model.js';
import type { ListStore } from '../lists/store.js';
import type { ListVersion } from '../lists/version.js';
import { MatchEngine } from '../matching/engine.js';
import { loadDesignationGroups, type DesignationGroups } from './designations.js';

/**
 * The screening engine a long-running process uses: built once per set of list versions in force and
 * rebuilt only when one of them changes (an import or an update), so requests never pay for the index.
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
}

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
  ) {}

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
    this.building = (async () => {
      const parties: SanctionedParty[] = [];
      for (const v of versions) parties.push(...(await this.store.load(v)).parties);
      const engine = MatchEngine.build(parties, { listVersions: versions.map((v) => ({ source: v.source, hash: v.hash })) });
      const byId = new Map(parties.map((p) => [p.id, p]));
      // Linked once per set of versions, and kept in the data directory for the next start.
      const groups = await loadDesignationGroups({ versions, parties: byId }, { dataDir: this.store.dataDir });
      const loaded: LoadedEngine = { engine, versions, parties: byId, groups, builtAt: new Date() };
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
