/**
 * Settings with their defaults in one place. Nothing reads the environment at import time: the CLI
 * and the server build a Settings object when they start (defaults, then a settings file or flags),
 * and pass it down.
 */
import { DEFAULT_REPORTING_SETTINGS, type ReportingSettings } from '../reports/reporting-settings.js';

export interface ServerSettings {
  host: string;
  port: number;
  /** Largest request body accepted, bytes. A batch of 1,000 screening queries is about 200 KB. */
  bodyLimitBytes: number;
  /** Requests per client per window before 429 (per API key, else per address). */
  rateLimitMax: number;
  rateLimitWindowMs: number;
  /** Most queries in one batch request. */
  maxBatchQueries: number;
  /** Largest file accepted by the import routes (a list file, a parties file). */
  importBodyLimitBytes: number;
}

export interface ListSettings {
  /** A list in force older than this many days is reported stale by health and `lists versions`. */
  staleAfterDays: number;
  /**
   * The lists the server screens against, by source key ("un", "ofac-sdn", "uk-hmt", "eu", a watch
   * list's name). Empty (the default): every list in force, so a list imported later is screened from
   * then on without a restart. A key with no version in force is skipped.
   */
  screen?: string[];
  /**
   * How long an import through the server (POST /lists/import, /lists/update) may take in its worker
   * thread before it is stopped and refused, naming the file (src/lists/import-off-thread.ts).
   */
  importTimeoutMs: number;
}

export interface Settings {
  server: ServerSettings;
  lists: ListSettings;
  /** Who the organisation is in its reports (src/reports/reporting-settings.ts); `<data dir>/reporting.json` overrides. */
  reporting?: ReportingSettings;
}

/**
 * How long an import's worker may take by default before it is stopped: 10 minutes. A 1,000,000-name
 * own list (58 MB, 508,536 parties) took 12 s through the worker on this project's 2-core machine
 * (docs/benchmarks.md, "Session 14, h4"), and the largest file the readers accept (256 MiB) about
 * four times that, so only an import that is stuck comes near it, even on a saturated machine.
 */
export const DEFAULT_IMPORT_TIMEOUT_MS = 10 * 60 * 1000;

export const DEFAULT_SETTINGS: Settings = {
  server: {
    host: '127.0.0.1',
    port: 8080,
    bodyLimitBytes: 2 * 1024 * 1024,
    rateLimitMax: 600,
    rateLimitWindowMs: 60_000,
    maxBatchQueries: 1000,
    // The size limit list updates use for downloads (src/lists/update.ts); a parties file of about
    // 300,000 customers fits.
    importBodyLimitBytes: 64 * 1024 * 1024,
  },
  lists: {
    // The UN publishes changes as they are adopted; OpenSanctions polls every 4 hours. Two days without
    // a newer version is not proof of staleness (the list may not have changed), but it is the point at
    // which an operator should check that updates still run.
    staleAfterDays: 2,
    screen: [],
    importTimeoutMs: DEFAULT_IMPORT_TIMEOUT_MS,
  },
  reporting: DEFAULT_REPORTING_SETTINGS,
};
