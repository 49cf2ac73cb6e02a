import type { Command } from 'commander';
import { verifyAuditChain, type AuditAnchor } from '../../cases/audit-verify.js';
import { DataDirLockedError } from '../../store/data-dir-lock.js';
import { withDatabase } from '../../store/with-database.js';
import { resolveDataDir, type GlobalOptions } from '../context.js';
import { CliError, EXIT_FINDINGS_OR_FAILURE, usageError } from '../exit-codes.js';

function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

function parseAnchor(value: string, previous: AuditAnchor[]): AuditAnchor[] {
  const m = /^(\d+):([0-9a-fA-F]{64})$/.exec(value.trim());
  if (!m) throw usageError(`--anchor must be <seq>:<64 hex digits> as \`audit verify\` printed it, not "${value}"`);
  return [...previous, { seq: Number(m[1]), hash: m[2]!.toLowerCase() }];
}

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the audit log: every import, screening, alert, decision, freeze and export, hash-chained');

  audit
    .command('verify')
    .description('check that no audit entry was altered, removed or reordered; exit 0 if intact, 1 naming the first bad entry')
    .option('--anchor <seq:hash>', 'a head printed by an earlier verify and kept elsewhere; fails if history was rewritten since (repeatable)', parseAnchor, [])
    .option('--json', 'print JSON')
    .action(async (opts: { anchor: AuditAnchor[]; json?: boolean }, cmd: Command) => {
      const dataDir = resolveDataDir(cmd.optsWithGlobals<GlobalOptions>().dataDir);
      let result;
      try {
        result = await withDatabase(dataDir, (database) => verifyAuditChain(database.db, { anchors: opts.anchor }));
      } catch (err) {
        if (err instanceof DataDirLockedError) throw new CliError(err.message);
        throw err;
      }
      if (opts.json) out(JSON.stringify(result, null, 2));
      if (!result.ok) {
        const bad = result.firstBad!;
        throw new CliError(`audit chain BROKEN at entry ${bad.seq} (${bad.problem}): ${bad.message}; ${result.verified} entries before it verified`, EXIT_FINDINGS_OR_FAILURE);
      }
      if (opts.json) return;
      out(`audit chain intact: ${result.verified} entries`);
      if (result.head && result.head.seq > 0) {
        out(`head ${result.head.seq}:${result.head.hash}`);
        process.stderr.write('keep the head line somewhere the database administrators cannot write; pass it back with --anchor to prove history was not rewritten since\n');
      }
    });
}
