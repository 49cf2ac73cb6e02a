import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { registerAlertRoutes } from './alerts.js';
import { registerCaseRoutes } from './cases.js';
import { registerDecisionRoutes } from './decisions.js';
import { registerHealthRoutes } from './health.js';
import { registerKeyRoutes } from './keys.js';
import { registerListImportRoutes } from './list-import.js';
import { registerListRoutes } from './lists.js';
import { registerMeRoutes } from './me.js';
import { registerMonitoringRoutes } from './monitoring.js';
import { registerPartyRoutes } from './parties.js';
import { registerRecordRoutes } from './records.js';
import { registerReportRoutes } from './reports.js';
import { registerScreeningRoutes } from './screening.js';
import { registerYenteRoutes } from './yente.js';

/** Every route of the API, area by area; docs/api.md lists them with their permissions. */
export function registerRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerHealthRoutes(app, ctx.store, ctx.startedAt, ctx.settings.lists.staleAfterDays);
  registerListRoutes(app, ctx.store);
  registerListImportRoutes(app, ctx);
  registerScreeningRoutes(app, ctx);
  registerYenteRoutes(app, ctx);
  registerPartyRoutes(app, ctx);
  registerAlertRoutes(app, ctx);
  registerCaseRoutes(app, ctx);
  registerDecisionRoutes(app, ctx);
  registerRecordRoutes(app, ctx);
  registerMonitoringRoutes(app, ctx);
  registerReportRoutes(app, ctx);
  registerKeyRoutes(app, ctx);
  registerMeRoutes(app, ctx);
}
