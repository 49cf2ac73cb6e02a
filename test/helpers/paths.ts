import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root and the shared data beside it (../shared, as laid out for developers and CI). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SANCTIONS = join(ROOT, '..', 'shared', 'data', 'sanctions');
export const UN_2017 = join(SANCTIONS, 'un-consolidated-2017-07-03.xml');
export const UN_2018 = join(SANCTIONS, 'un-consolidated-2018-06-07.xml');
export const UN_2025 = join(SANCTIONS, 'un-consolidated-2025-11-20.xml');
export const UN_2026 = join(SANCTIONS, 'un-consolidated-2026-01-28.xml');
export const BIN = join(ROOT, 'bin', 'interdict');

/** A fresh, empty directory for one test; removed by the returned cleanup function. */
export function tempDir(prefix = 'interdict-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
