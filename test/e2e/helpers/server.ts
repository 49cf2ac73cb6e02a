import { ListStore } from '../../../src/lists/store.js';
import { tempDir } from '../../helpers/paths.js';
import { startTestServer } from '../../helpers/server.js';
import type { Role } from '../../../src/auth/roles.js';

/**
 * A real Interdict server for browser tests: a fresh data directory with a real database, optional
 * list files imported first, API keys made for the roles a test needs, the built UI served at /.
 * Keys are created through the server's own database handle (one process owns the embedded database).
 */
export interface E2eServer {
  url: string;
  dataDir: string;
  keys: Partial<Record<string, string>>;
  server: Awaited<ReturnType<typeof startTestServer>>['server'];
  /** Another key, made while the server runs. */
  key: (role: Role, username: string) => Promise<string>;
  close: () => Promise<void>;
}

export interface KeySpec {
  username: string;
  role: Role;
}

export async function startE2eServer(options: { importFiles?: string[]; users?: KeySpec[] } = {}): Promise<E2eServer> {
  const home = tempDir('interdict-e2e-');
  const store = new ListStore(home.dir);
  for (const f of options.importFiles ?? []) await store.importFile(f);
  const started = await startTestServer({ dataDir: home.dir });
  const keys: Record<string, string> = {};
  for (const u of options.users ?? []) keys[u.username] = await started.key(u.role, u.username);
  return {
    url: started.url,
    dataDir: home.dir,
    keys,
    key: (role, username) => started.key(role, username),
    server: started.server,
    close: async () => {
      await started.close();
      home.cleanup();
    },
  };
}
