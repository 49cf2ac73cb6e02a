import { sendAlertsToReview } from '../cases/alerts-repo.js';
import { systemActor } from '../cases/actor.js';
import type { AuditActor } from '../cases/audit-actions.js';
import type { SanctionedParty } from '../lists/model.js';
import type { ListStore } from '../lists/store.js';
import type { ListVersion } from '../lists/version.js';
import type { Match } from '../matching/engine.js';
import type { Query } from '../matching/query.js';
import type { ScreeningRunKind } from '../store/schema/index.js';
import type { Db } from '../store/database.js';
import { sql } from 'drizzle-orm';
import { queryRows } from '../store/rows.js';
import { nextTurn, TimeSlices } from '../util/event-loop.js';
import { DiffScreener } from './diff-screener.js';
import { diffOffThread } from './list-diff-off-thread.js';
import { ParallelDiffScreener } from './parallel-diff.js';
import { PARTY_MATCH_LIMIT, type ListsInForce } from './hits.js';
import { partyPages } from './party-pages.js';
import { partyQuery } from './party-query.js';
import { finishRun, recordScreened, startRun, tally, type Screened } from './run-record.js';
import type { LoadedEngine, ScreeningService } from './service.js';

/**
 * Re-screening the organisation's parties when the lists change.
 *
 * After a new list version: its diff to the version it replaces decides the work. Every party is
 * screened against only the added and identifying-amended listed parties (DiffScreener); alerts on
 * removed listed parties go to review (never released automatically: a freeze is lifted by a person,
 * outside this system). The time from the version's arrival to the last alert is measured, stored on
 * the run and in the audit log, and returned: it is the organisation's evidence of acting "without
 * delay".
 *
 * A full re-screen (every party against every listed party) is for a changed algorithm or threshold.
 */
export interface RescreenDeps {
  db: Db;
  store: ListStore;
  service: ScreeningService;
}

export interface RescreenReport {
  runId: number;
  kind: ScreeningRunKind;
  source?: string;
  version?: { hash: string; generatedAt: string | null; importedAt: string };
  previous?: { hash: string; generatedAt: string | null };
  diff?: { added: number; removed: number; amended: number; identifying: number };
  targets: number;
  partiesScreened: number;
  candidates: number;
  /** Worker threads the screening ran on (1: in process). */
  threads: number;
  alerts: { raised: number; existing: number; suppressed: number };
  sentToReview: number[];
  timings: { diffMs: number; screenMs: number; reviewMs: number; totalMs: number; arrivalToAlertsMs: number | null };
}

const WRITE_BATCH = 500;

function listsOf(loaded: LoadedEngine): ListsInForce {
  // The groups travel with the lists so alerts are keyed and explained by the links of exactly these
  // versions (without them recordScreened would look them up by hash, or link again: seconds).
  return { versions: loaded.versions, parties: loaded.parties, groups: loaded.groups };
}

/**
 * The other designations of the person behind the live alerts on a removed listed party that are still
 * in force: a person delisted by the UN but still on the UK or OFAC list stays designated there, and the
 * analyst reviewing the alert must read that before anything is released. Taken from the alerts' own
 * explanation (the designations they were raised with), checked against the lists in force now.
 */
async function stillDesignatedElsewhere(db: Db, listedPartyId: string, inForce: ReadonlyMap<string, SanctionedParty>): Promise<string[]> {
  const rows = await queryRows<{ explanation: unknown }>(
    db,
    sql`select explanation from alerts where listed_party_id = ${listedPartyId} and state in ('open', 'closed_true_match')`,
  );
  const still = new Set<string>();
  for (const row of rows) {
    const designations = (row.explanation as { designations?: { entityId?: unknown; source?: unknown; referenceNumber?: unknown }[] } | null)?.designations;
    if (!Array.isArray(designations)) continue;
    for (const d of designations) {
      if (typeof d.entityId !== 'string' || d.entityId === listedPartyId || !inForce.has(d.entityId)) continue;
      still.add(`${String(d.source)} ${String(d.referenceNumber)}`);
    }
  }
  return [...still].sort();
}

/** Screens a page of queries: matches per query, in order. */
type BatchScreen = (queries: Query[]) => Promise<Match[][]>;

/** How long in-process screening holds the thread before it lets other requests be answered. */
const SLICE_MS = 20;

/**
 * Screening on this thread, in slices of about SLICE_MS with a turn of the event loop between them:
 * a page of 5,000 parties took seconds, and the embedded database's answers never give the loop a
 * turn, so a server answered nothing else until the re-screen ended.
 */
const inProcess =
  (screen: (q: Query) => Match[]): BatchScreen =>
  async (queries) => {
    const out: Match[][] = [];
    const slices = new TimeSlices(SLICE_MS);
    for (const q of queries) {
      out.push(screen(q));
      await slices.pause();
    }
    return out;
  };

/** Below this many parties, starting worker threads (each builds its engines) costs more than it saves. */
export const PARALLEL_MIN_PARTIES = 50_000;

async function partyCount(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from parties`);
  return row?.n ?? 0;
}

/** Screen every party a page at a time, writing hits as they are found; returns the totals. */
async function screenEveryParty(db: Db, runId: number, lists: ListsInForce, threshold: number, screen: BatchScreen) {
  const alerts = { raised: 0, existing: 0, suppressed: 0 };
  let screened = 0;
  let pending: Screened[] = [];
  const flush = async () => {
    const t = tally(await recordScreened(db, runId, pending, lists, threshold, false));
    alerts.raised += t.raised;
    alerts.existing += t.existing;
    alerts.suppressed += t.suppressed;
    pending = [];
  };
  for await (const page of partyPages(db)) {
    const queries = page.map(partyQuery);
    const results = await screen(queries);
    page.forEach((party, i) => {
      if (results[i]!.length > 0) pending.push({ party, query: queries[i]!, matches: results[i]! });
    });
    screened += page.length;
    if (pending.length >= WRITE_BATCH) await flush();
    await nextTurn();
  }
  if (pending.length > 0) await flush();
  return { alerts, screened };
}

/**
 * React to a list version that has just been put in force. `previous` is the version of the same source
 * it replaced (none: the source is new, and every one of its parties is a target).
 */
export async function rescreenForNewVersion(
  deps: RescreenDeps,
  input: { current: ListVersion; previous?: ListVersion; actor?: AuditActor },
): Promise<RescreenReport> {
  const started = performance.now();
  const actor = input.actor ?? 'system:rescreen';
  const loaded = await deps.service.get();
  const { current, previous } = input;
  if (!loaded.versions.some((v) => v.hash === current.hash && v.source === current.source)) {
    throw new Error(`list version ${current.hash.slice(0, 12)} of ${current.source} is not in force; nothing to re-screen against`);
  }
  const currentParties = (await deps.store.load(current)).parties;
  const t0 = performance.now();
  let targets: SanctionedParty[];
  let removedIds: string[] = [];
  let diffSummary: RescreenReport['diff'];
  if (previous) {
    const diff = await diffOffThread(deps.store, previous, current, deps.service.savedEngines.report);
    const byRef = new Map(currentParties.map((p) => [p.referenceNumber, p]));
    const ids = new Set<string>([...diff.added.map((ref) => byRef.get(ref)!.id), ...diff.amended.filter((a) => a.identifying).map((a) => a.id)]);
    targets = currentParties.filter((p) => ids.has(p.id));
    // Removed parties are named by reference; the listed-party id is source + reference (model.ts).
    removedIds = diff.removed.map((ref) => `${current.source}:${ref}`);
    diffSummary = { added: diff.added.length, removed: diff.removed.length, amended: diff.amended.length, identifying: diff.amended.filter((a) => a.identifying).length };
  } else {
    targets = currentParties;
  }
  const diffMs = performance.now() - t0;

  const threshold = loaded.engine.defaultThreshold;
  const arrivedAt = new Date(current.importedAt);
  const runId = await startRun(deps.db, { kind: 'list-diff', lists: listsOf(loaded), threshold, actor, arrivedAt });
  const t1 = performance.now();
  let candidates = 0;
  let threads = 1;
  let outcome = { alerts: { raised: 0, existing: 0, suppressed: 0 }, screened: 0 };
  if (targets.length > 0) {
    if ((await partyCount(deps.db)) >= PARALLEL_MIN_PARTIES) {
      const pool = await ParallelDiffScreener.start([...loaded.parties.values()], loaded.engine.listVersions, targets, threshold, undefined, deps.service.savedEngines);
      try {
        threads = pool.threads;
        outcome = await screenEveryParty(deps.db, runId, listsOf(loaded), threshold, (qs) => pool.screen(qs));
        candidates = pool.candidates;
      } finally {
        await pool.close();
      }
    } else {
      const screener = new DiffScreener(loaded.engine, targets, { threshold });
      outcome = await screenEveryParty(deps.db, runId, listsOf(loaded), threshold, inProcess((q) => screener.screen(q)));
      candidates = screener.candidates;
    }
  }
  const { alerts, screened } = outcome;
  const screenMs = performance.now() - t1;

  const t2 = performance.now();
  const sentToReview: number[] = [];
  const why = `listed party removed from ${current.source} in version ${current.hash.slice(0, 12)} (${current.generatedAt ?? current.importedAt}): review; nothing is released automatically`;
  for (const listedPartyId of removedIds) {
    const elsewhere = await stillDesignatedElsewhere(deps.db, listedPartyId, loaded.parties);
    const reason = elsewhere.length > 0 ? `${why}; the person is still designated on ${elsewhere.join(', ')}` : why;
    sentToReview.push(...(await sendAlertsToReview(deps.db, { listedPartyId, reason }, systemActor('rescreen'))));
  }
  const reviewMs = performance.now() - t2;
  const arrivalToAlertsMs = Math.max(0, Date.now() - arrivedAt.getTime());
  const report: RescreenReport = {
    runId,
    kind: 'list-diff',
    source: current.source,
    version: { hash: current.hash, generatedAt: current.generatedAt ?? null, importedAt: current.importedAt },
    ...(previous ? { previous: { hash: previous.hash, generatedAt: previous.generatedAt ?? null } } : {}),
    ...(diffSummary ? { diff: diffSummary } : {}),
    targets: targets.length,
    partiesScreened: screened,
    candidates,
    threads,
    alerts,
    sentToReview,
    timings: { diffMs: Math.round(diffMs), screenMs: Math.round(screenMs), reviewMs: Math.round(reviewMs), totalMs: Math.round(performance.now() - started), arrivalToAlertsMs },
  };
  await finishRun(deps.db, runId, actor, { partiesScreened: screened, alertsRaised: alerts.raised, stats: statsOf(report) });
  return report;
}

/** Every party against every listed party in force. */
export async function rescreenAll(deps: RescreenDeps, actor: AuditActor): Promise<RescreenReport> {
  const started = performance.now();
  const loaded = await deps.service.get();
  const threshold = loaded.engine.defaultThreshold;
  const runId = await startRun(deps.db, { kind: 'full', lists: listsOf(loaded), threshold, actor });
  const { alerts, screened } = await screenEveryParty(deps.db, runId, listsOf(loaded), threshold, inProcess((q) => loaded.engine.screen(q, { threshold, limit: PARTY_MATCH_LIMIT }).filter((m) => m.match)));
  const totalMs = Math.round(performance.now() - started);
  const report: RescreenReport = {
    runId,
    kind: 'full',
    targets: loaded.parties.size,
    partiesScreened: screened,
    candidates: screened,
    threads: 1,
    alerts,
    sentToReview: [],
    timings: { diffMs: 0, screenMs: totalMs, reviewMs: 0, totalMs, arrivalToAlertsMs: null },
  };
  await finishRun(deps.db, runId, actor, { partiesScreened: screened, alertsRaised: alerts.raised, stats: statsOf(report) });
  return report;
}

function statsOf(r: RescreenReport): Record<string, unknown> {
  return {
    ...(r.source ? { source: r.source } : {}),
    ...(r.version ? { version: r.version.hash } : {}),
    ...(r.previous ? { previous: r.previous.hash } : {}),
    ...(r.diff ? { diff: r.diff } : {}),
    targets: r.targets,
    candidates: r.candidates,
    threads: r.threads,
    suppressed: r.alerts.suppressed,
    sentToReview: r.sentToReview.length,
    timings: r.timings,
  };
}
