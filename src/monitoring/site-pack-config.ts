/**
 * The rule-pack configuration a site runs its server with (config.ts describes the format): the file
 * given to `serve --pack-config`, else `<data dir>/rule-pack.json` when it exists, else the defaults
 * of every rule. It is read and validated whole when the server starts, so a typo in a reason code or
 * a parameter stops the start with the field named, instead of the first event failing later (or, worse, a
 * default staying silently in force). Changing it needs a restart: the configuration's hash is in the
 * rule-pack id stored with every decision, and one running server has one id.
 */
import { join } from 'node:path';
import { EventValidationError } from './errors.js';
import { loadReference } from './reference/load.js';
import { prepareReference, type Reference } from './reference/prepared.js';
import { RulePack } from './rule-pack.js';
import { readStrictText, TextEncodingError } from '../util/strict-text.js';

export const SITE_PACK_CONFIG_FILE = 'rule-pack.json';

export interface SitePackConfig {
  /** The parsed file, undefined when the site runs the defaults. */
  raw: unknown;
  /** Where it came from: the file's path, or "defaults". */
  source: string;
  /** The effective configuration's id ("<version>@<hash>"), as every decision will carry it. */
  id: string;
}

export class SitePackConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly field?: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'SitePackConfigError';
  }
}

/**
 * Reads and validates the site's configuration against the reference data the server will use.
 * `explicitFile` must exist; the data directory's file is optional.
 */
export async function loadSitePackConfig(dataDir: string, explicitFile?: string, reference?: Reference): Promise<SitePackConfig> {
  const file = explicitFile ?? join(dataDir, SITE_PACK_CONFIG_FILE);
  let text: string | undefined;
  try {
    text = await readStrictText(file);
  } catch (err) {
    if (err instanceof TextEncodingError) throw new SitePackConfigError(file, err.message);
    const code = (err as NodeJS.ErrnoException).code;
    if (explicitFile !== undefined || code !== 'ENOENT') throw new SitePackConfigError(file, `cannot read the rule-pack configuration (${code ?? (err as Error).message})`);
  }
  let raw: unknown;
  if (text !== undefined) {
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new SitePackConfigError(file, `not valid JSON (${(err as Error).message})`);
    }
  }
  try {
    const pack = RulePack.build(reference ?? prepareReference(loadReference()), raw, { file });
    return { raw, source: text === undefined ? 'defaults' : file, id: pack.id };
  } catch (err) {
    if (err instanceof EventValidationError) throw new SitePackConfigError(file, [err.field, err.reason].filter((x) => x !== undefined && x !== '').join(': '), err.field);
    throw err;
  }
}
