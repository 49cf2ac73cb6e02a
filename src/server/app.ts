import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { CreatedKey } from '../auth/keys-repo.js';
import { DEFAULT_SETTINGS, type Settings } from '../config/settings.js';
import { ListStore } from '../lists/store.js';
import { reportToStderr } from '../matching/saved-engine.js';
import { loadSitePackConfig } from '../monitoring/site-pack-config.js';
import { recordVersionsInForce } from '../screening/list-arrival.js';
import { AlertReplayer } from '../screening/replay.js';
import { ScreeningService } from '../screening/service.js';
import { openDatabase, type Database } from '../store/database.js';
import { rateLimitKey, registerAuth, type RouteAccess } from './auth.js';
import { bootstrapAdminKey } from './bootstrap.js';
import type { AppContext } from './context.js';
import { registerErrorHandling } from './errors.js';
import { registerRawBodies } from './raw-body.js';
import { registerRoutes } from './routes/index.js';
import { Serial } from './serial.js';
import { registerStaticUi } from './static.js';

/**
 * The HTTP API. One fastify instance that owns the database (opened here, closed when the server
 * closes), routes registered per area from src/server/routes, OpenAPI at /docs served from local
 * assets (works on an air-gapped machine).
 */
export interface ServerOptions {
  dataDir: string;
  /** postgres://... ; without it the embedded database in <dataDir>/db (held by this process). */
  databaseUrl?: string | undefined;
  settings?: Settings;
  /** Log to stderr (the CLI's `serve`); silent by default for tests. */
  logger?: boolean;
  /** Create an admin key when the database has no user yet (the CLI's `serve` does; see bootstrap.ts). */
  bootstrapAdminKey?: boolean;
  /**
   * Import the bundled UN list into a data directory that lacks it (default true), so a fresh machine
   * screens at once. False for a site that loads only the files it fetched itself.
   */
  bundledList?: boolean;
  /** Rule-pack configuration for POST /events (default: <dataDir>/rule-pack.json when present, else the defaults). */
  packConfigFile?: string;
  /**
   * Start-up notes (a saved engine refused and rebuilt, or not written). Default: the server's log
   * when `logger` is on, else stderr.
   */
  report?: (line: string) => void;
}

export interface InterdictServer {
  app: FastifyInstance;
  store: ListStore;
  screening: ScreeningService;
  database: Database;
  context: AppContext;
  /** The admin key created on this start, to be shown once; undefined when users existed already. */
  bootstrapKey?: CreatedKey;
  /** Every route with the permission it requires. */
  routes: RouteAccess[];
}

export async function buildServer(options: ServerOptions): Promise<InterdictServer> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const store = new ListStore(options.dataDir);
  if (options.bundledList !== false) await store.ensureBundledUn();
  const database = await openDatabase({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  try {
    return await assemble(options, settings, store, database);
  } catch (err) {
    await database.close();
    throw err;
  }
}

async function assemble(options: ServerOptions, settings: Settings, store: ListStore, database: Database): Promise<InterdictServer> {
  const db = database.db;
  // The versions in force are in the database before any alert can refer to them.
  await recordVersionsInForce(db, store, 'system:server');
  const bootstrapKey = options.bootstrapAdminKey ? await bootstrapAdminKey(db) : undefined;
  // The engine is made after the app exists (below), so its notes can go to the app's log.
  let report = options.report ?? reportToStderr;
  const screening = new ScreeningService(store, settings.lists.screen, (line) => report(line));
  // Validated before the server listens: a wrong reason code or parameter stops the start, named.
  const sitePack = await loadSitePackConfig(options.dataDir, options.packConfigFile);
  const context: AppContext = {
    database,
    db,
    store,
    screening,
    replayer: new AlertReplayer(db, store, screening),
    settings,
    startedAt: new Date(),
    listWork: new Serial(),
    sitePack,
  };
  const app = Fastify({
    logger: options.logger ? { level: 'info', transport: undefined } : false,
    bodyLimit: settings.server.bodyLimitBytes,
    // Reject prototype-pollution attempts in JSON bodies outright.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Refuse unknown fields with a message rather than silently dropping them (fastify's default).
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
  });
  if (!options.report && options.logger) report = (line) => app.log.warn(line);
  app.addHook('onClose', async () => {
    await database.close();
  });
  registerErrorHandling(app);
  registerRawBodies(app);
  // Before the auth hook, so floods are counted before any database lookup. Per key (by its public
  // prefix) when one is presented, per address otherwise.
  await app.register(fastifyRateLimit, { max: settings.server.rateLimitMax, timeWindow: settings.server.rateLimitWindowMs, keyGenerator: rateLimitKey });
  const routes = registerAuth(app, db);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Interdict API', version: '0.1.0', description: 'Sanctions screening and monitoring against terrorist financing. Every route but /health and /docs needs an API key.' },
      components: { securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' }, bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ apiKey: [] }, { bearer: [] }],
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  registerRoutes(app, context);
  // The analyst UI (web/dist) at /: registered after the API so its catch-all only answers GETs no
  // API route matched (src/server/static.ts, maintained with the UI in web/).
  registerStaticUi(app);
  // Build the index before the first request, so no caller waits for it.
  await screening.get();
  return { app, store, screening, database, context, routes, ...(bootstrapKey ? { bootstrapKey } : {}) };
}
