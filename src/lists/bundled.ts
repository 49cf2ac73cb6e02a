import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The list snapshot that ships with Interdict, used by every command with no set-up.
 * Source: UN Security Council Consolidated List, official XML, dateGenerated 2026-01-28T00:00:11.197Z,
 * sha256 c6a354e9d798d5efd7c6deb4420fe6fc58d4255465b1fab35fbdd7bca2a3883f (see data/lists/SOURCES.md).
 */
export const BUNDLED_UN_FILE = 'un-consolidated-2026-01-28.xml';
export const BUNDLED_UN_SHA256 = 'c6a354e9d798d5efd7c6deb4420fe6fc58d4255465b1fab35fbdd7bca2a3883f';

/** The repository root, found from this file's place (src/lists or dist/lists, both two levels down). */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function bundledListPath(file: string = BUNDLED_UN_FILE): string {
  return join(PACKAGE_ROOT, 'data', 'lists', file);
}
