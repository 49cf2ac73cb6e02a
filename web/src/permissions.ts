import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Permission } from '../../src/auth/permissions.js';
import type { Identity } from './session.js';

/**
 * What the signed-in key may do: the permissions the server listed in GET /me for its role. Screens
 * offer only those actions; the server enforces all of it either way (hiding is for clarity, not
 * security), and a refusal it still gives (four eyes) is shown with its reason.
 */
export interface Access {
  identity: Identity;
}

export const AccessContext = createContext<Access>({ identity: { username: '', role: 'auditor', permissions: [], keyName: null } });

export function allowed(access: Access, permission: Permission): boolean {
  return access.identity.permissions.includes(permission);
}

export function useCan(): (permission: Permission) => boolean {
  const access = useContext(AccessContext);
  return (p) => allowed(access, p);
}

export function useIdentity(): Identity {
  return useContext(AccessContext).identity;
}
