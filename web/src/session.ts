import type { Permission } from '../../src/auth/permissions.js';
import type { Role } from '../../src/auth/roles.js';

/**
 * The signed-in key lives in sessionStorage, not localStorage: it goes away with the tab, so a key
 * is never left on a shared workstation after the analyst closes the browser.
 */
const KEY = 'interdict.apiKey';

/** Who is signed in, as the server's GET /me states it. */
export interface Identity {
  username: string;
  role: Role;
  /** What the key may do (the server's permission table for the role). */
  permissions: Permission[];
  /** The name given to the key when it was made ("alice laptop"). */
  keyName: string | null;
}

export function storedKey(): string | null {
  return sessionStorage.getItem(KEY);
}

export function storeKey(key: string): void {
  sessionStorage.setItem(KEY, key);
}

export function clearKey(): void {
  sessionStorage.removeItem(KEY);
}
