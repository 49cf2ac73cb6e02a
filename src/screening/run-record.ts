import { eq } from 'drizzle-orm';
import type { AuditActor } from '../cases/audit-actions.js';
import { appendAudit } from '../cases/audit-log.js';
import { raiseAlerts, type RaiseOutcome } from '../cases/alerts-repo.js';
import { systemActor } from '../cases/actor.js';
import { ALGORITHM_VERSION, type Match } from '../matching/engine.js';
import type { Query } from '../matching/query.js';
import type { Db } from '../store/database.js';
import type { PartyRow } from '../store/parties-repo.js';
import { screeningResults, screeningRuns, type ScreeningRunKind } from '../store/schema/index.js';
import { alertsFor, hitSummary, type ListsInForce } from './hits.js';
import { storedQuery } from './party-query.js';

/**
 * Writing a screening run down: the run (what it screened against, when, how long), one result per
 * party that had hits (with the query as screened, for replay), and the alerts those hits raise.
 */
export interface RunStart {
  kind: ScreeningRunKind;
  lists: ListsInForce;
  threshold: number;
  actor: AuditActor;
  /** When the list version that caused the run arrived (the "without delay" clock). */
  arrivedAt?: Date;
  startedAt?: Date;
}

export async function startRun(db: Db, start: RunStart): Promise<number> {
  const versions = [...start.lists.versions].sort((a, b) => a.source.localeCompare(b.source));
  const [row] = await db
    .insert(screeningRuns)
    .values({
      kind: start.kind,
      listSource: versions.map((v) => v.source).join(','),
      listVersionHash: versions.map((v) => v.hash).join(','),
      listVersionArrivedAt: start.arrivedAt ?? null,
      algorithmVersion: ALGORITHM_VERSION,
      threshold: start.threshold,
      actor: start.actor,
      startedAt: start.startedAt ?? new Date(),
    })
    .returning({ id: screeningRuns.id });
  if (!row) throw new Error('screening run was not inserted');
  return row.id;
}

export interface Screened {
  party: PartyRow;
  query: Query;
  matches: Match[];
}

/**
 * Store the results of screened parties and raise their alerts, in one transaction. Parties without
 * matches are stored only when `keepEmpty` (a party screened on import: "screened, nothing found" is
 * worth a row; a million such rows after every list update is not).
 */
export async function recordScreened(db: Db, runId: number, items: readonly Screened[], lists: ListsInForce, threshold: number, keepEmpty: boolean): Promise<RaiseOutcome[]> {
  const kept = items.filter((i) => keepEmpty || i.matches.length > 0);
  if (kept.length === 0) return [];
  const now = new Date();
  return db.transaction(async (tx) => {
    const outcomes: RaiseOutcome[] = [];
    // Chunks keep each INSERT well under PostgreSQL's parameter limit.
    for (let i = 0; i < kept.length; i += 500) {
      const chunk = kept.slice(i, i + 500);
      const rows = await tx
        .insert(screeningResults)
        .values(
          chunk.map((s) => ({
            runId,
            partyId: s.party.id,
            partyDataHash: s.party.dataHash,
            listVersionHash: lists.versions.map((v) => v.hash).join(','),
            algorithmVersion: ALGORITHM_VERSION,
            threshold,
            topScore: s.matches[0]?.score ?? null,
            hits: s.matches.map(hitSummary),
            query: storedQuery(s.query),
            createdAt: now,
          })),
        )
        .returning({ id: screeningResults.id });
      // One alert per person: hits on linked records of one group raise one alert (hits.ts).
      const alerts = chunk.flatMap((s, k) => alertsFor(s.party, s.matches, lists, threshold, rows[k]!.id));
      if (alerts.length > 0) outcomes.push(...(await raiseAlerts(tx, alerts, { actor: systemActor('screening'), now })));
    }
    return outcomes;
  });
}

export interface RunTotals {
  partiesScreened: number;
  alertsRaised: number;
  stats: Record<string, unknown>;
}

/** Close the run with its totals and audit it (one entry per run, not per party). */
export async function finishRun(db: Db, runId: number, actor: AuditActor, totals: RunTotals, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const [run] = await tx
      .update(screeningRuns)
      .set({ finishedAt: now, partiesScreened: totals.partiesScreened, alertsRaised: totals.alertsRaised, stats: totals.stats })
      .where(eq(screeningRuns.id, runId))
      .returning();
    if (!run) throw new Error(`screening run ${runId} vanished`);
    await appendAudit(tx, {
      actor,
      action: 'screening.run',
      subjectType: 'screening_run',
      subjectId: runId,
      payload: { kind: run.kind, lists: run.listSource, listVersionHash: run.listVersionHash, parties: totals.partiesScreened, alerts: totals.alertsRaised, ...totals.stats },
      at: now,
    });
  });
}

/** Count what a batch of raise outcomes did. */
export function tally(outcomes: readonly RaiseOutcome[]): { raised: number; existing: number; suppressed: number } {
  const t = { raised: 0, existing: 0, suppressed: 0 };
  for (const o of outcomes) t[o.outcome] += 1;
  return t;
}
