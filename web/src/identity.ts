import { ApiError, api } from './api.js';
import { isRole } from '../../src/auth/roles.js';
import { PERMISSION_NAMES, type Permission } from '../../src/auth/permissions.js';
import type { Identity } from './session.js';

/**
 * Who a key belongs to, from the server's GET /me: the username, the role of the key, the permissions
 * the role holds and the key's name. A key the server does not accept fails with 401.
 */
interface MeResponse {
  username: string;
  role: string;
  permissions: string[];
  keyName: string | null;
}

function isPermission(p: string): p is Permission {
  return (PERMISSION_NAMES as string[]).includes(p);
}

export async function resolveIdentity(key: string): Promise<Identity> {
  const me = await api<MeResponse>('/me', { key });
  if (!isRole(me.role)) throw new Error(`the server named an unknown role "${me.role}" for this key`);
  return { username: me.username, role: me.role, permissions: me.permissions.filter(isPermission), keyName: me.keyName ?? null };
}

export function signInError(err: unknown): string {
  if (err instanceof ApiError && (err.status === 401 || err.status === 403)) return 'The server did not accept this key.';
  return err instanceof Error ? err.message : String(err);
}
