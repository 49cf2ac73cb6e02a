import type { Command } from 'commander';
import { DEFAULT_SETTINGS } from '../../config/settings.js';
import { buildServer } from '../../server/app.js';
import { resolveDataDir, type GlobalOptions } from '../context.js';
import { usageError } from '../exit-codes.js';

/**
 * `interdict serve`: the HTTP API on embedded defaults (the data directory, the lists in force with
 * the bundled UN list on a fresh machine). Prints its URL; stops cleanly on SIGINT/SIGTERM.
 */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP API (OpenAPI at /docs) on the lists in force')
    .option('--host <host>', 'address to listen on', DEFAULT_SETTINGS.server.host)
    .option('--port <port>', 'port to listen on (0: any free port)', String(DEFAULT_SETTINGS.server.port))
    .action(async (opts: { host: string; port: string }, cmd: Command) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError(`--port must be a port number, not "${opts.port}"`);
      const dataDir = resolveDataDir(cmd.optsWithGlobals<GlobalOptions>().dataDir);
      const started = performance.now();
      const { app, screening } = await buildServer({ dataDir, logger: false, settings: { ...DEFAULT_SETTINGS, server: { ...DEFAULT_SETTINGS.server, host: opts.host, port } } });
      const address = await app.listen({ host: opts.host, port });
      const { engine, versions } = await screening.get();
      process.stderr.write(
        `lists in force: ${versions.map((v) => `${v.source} ${v.hash.slice(0, 12)} (${v.generatedAt ?? v.importedAt})`).join(', ')}; ` +
          `${engine.buildStats.parties} parties, ${engine.buildStats.names} names; ready in ${Math.round(performance.now() - started)} ms\n`,
      );
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
