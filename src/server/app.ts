import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { DEFAULT_SETTINGS, type Settings } from '../config/settings.js';
import { ListStore } from '../lists/store.js';
import { registerErrorHandling } from './errors.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerListRoutes } from './routes/lists.js';
import { registerScreeningRoutes } from './routes/screening.js';
import { registerYenteRoutes } from './routes/yente.js';
import { ScreeningService } from '../screening/service.js';

/**
 * The HTTP API. One fastify instance, routes registered per area from src/server/routes, OpenAPI at
 * /docs served from local assets (works on an air-gapped machine).
 */
export interface ServerOptions {
  dataDir: string;
  settings?: Settings;
  /** Log to stderr (the CLI's `serve`); silent by default for tests. */
  logger?: boolean;
}

export interface InterdictServer {
  app: FastifyInstance;
  store: ListStore;
  screening: ScreeningService;
}

export async function buildServer(options: ServerOptions): Promise<InterdictServer> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const store = new ListStore(options.dataDir);
  await store.ensureBundledUn();
  const app = Fastify({
    logger: options.logger ? { level: 'info', transport: undefined } : false,
    bodyLimit: settings.server.bodyLimitBytes,
    // Reject prototype-pollution attempts in JSON bodies outright.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Refuse unknown fields with a message rather than silently dropping them (fastify's default).
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
  });
  registerErrorHandling(app);
  await app.register(fastifyRateLimit, { max: settings.server.rateLimitMax, timeWindow: settings.server.rateLimitWindowMs });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Interdict API', version: '0.1.0', description: 'Sanctions screening and monitoring against terrorist financing.' },
      components: { securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } } },
      security: [{ apiKey: [] }],
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  registerHealthRoutes(app, store, new Date(), settings.lists.staleAfterDays);
  registerListRoutes(app, store);
  const screening = new ScreeningService(store);
  // Build the index before the first request, so no caller waits for it.
  await screening.get();
  registerScreeningRoutes(app, screening, settings.server.maxBatchQueries);
  registerYenteRoutes(app, screening, settings.server.maxBatchQueries);
  return { app, store, screening };
}
