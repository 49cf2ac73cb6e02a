import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { diffLists, type ListDiff } from '../../lists/diff.js';
import { ListFormatError } from '../../lists/errors.js';
import type { SanctionedParty } from '../../lists/model.js';
import { readListPath } from '../../lists/read-path.js';
import { ListStore } from '../../lists/store.js';
import { updateList } from '../../lists/update.js';
import { ageInDays, versionInForce, type ListVersion } from '../../lists/version.js';
import { resolveDataDir, type GlobalOptions } from '../context.js';
import { CliError, EXIT_FINDINGS_OR_FAILURE, usageError } from '../exit-codes.js';
import { formatParty, formatTable, formatVersionLine } from '../format-lists.js';

function storeFor(cmd: Command): ListStore {
  return new ListStore(resolveDataDir(cmd.optsWithGlobals<GlobalOptions>().dataDir));
}

function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

function json(value: unknown): void {
  out(JSON.stringify(value, null, 2));
}

/** Turn a reader's error into a message for the user; other errors pass through unchanged. */
function asCliError(err: unknown): unknown {
  if (err instanceof ListFormatError) return new CliError(`refused: ${err.message}`);
  if (err instanceof Error && (err.name === 'DataDirLockedError' || /ENOENT|EACCES|EISDIR/.test(err.message))) return new CliError(err.message);
  return err;
}

/** A side of a diff: a version (hash prefix or source key) in the store, or a list file read as it is. */
async function loadSide(store: ListStore, spec: string): Promise<{ label: string; hash: string; generatedAt?: string; parties: SanctionedParty[] }> {
  const version = await store.resolve(spec);
  if (version) {
    const snap = await store.load(version);
    return { label: `${version.source} ${version.hash.slice(0, 12)}`, hash: version.hash, ...(version.generatedAt ? { generatedAt: version.generatedAt } : {}), parties: snap.parties };
  }
  let isFile = false;
  try {
    isFile = (await stat(spec)).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) throw usageError(`"${spec}" is not a list version (hash prefix or list name, see \`interdict lists versions\`) nor a readable file`);
  const { snapshot, hash } = await readListPath(spec);
  return { label: spec, hash, ...(snapshot.generatedAt ? { generatedAt: snapshot.generatedAt } : {}), parties: snapshot.parties };
}

function printDiff(diff: ListDiff, oldLabel: string, newLabel: string): void {
  out(`diff ${oldLabel} -> ${newLabel}`);
  const identifying = diff.amended.filter((a) => a.identifying).length;
  out(`added ${diff.added.length}, removed ${diff.removed.length}, amended ${diff.amended.length} (${identifying} in fields screening uses)`);
  if (diff.added.length > 0) out(`\nadded:\n${diff.added.map((r) => `  + ${r}`).join('\n')}`);
  if (diff.removed.length > 0) out(`\nremoved:\n${diff.removed.map((r) => `  - ${r}`).join('\n')}`);
  if (diff.amended.length > 0) {
    out('\namended:');
    for (const a of diff.amended) out(`  ${a.identifying ? '~' : '.'} ${a.ref} ${a.caption}: ${a.fields.join(', ')}`);
  }
}

export function registerListsCommands(program: Command): void {
  const lists = program
    .command('lists')
    .description('sanctions lists: import, versions in force, diffs between versions, updates from the publisher');

  lists
    .command('summary')
    .description('summarise the UN list in force (the bundled one on a fresh data directory)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const store = storeFor(cmd);
      try {
        const version = await store.ensureBundledUn();
        const age = ageInDays(version);
        const { parties } = await store.load(version);
        const isilAq = parties.filter((p) => p.listType === 'Al-Qaida');
        const summary = {
          source: version.source,
          hash: version.hash,
          publisher: version.publisher,
          generatedAt: version.generatedAt,
          ageDays: age,
          origin: version.origin,
          counts: version.counts,
          isilAlQaida: {
            individuals: isilAq.filter((p) => p.referenceNumber.startsWith('QDi.')).length,
            entities: isilAq.filter((p) => p.referenceNumber.startsWith('QDe.')).length,
          },
        };
        if (opts.json) return json(summary);
        out(`${version.publisher} consolidated list in force`);
        out(`  version   ${version.hash.slice(0, 12)} (${version.origin})`);
        out(`  generated ${version.generatedAt ?? 'unknown'} (${age} days old)`);
        out(`  records   ${version.counts.parties} (${Object.entries(version.counts.byKind).map(([k, n]) => `${n} ${k}`).join(', ')})`);
        out(`  names     ${version.counts.names} (${version.counts.aliases} aliases, ${version.counts.originalScriptNames} in original script)`);
        out(`  ISIL (Da'esh) and Al-Qaida: ${summary.isilAlQaida.individuals} individuals (QDi), ${summary.isilAlQaida.entities} entities (QDe)`);
        out('  regimes:');
        const rows = Object.entries(version.counts.byListType).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        out(formatTable(['regime', 'records'], rows.map(([k, n]) => [k, String(n)]), '    '));
      } catch (err) {
        throw asCliError(err);
      }
    });

  lists
    .command('import')
    .description('import a list file as a new version (UN XML, or a watch list in CSV / JSON Lines); the same file twice creates nothing new')
    .argument('<file>', 'the list file')
    .option('--source <name>', 'name of a custom watch list (default: the file name without extension)')
    .option('--json', 'print JSON')
    .action(async (file: string, opts: { source?: string; json?: boolean }, cmd: Command) => {
      const store = storeFor(cmd);
      try {
        await store.ensureBundledUn();
        const result = await store.importFile(file, opts.source ? { source: opts.source } : {});
        if (opts.json) return json(result);
        const v = result.version;
        if (!result.created) out(`already imported: ${v.source} ${v.hash.slice(0, 12)} (imported ${v.importedAt}); nothing new created`);
        else out(`imported ${v.source} ${v.hash.slice(0, 12)}: ${v.counts.parties} parties, ${v.counts.names} names, publisher date ${v.generatedAt ?? 'none'}`);
        if (result.inForce) out(`in force for "${v.source}"`);
        else {
          const current = result.previousInForce;
          out(`kept for history; in force for "${v.source}" remains ${current ? `${current.hash.slice(0, 12)} (${current.generatedAt ?? current.importedAt})` : 'unchanged'}, which is newer`);
        }
        if (result.warnings.length > 0) {
          process.stderr.write(`${result.warnings.length} warning(s):\n`);
          for (const w of result.warnings.slice(0, 50)) process.stderr.write(`  ${w.at}${w.referenceNumber ? ` ${w.referenceNumber}` : ''}: ${w.message}\n`);
          if (result.warnings.length > 50) process.stderr.write(`  ... and ${result.warnings.length - 50} more (use --json to see all)\n`);
        }
      } catch (err) {
        throw asCliError(err);
      }
    });

  lists
    .command('versions')
    .description('every imported list version, the one in force for each list, and its age')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const store = storeFor(cmd);
      try {
        await store.ensureBundledUn();
        const versions = await store.versions();
        const now = new Date();
        const rows = versions
          .map((v) => ({ ...v, inForce: versionInForce(versions, v.source)?.hash === v.hash, ageDays: ageInDays(v, now) }))
          .sort((a, b) => a.source.localeCompare(b.source) || (b.generatedAt ?? b.importedAt).localeCompare(a.generatedAt ?? a.importedAt));
        if (opts.json) return json(rows);
        out(formatVersionLine(rows));
      } catch (err) {
        throw asCliError(err);
      }
    });

  lists
    .command('diff')
    .description('parties added, removed and amended (with the fields that changed) between two versions')
    .argument('<old>', 'old version: hash prefix, list name (its version in force), or a list file')
    .argument('<new>', 'new version: hash prefix, list name (its version in force), or a list file')
    .option('--json', 'print JSON: {added:[refs], removed:[refs], amended:[{ref, fields:[...], changes}]}')
    .action(async (oldSpec: string, newSpec: string, opts: { json?: boolean }, cmd: Command) => {
      const store = storeFor(cmd);
      try {
        await store.ensureBundledUn();
        const a = await loadSide(store, oldSpec);
        const b = await loadSide(store, newSpec);
        const diff = diffLists(a.parties, b.parties);
        if (opts.json) {
          return json({ old: { hash: a.hash, generatedAt: a.generatedAt }, new: { hash: b.hash, generatedAt: b.generatedAt }, ...diff });
        }
        printDiff(diff, a.label, b.label);
      } catch (err) {
        throw asCliError(err);
      }
    });

  lists
    .command('show')
    .description('one listed party, every field as the list carries it')
    .argument('<ref>', 'reference number, e.g. QDi.001 (case-insensitive)')
    .option('--list <name>', 'list name or version hash (default: every list in force)')
    .option('--json', 'print JSON')
    .action(async (ref: string, opts: { list?: string; json?: boolean }, cmd: Command) => {
      const store = storeFor(cmd);
      try {
        await store.ensureBundledUn();
        const candidates: ListVersion[] = [];
        if (opts.list) {
          const v = await store.resolve(opts.list);
          if (!v) throw usageError(`--list ${opts.list}: no such list or version`);
          candidates.push(v);
        } else {
          for (const s of await store.sources()) {
            const v = await store.inForce(s);
            if (v) candidates.push(v);
          }
        }
        const wanted = ref.trim().toLowerCase();
        const hits: { version: ListVersion; party: SanctionedParty }[] = [];
        for (const v of candidates) {
          const { parties } = await store.load(v);
          for (const p of parties) if (p.referenceNumber.toLowerCase() === wanted) hits.push({ version: v, party: p });
        }
        if (hits.length === 0) throw new CliError(`no party with reference "${ref}" in ${candidates.map((v) => v.source).join(', ')}`, EXIT_FINDINGS_OR_FAILURE);
        if (opts.json) return json(hits.length === 1 ? { version: hits[0]!.version.hash, party: hits[0]!.party } : hits.map((h) => ({ version: h.version.hash, party: h.party })));
        for (const h of hits) out(formatParty(h.party, h.version));
      } catch (err) {
        throw asCliError(err);
      }
    });

  lists
    .command('update')
    .description("fetch the current list from its publisher's official URL; on any failure the last good version stays in force")
    .option('--source <name>', 'which list', 'un')
    .option('--url <url>', 'fetch from this URL instead of the official one (a mirror)')
    .option('--timeout <seconds>', 'give up after this many seconds', '60')
    .option('--json', 'print JSON')
    .action(async (opts: { source: string; url?: string; timeout: string; json?: boolean }, cmd: Command) => {
      const timeout = Number(opts.timeout);
      if (!Number.isFinite(timeout) || timeout <= 0) throw usageError(`--timeout must be a positive number of seconds, not "${opts.timeout}"`);
      const store = storeFor(cmd);
      await store.ensureBundledUn().catch(() => undefined);
      const outcome = await updateList(store, { source: opts.source, timeoutMs: timeout * 1000, ...(opts.url ? { url: opts.url } : {}) });
      if (opts.json) json(outcome);
      if (!outcome.ok) {
        const kept = outcome.inForce
          ? `kept ${outcome.inForce.source} ${outcome.inForce.hash.slice(0, 12)} (generated ${outcome.inForce.generatedAt ?? '?'}, ${ageInDays(outcome.inForce)} days old)`
          : 'no version in force';
        throw new CliError(`update failed: ${outcome.reason}; ${kept}`);
      }
      if (opts.json) return;
      const r = outcome.result;
      out(`fetched ${outcome.url} in ${Math.round(outcome.fetchMs)} ms`);
      if (!r.created) out(`unchanged: ${r.version.hash.slice(0, 12)} is already imported`);
      else out(`imported ${r.version.hash.slice(0, 12)} generated ${r.version.generatedAt ?? '?'}; ${r.inForce ? 'now in force' : 'older than the version in force, kept for history'}`);
    });
}
