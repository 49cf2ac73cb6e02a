/**
 * `interdict monitor`: events in (JSON Lines, a JSON array, payments CSV or pacs.008 XML), one
 * decision line per event out, hits summarised on stderr. Exit 1 when any event is alerted,
 * blocked or refused (scripts can gate on it), 0 when all are allowed, 2 on a usage error.
 *
 * --backtest prints per-rule hit counts instead of decisions; --shadow-config runs a second
 * rule-pack version beside the configured one and prints the comparison, raising nothing for it.
 * Alerts are not yet written into cases: that comes with the case store.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { ListFormatError } from '../../lists/errors.js';
import type { SanctionedParty } from '../../lists/model.js';
import { ListStore } from '../../lists/store.js';
import { backtest } from '../../monitoring/backtest.js';
import { EventValidationError } from '../../monitoring/errors.js';
import { readEventsFile } from '../../monitoring/events.js';
import { InMemoryHistory } from '../../monitoring/history.js';
import { decisionLine, type Decision } from '../../monitoring/process.js';
import { loadReference } from '../../monitoring/reference/load.js';
import { prepareReference } from '../../monitoring/reference/prepared.js';
import { runEvents } from '../../monitoring/runner.js';
import { buildMonitor, buildScreeningBase } from '../../monitoring/setup.js';
import { shadowRun } from '../../monitoring/shadow.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { resolveDataDir, type GlobalOptions } from '../context.js';
import { CliError, EXIT_FINDINGS_OR_FAILURE, EXIT_OK, usageError } from '../exit-codes.js';

interface MonitorOptions {
  input?: string;
  output?: string;
  packConfig?: string;
  reference?: string;
  backtest?: boolean;
  shadowConfig?: string;
}

async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
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

export function registerMonitorCommands(program: Command): void {
  program
    .command('monitor')
    .description('screen events (payments, oil cargoes, cultural objects, party flags) and run the rule packs; one decision line per event')
    .option('--input <file>', 'events: .jsonl, .json (array), .csv (payments) or .xml (pacs.008)')
    .option('--output <file>', 'write decision lines here (written whole at the end) instead of stdout')
    .option('--pack-config <file>', 'rule-pack configuration (JSON): version, screening threshold, rule overrides, custom rules')
    .option('--reference <dir>', 'directory whose reference files replace the shipped ones of the same name')
    .option('--backtest', 'print hits per rule and decisions per kind instead of decision lines (raises nothing)')
    .option('--shadow-config <file>', 'run this second configuration in shadow beside --pack-config and print the comparison to stderr')
    .action(async (opts: MonitorOptions, cmd: Command) => {
      if (!opts.input) throw usageError('--input <file> is required');
      let events;
      try {
        events = await readEventsFile(opts.input);
      } catch (err) {
        if (err instanceof EventValidationError || err instanceof ListFormatError) throw new CliError(`refused ${opts.input}: ${err.message}`);
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(`${opts.input}: no such file`);
        throw err;
      }
      const packConfig = opts.packConfig ? await readJsonFile(opts.packConfig, 'pack config') : undefined;
      const shadowConfig = opts.shadowConfig ? await readJsonFile(opts.shadowConfig, 'shadow config') : undefined;

      const store = new ListStore(resolveDataDir(cmd.optsWithGlobals<GlobalOptions>().dataDir));
      await store.ensureBundledUn();
      const parties: SanctionedParty[] = [];
      const listVersions: { source: string; hash: string }[] = [];
      for (const source of await store.sources()) {
        const v = await store.inForce(source);
        if (!v) continue;
        parties.push(...(await store.load(v)).parties);
        listVersions.push({ source, hash: v.hash });
      }
      process.stderr.write(`screening against ${listVersions.map((v) => `${v.source} ${v.hash.slice(0, 12)}`).join(', ')} (${parties.length} parties)\n`);

      let live, shadow;
      try {
        const reference = prepareReference(loadReference(opts.reference));
        const base = buildScreeningBase(parties, listVersions);
        live = buildMonitor(base, { reference, packConfig, ...(opts.packConfig ? { packConfigFile: opts.packConfig } : {}) });
        if (shadowConfig !== undefined) shadow = buildMonitor(base, { reference, packConfig: shadowConfig, ...(opts.shadowConfig ? { packConfigFile: opts.shadowConfig } : {}) });
      } catch (err) {
        if (err instanceof EventValidationError || (err instanceof Error && /invalid CEL/.test(err.message))) throw new CliError(err.message);
        throw err;
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
      } else {
        decisions = [];
        for (const r of runEvents(events, { ...live, history: new InMemoryHistory() })) {
          if (r.duplicate) lines.push(JSON.stringify({ eventId: r.eventId, duplicate: true }));
          else {
            decisions.push(r.decision);
            lines.push(decisionLine(r.decision));
          }
        }
      }
      await emit(lines.length ? `${lines.join('\n')}\n` : '');
      const flagged = decisions.filter((d) => d.decision !== 'allow');
      for (const d of flagged) process.stderr.write(`${summary(d)}\n`);
      const count = (k: string): number => decisions.filter((d) => d.decision === k).length;
      process.stderr.write(`${decisions.length} events: ${count('allow')} allowed, ${count('alert')} alerted, ${count('block')} blocked, ${count('refuse')} refused\n`);
      process.exitCode = flagged.length > 0 ? EXIT_FINDINGS_OR_FAILURE : EXIT_OK;
    });
}
