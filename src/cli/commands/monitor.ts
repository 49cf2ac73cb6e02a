/**
 * `interdict monitor`: events in (JSON Lines, a JSON array, payments CSV or pacs.008 XML), one
 * decision line per event out, hits summarised on stderr. Exit 1 when any event is alerted,
 * blocked or refused (scripts can gate on it), 0 when all are allowed, 2 on a usage error.
 *
 * Every event goes through the message bus (in process here) to a worker that judges it against
 * the database's history and records it: the event and its outcome, each rule hit as a rule alert in
 * a case, the audit entries (src/monitoring/event-store.ts). An event recorded before (same kind and
 * id, this run or an earlier one) is printed as a duplicate and not judged again. --dry-run judges
 * without a database and records nothing.
 *
 * --backtest prints per-rule hit counts instead of decisions; --shadow-config runs a second
 * rule-pack version beside the configured one and prints the comparison, raising nothing for it
 * (both record nothing).
 *
 * `monitor publish --input` puts events on NATS JetStream (NATS_URL); `monitor worker` processes
 * them into the database (DATABASE_URL for several workers), see src/monitoring/bus-worker.ts.
 */
import type { Command } from 'commander';
import { InProcessBus } from '../../bus/in-process.js';
import { natsUrlFrom } from '../../bus/open.js';
import { ListFormatError } from '../../lists/errors.js';
import { ListStore } from '../../lists/store.js';
import { backtest } from '../../monitoring/backtest.js';
import { messageId, publishEvents, startWorker } from '../../monitoring/bus-worker.js';
import { EventValidationError } from '../../monitoring/errors.js';
import type { ProcessedEvent } from '../../monitoring/event-store.js';
import { readEventsFile, type MonitoringEvent } from '../../monitoring/events.js';
import { DEFAULT_CONSUMER, DEFAULT_STREAM, DEFAULT_SUBJECT } from '../../bus/names.js';
import { listsInForce, loadMonitor } from '../../monitoring/load-monitor.js';
import { InMemoryHistory } from '../../monitoring/history.js';
import { decisionLine, type Decision } from '../../monitoring/process.js';
import { loadReference } from '../../monitoring/reference/load.js';
import { prepareReference } from '../../monitoring/reference/prepared.js';
import { runEvents } from '../../monitoring/runner.js';
import { buildMonitor, savedScreeningBase } from '../../monitoring/setup.js';
import { engineStartText, reportToStderr } from '../../matching/saved-engine.js';
import { shadowRun } from '../../monitoring/shadow.js';
import { databaseUrlFrom } from '../../store/config.js';
import { openDatabase } from '../../store/database.js';
import { cliActor, withDatabase } from '../../store/with-database.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { resolveDataDir, type GlobalOptions } from '../context.js';
import { CliError, EXIT_FINDINGS_OR_FAILURE, EXIT_OK, usageError } from '../exit-codes.js';
import { readStrictText } from '../../util/strict-text.js';

interface MonitorOptions {
  input?: string;
  output?: string;
  packConfig?: string;
  reference?: string;
  backtest?: boolean;
  shadowConfig?: string;
  dryRun?: boolean;
}

interface BusOptions {
  stream?: string;
  subject?: string;
  consumer?: string;
  ackWaitMs?: string;
  batch?: string;
}

async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readStrictText(path);
  } catch (err) {
    throw new CliError(`${what} ${path}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliError(`${what} ${path}: not valid JSON (${(err as Error).message})`);
  }
}

function summary(d: Decision): string {
  const hits = d.ruleHits.map((h) => `${h.code}${h.hardControl ? `[${h.hardControl}]` : ''}`).join(', ');
  const listed = d.screeningHits.map((h) => `${h.role}: ${h.screened} ~ ${h.caption} (${h.referenceNumber}, ${h.score})`).join('; ');
  return `${d.eventId} ${d.kind} ${d.date}: ${d.decision.toUpperCase()} ${hits}${listed ? ` | ${listed}` : ''}${d.errors.length ? ` | rule errors: ${d.errors.map((e) => `${e.code}: ${e.message}`).join('; ')}` : ''}`;
}

async function readEvents(input: string): Promise<MonitoringEvent[]> {
  try {
    return await readEventsFile(input);
  } catch (err) {
    if (err instanceof EventValidationError || err instanceof ListFormatError) throw new CliError(`refused ${input}: ${err.message}`);
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(`${input}: no such file`);
    throw err;
  }
}

function configError(err: unknown): never {
  if (err instanceof EventValidationError || (err instanceof Error && /invalid CEL/.test(err.message))) throw new CliError(err.message);
  throw err;
}

function dataDirOf(cmd: Command): string {
  return resolveDataDir(cmd.optsWithGlobals<GlobalOptions>().dataDir);
}

/**
 * Events through the in-process bus to one worker on the database, in date order; outcomes by
 * message id. The bus drops an id published twice in this batch; the database reports one recorded
 * by an earlier run.
 */
async function recordThroughBus(dataDir: string, events: MonitoringEvent[], live: Parameters<typeof startWorker>[2]): Promise<Map<string, ProcessedEvent>> {
  return withDatabase(dataDir, async (database) => {
    const bus = new InProcessBus();
    const done = new Map<string, ProcessedEvent>();
    const { published } = await publishEvents(bus, events);
    let finish!: () => void;
    const allDone = new Promise<void>((resolve) => (finish = resolve));
    if (published === 0) finish();
    let failure: Error | undefined;
    const worker = await startWorker(bus, database.db, live, {
      actor: cliActor(),
      onOutcome: (p) => {
        done.set(messageId({ kind: p.outcome.kind, id: p.outcome.eventId }), p);
        if (done.size === published) finish();
      },
      // The in-process bus would deliver the event again and again: a database failure ends the run.
      onError: (id, err) => {
        failure ??= new CliError(`event ${id} could not be recorded: ${err.message}`);
        finish();
      },
    });
    await allDone;
    await bus.close();
    await worker.stop();
    if (failure) throw failure;
    return done;
  });
}

export function registerMonitorCommands(program: Command): void {
  const monitor = program
    .command('monitor')
    .description('screen events (payments, oil cargoes, cultural objects, party flags) and run the rule packs; one decision line per event')
    .option('--input <file>', 'events: .jsonl, .json (array), .csv (payments) or .xml (pacs.008)')
    .option('--output <file>', 'write decision lines here (written whole at the end) instead of stdout')
    .option('--pack-config <file>', 'rule-pack configuration (JSON): version, screening threshold, rule overrides, custom rules')
    .option('--reference <dir>', 'directory whose reference files replace the shipped ones of the same name')
    .option('--backtest', 'print hits per rule and decisions per kind instead of decision lines (raises nothing)')
    .option('--shadow-config <file>', 'run this second configuration in shadow beside --pack-config and print the comparison to stderr')
    .option('--dry-run', 'judge the events without recording anything (no database)')
    .action(async (opts: MonitorOptions, cmd: Command) => {
      if (!opts.input) throw usageError('--input <file> is required');
      const events = await readEvents(opts.input);
      const packConfig = opts.packConfig ? await readJsonFile(opts.packConfig, 'pack config') : undefined;
      const shadowConfig = opts.shadowConfig ? await readJsonFile(opts.shadowConfig, 'shadow config') : undefined;

      const store = new ListStore(dataDirOf(cmd));
      await store.ensureBundledUn();
      const { parties, listVersions } = await listsInForce(store);
      process.stderr.write(`screening against ${listVersions.map((v) => `${v.source} ${v.hash.slice(0, 12)}`).join(', ')} (${parties.length} parties)\n`);

      const base = await savedScreeningBase(store.dataDir, parties, listVersions, reportToStderr);
      process.stderr.write(`${engineStartText(base.start)}\n`);
      let live, shadow;
      try {
        const reference = prepareReference(loadReference(opts.reference));
        live = buildMonitor(base, { reference, packConfig, ...(opts.packConfig ? { packConfigFile: opts.packConfig } : {}) });
        if (shadowConfig !== undefined) shadow = buildMonitor(base, { reference, packConfig: shadowConfig, ...(opts.shadowConfig ? { packConfigFile: opts.shadowConfig } : {}) });
      } catch (err) {
        configError(err);
      }
      process.stderr.write(`rule pack ${live.pack.id}: ${live.pack.rules.length} rules\n`);

      const emit = async (text: string): Promise<void> => {
        if (opts.output) await writeFileAtomic(opts.output, text);
        else process.stdout.write(text);
      };

      if (opts.backtest) {
        const report = backtest(events, live);
        await emit(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }

      let decisions: Decision[];
      const lines: string[] = [];
      if (shadow) {
        const r = shadowRun(events, live, shadow);
        decisions = r.decisions;
        for (const d of decisions) lines.push(decisionLine(d));
        process.stderr.write(`shadow comparison:\n${JSON.stringify(r.report, null, 2)}\n`);
      } else if (opts.dryRun) {
        decisions = [];
        for (const r of runEvents(events, { ...live, history: new InMemoryHistory() })) {
          if (r.duplicate) lines.push(JSON.stringify({ eventId: r.eventId, duplicate: true }));
          else {
            decisions.push(r.decision);
            lines.push(decisionLine(r.decision));
          }
        }
      } else {
        decisions = [];
        const done = await recordThroughBus(dataDirOf(cmd), events, live);
        const printed = new Set<string>();
        let cases = 0;
        for (const e of events) {
          const id = messageId(e);
          const p = done.get(id);
          if (!p || printed.has(id) || !p.decision) {
            lines.push(JSON.stringify({ eventId: e.id, duplicate: true }));
            continue;
          }
          printed.add(id);
          decisions.push(p.decision);
          if (p.outcome.caseId !== null) cases += 1;
          lines.push(`${decisionLine(p.decision).slice(0, -1)},"caseId":${JSON.stringify(p.outcome.caseId)},"ruleAlertIds":${JSON.stringify(p.outcome.ruleAlertIds)}}`);
        }
        process.stderr.write(`recorded ${decisions.length} events; ${cases} cases opened; ${events.length - decisions.length} duplicates not judged again\n`);
      }
      await emit(lines.length ? `${lines.join('\n')}\n` : '');
      const flagged = decisions.filter((d) => d.decision !== 'allow');
      for (const d of flagged) process.stderr.write(`${summary(d)}\n`);
      const count = (k: string): number => decisions.filter((d) => d.decision === k).length;
      process.stderr.write(`${decisions.length} events: ${count('allow')} allowed, ${count('alert')} alerted, ${count('block')} blocked, ${count('refuse')} refused\n`);
      process.exitCode = flagged.length > 0 ? EXIT_FINDINGS_OR_FAILURE : EXIT_OK;
    });

  const busOptions = (c: Command): Command =>
    c
      .option('--stream <name>', 'JetStream stream name', DEFAULT_STREAM)
      .option('--subject <subject>', 'subject the events are published on', DEFAULT_SUBJECT)
      .option('--consumer <name>', 'durable consumer shared by the workers', DEFAULT_CONSUMER)
      .option('--ack-wait-ms <ms>', 'redeliver an event not acked within this time (a dead worker\'s)', '30000')
      .option('--batch <n>', 'events a worker records per transaction at most (it pulls up to two batches ahead)', '512');

  const natsOptions = (o: BusOptions): { url: string; stream?: string; subject?: string; consumer?: string; ackWaitMs?: number; batch: number } => {
    const url = natsUrlFrom();
    if (!url) throw usageError('set NATS_URL (nats://host:4222) to use the JetStream bus');
    const ackWaitMs = Number(o.ackWaitMs ?? 30000);
    if (!Number.isInteger(ackWaitMs) || ackWaitMs < 100) throw usageError('--ack-wait-ms must be a whole number of milliseconds, at least 100');
    const batch = Number(o.batch ?? 512);
    if (!Number.isInteger(batch) || batch < 1 || batch > 1000) throw usageError('--batch must be a whole number from 1 to 1000');
    return { url, ...(o.stream ? { stream: o.stream } : {}), ...(o.subject ? { subject: o.subject } : {}), ...(o.consumer ? { consumer: o.consumer } : {}), ackWaitMs, batch };
  };

  busOptions(
    monitor
      .command('publish')
      .description('validate events and publish them to NATS JetStream (NATS_URL), one message per event, the event id as message id; takes monitor\'s --input'),
  ).action(async (_opts: BusOptions, cmd: Command) => {
    // `monitor`'s own options (--input, --pack-config, --reference) are parsed by monitor even after
    // the subcommand's name (commander), so subcommands read them from there.
    const opts = cmd.optsWithGlobals<BusOptions & MonitorOptions>();
    if (!opts.input) throw usageError('--input <file> is required');
    const events = await readEvents(opts.input);
    const { JetStreamBus } = await import('../../bus/jetstream.js');
    const bus = await JetStreamBus.connect(natsOptions(opts));
    try {
      const r = await publishEvents(bus, events);
      process.stdout.write(`${JSON.stringify({ stream: bus.stream, subject: bus.subject, ...r })}\n`);
    } finally {
      await bus.close();
    }
  });

  busOptions(
    monitor
      .command('worker')
      .description('process events from NATS JetStream (NATS_URL) into the database (DATABASE_URL for several workers); one outcome line per event; stops on SIGTERM/SIGINT; takes monitor\'s --pack-config and --reference'),
  ).action(async (_opts: BusOptions, cmd: Command) => {
    const opts = cmd.optsWithGlobals<BusOptions & MonitorOptions>();
    const nats = natsOptions(opts);
    const dataDir = dataDirOf(cmd);
    const packConfig = opts.packConfig ? await readJsonFile(opts.packConfig, 'pack config') : undefined;
    const store = new ListStore(dataDir);
    await store.ensureBundledUn();
    let loaded;
    try {
      loaded = await loadMonitor(store, { ...(opts.reference ? { referenceDir: opts.reference } : {}), packConfig, ...(opts.packConfig ? { packConfigFile: opts.packConfig } : {}) });
    } catch (err) {
      configError(err);
    }
    const database = await openDatabase({ dataDir, databaseUrl: databaseUrlFrom() });
    const { JetStreamBus } = await import('../../bus/jetstream.js');
    const bus = await JetStreamBus.connect(nats);
    process.stderr.write(`worker ${process.pid}: ${bus.stream}/${bus.consumer} -> ${database.location}; rule pack ${loaded.monitor.pack.id}; ${loaded.parties} listed parties; ${engineStartText(loaded.engineStart)}\n`);
    const sub = await startWorker(bus, database.db, loaded.monitor, {
      actor: `system:monitor-worker`,
      // One write per batch, not per event: the same lines, without a write call (a system call
      // when stdout is a file or a pipe) for each event.
      onOutcomes: (processed) => {
        let lines = '';
        for (const { outcome } of processed) lines += `${JSON.stringify({ eventId: outcome.eventId, kind: outcome.kind, outcome: outcome.outcome, duplicate: outcome.duplicate, caseId: outcome.caseId })}\n`;
        if (lines !== '') process.stdout.write(lines);
      },
      onPoison: (id, err) => process.stderr.write(`message ${id} dropped: ${err.message}\n`),
    });
    await new Promise<void>((resolve) => {
      process.once('SIGTERM', resolve);
      process.once('SIGINT', resolve);
    });
    await sub.stop();
    await bus.close();
    await database.close();
  });
}
