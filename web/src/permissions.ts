import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { can as roleCan, type Permission } from '../../src/auth/permissions.js';
import type { Identity } from './session.js';

/**
 * What the signed-in key may do, from the server's own permission table (imported, not copied, so
 * the UI and the API can never disagree about a role). Without a known role (no /me on the server)
 * everything is offered and the server's 403 answers are remembered, so a refused action is hidden
 * from then on. The server enforces all of it either way: hiding is for clarity, not security.
 */
export interface Access {
  identity: Identity;
  forbidden: ReadonlySet<string>;
}

export const AccessContext = createContext<Access>({ identity: { username: null, role: null, permissions: null }, forbidden: new Set() });

export function allowed(access: Access, permission: Permission): boolean {
  if (access.forbidden.has(permission)) return false;
  const { role, permissions } = access.identity;
  if (permissions) return permissions.includes(permission);
  if (role) return roleCan(role, permission);
  return true;
}

export function useCan(): (permission: Permission) => boolean {
  const access = useContext(AccessContext);
  return (p) => allowed(access, p);
}

export function useIdentity(): Identity {
  return useContext(AccessContext).identity;
}

/** Which permission a refused request was asking for, by its path, to remember a 403 by. */
export function permissionForPath(method: string, path: string): Permission | null {
  const p = path.split('?')[0] ?? '';
  if (p.startsWith('/screen')) return 'screen:run';
  if (/^\/decisions\/\d+\/(approve|reject)/.test(p)) return 'decisions:approve';
  if (p.startsWith('/decisions') || /\/decisions$/.test(p)) return method === 'GET' ? 'decisions:read' : 'decisions:propose';
  if (p.startsWith('/alerts')) return method === 'GET' ? 'alerts:read' : 'alerts:transition';
  if (p.startsWith('/cases')) return method === 'GET' ? 'cases:read' : 'cases:write';
  if (p.startsWith('/audit')) return 'audit:read';
  return null;
}
