import { eq } from 'drizzle-orm';
import { getAlert } from '../cases/alerts-repo.js';
import { canonicalJson, toStoredJson } from '../cases/canonical-json.js';
import { DomainError } from '../cases/errors.js';
import type { SanctionedParty } from '../lists/model.js';
import type { ListStore } from '../lists/store.js';
import type { ListVersion } from '../lists/version.js';
import { ALGORITHM_VERSION, type MatchEngine } from '../matching/engine.js';
import { parseQuery } from '../matching/query.js';
import type { Db } from '../store/database.js';
import { getParty } from '../store/parties-repo.js';
import { screeningResults } from '../store/schema/index.js';
import { engineExplanationOf } from './designations.js';
import { partyQuery } from './party-query.js';
import type { ScreeningService } from './service.js';

/**
 * Replaying an alert: the query as it was screened, against the list versions it was screened against
 * (loaded by hash, whatever is in force now), with its threshold. The result must show the same score
 * and explanation; `identical` says whether it does, and when it cannot (the algorithm changed since)
 * the reply says so instead of pretending.
 *
 * All the versions in force at the time are loaded, not just the alert's own list: a token's weight
 * depends on how common it is across the lists the engine was built on.
 */
export interface ReplayResult {
  alertId: number;
  listedPartyId: string;
  listVersions: string[];
  query: Record<string, unknown>;
  stored: { score: number; threshold: number; algorithmVersion: string; explanation: unknown };
  replayed: { score: number; match: boolean; explanation: unknown } | null;
  algorithmVersion: string;
  identical: boolean;
  note?: string;
}

export class AlertReplayer {
  private cached: { key: string; engine: MatchEngine } | undefined;

  constructor(
    private readonly db: Db,
    private readonly store: ListStore,
    private readonly service: ScreeningService,
  ) {}

  /**
   * The engine of these list versions and where it came from: the service's engine in force ('live'),
   * this replayer's last one ('cached'), or the data directory's saved engine read or built ('saved',
   * 'built').
   */
  async engineFor(hashes: string[]): Promise<{ engine: MatchEngine; origin: 'live' | 'cached' | 'saved' | 'built' }> {
    const key = [...hashes].sort().join(',');
    const live = await this.service.get();
    if (live.versions.map((v) => v.hash).sort().join(',') === key) return { engine: live.engine, origin: 'live' };
    if (this.cached?.key === key) return { engine: this.cached.engine, origin: 'cached' };
    const versions: ListVersion[] = [];
    for (const h of hashes) {
      const v = (await this.store.versions()).find((x) => x.hash === h);
      if (!v) throw new DomainError('not-found', `list version ${h.slice(0, 12)} is not in the list store; it cannot be replayed`);
      versions.push(v);
    }
    // The same order as the screening service builds in (its versions come source by source, sorted).
    versions.sort((a, b) => a.source.localeCompare(b.source));
    const parties: SanctionedParty[] = [];
    for (const v of versions) parties.push(...(await this.store.load(v)).parties);
    // Through the data directory's saved engines, like the service: a second replay against the same
    // old versions, after a restart, reads the engine instead of building it.
    const { engine, origin } = await this.service.engineOf(parties, versions);
    this.cached = { key, engine };
    return { engine, origin };
  }

  async replay(alertId: number): Promise<ReplayResult> {
    const alert = await getAlert(this.db, alertId);
    if (!alert) throw new DomainError('not-found', `no alert ${alertId}`);
    let query: Record<string, unknown> | undefined;
    let hashes = [alert.listVersionHash];
    if (alert.screeningResultId !== null) {
      const [result] = await this.db.select().from(screeningResults).where(eq(screeningResults.id, alert.screeningResultId));
      if (result?.query) query = result.query;
      if (result) hashes = result.listVersionHash.split(',');
    }
    if (!query) {
      // Alerts raised before queries were stored: the party's data serves only if it is unchanged.
      const party = await getParty(this.db, alert.partyId);
      if (!party || party.dataHash !== alert.partyDataHash) throw new DomainError('conflict', `alert ${alertId} has no stored query and its party has changed since; it cannot be replayed`);
      query = { ...partyQuery(party) };
    }
    const stored = { score: alert.score, threshold: alert.threshold, algorithmVersion: alert.algorithmVersion, explanation: alert.explanation };
    const base = { alertId, listedPartyId: alert.listedPartyId, listVersions: hashes, query, stored, algorithmVersion: ALGORITHM_VERSION };
    if (alert.algorithmVersion !== ALGORITHM_VERSION) {
      return { ...base, replayed: null, identical: false, note: `raised by ${alert.algorithmVersion}; this server runs ${ALGORITHM_VERSION}, which may score differently` };
    }
    const { engine } = await this.engineFor(hashes);
    // Every score down to zero, enough of them to be sure the alert's listed party is among them.
    const matches = engine.screen(parseQuery(query, 'stored query'), { threshold: alert.threshold, minScore: 0, limit: 1000 });
    // An alert on a group of linked records is keyed by the group's lead, but scored on the record
    // that matched best (designations.ts): replay that record, and compare the engine's explanation.
    const scored = engineExplanationOf(alert.explanation, alert.listedPartyId);
    const again = matches.find((m) => m.entityId === scored.matchedEntityId);
    if (!again) return { ...base, replayed: null, identical: false, note: `${scored.matchedEntityId} no longer comes up for this query` };
    const replayed = { score: again.score, match: again.match, explanation: toStoredJson(again.explanation) };
    const identical = replayed.score === alert.score && canonicalJson(replayed.explanation) === canonicalJson(scored.explanation);
    return { ...base, replayed, identical };
  }
}
