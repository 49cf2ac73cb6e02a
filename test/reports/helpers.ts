import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.js';

/** The shared goAML material (schema and the FIU's two valid samples): tests may read ../shared. */
export const SHARED_GOAML = join(ROOT, '..', 'shared', 'data', 'goaml');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'reports');

/** A fresh copy of a fixture, so a test can break it without touching the others. */
export function fixture<T = any>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as T;
}
