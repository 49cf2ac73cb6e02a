import { ApiError, api, isMissingRoute } from './api.js';
import { isRole, type Role } from '../../src/auth/roles.js';
import type { Identity } from './session.js';

/**
 * Who a key belongs to. The server's GET /me answers directly. A server without it names the role in
 * every refusal ("role analyst may not ..."), so the UI asks for the key listing (GET /keys, read-only,
 * admin only): an admin gets the list, anyone else a 403 naming their role. A key the server does not
 * accept fails with 401 either way.
 */
interface MeResponse {
  username?: string;
  role?: string;
  permissions?: string[];
  user?: { username?: string };
}

/** The role named in a refusal message, if any. */
export function roleFromRefusal(message: string): Role | null {
  const m = /^role (\w+) may not/.exec(message);
  return m && isRole(m[1]!) ? m[1] : null;
}

async function probeRole(key: string): Promise<Role | null> {
  try {
    await api('/keys', { key });
    return 'admin';
  } catch (err) {
    if (err instanceof ApiError && err.status === 403) return roleFromRefusal(err.message);
    if (err instanceof ApiError && err.status === 401) throw err;
    return null;
  }
}

export async function resolveIdentity(key: string): Promise<Identity> {
  try {
    const me = await api<MeResponse>('/me', { key });
    const role = me.role && isRole(me.role) ? me.role : null;
    return { username: me.username ?? me.user?.username ?? null, role, permissions: Array.isArray(me.permissions) ? me.permissions : null };
  } catch (err) {
    if (!isMissingRoute(err)) throw err;
  }
  await api('/lists/versions', { key });
  return { username: null, role: await probeRole(key), permissions: null };
}

export function signInError(err: unknown): string {
  if (err instanceof ApiError && (err.status === 401 || err.status === 403)) return 'The server did not accept this key.';
  return err instanceof Error ? err.message : String(err);
}
