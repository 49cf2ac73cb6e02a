import type { Command } from 'commander';
import { createApiKey, listApiKeys, revokeApiKey, type ApiKeyInfo } from '../../auth/keys-repo.js';
import { isRole, ROLES } from '../../auth/roles.js';
import { InvalidUsernameError, validateUsername } from '../../auth/users-repo.js';
import { DataDirLockedError } from '../../store/data-dir-lock.js';
import { cliActor, withDatabase } from '../../store/with-database.js';
import { resolveDataDir, type GlobalOptions } from '../context.js';
import { CliError, usageError } from '../exit-codes.js';
import { formatTable } from '../format-lists.js';

function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

function dataDirOf(cmd: Command): string {
  return resolveDataDir(cmd.optsWithGlobals<GlobalOptions>().dataDir);
}

/** Errors the person can act on become plain messages; anything else keeps its stack. */
function asCliError(err: unknown): unknown {
  if (err instanceof DataDirLockedError) return new CliError(err.message);
  if (err instanceof InvalidUsernameError) return usageError(err.message);
  return err;
}

function when(d: Date | null): string {
  return d ? d.toISOString().replace(/\.\d+Z$/, 'Z') : '-';
}

function keyJson(k: ApiKeyInfo) {
  return { ...k, createdAt: k.createdAt.toISOString(), lastUsedAt: k.lastUsedAt?.toISOString() ?? null, revokedAt: k.revokedAt?.toISOString() ?? null };
}

export function registerKeysCommands(program: Command): void {
  const keys = program.command('keys').description('API keys for the HTTP API: create (shown once), list, revoke');

  keys
    .command('create')
    .description('create an API key; it is printed once and only its hash is stored')
    .requiredOption('--role <role>', `what the key may do: ${ROLES.join(', ')}`)
    .requiredOption('--name <name>', 'what the key is for, e.g. "alice laptop" or "ci"')
    .option('--user <username>', 'the person it belongs to (created if new; default: the name). Four-eyes rules compare people, not keys')
    .option('--json', 'print JSON')
    .action(async (opts: { role: string; name: string; user?: string; json?: boolean }, cmd: Command) => {
      if (!isRole(opts.role)) throw usageError(`--role must be one of ${ROLES.join(', ')}, not "${opts.role}"`);
      if (opts.name.trim() === '') throw usageError('--name must not be empty');
      const role = opts.role;
      const username = opts.user ?? opts.name.trim();
      try {
        validateUsername(username); // before opening the database: a typo should fail fast
        const created = await withDatabase(dataDirOf(cmd), (database) =>
          createApiKey(database.db, { username, name: opts.name, role, actor: cliActor() }),
        );
        if (opts.json) return out(JSON.stringify({ key: created.key, ...keyJson(created.info) }, null, 2));
        process.stderr.write(`created key ${created.info.prefix} "${created.info.name}" for user ${created.info.username}, role ${created.info.role}\n`);
        out(created.key);
        process.stderr.write('store it now: it is shown only this once (only its SHA-256 is kept)\n');
      } catch (err) {
        throw asCliError(err);
      }
    });

  keys
    .command('list')
    .description('API keys by prefix, owner and role (never the keys themselves)')
    .option('--all', 'include revoked keys')
    .option('--json', 'print JSON')
    .action(async (opts: { all?: boolean; json?: boolean }, cmd: Command) => {
      try {
        const rows = await withDatabase(dataDirOf(cmd), (database) => listApiKeys(database.db, { includeRevoked: opts.all === true }));
        if (opts.json) return out(JSON.stringify(rows.map(keyJson), null, 2));
        if (rows.length === 0) return out('no API keys (create one with `interdict keys create --role R --name N`)');
        out(
          formatTable(
            ['prefix', 'name', 'user', 'role', 'created', 'last used', 'revoked'],
            rows.map((k) => [k.prefix, k.name, k.username, k.role, when(k.createdAt), when(k.lastUsedAt), when(k.revokedAt)]),
          ),
        );
      } catch (err) {
        throw asCliError(err);
      }
    });

  keys
    .command('revoke')
    .description('revoke an API key at once')
    .argument('<prefix>', 'the key prefix as `keys list` shows it (or the whole key)')
    .action(async (prefix: string, _opts: unknown, cmd: Command) => {
      try {
        const outcome = await withDatabase(dataDirOf(cmd), (database) => revokeApiKey(database.db, prefix.trim(), cliActor()));
        if (!outcome.revoked) {
          throw new CliError(outcome.reason === 'not-found' ? `no API key with prefix "${prefix}"` : `API key ${prefix} was revoked already`);
        }
        out(`revoked ${outcome.info.prefix} "${outcome.info.name}" (user ${outcome.info.username}, role ${outcome.info.role})`);
      } catch (err) {
        throw asCliError(err);
      }
    });
}
