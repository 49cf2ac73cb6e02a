import type { Command } from 'commander';
import { DEFAULT_SETTINGS } from '../../config/settings.js';
import { engineStartText } from '../../matching/saved-engine.js';
import { buildServer } from '../../server/app.js';
import { databaseUrlFrom, redactUrl } from '../../store/config.js';
import { DataDirLockedError } from '../../store/data-dir-lock.js';
import { SITE_PACK_CONFIG_FILE, SitePackConfigError } from '../../monitoring/site-pack-config.js';
import { CliError } from '../exit-codes.js';
import { resolveDataDir, type GlobalOptions } from '../context.js';
import { usageError } from '../exit-codes.js';

/**
 * `interdict serve`: the HTTP API on embedded defaults (the data directory, the lists in force with
 * the bundled UN list on a fresh machine, the embedded database, or PostgreSQL with DATABASE_URL).
 * Prints its URL; stops cleanly on SIGINT/SIGTERM, closing the database (and releasing the data
 * directory) before it exits.
 *
 * The server holds the embedded database, so `interdict keys create` cannot run beside it: on the very
 * first start (no user at all) the server creates an admin key and prints it to stderr, once.
 */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP API (OpenAPI at /docs) on the lists in force')
    .option('--host <host>', 'address to listen on', DEFAULT_SETTINGS.server.host)
    .option('--port <port>', 'port to listen on (0: any free port)', String(DEFAULT_SETTINGS.server.port))
    .option('--screen-lists <sources>', 'screen only these lists, comma-separated source keys (default: every list in force)')
    .option('--import-timeout <seconds>', `stop an import through the server (POST /lists/import, /lists/update) that takes longer than this (default ${DEFAULT_SETTINGS.lists.importTimeoutMs / 1000})`)
    .option('--pack-config <file>', `rule-pack configuration for POST /events (default: <data dir>/${SITE_PACK_CONFIG_FILE} when present, else every rule's defaults)`)
    .action(async (opts: { host: string; port: string; screenLists?: string; importTimeout?: string; packConfig?: string }, cmd: Command) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError(`--port must be a port number, not "${opts.port}"`);
      const importTimeoutSeconds = Number(opts.importTimeout ?? DEFAULT_SETTINGS.lists.importTimeoutMs / 1000);
      if (!(importTimeoutSeconds > 0) || !Number.isFinite(importTimeoutSeconds)) throw usageError(`--import-timeout must be a number of seconds, not "${opts.importTimeout}"`);
      const dataDir = resolveDataDir(cmd.optsWithGlobals<GlobalOptions>().dataDir);
      const started = performance.now();
      const databaseUrl = databaseUrlFrom();
      let built;
      try {
        built = await buildServer({
          dataDir,
          databaseUrl,
          logger: false,
          bootstrapAdminKey: true,
          ...(opts.packConfig ? { packConfigFile: opts.packConfig } : {}),
          settings: {
            ...DEFAULT_SETTINGS,
            server: { ...DEFAULT_SETTINGS.server, host: opts.host, port },
            lists: {
              ...DEFAULT_SETTINGS.lists,
              screen: (opts.screenLists ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''),
              importTimeoutMs: Math.round(importTimeoutSeconds * 1000),
            },
          },
        });
      } catch (err) {
        if (err instanceof DataDirLockedError || err instanceof SitePackConfigError) throw new CliError(err.message);
        throw err;
      }
      const { app, screening, bootstrapKey } = built;
      const address = await app.listen({ host: opts.host, port });
      process.stderr.write(`database: ${databaseUrl ? `PostgreSQL ${redactUrl(databaseUrl)}` : `embedded, ${dataDir}/db`}\n`);
      if (bootstrapKey) {
        process.stderr.write(
          `\nFirst start: created an admin API key (user "${bootstrapKey.info.username}"). It is shown only this once:\n\n` +
            `    ${bootstrapKey.key}\n\n` +
            `Send it as "x-api-key: <key>". Admin keys manage keys and import lists but decide no alerts; create\n` +
            `analyst and supervisor keys with it (docs/operations.md, "The first start").\n\n`,
        );
      }
      const { engine, versions, groups, start } = await screening.get();
      const linked = groups.members.size > 0 ? `${groups.members.size} groups of linked records (linking took ${groups.linkMs} ms${groups.origin === 'computed' ? '' : ', read from the cache'}); ` : '';
      process.stderr.write(
        `lists in force: ${versions.map((v) => `${v.source} ${v.hash.slice(0, 12)} (${v.generatedAt ?? v.importedAt})`).join(', ')}; ` +
          `${engine.buildStats.parties} parties, ${engine.buildStats.names} names, ${engineStartText(start)}; ${linked}ready in ${Math.round(performance.now() - started)} ms\n`,
      );
      process.stderr.write(`rule pack for POST /events: ${built.context.sitePack.id} (${built.context.sitePack.source})\n`);
      process.stdout.write(`Interdict listening on ${address} (API docs: ${address}/docs)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          void app.close().then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
