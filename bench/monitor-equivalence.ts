/**
 * `BENCH_AB_BASE=/path/to/base/checkout node --import tsx bench/monitor-equivalence.ts`: checks that
 * this checkout records exactly what another one does. Each side (its own sources, as in
 * bench/monitor-ab.ts) records the same events into a fresh PostgreSQL database of its own
 * (bench/bench-database.ts) with a fixed clock, in batches of 512: BENCH_EQ_EVENTS generated events
 * (default 3,000) of one seed, as many of a second seed (same customers and counterparties, same
 * dates: a history that is read back), a batch of flag events that reuse stored payments' ids (an
 * id stored under another kind), and 100 of the first events again (a redelivery). Then it
 * compares, as text, every answer (outcomes and decisions) and every row of monitoring_events,
 * monitoring_history, rule_alerts, cases and audit_log, and verifies each side's audit chain.
 * Prints the row counts and the first differences; exits 1 on any difference.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { bundledUnList, repoRoot } from '../eval/lib/paths.js';
import { readUnXml } from '../src/lists/un.js';
import { createBenchDatabase } from './bench-database.js';
import { generateEvents } from './monitor-events.js';

const baseRoot = process.env.BENCH_AB_BASE;
if (!baseRoot) {
  process.stderr.write('set BENCH_AB_BASE to the checkout to compare against (e.g. a git worktree of the base commit)\n');
  process.exit(2);
}
const N = Number(process.env.BENCH_EQ_EVENTS ?? 3000);
const BATCH = 512;
const NOW = new Date('2026-01-01T00:00:00Z');
const TABLES = ['monitoring_events', 'monitoring_history', 'rule_alerts', 'cases', 'audit_log'];
const snap = await readUnXml({ path: bundledUnList });

/** The raw events, in recording order, as batches. */
function batches(): unknown[][] {
  const first = generateEvents(N, 'eq-first');
  const second = generateEvents(N, 'eq-second');
  // Flags under the ids of stored payments, about those payments' payers, each followed by a cash
  // payment of the same payer: the in-memory history holds the stored id already and skips the
  // flag's records, so whether KFR-1 sees the kidnapping flag depends on that id being loaded.
  const reused: unknown[] = [];
  for (const e of second as { kind: string; id: string; date: string; debtor?: unknown }[]) {
    if (reused.length >= 60) break;
    if (e.kind !== 'payment' || !e.debtor) continue;
    reused.push({ kind: 'flag', id: e.id, date: e.date, flag: reused.length % 4 === 0 ? 'kidnapping' : 'loan-drawn', party: e.debtor });
    reused.push({ ...e, id: `${e.id}-after`, channel: 'atm', amount: '300000.00 USD' });
  }
  const out: unknown[][] = [];
  for (const list of [first, second]) for (let i = 0; i < list.length; i += BATCH) out.push(list.slice(i, i + BATCH));
  out.push(reused, first.slice(0, 100));
  return out;
}

async function record(root: string): Promise<{ answers: string[]; tables: Map<string, string[]>; chain: unknown }> {
  const load = (p: string) => import(join(root, 'src', p));
  const [setup, evs, store, db, ref, prep, verify] = await Promise.all(
    ['monitoring/setup.ts', 'monitoring/events.ts', 'monitoring/event-store.ts', 'store/database.ts', 'monitoring/reference/load.ts', 'monitoring/reference/prepared.ts', 'cases/audit-verify.ts'].map(load),
  );
  const monitor = setup.buildMonitor(setup.buildScreeningBase(snap.parties, [{ source: 'un', hash: 'bundled-2026-01-28' }]), { reference: prep.prepareReference(ref.loadReference()) });
  const dir = mkdtempSync(join(tmpdir(), 'interdict-bench-eq-'));
  const scratch = await createBenchDatabase();
  const database = await db.openDatabase({ dataDir: dir, databaseUrl: scratch.url });
  const client = new pg.Client({ connectionString: scratch.url });
  try {
    const answers: string[] = [];
    let n = 0;
    for (const raw of batches()) {
      const events = raw.map((e) => evs.parseEvent(e, `event ${n++}`));
      for (const p of await store.processAndStoreBatch(database.db, monitor, events, { actor: 'system:bench', now: NOW })) answers.push(JSON.stringify(p));
    }
    await client.connect();
    const tables = new Map<string, string[]>();
    for (const t of TABLES) tables.set(t, (await client.query<{ r: string }>(`select row_to_json(t)::text as r from ${t} t order by ${t === 'audit_log' ? 'seq' : 'id'}`)).rows.map((x) => x.r));
    return { answers, tables, chain: await verify.verifyAuditChain(database.db) };
  } finally {
    await client.end().catch(() => undefined);
    await database.close();
    await scratch.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const a = await record(resolve(baseRoot));
const b = await record(repoRoot);
let differences = 0;
const compare = (what: string, x: string[], y: string[]): void => {
  let d = Math.abs(x.length - y.length);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    if (d++ < 3) process.stderr.write(`${what} #${i} differs:\n  A ${x[i]!.slice(0, 400)}\n  B ${y[i]!.slice(0, 400)}\n`);
  }
  differences += d;
  process.stdout.write(`${what}: ${x.length} / ${y.length} rows, ${d} different\n`);
};
compare('answers', a.answers, b.answers);
for (const t of TABLES) compare(t, a.tables.get(t)!, b.tables.get(t)!);
process.stdout.write(`audit chain: A ${JSON.stringify(a.chain)}, B ${JSON.stringify(b.chain)}\n`);
const ok = (c: unknown): boolean => (c as { ok?: boolean }).ok === true;
if (differences > 0 || !ok(a.chain) || !ok(b.chain)) process.exitCode = 1;
process.stdout.write(differences === 0 ? 'identical\n' : `${differences} differences\n`);
