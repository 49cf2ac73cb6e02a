import type { AuditActor } from '../cases/audit-actions.js';
import { appendAudit } from '../cases/audit-log.js';
import type { MatchEngine } from '../matching/engine.js';
import type { Db } from '../store/database.js';
import type { PartyInput, PartyRow, UpsertOutcome } from '../store/parties-repo.js';
import { upsertParties } from './upsert-batch.js';
import { PARTY_MATCH_LIMIT, type ListsInForce } from '../screening/hits.js';
import { partyQuery } from '../screening/party-query.js';
import { finishRun, recordScreened, startRun, tally, type Screened } from '../screening/run-record.js';
import type { PartyRecordError } from './read.js';

/**
 * Import parties: upsert each by the organisation's id and screen every one that is new or changed at
 * once against the lists in force, raising alerts for its hits. Unchanged parties (same data hash) are
 * neither written nor screened: re-sending the whole customer file daily costs reads only.
 *
 * Work goes in chunks, each one transaction (upserts, results and alerts commit together): a commit is
 * most of a write's cost on the embedded database, and a crash loses at most the chunk in progress,
 * which a re-import redoes (upsert is idempotent).
 */
export interface ImportPartiesInput {
  parties: readonly PartyInput[];
  /** Records refused while reading, reported back and counted in the audit entry. */
  errors?: readonly PartyRecordError[];
  source: string;
  actor: AuditActor;
}

export interface ImportPartiesReport {
  created: number;
  updated: number;
  unchanged: number;
  rejected: PartyRecordError[];
  screened: number;
  alerts: { raised: number; existing: number; suppressed: number };
  runId: number | null;
  ms: number;
}

const CHUNK = 500;

export async function importParties(db: Db, screening: { engine: MatchEngine } & ListsInForce, input: ImportPartiesInput): Promise<ImportPartiesReport> {
  const started = performance.now();
  const counts: Record<UpsertOutcome, number> = { created: 0, updated: 0, unchanged: 0 };
  const alerts = { raised: 0, existing: 0, suppressed: 0 };
  const threshold = screening.engine.defaultThreshold;
  let runId: number | null = null;
  let screened = 0;
  for (let i = 0; i < input.parties.length; i += CHUNK) {
    const chunk = input.parties.slice(i, i + CHUNK);
    await db.transaction(async (tx) => {
      const changed: PartyRow[] = [];
      for (const { party, outcome } of await upsertParties(tx, chunk)) {
        counts[outcome] += 1;
        if (outcome !== 'unchanged') changed.push(party);
      }
      if (changed.length === 0) return;
      runId ??= await startRun(tx, { kind: 'party-change', lists: screening, threshold, actor: input.actor });
      const items: Screened[] = changed.map((party) => {
        const query = partyQuery(party);
        return { party, query, matches: screening.engine.screen(query, { threshold, limit: PARTY_MATCH_LIMIT }).filter((m) => m.match) };
      });
      screened += items.length;
      const t = tally(await recordScreened(tx, runId, items, screening, threshold, true));
      alerts.raised += t.raised;
      alerts.existing += t.existing;
      alerts.suppressed += t.suppressed;
    });
  }
  const ms = Math.round(performance.now() - started);
  if (runId !== null) await finishRun(db, runId, input.actor, { partiesScreened: screened, alertsRaised: alerts.raised, stats: { ms, ...alerts } });
  await appendAudit(db, {
    actor: input.actor,
    action: 'party.import',
    subjectType: 'party_import',
    subjectId: input.source,
    payload: { ...counts, rejected: input.errors?.length ?? 0, screened, alertsRaised: alerts.raised, suppressed: alerts.suppressed, runId },
  });
  return { ...counts, rejected: [...(input.errors ?? [])], screened, alerts, runId, ms };
}
