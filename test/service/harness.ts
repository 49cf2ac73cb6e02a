import type { Role } from '../../src/auth/roles.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/config/settings.js';
import { caller, startTestServer, type TestServer } from '../helpers/server.js';
import { cliTarget, type CliTarget, type TestBackend } from '../store/backends.js';

/**
 * One server per backend for the service suite: a fresh database (PGlite data directory or PostgreSQL
 * database), no bundled list (each test decides which versions arrive, in which order), small body
 * limits so oversize requests are cheap to send, and a rate limit high enough for the route matrix.
 */
export const TEST_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  server: { ...DEFAULT_SETTINGS.server, bodyLimitBytes: 256 * 1024, importBodyLimitBytes: 4 * 1024 * 1024, rateLimitMax: 100_000 },
};

export interface Harness {
  ts: TestServer;
  target: CliTarget;
  /** Keys by person; the name is the user, so four-eyes rules see two supervisors as two people. */
  keys: Record<'admin' | 'analyst' | 'analyst2' | 'supervisor' | 'supervisor2' | 'auditor', string>;
  as: (who: keyof Harness['keys']) => ReturnType<typeof caller>;
  dispose: () => Promise<void>;
}

export async function startHarness(backend: TestBackend, settings: Settings = TEST_SETTINGS): Promise<Harness> {
  const target = await cliTarget(backend);
  const ts = await startTestServer({ dataDir: target.dataDir, databaseUrl: target.env.DATABASE_URL || undefined, bundledList: false, settings });
  const people: [keyof Harness['keys'], Role][] = [
    ['admin', 'admin'],
    ['analyst', 'analyst'],
    ['analyst2', 'analyst'],
    ['supervisor', 'supervisor'],
    ['supervisor2', 'supervisor'],
    ['auditor', 'auditor'],
  ];
  const keys = {} as Harness['keys'];
  for (const [who, role] of people) keys[who] = await ts.key(role, who);
  return {
    ts,
    target,
    keys,
    as: (who) => caller(ts.url, keys[who]),
    async dispose() {
      await ts.close();
      await target.dispose();
    },
  };
}
