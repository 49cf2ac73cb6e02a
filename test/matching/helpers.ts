/** Shared fixtures: the bundled UN list (real records), loaded and indexed once per test file. */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readListBytes } from '../../src/lists/read.js';
import type { SanctionedParty } from '../../src/lists/model.js';
import { MatchEngine, type Match } from '../../src/matching/engine.js';
import { prepareName, type PreparedToken } from '../../src/matching/prepared.js';
import { parseQuery, type Query } from '../../src/matching/query.js';
import { SANCTIONS } from '../helpers/paths.js';

export const UN_XML = fileURLToPath(new URL('../../data/lists/un-consolidated-2026-01-28.xml', import.meta.url));

let parties: Promise<SanctionedParty[]> | undefined;
export function unParties(): Promise<SanctionedParty[]> {
  parties ??= readFile(UN_XML).then((bytes) => readListBytes(bytes, 'un-consolidated-2026-01-28.xml')).then((s) => s.parties);
  return parties;
}

/** The tokens of the first `count` UN parties' names, one per folded form, in the order first met. */
export async function distinctUnTokens(count = 600): Promise<PreparedToken[]> {
  const tokens: PreparedToken[] = [];
  const seen = new Set<string>();
  for (const p of (await unParties()).slice(0, count)) {
    for (const n of p.names) {
      for (const t of prepareName(n.full, 0, 0, 'primary', 'good').tokens) {
        if (seen.has(t.folded)) continue;
        seen.add(t.folded);
        tokens.push(t);
      }
    }
  }
  return tokens;
}

let ofac2024: Promise<MatchEngine> | undefined;
/**
 * An engine over the real OFAC SDN file of 2024-05-03 (primary names only, ../shared/data/sanctions),
 * built once per test file: the other lists' organisations' names, as a bank screens against them.
 */
export function ofac2024Engine(): Promise<MatchEngine> {
  const name = 'ofac-sdn-2024-05-03-sdn-primary-only.csv';
  ofac2024 ??= readFile(join(SANCTIONS, name)).then((bytes) => readListBytes(bytes, name)).then((s) => MatchEngine.build(s.parties, { listVersions: [{ source: 'ofac', hash: 'test' }] }));
  return ofac2024;
}

/**
 * The score of the OFAC party captioned `caption` among the first 20 that the organisation `name`
 * meets on ofac2024Engine, down to 0.3 (0 when it is not among them).
 */
export async function ofacOrgScore(name: string, caption: string): Promise<number> {
  const m = (await ofac2024Engine()).screen(parseQuery({ id: 'q', schema: 'Organization', name }), { limit: 20, threshold: 0.3 }).find((x) => x.caption === caption);
  return m?.score ?? 0;
}

/**
 * Asserts `accept(score)` for each organisation `query` against the OFAC party captioned `caption`
 * (ofacOrgScore), naming the pair and its score where it fails.
 */
export async function assertOfacOrgScores(pairs: readonly (readonly [query: string, caption: string])[], accept: (score: number) => boolean): Promise<void> {
  for (const [query, caption] of pairs) {
    const score = await ofacOrgScore(query, caption);
    assert.ok(accept(score), `${query} on ${caption}: ${score}`);
  }
}

let engine: Promise<MatchEngine> | undefined;
export function unEngine(): Promise<MatchEngine> {
  engine ??= unParties().then((p) => MatchEngine.build(p, { listVersions: [{ source: 'un', hash: 'test' }] }));
  return engine;
}

/**
 * The match of listed party `ref` among the first `limit` that `query` meets on the UN engine, down to
 * a score of 0.3 (well under the threshold: the tests ask what a candidate scores, alert or not).
 */
export async function candidateOn(query: Query, ref: string, limit = 10): Promise<Match | undefined> {
  return (await unEngine()).screen(query, { limit, threshold: 0.3 }).find((m) => m.referenceNumber === ref);
}

const ARABIC = /[\u0600-\u06ff]/;

/** The list with every name in Arabic script removed (for Arabic-script queries to find Latin names). */
export async function latinOnlyEngine(): Promise<MatchEngine> {
  const ps = (await unParties()).map((p) => ({ ...p, names: p.names.filter((n) => !ARABIC.test(n.full)) }));
  return MatchEngine.build(ps, { listVersions: [{ source: 'un-latin-only', hash: 'test' }] });
}

/** The list with only Arabic-script names kept for the parties that have one. */
export async function arabicOnlyEngine(): Promise<MatchEngine> {
  const ps = (await unParties()).map((p) => (p.names.some((n) => ARABIC.test(n.full)) ? { ...p, names: p.names.filter((n) => ARABIC.test(n.full)) } : p));
  return MatchEngine.build(ps, { listVersions: [{ source: 'un-arabic-only', hash: 'test' }] });
}

/**
 * compare()'s score of two person names, with no list behind it (the weights of an empty list): how
 * the test/names files check that a reading scores as the name written another way.
 */
export function compareNames(a: string, b: string): number {
  return MatchEngine.build([], { listVersions: [] }).compare(q({ name: a }), q({ name: b })).score;
}

export function q(raw: Record<string, unknown>): Query {
  return parseQuery(raw);
}

/** Deterministic pseudo-random numbers (xorshift32), so a failure can be replayed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

/**
 * Screens each organisation name of `cases` on the UN engine and asserts that the party first met
 * is the reference given beside it, and alerts (the name-in-another-language tests).
 */
export async function assertOrganisationsFoundFirst(cases: readonly (readonly [name: string, ref: string])[]): Promise<void> {
  const engine = await unEngine();
  for (const [name, ref] of cases) {
    const [first] = engine.screen(parseQuery({ id: 'q', schema: 'Organization', name }), { limit: 3 });
    if (first?.referenceNumber !== ref) throw new Error(`${name}: first met ${first?.referenceNumber ?? 'nothing'}, not ${ref}`);
    if (!first.match) throw new Error(`${name}: ${ref} at ${first.score}, under the threshold`);
  }
}
