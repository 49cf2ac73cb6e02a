import type { Role } from '../../src/auth/roles.js';

/**
 * The signed-in key lives in sessionStorage, not localStorage: it goes away with the tab, so a key
 * is never left on a shared workstation after the analyst closes the browser.
 */
const KEY = 'interdict.apiKey';

export interface Identity {
  username: string | null;
  /** null when the server has no /me endpoint: the UI then learns what is forbidden from 403s. */
  role: Role | null;
  /** Permissions the server listed for this key, when it does. */
  permissions: string[] | null;
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
