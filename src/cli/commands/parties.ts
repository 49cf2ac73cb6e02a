import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { ListStore } from '../../lists/store.js';
import { importParties } from '../../parties/import.js';
import { partyFormatOf, readParties, type PartyFileFormat } from '../../parties/read.js';
import { recordVersionsInForce } from '../../screening/list-arrival.js';
import { rescreenAll } from '../../screening/rescreen.js';
import { ScreeningService } from '../../screening/service.js';
import { DataDirLockedError } from '../../store/data-dir-lock.js';
import { cliActor, withDatabase } from '../../store/with-database.js';
import { resolveDataDir, type GlobalOptions } from '../context.js';
import { CliError, usageError } from '../exit-codes.js';

/**
 * `interdict parties import FILE` and `interdict parties rescreen`: the same work as POST
 * /parties/import and POST /rescreen, for PostgreSQL deployments and for the embedded database while
 * no server holds it (a running server owns the embedded data directory: use the API then).
 */
function dataDirOf(cmd: Command): string {
  return resolveDataDir(cmd.optsWithGlobals<GlobalOptions>().dataDir);
}

async function withLists<T>(dataDir: string, work: (deps: { store: ListStore; service: ScreeningService }, db: Parameters<Parameters<typeof withDatabase>[1]>[0]) => Promise<T>): Promise<T> {
  const store = new ListStore(dataDir);
  await store.ensureBundledUn();
  try {
    return await withDatabase(dataDir, async (database) => {
      await recordVersionsInForce(database.db, store, cliActor());
      return work({ store, service: new ScreeningService(store) }, database);
    });
  } catch (err) {
    if (err instanceof DataDirLockedError) throw new CliError(`${err.message}\n(a server holds the embedded database: send the file to POST /parties/import instead)`);
    throw err;
  }
}

export function registerPartiesCommands(program: Command): void {
  const parties = program.command('parties').description("the organisation's customers and counterparties: import (screened at once), re-screen");

  parties
    .command('import <file>')
    .description('import parties (CSV with a header row, or JSON Lines; columns: id plus the query properties), upsert by id, screen each change')
    .option('--format <format>', 'csv or jsonl (default: from the file name)')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, opts: { format?: string; json?: boolean }, cmd: Command) => {
      if (opts.format && opts.format !== 'csv' && opts.format !== 'jsonl') throw usageError(`--format must be csv or jsonl, not "${opts.format}"`);
      const format = (opts.format as PartyFileFormat | undefined) ?? partyFormatOf(file);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
      } catch (err) {
        throw new CliError(`${file}: ${err instanceof TypeError ? 'not UTF-8' : (err as Error).message}`);
      }
      const read = readParties(text, format);
      const report = await withLists(dataDirOf(cmd), async ({ service }, database) => {
        const loaded = await service.get();
        return importParties(database.db, { engine: loaded.engine, versions: loaded.versions, parties: loaded.parties, groups: loaded.groups }, { parties: read.parties, errors: read.errors, source: `cli:${basename(file)}`, actor: cliActor() });
      });
      for (const e of report.rejected) process.stderr.write(`${file}: ${e.message}\n`);
      if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else {
        process.stdout.write(
          `${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected.length} rejected; ` +
            `${report.screened} screened, ${report.alerts.raised} alerts raised (${report.alerts.suppressed} suppressed by the allow-list) in ${report.ms} ms\n`,
        );
      }
      if (report.rejected.length > 0) process.exitCode = 1;
    });

  parties
    .command('rescreen')
    .description('re-screen every party against every list in force (after a threshold or algorithm change)')
    .option('--json', 'print the report as JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const report = await withLists(dataDirOf(cmd), (deps, database) => rescreenAll({ db: database.db, ...deps }, cliActor()));
      if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else process.stdout.write(`${report.partiesScreened} parties screened, ${report.alerts.raised} alerts raised, ${report.alerts.suppressed} suppressed, in ${report.timings.totalMs} ms\n`);
    });
}
