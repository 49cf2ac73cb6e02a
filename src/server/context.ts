import type { Settings } from '../config/settings.js';
import type { SitePackConfig } from '../monitoring/site-pack-config.js';
import type { ListStore } from '../lists/store.js';
import type { AlertReplayer } from '../screening/replay.js';
import type { RescreenDeps } from '../screening/rescreen.js';
import type { ScreeningService } from '../screening/service.js';
import type { Database, Db } from '../store/database.js';
import type { Serial } from './serial.js';

/** What route handlers work with: one object, built once by buildServer, so routes take one argument. */
export interface AppContext {
  database: Database;
  db: Db;
  store: ListStore;
  screening: ScreeningService;
  replayer: AlertReplayer;
  settings: Settings;
  startedAt: Date;
  /** List imports, updates and re-screens, one at a time (see serial.ts). */
  listWork: Serial;
  /** The rule-pack configuration POST /events runs (src/monitoring/site-pack-config.ts), validated at start. */
  sitePack: SitePackConfig;
}

export function rescreenDeps(ctx: AppContext): RescreenDeps {
  return { db: ctx.db, store: ctx.store, service: ctx.screening };
}
