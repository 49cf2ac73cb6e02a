/**
 * `interdict screen`: screen parties against the lists in force (or the lists given with --list).
 *
 *   interdict screen --input queries.jsonl [--output out.jsonl] [--threshold T] [--limit N] [--list FILE|un ...]
 *   interdict screen "Abu Bakr al-Baghdadi" --birth-date 1971 [--nationality iq --schema Person ...]
 *
 * Input: JSON Lines or CSV (header row) with FollowTheMoney-style property names. Output: one JSON
 * line per input line, in order: {"id", "matches": [{entityId, referenceNumber, caption, score, match,
 * explanation, designations?, links?}]} best first; a person on several of the lists screened is one
 * match carrying every designation (src/screening/designations.ts), and --limit counts persons. An
 * invalid line gets {"id"?, "error"} and the batch goes on. The
 * output file is written atomically. Exit code 0: no match; 1: at least one match, or a failed line;
 * 2: usage error. Start-up (list load, index build) is reported on stderr.
 */
import { extname } from 'node:path';
import type { Command } from 'commander';
import { loadScreeningLists } from '../../lists/catalog.js';
import { DEFAULT_LIMIT, type MatchEngine } from '../../matching/engine.js';
import { reportToStderr, savedOrBuiltEngine, versionsMeta } from '../../matching/saved-engine.js';
import { QUERY_PROPERTIES, QueryError, parseQuery, type Query } from '../../matching/query.js';
import { thresholdProblem } from '../../matching/threshold.js';
import { groupMatches, loadDesignationGroups, recordsForGroups, type DesignationGroups, type GroupedMatch, type GroupingLists } from '../../screening/designations.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { startProgress } from '../progress.js';
import { parseCsv } from '../../util/csv.js';
import { resolveDataDir, type GlobalOptions } from '../context.js';
import { CliError, EXIT_FINDINGS_OR_FAILURE, EXIT_OK, usageError } from '../exit-codes.js';
import { readInputText } from '../input-text.js';

/** One input line: its number, and either the raw object or why it could not be read. */
export interface InputLine {
  line: number;
  raw?: Record<string, unknown>;
  error?: string;
}

const MULTI_VALUED = new Set<string>([...QUERY_PROPERTIES, 'alias', 'weakAlias', 'previousName']);

/**
 * Reads JSON Lines or CSV (by extension: .csv is CSV, anything else JSON Lines). Blank lines are
 * skipped. CSV cells of multi-valued properties split on ";". Never throws for a bad line.
 */
export function readInputLines(text: string, fileName: string): InputLine[] {
  const out: InputLine[] = [];
  if (extname(fileName).toLowerCase() === '.csv') {
    let records;
    try {
      records = parseCsv(text.replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new CliError(`${fileName}: ${err instanceof Error ? err.message : String(err)}`);
    }
    const header = records[0]?.fields.map((h) => h.trim()) ?? [];
    for (const r of records.slice(1)) {
      if (r.fields.every((f) => f.trim() === '')) continue;
      if (r.fields.length > header.length) {
        out.push({ line: r.line, error: `line ${r.line}: ${r.fields.length} fields but the header has ${header.length}` });
        continue;
      }
      const raw: Record<string, unknown> = {};
      header.forEach((h, k) => {
        const cell = (r.fields[k] ?? '').trim();
        if (cell === '') return;
        raw[h] = MULTI_VALUED.has(h) ? cell.split(';').map((x) => x.trim()).filter((x) => x !== '') : cell;
      });
      out.push({ line: r.line, raw });
    }
    return out;
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((l, i) => {
    if (l.trim() === '') return;
    const line = i + 1;
    try {
      const v: unknown = JSON.parse(l);
      if (v === null || typeof v !== 'object' || Array.isArray(v)) out.push({ line, error: `line ${line}: expected a JSON object` });
      else out.push({ line, raw: v as Record<string, unknown> });
    } catch (err) {
      out.push({ line, error: `line ${line}: invalid JSON: ${err instanceof Error ? err.message : String(err)}` });
    }
  });
  return out;
}

/** The id of a raw line if it has a usable one, for error lines. */
export function rawId(raw: Record<string, unknown> | undefined): string | undefined {
  const id = raw?.id;
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : undefined;
}

export function parseThreshold(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  const problem = thresholdProblem(n);
  if (problem || text.trim() === '') throw usageError(`--threshold ${text}: ${problem ?? 'threshold must be a number'}`);
  return n;
}

function parseLimit(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw usageError(`--limit ${text}: must be a positive integer`);
  return n;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** The engine and, when several lists are screened, the linked records across them. */
export interface ScreeningSetup {
  engine: MatchEngine;
  lists: GroupingLists;
  /** Undefined for a single list, or two versions of one list (nothing to link, or nothing linkable). */
  groups?: DesignationGroups;
}

/** Loads the lists and builds the engine, reporting start-up time on stderr. */
export async function startEngine(cmd: Command, listSpecs: string[]): Promise<MatchEngine> {
  return (await startScreening(cmd, listSpecs, { link: false, whenNone: 'un' })).engine;
}

/**
 * Loads the lists, builds the engine and, for several lists, the groups of linked records (kept in
 * the data directory per set of versions, so only the first run on a set pays for linking).
 */
export async function startScreening(cmd: Command, listSpecs: string[], options: { link: boolean; whenNone: 'un' | 'all' }): Promise<ScreeningSetup> {
  const dataDir = resolveDataDir(cmd.optsWithGlobals<GlobalOptions>().dataDir);
  let lists;
  try {
    lists = await loadScreeningLists(dataDir, listSpecs, { whenNone: options.whenNone });
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(err instanceof Error ? err.message : String(err));
  }
  const start = await savedOrBuiltEngine(dataDir, lists.parties, versionsMeta(lists.versions), reportToStderr);
  const engine = start.engine;
  const s = engine.buildStats;
  // The heap in use after the build, not a before/after delta: a collection during the build made the
  // delta read 0.0 MiB. The benchmark measures the index's own heap with forced collections.
  const names = lists.versions.map((v) => `${v.source} ${v.hash.slice(0, 12)}`).join(', ');
  process.stderr.write(
    `interdict: lists ${names}: ${s.parties} parties loaded in ${lists.loadMs.toFixed(0)} ms; ` +
      `index of ${s.names} names, ${s.keys} keys ${start.origin === 'saved' ? 'read from the saved engine and built' : 'built'} in ${s.buildMs.toFixed(0)} ms; ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MiB of heap in use\n`,
  );
  const grouping: GroupingLists = { versions: lists.versions, parties: new Map(lists.parties.map((p) => [p.id, p])) };
  if (!options.link || lists.versions.length < 2) return { engine, lists: grouping };
  if (new Set(lists.versions.map((v) => v.source)).size !== lists.versions.length) {
    process.stderr.write('interdict: two versions of one list are screened together; their records are not linked, each match stands alone\n');
    return { engine, lists: grouping };
  }
  const groups = await loadDesignationGroups(grouping, { dataDir });
  const linked = [...groups.members.values()].reduce((n, m) => n + m.length, 0);
  process.stderr.write(
    `interdict: ${groups.members.size} groups of linked records (${linked} records), ` +
      (groups.origin === 'computed' ? `linked in ${groups.linkMs} ms` : `links from the ${groups.origin === 'disk' ? 'data directory' : 'process'} cache (linking took ${groups.linkMs} ms)`) +
      `; ${groups.problems.length} link problem(s)\n`,
  );
  return { engine, lists: grouping, groups };
}

/** Writes output lines to a file (atomically) or stdout. */
export async function writeOutput(lines: string[], output: string | undefined): Promise<void> {
  const text = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  if (output) {
    try {
      await writeFileAtomic(output, text);
    } catch (err) {
      throw new CliError(`--output ${output}: ${err instanceof Error ? err.message : String(err)}`);
    }
  } else {
    process.stdout.write(text);
  }
}

/** The text of the --input file (UTF-8, or UTF-16 with a byte-order mark: cli/input-text.ts). */
export function readInputFile(path: string): Promise<string> {
  return readInputText(path, '--input');
}

function matchLine(id: string, matches: GroupedMatch[]): string {
  return JSON.stringify({
    id,
    matches: matches.map((m) => ({
      entityId: m.entityId,
      referenceNumber: m.referenceNumber,
      caption: m.caption,
      score: m.score,
      match: m.match,
      explanation: m.explanation,
      ...(m.designations ? { designations: m.designations, links: m.links } : {}),
    })),
  });
}

/**
 * Screens one query: with groups, asks the engine for enough records that `limit` groups survive the
 * collapse of linked records into one result each.
 */
export function screenGrouped(setup: ScreeningSetup, query: Query, options: { threshold?: number; limit?: number; minScore?: number }): GroupedMatch[] {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!setup.groups) return setup.engine.screen(query, { ...options, limit });
  const matches = setup.engine.screen(query, { ...options, limit: recordsForGroups(limit) });
  return groupMatches(matches, setup.groups, setup.lists, limit);
}

interface ScreenCliOptions {
  input?: string;
  output?: string;
  threshold?: string;
  limit?: string;
  list?: string[];
  id?: string;
  schema?: string;
  birthDate?: string[];
  nationality?: string[];
  country?: string[];
  gender?: string[];
  idNumber?: string[];
  passportNumber?: string[];
  address?: string[];
  imoNumber?: string[];
}

export function registerScreenCommand(program: Command): void {
  program
    .command('screen')
    .description('screen parties against the lists in force (or --list); exit 1 if anything matches')
    .argument('[name...]', 'a single query: the name (other properties from the options below)')
    .option('--input <file>', 'queries, JSON Lines or CSV (.csv) with FollowTheMoney-style property names')
    .option('--output <file>', 'write results here (atomically) instead of stdout')
    .option('--threshold <T>', 'match threshold in (0, 1] (default: the engine default)')
    .option('--limit <N>', 'at most N matches per query (default 5); linked records of one person count once')
    .option('--list <spec>', 'screen against this list (repeatable): a list file, a list name ("un"), or a version hash (default: every list in force)', collect)
    .option('--id <id>', 'single query: its id')
    .option('--schema <schema>', 'single query: Person, Organization, Company, LegalEntity, Vessel or Aircraft')
    .option('--birth-date <date>', 'single query: YYYY, YYYY-MM or YYYY-MM-DD (repeatable)', collect)
    .option('--nationality <country>', 'single query (repeatable)', collect)
    .option('--country <country>', 'single query (repeatable)', collect)
    .option('--gender <gender>', 'single query (repeatable)', collect)
    .option('--id-number <number>', 'single query (repeatable)', collect)
    .option('--passport-number <number>', 'single query (repeatable)', collect)
    .option('--address <text>', 'single query (repeatable)', collect)
    .option('--imo-number <number>', 'single query (repeatable)', collect)
    .action(async (nameWords: string[], opts: ScreenCliOptions, cmd: Command) => {
      const threshold = parseThreshold(opts.threshold);
      const limit = parseLimit(opts.limit);
      const name = nameWords.join(' ').trim();
      if (opts.input && name !== '') throw usageError('give either --input or a name, not both');
      let single: Query | undefined;
      if (!opts.input) {
        const raw: Record<string, unknown> = {
          id: opts.id ?? 'q1',
          ...(opts.schema ? { schema: opts.schema } : {}),
          ...(name !== '' ? { name } : {}),
          birthDate: opts.birthDate ?? [],
          nationality: opts.nationality ?? [],
          country: opts.country ?? [],
          gender: opts.gender ?? [],
          idNumber: opts.idNumber ?? [],
          passportNumber: opts.passportNumber ?? [],
          address: opts.address ?? [],
          imoNumber: opts.imoNumber ?? [],
        };
        try {
          single = parseQuery(raw);
        } catch (err) {
          if (err instanceof QueryError) throw usageError(err.field === 'name' ? 'give a name (or an identifier option), or --input FILE' : err.message);
          throw err;
        }
      }
      const text = opts.input ? await readInputFile(opts.input) : '';
      const setup = await startScreening(cmd, opts.list ?? [], { link: true, whenNone: 'all' });
      const screenOptions = { ...(threshold !== undefined ? { threshold } : {}), ...(limit !== undefined ? { limit } : {}) };
      const lines: string[] = [];
      let findings = false;
      let failures = 0;
      const started = performance.now();
      if (single) {
        const matches = screenGrouped(setup, single, screenOptions);
        findings = matches.some((m) => m.match);
        lines.push(matchLine(single.id, matches));
      } else {
        const inputs = readInputLines(text, opts.input as string);
        const progress = startProgress('screening', inputs.length);
        for (const input of inputs) {
          progress.tick();
          if (input.error !== undefined) {
            failures++;
            lines.push(JSON.stringify({ error: input.error }));
            continue;
          }
          try {
            const q = parseQuery(input.raw, `line ${input.line}`);
            const matches = screenGrouped(setup, q, screenOptions);
            if (matches.some((m) => m.match)) findings = true;
            lines.push(matchLine(q.id, matches));
          } catch (err) {
            if (!(err instanceof QueryError)) throw err;
            failures++;
            const id = rawId(input.raw);
            lines.push(JSON.stringify({ ...(id !== undefined ? { id } : {}), error: err.message }));
          }
        }
        progress.stop();
      }
      await writeOutput(lines, opts.output);
      const ms = performance.now() - started;
      process.stderr.write(`interdict: screened ${lines.length} line(s) in ${ms.toFixed(0)} ms${failures ? `; ${failures} invalid line(s)` : ''}${findings ? '; matches found' : ''}\n`);
      process.exitCode = findings || failures > 0 ? EXIT_FINDINGS_OR_FAILURE : EXIT_OK;
    });
}
