/**
 * Screens groups of labelled items: one engine per (list version, variant), built on the list with
 * the group's withholdings applied. Kept apart from eval/run.ts so that the harness can hand
 * disjoint sets of groups to several processes (one per core) and merge what they return.
 */
import { existsSync } from 'node:fs';
import { readUnXml } from '../../src/lists/un.js';
import type { SanctionedParty } from '../../src/lists/model.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { parseQuery } from '../../src/matching/query.js';
import type { EvalItem } from '../lib/item.js';
import { unListPath } from '../lib/paths.js';
import { groupBy, type ScreenedItem } from './metrics.js';
import { withholdNames } from './withhold.js';

export interface GroupRun {
  version: string;
  variant: string;
  items: number;
  buildMs: number;
  screenMs: number;
}

export interface GroupsResult {
  screened: ScreenedItem[];
  runs: GroupRun[];
  skipped: string[];
  /** The default threshold of the engine built on the full bundled list, if this shard built it. */
  defaultThreshold?: number;
}

export function groupKey(item: EvalItem): string {
  return `${item.list.version}\u0000${item.list.variant}`;
}

/** Groups in a stable order, each with its items. */
export function itemGroups(items: readonly EvalItem[]): [string, EvalItem[]][] {
  return [...groupBy(items, groupKey)].sort(([a], [b]) => a.localeCompare(b));
}

/** Splits groups over `n` shards, largest first onto the lightest shard, so each shard gets a similar load. */
export function shardGroups(groups: [string, EvalItem[]][], n: number): string[][] {
  const shards = Array.from({ length: n }, () => ({ load: 0, keys: [] as string[] }));
  for (const [key, items] of [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    const lightest = shards.reduce((m, s) => (s.load < m.load ? s : m));
    lightest.keys.push(key);
    // A build costs about as much as screening a few hundred queries at today's engine speed.
    lightest.load += items.length + 300;
  }
  return shards.map((s) => s.keys);
}

export async function screenGroups(groups: [string, EvalItem[]][], opts: { floor: number; limit: number }): Promise<GroupsResult> {
  const lists = new Map<string, SanctionedParty[]>();
  const result: GroupsResult = { screened: [], runs: [], skipped: [] };
  for (const [key, group] of groups) {
    const [version, variant] = key.split('\u0000') as [string, string];
    const path = unListPath(version);
    if (!existsSync(path)) {
      result.skipped.push(`${version}/${variant}: ${group.length} items (no ${path})`);
      continue;
    }
    let parties = lists.get(version);
    if (!parties) {
      parties = (await readUnXml({ path })).parties;
      lists.set(version, parties);
    }
    const withholds = group.flatMap((i) => i.list.withhold ?? []);
    const indexed = withholds.length > 0 ? withholdNames(parties, withholds) : parties;
    const t0 = performance.now();
    const engine = MatchEngine.build(indexed, { listVersions: [{ source: 'un', hash: `${version}/${variant}` }] });
    const buildMs = performance.now() - t0;
    if (version === 'un-2026-01-28' && variant === 'full') result.defaultThreshold = engine.defaultThreshold;
    const t1 = performance.now();
    for (const item of group) {
      const query = parseQuery({ id: item.id, ...item.query }, item.id);
      const matches = engine.screen(query, { threshold: engine.defaultThreshold, minScore: opts.floor, limit: opts.limit });
      result.screened.push({
        id: item.id,
        set: item.set,
        script: item.script,
        kind: item.kind,
        expected: item.expected,
        matches: matches.map((m) => ({ ref: m.referenceNumber, score: m.score })),
      });
    }
    result.runs.push({ version, variant, items: group.length, buildMs, screenMs: performance.now() - t1 });
  }
  return result;
}
