import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { ReportIssue } from '../../reports/build-context.js';
import { check, FilingError, markFiled, prepare, storedCopy, type FilingRecord } from '../../reports/filing.js';
import { lookupsFromXsd } from '../../reports/fiu-lookups.js';
import { FiuProfileError, loadProfile, type LoadedProfile } from '../../reports/fiu-profile.js';
import { generateCulturalProperty, generateFreeze, generateGoaml, generateInterdiction, type Generated } from '../../reports/generate.js';
import { formatIssue, validateGoamlXml } from '../../reports/goaml-validate.js';
import { loadCutoffs, loadInterdictionHsScope, type CutoffRegime } from '../../reports/reference.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { findUser } from '../../auth/users-repo.js';
import { ListStore } from '../../lists/store.js';
import { CaseNotFoundError } from '../../reports/case-data.js';
import { prepareFromCase, type PrepareRequest } from '../../reports/prepare-from-case.js';
import { reportHtml, reportView, type ReportView } from '../../reports/report-view.js';
import { loadReportingSettings, ReportingSettingsError } from '../../reports/reporting-settings.js';
import { approveReport, createReport, fileReport, getReport, listReports, recordExport, ReportNotFoundError, returnReport } from '../../reports/reports-repo.js';
import { DataDirLockedError } from '../../store/data-dir-lock.js';
import type { Database } from '../../store/database.js';
import { REPORT_KINDS, type ReportKind } from '../../store/schema/reports.js';
import { cliActor, withDatabase } from '../../store/with-database.js';
import { resolveDataDir, type GlobalOptions } from '../context.js';
import { CliError, EXIT_FINDINGS_OR_FAILURE, usageError } from '../exit-codes.js';
import { readStrictText } from '../../util/strict-text.js';

/**
 * `interdict report ...`: build a report from a case file, validate it, write the authority's file
 * (goAML XML, or JSON for the interdiction pack) and a printable HTML page; with --maker, keep a
 * stored copy and start the four-eyes filing record (`report check`, then `report filed`).
 */

interface CommonOpts {
  case: string;
  profile?: string;
  output?: string;
  html?: string;
  maker?: string;
}

function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readStrictText(path);
  } catch (err) {
    throw new CliError(`cannot read ${what} ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliError(`${what} ${path} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

async function profileFor(path: string | undefined): Promise<LoadedProfile> {
  try {
    return await loadProfile(path);
  } catch (err) {
    if (err instanceof FiuProfileError) throw new CliError(err.message);
    throw err;
  }
}

function refuse(kind: string, issues: readonly ReportIssue[]): CliError {
  return new CliError(`${kind} refused, ${issues.length} problem(s) in the case file:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`, EXIT_FINDINGS_OR_FAILURE);
}

async function writeOut(path: string, content: string, label: string): Promise<void> {
  await writeFileAtomic(path, content);
  out(`wrote ${label} ${path} (sha256 ${storedCopy(content, 'text/plain').sha256})`);
}

/** Keep the exact bytes for filing and start the four-eyes record. */
async function startFiling(cmd: Command, kind: string, reference: string, content: string, mediaType: string, ext: string, maker: string): Promise<void> {
  const dir = join(resolveDataDir(cmd.optsWithGlobals<GlobalOptions>().dataDir), 'reports');
  const copy = storedCopy(content, mediaType);
  const copyPath = join(dir, `${copy.sha256}.${ext}`);
  await writeFileAtomic(copyPath, content);
  // The reference comes from the case file: keep it to characters that cannot leave the directory.
  const reportId = `${kind}-${String(reference).replace(/[^A-Za-z0-9._-]/g, '_')}`;
  const record = prepare({ reportId, kind, maker, copy: { ...copy, path: copyPath }, at: new Date() });
  const recordPath = join(dir, `${record.reportId}.filing.json`);
  await writeFileAtomic(recordPath, `${JSON.stringify(record, null, 2)}\n`);
  out(`prepared by ${maker}: stored copy ${copyPath}; filing record ${recordPath} (next: report check, by another person)`);
}

interface Payload {
  content: string;
  mediaType: string;
  ext: string;
}

/**
 * Write what was built: the HTML (even for a refused report, so its problems can be read on the
 * page), then, only when valid, the main output and the goAML file; with --maker, the authority's
 * file (goAML when there is one) becomes the stored copy the four-eyes record binds to.
 */
async function emit(cmd: Command, kind: string, reference: string, g: Generated<unknown>, opts: CommonOpts & { goaml?: string }, main: Payload | undefined): Promise<void> {
  if (opts.html && g.html) await writeOut(opts.html, g.html, 'HTML');
  if (!g.ok || !main) throw refuse(kind, g.issues);
  if (opts.goaml && g.xml) await writeOut(opts.goaml, g.xml, 'goAML');
  if (opts.output) await writeOut(opts.output, main.content, kind);
  else process.stdout.write(main.content);
  const filed: Payload = g.xml ? { content: g.xml, mediaType: 'application/xml', ext: 'xml' } : main;
  if (opts.maker) await startFiling(cmd, kind, reference, filed.content, filed.mediaType, filed.ext, opts.maker);
}

const asJson = (value: unknown): Payload => ({ content: `${JSON.stringify(value, null, 2)}\n`, mediaType: 'application/json', ext: 'json' });

function withCommon(c: Command, output: string): Command {
  return c
    .requiredOption('--case <file>', 'the case file (JSON; see docs/reports.md)')
    .option('--output <file>', `${output} (default: stdout)`)
    .option('--html <file>', 'also write a printable HTML page')
    .option('--maker <name>', 'prepare it for filing as this person: keeps a stored copy and starts the four-eyes record');
}

async function loadRecord(path: string): Promise<FilingRecord> {
  return (await readJson(path, 'filing record')) as FilingRecord;
}

/** The checker and the filer act on the stored bytes: their hash is recomputed, never trusted. */
async function storedHash(record: FilingRecord): Promise<string> {
  if (!record.copy?.path) throw new CliError(`filing record ${record.reportId} has no stored copy`);
  return storedCopy(await readFile(record.copy.path), record.copy.mediaType).sha256;
}

async function saveRecord(path: string, record: FilingRecord): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(record, null, 2)}\n`);
  out(`${record.reportId}: ${record.state} (sha256 ${record.copy.sha256})`);
}

function filingError(err: unknown): unknown {
  return err instanceof FilingError ? new CliError(err.message) : err;
}

/** Run against the data directory's database; the errors a user can act on become CLI errors. */
async function onDatabase<T>(cmd: Command, work: (database: Database, dataDir: string) => Promise<T>): Promise<T> {
  const dataDir = resolveDataDir(cmd.optsWithGlobals<GlobalOptions>().dataDir);
  try {
    return await withDatabase(dataDir, (database) => work(database, dataDir));
  } catch (err) {
    if (err instanceof DataDirLockedError) throw new CliError(`${err.message}\n(a server holds the embedded database: use the API, POST /cases/{id}/reports and /reports/{id}/...)`);
    if (err instanceof FilingError || err instanceof ReportingSettingsError || err instanceof ReportNotFoundError || err instanceof CaseNotFoundError) throw new CliError(err.message);
    throw err;
  }
}

/** The person acting must be a user Interdict knows (created with an API key), so four eyes compare real people. */
async function knownUser(database: Database, name: string): Promise<string> {
  const user = await findUser(database.db, name.trim());
  if (!user || user.disabledAt) throw new CliError(`--by ${name}: no such active user (users come with their API keys: interdict keys create)`);
  return user.username;
}

function positiveId(value: string, what: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id < 1) throw usageError(`${what} must be a positive integer, not "${value}"`);
  return id;
}

function printReport(r: ReportView, json: boolean | undefined): void {
  if (json) return out(JSON.stringify(r, null, 2));
  const due = r.dueAt ? `, due ${r.dueAt.slice(0, 10)} (${r.daysLeft} day(s) left)` : '';
  out(`report ${r.id} (case ${r.caseId}): ${r.kind} ${r.reportCode} ${r.state}, maker ${r.maker}${r.checker ? `, checker ${r.checker}` : ''}, sha256 ${r.sha256}, ${r.bytes} bytes${due}`);
  for (const e of r.validationErrors) out(`  validation error: ${e.field || '(report)'}: ${e.message}${e.line ? ` [XML line ${e.line}]` : ''}`);
}

/** `report from-case`, `list`, `show`, `export`, `approve`, `return`, `file`: reports kept in the database. */
function registerDatabaseCommands(report: Command): void {
  report
    .command('from-case')
    .description('prepare a report from a stored case (you are the maker); refused, naming each field, when something is missing')
    .argument('<caseId>', 'the case')
    .requiredOption('--kind <kind>', REPORT_KINDS.join(' | '))
    .requiredOption('--by <user>', 'who prepares it (an Interdict user)')
    .option('--reason <text>', 'why the case is reported')
    .option('--action <text>', 'the action taken')
    .option('--report-code <code>', 'the FIU report code (STR, SAR...), goAML only')
    .option('--profile <id>', 'FIU profile id (default: the first configured)')
    .option('--extra <file>', "JSON: what the database cannot supply, in the report's case-file shape")
    .option('--output <file>', "also write the authority's file")
    .option('--json', 'print the Report as JSON')
    .action(async (caseIdText: string, opts: { kind: string; by: string; reason?: string; action?: string; reportCode?: string; profile?: string; extra?: string; output?: string; json?: boolean }, cmd: Command) => {
      const caseId = positiveId(caseIdText, 'caseId');
      if (!(REPORT_KINDS as readonly string[]).includes(opts.kind)) throw usageError(`--kind must be one of ${REPORT_KINDS.join(', ')}, not "${opts.kind}"`);
      const extra = opts.extra ? await readJson(opts.extra, 'extra') : undefined;
      if (extra !== undefined && (typeof extra !== 'object' || extra === null || Array.isArray(extra))) throw usageError(`--extra ${opts.extra} must hold a JSON object`);
      const request: PrepareRequest = {
        kind: opts.kind as ReportKind,
        ...(opts.reason ? { reason: opts.reason } : {}),
        ...(opts.action ? { action: opts.action } : {}),
        ...(opts.reportCode ? { reportCode: opts.reportCode } : {}),
        ...(opts.profile ? { profile: opts.profile } : {}),
        ...(extra ? { extra: extra as Record<string, unknown> } : {}),
      };
      const row = await onDatabase(cmd, async (database, dataDir) => {
        const maker = await knownUser(database, opts.by);
        const outcome = await prepareFromCase(database.db, caseId, request, { settings: await loadReportingSettings(dataDir), store: new ListStore(dataDir) });
        if (!outcome.ok) throw refuse(`${opts.kind} report from case ${caseId}`, outcome.issues.map((i) => ({ field: i.field, message: i.message, source: i.source })));
        return createReport(database.db, { caseId, prepared: outcome.report, maker, via: cliActor() });
      });
      if (opts.output) await writeOut(opts.output, row.content, opts.kind);
      printReport(reportView(row), opts.json);
    });

  report
    .command('list')
    .description('reports kept in the database, newest first')
    .option('--case <id>', 'only this case')
    .option('--state <state>', 'prepared | approved | returned | filed')
    .option('--kind <kind>', REPORT_KINDS.join(' | '))
    .option('--json', 'print JSON')
    .action(async (opts: { case?: string; state?: string; kind?: string; json?: boolean }, cmd: Command) => {
      if (opts.state && !['prepared', 'approved', 'returned', 'filed'].includes(opts.state)) throw usageError(`--state must be prepared, approved, returned or filed, not "${opts.state}"`);
      if (opts.kind && !(REPORT_KINDS as readonly string[]).includes(opts.kind)) throw usageError(`--kind must be one of ${REPORT_KINDS.join(', ')}`);
      const rows = await onDatabase(cmd, (database) =>
        listReports(database.db, { ...(opts.case ? { caseId: positiveId(opts.case, '--case') } : {}), ...(opts.state ? { state: opts.state as 'prepared' } : {}), ...(opts.kind ? { kind: opts.kind as ReportKind } : {}) }),
      );
      const views = rows.map((r) => reportView(r));
      if (opts.json) out(JSON.stringify({ items: views }, null, 2));
      else for (const v of views) printReport(v, false);
    });

  report
    .command('export')
    .description("write a stored report's file (or its printable page) as kept; recorded in the audit log")
    .argument('<id>', 'the report')
    .requiredOption('--by <user>', 'who takes it out (an Interdict user)')
    .option('--html', 'the printable page instead of the authority file')
    .option('--output <file>', 'where (default: stdout)')
    .action(async (idText: string, opts: { by: string; html?: boolean; output?: string }, cmd: Command) => {
      const id = positiveId(idText, 'id');
      const text = await onDatabase(cmd, async (database, dataDir) => {
        const by = await knownUser(database, opts.by);
        const row = await getReport(database.db, id);
        if (!row) throw new ReportNotFoundError(id);
        const body = opts.html ? reportHtml(row, await profileFor((await loadReportingSettings(dataDir)).profiles[0])) : row.content;
        await recordExport(database.db, row, { actor: `user:${by}`, format: opts.html ? 'html' : 'content', sha256: storedCopy(body, 'text/plain').sha256 });
        return body;
      });
      if (opts.output) await writeOut(opts.output, text, opts.html ? 'HTML' : 'report');
      else process.stdout.write(text);
    });

  report
    .command('approve')
    .description("the checker approves another person's report, naming the hash of what they reviewed")
    .argument('<id>', 'the report')
    .requiredOption('--by <user>', 'who checks; cannot be the maker')
    .requiredOption('--sha256 <hex>', 'SHA-256 of the stored copy reviewed (report list / export show it)')
    .option('--note <text>', 'a note')
    .action(async (idText: string, opts: { by: string; sha256: string; note?: string }, cmd: Command) => {
      const id = positiveId(idText, 'id');
      if (!/^[0-9a-f]{64}$/.test(opts.sha256)) throw usageError('--sha256 must be 64 lowercase hex digits');
      const row = await onDatabase(cmd, async (database) => approveReport(database.db, id, { by: await knownUser(database, opts.by), sha256: opts.sha256, via: cliActor(), ...(opts.note ? { note: opts.note } : {}) }));
      printReport(reportView(row), false);
    });

  report
    .command('return')
    .description('the checker returns a report to its maker, saying what to fix')
    .argument('<id>', 'the report')
    .requiredOption('--by <user>', 'who checks; cannot be the maker')
    .requiredOption('--note <text>', 'what to fix')
    .action(async (idText: string, opts: { by: string; note: string }, cmd: Command) => {
      const id = positiveId(idText, 'id');
      const row = await onDatabase(cmd, async (database) => returnReport(database.db, id, { by: await knownUser(database, opts.by), note: opts.note, via: cliActor() }));
      printReport(reportView(row), false);
    });

  report
    .command('file')
    .description('mark an approved report as filed with the authority')
    .argument('<id>', 'the report')
    .requiredOption('--by <user>', 'who sent it')
    .option('--reference <ref>', "the authority's acknowledgement or reference")
    .action(async (idText: string, opts: { by: string; reference?: string }, cmd: Command) => {
      const id = positiveId(idText, 'id');
      const row = await onDatabase(cmd, async (database) => fileReport(database.db, id, { by: await knownUser(database, opts.by), via: cliActor(), ...(opts.reference ? { authorityReference: opts.reference } : {}) }));
      printReport(reportView(row), false);
    });
}

export function registerReportCommands(program: Command): void {
  const report = program.command('report').description('reports to authorities: goAML STR/SAR, freeze reports, 1267 Committee interdiction packs, cultural-property records');

  withCommon(report.command('goaml').description('goAML STR/SAR XML from a case, validated against the FIU schema before it is written'), 'the goAML XML')
    .option('--profile <file>', 'FIU profile JSON (default: the bundled example)')
    .action(async (opts: CommonOpts, cmd: Command) => {
      const profile = await profileFor(opts.profile);
      const input = (await readJson(opts.case, 'case file')) as Parameters<typeof generateGoaml>[0];
      const g = await generateGoaml(input, profile);
      await emit(cmd, 'goaml', input.entity_reference, g, opts, g.xml ? { content: g.xml, mediaType: 'application/xml', ext: 'xml' } : undefined);
    });

  withCommon(report.command('freeze').description('freeze report for true matches on the UN list (JSON), with --goaml the FIU form'), 'the report JSON')
    .option('--profile <file>', 'FIU profile JSON (default: the bundled example)')
    .option('--goaml <file>', 'also write the goAML XML (needs "filing" in the case file)')
    .option('--sla-hours <n>', 'hours from list arrival to freeze judged "without delay"', '24')
    .action(async (opts: CommonOpts & { goaml?: string; slaHours: string }, cmd: Command) => {
      const sla = Number(opts.slaHours);
      if (!(sla > 0)) throw usageError(`--sla-hours must be a positive number, not "${opts.slaHours}"`);
      const profile = await profileFor(opts.profile);
      const input = (await readJson(opts.case, 'case file')) as Parameters<typeof generateFreeze>[0];
      const g = await generateFreeze(input, profile, { slaHours: sla, goaml: opts.goaml !== undefined });
      await emit(cmd, 'freeze', input.case_id, g, opts, g.record ? asJson(g.record) : undefined);
    });

  withCommon(report.command('interdiction').description('data pack for the 1267 Committee notice (res. 2199 para 12), with the 30-day deadline'), 'the pack JSON')
    .option('--today <date>', 'count days remaining from this date (default: today, UTC)')
    .action(async (opts: CommonOpts & { today?: string }, cmd: Command) => {
      const input = (await readJson(opts.case, 'case file')) as Parameters<typeof generateInterdiction>[0];
      const today = opts.today ?? new Date().toISOString().slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw usageError(`--today must be YYYY-MM-DD, not "${today}"`);
      const g = generateInterdiction(input, { today, hsScope: await loadInterdictionHsScope() });
      await emit(cmd, 'interdiction', input.case_id, g, opts, g.record ? asJson(g.record) : undefined);
      if (g.record) process.stderr.write(`notice due ${g.record.deadline.due}: ${g.record.deadline.daysRemaining} day(s) remaining (${g.record.deadline.status})\n`);
    });

  withCommon(report.command('cultural-property').description('cultural-property refusal or seizure record with the cut-off test (JSON), with --goaml the FIU form'), 'the record JSON')
    .option('--profile <file>', 'FIU profile JSON (default: the bundled example)')
    .option('--goaml <file>', 'also write the goAML XML (needs "filing" in the case file)')
    .option('--regime <un|eu>', 'which cut-off dates to apply', 'un')
    .action(async (opts: CommonOpts & { goaml?: string; regime: string }, cmd: Command) => {
      if (opts.regime !== 'un' && opts.regime !== 'eu') throw usageError(`--regime must be un or eu, not "${opts.regime}"`);
      const profile = await profileFor(opts.profile);
      const input = (await readJson(opts.case, 'case file')) as Parameters<typeof generateCulturalProperty>[0];
      const g = await generateCulturalProperty(input, profile, await loadCutoffs(opts.regime as CutoffRegime), { goaml: opts.goaml !== undefined });
      await emit(cmd, 'cultural-property', input.case_id, g, opts, g.record ? asJson(g.record) : undefined);
    });

  report
    .command('validate')
    .description("validate a goAML XML file against the FIU profile's schema")
    .argument('<file>', 'the goAML XML')
    .option('--profile <file>', 'FIU profile JSON (default: the bundled example)')
    .action(async (file: string, opts: { profile?: string }) => {
      const profile = await profileFor(opts.profile);
      const errors = await validateGoamlXml(await readFile(file), profile.schemaPath);
      if (errors.length > 0) throw new CliError(`${file} is NOT valid against ${profile.schemaPath}:\n${errors.map((e) => `  line ${e.line}${e.xpath ? ` ${e.xpath}` : ''}: ${e.message.trim()}`).join('\n')}`);
      out(`${file} is valid against ${profile.schema.file} (${profile.id})`);
    });

  report
    .command('profile-lookups')
    .description("print the lookup values an FIU's goAML XSD enumerates, to start an FIU profile")
    .requiredOption('--schema <file>', 'the FIU XSD')
    .action(async (opts: { schema: string }) => {
      out(JSON.stringify(lookupsFromXsd(await readFile(resolve(opts.schema))), null, 2));
    });

  report
    .command('check')
    .description('four eyes: another person approves or returns a prepared report (checks the stored bytes)')
    .argument('<record>', 'the filing record (.filing.json)')
    .requiredOption('--checker <name>', 'who checks; cannot be the maker')
    .option('--approve', 'approve it for filing')
    .option('--return', 'return it to the maker (needs --note)')
    .option('--note <text>', 'why')
    .action(async (path: string, opts: { checker: string; approve?: boolean; return?: boolean; note?: string }) => {
      if (Boolean(opts.approve) === Boolean(opts.return)) throw usageError('give exactly one of --approve or --return');
      const record = await loadRecord(path);
      try {
        const next = check(record, { checker: opts.checker, decision: opts.approve ? 'approve' : 'return', sha256: await storedHash(record), at: new Date(), ...(opts.note ? { note: opts.note } : {}) });
        await saveRecord(path, next);
      } catch (err) {
        throw filingError(err);
      }
    });

  report
    .command('filed')
    .description('mark an approved report as filed with the authority')
    .argument('<record>', 'the filing record (.filing.json)')
    .requiredOption('--by <name>', 'who sent it')
    .option('--reference <ref>', "the authority's acknowledgement or reference")
    .action(async (path: string, opts: { by: string; reference?: string }) => {
      const record = await loadRecord(path);
      try {
        const next = markFiled(record, { by: opts.by, sha256: await storedHash(record), at: new Date(), ...(opts.reference ? { authorityReference: opts.reference } : {}) });
        await saveRecord(path, next);
      } catch (err) {
        throw filingError(err);
      }
    });

  registerDatabaseCommands(report);
}
