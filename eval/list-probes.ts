/**
 * `node --import tsx eval/list-probes.ts [cross|uk-only] ...`: two probes on real list files that
 * found most of the engine's recent false alerts (docs/matching.md, sessions 41-44). Figures to
 * compare engines with (BASE=<another checkout> runs that tree's engine instead), not goals.
 *
 * cross FILE KIND (KIND person or organization): every name of every party of that kind in a list
 * file (any format `lists import` reads) screened against an engine over the same file. "own": the
 * name alerts on its own record; "miss": it does not; "cross": each alert on another record, printed
 * with its score (most are a group's members or the same name listed twice, which an analyst wants
 * to see; the rest are look-alike names of different bodies or people).
 *
 * uk-only [FILE] [KIND]: the people (or organisations) of a UK consolidated list (default the file of
 * 2018-04-13 in ../shared) that cite no UN reference, every name screened against the bundled UN
 * list; prints each alerting name with its best alert, and the count of names and parties alerting.
 * Real names of the same cultures as the UN's (Syrian, Iraqi, Iranian, North Korean, Libyan ...),
 * mostly of people the UN does not list; some alerts are true (a UN listing after 2018, or a name
 * the UK did not link), so read them, do not count them as false alerts blindly.
 */
import { join } from 'node:path';
import { readListPath } from '../src/lists/read-path.js';
import type { SanctionedParty } from '../src/lists/model.js';
import { citedUnReferences } from '../src/lists/uk-hmt.js';
import type { Match, MatchEngine as Engine } from '../src/matching/engine.js';
import type { Query } from '../src/matching/query.js';
import { bundledUnList, sharedSanctionsDir } from './lib/paths.js';
import { loadEngineFrom } from './lib/tree-engine.js';

const tree = process.env.BASE ?? new URL('..', import.meta.url).pathname;
const { MatchEngine, parseQuery } = await loadEngineFrom<Engine>(tree);

function isKind(p: SanctionedParty, kind: string): boolean {
  return kind === 'person' ? p.kind === 'person' : p.kind === 'organization';
}

function query(p: SanctionedParty, name: string): Query {
  return parseQuery({ id: 'q', schema: p.kind === 'person' ? 'Person' : 'Organization', name }) as Query;
}

function line(m: Match, name: string, p: SanctionedParty, note = ''): string {
  return `${m.score.toFixed(3)}\t${name}\t(${p.referenceNumber}${note})\t->\t${m.caption} (${m.referenceNumber})`;
}

async function cross(file: string, kind: string): Promise<void> {
  const parties = (await readListPath(file)).snapshot.parties;
  const engine = MatchEngine.build(parties, { listVersions: [{ source: 'probe', hash: 'probe' }] });
  let names = 0;
  let own = 0;
  let crossAlerts = 0;
  for (const p of parties) {
    if (!isKind(p, kind)) continue;
    for (const n of p.names) {
      names++;
      const alerts = engine.screen(query(p, n.full), { limit: 5 }).filter((m) => m.match);
      if (alerts.some((m) => m.entityId === p.id)) own++;
      for (const m of alerts) {
        if (m.entityId === p.id) continue;
        crossAlerts++;
        console.log(line(m, n.full, p));
      }
    }
  }
  console.log(`${kind} names ${names}: own ${own}, miss ${names - own}, cross ${crossAlerts}`);
}

async function ukOnly(file: string, kind: string): Promise<void> {
  const uk = (await readListPath(file)).snapshot.parties;
  const un = (await readListPath(bundledUnList)).snapshot.parties;
  const engine = MatchEngine.build(un, { listVersions: [{ source: 'un', hash: 'probe' }] });
  let parties = 0;
  let alertingParties = 0;
  let names = 0;
  let alertingNames = 0;
  for (const p of uk) {
    if (!isKind(p, kind) || citedUnReferences(p).length > 0) continue;
    parties++;
    let any = false;
    for (const n of p.names) {
      names++;
      const best = engine.screen(query(p, n.full), { limit: 1 })[0];
      if (best === undefined || !best.match) continue;
      alertingNames++;
      any = true;
      console.log(line(best, n.full, p, ` ${p.listType ?? ''}`));
    }
    if (any) alertingParties++;
  }
  console.log(`${kind}s citing no UN reference ${parties}, alerting ${alertingParties}; names ${names}, alerting ${alertingNames}`);
}

const [probe, a, b] = process.argv.slice(2);
if (probe === 'cross' && a !== undefined) await cross(a, b ?? 'organization');
else if (probe === 'uk-only') await ukOnly(a ?? join(sharedSanctionsDir(), 'uk-hmt-conlist-2018-04-13.csv'), b ?? 'person');
else {
  console.error('usage: node --import tsx eval/list-probes.ts cross FILE [person|organization] | uk-only [FILE] [person|organization]');
  process.exit(2);
}
