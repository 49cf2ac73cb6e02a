/**
 * The name of the listed party an alert is about, as the list version it was raised on writes it
 * (primary name, and the first name in another script), read from the stored snapshot of that
 * version. Without the list store (or when the version is no longer kept) the name the matcher
 * compared, kept in the alert's explanation, is used.
 */
import type { ListStore } from '../lists/store.js';
import type { StoredAlert } from './case-data.js';
import type { ListedName } from './case-file-common.js';
import { isLatinName } from './case-parties.js';

export async function listedNames(alertRows: readonly StoredAlert[], store?: ListStore): Promise<Map<number, ListedName>> {
  const out = new Map<number, ListedName>();
  const versions = store ? await store.versions().catch(() => []) : [];
  for (const alert of alertRows) {
    const version = versions.find((v) => v.hash === alert.listVersionHash);
    const snapshot = version && store ? await store.load(version).catch(() => undefined) : undefined;
    const listed = snapshot?.parties.find((p) => p.id === alert.listedPartyId);
    if (listed) {
      const original = listed.names.map((n) => n.full).find((n) => !isLatinName(n) && /\p{L}/u.test(n));
      out.set(alert.id, { name: listed.caption, ...(original ? { original } : {}) });
      continue;
    }
    const fromExplanation = (alert.explanation as { name?: { listedName?: unknown } } | null)?.name?.listedName;
    out.set(alert.id, { name: typeof fromExplanation === 'string' ? fromExplanation : alert.listedPartyRef });
  }
  return out;
}
