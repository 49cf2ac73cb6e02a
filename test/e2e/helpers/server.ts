import { ListStore } from '../../../src/lists/store.js';
import { tempDir } from '../../helpers/paths.js';
import { sendFile, startTestServer } from '../../helpers/server.js';
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

/** The four-eyes cast: an analyst who proposes and two supervisors, either of whom may approve. */
const FOUR_EYES: KeySpec[] = [
  { username: 'alice', role: 'analyst' },
  { username: 'bob', role: 'supervisor' },
  { username: 'carol', role: 'supervisor' },
];

/**
 * A server with the four-eyes cast (alice, bob, carol) whose customers are `partiesCsv`, imported by
 * alice through the API as a bank would (so the screening and its alerts happen on import).
 */
export async function startFourEyesServer(partiesCsv: string): Promise<E2eServer> {
  const server = await startE2eServer({ users: FOUR_EYES });
  const imported = await sendFile(`${server.url}/parties/import?format=csv`, server.keys.alice, partiesCsv, 'text/csv');
  if (imported.status !== 200) {
    await server.close();
    throw new Error(`importing the e2e parties answered ${imported.status}: ${JSON.stringify(imported.json)}`);
  }
  return server;
}
