/**
 * `node --import tsx eval/different-names.ts`: listed names with one Arabic given name swapped for a
 * different name of its group (Mohammed -> Mahmoud, Hassan -> Hussein, Jamal -> Jamil), screened
 * against the bundled UN list, apart from the main harness (whose clean negatives leave out every
 * draw that nearly equals a listed name, so they hold none of these). Each query is the name of a
 * customer who shares the rest of a listed person's name and bears another name; it prints the share
 * that alert on the record the name came from, by the name's word count, and the first few. Not every
 * such alert is false (a rare family name and a second given name agreeing are worth a look), so
 * these are figures to compare engines with, not a false-alert rate. The names swapped are those of
 * names/distinct-names.ts, written here in one common spelling each.
 */
import { readUnXml } from '../src/lists/un.js';
import { ALGORITHM_VERSION, MatchEngine } from '../src/matching/engine.js';
import { parseQuery } from '../src/matching/query.js';
import { bundledUnList } from './lib/paths.js';

/** Groups of different names; each name's spellings, the first the one written into a query. */
const GROUPS: readonly (readonly (readonly string[])[])[] = [
  [['muhammad', 'mohammad', 'mohammed', 'mohamed', 'mohamad', 'muhammed'], ['mahmud', 'mahmoud', 'mahmood'], ['ahmad', 'ahmed'], ['hamid', 'hameed'], ['hamad'], ['hamdi']],
  [['hasan', 'hassan'], ['husayn', 'hussein', 'hussain', 'husain']],
  [['umar', 'omar'], ['amr', 'amru'], ['amir', 'amer']],
  [['saeed'], ['saad'], ['sayed', 'sayyid', 'syed']],
  [['rashid', 'rasheed'], ['rashad']],
  [['jamal'], ['jamil']],
  [['kamal'], ['kamil']],
  [['jalal'], ['jalil']],
  [['salah'], ['salih', 'saleh']],
  [['salim', 'salem'], ['salam']],
  [['bashir'], ['bashar']],
  [['khalid', 'khaled'], ['khalil']],
  [['zayd', 'zaid'], ['zayed']],
  [['fadl'], ['fadil']],
];

const groupOf = new Map<string, { group: number; name: number }>();
GROUPS.forEach((names, group) => names.forEach((spellings, name) => spellings.forEach((s) => groupOf.set(s, { group, name }))));

const { parties } = await readUnXml({ path: bundledUnList });
const engine = MatchEngine.build(parties, { listVersions: [{ source: 'un', hash: 'different-names' }] });

let queries = 0;
let alerts = 0;
const byWords = new Map<number, { queries: number; alerts: number }>();
const shown: string[] = [];
for (const party of parties) {
  if (party.kind !== 'person') continue;
  for (const name of party.names) {
    if (!/^[A-Za-z' .-]+$/.test(name.full)) continue;
    const words = name.full.split(/\s+/);
    words.forEach((word, i) => {
      const at = groupOf.get(word.toLowerCase());
      if (at === undefined) return;
      (GROUPS[at.group] as (readonly string[])[]).forEach((spellings, other) => {
        if (other === at.name) return;
        const swapped = [...words];
        swapped[i] = spellings[0] as string;
        const query = swapped.join(' ');
        const hit = engine.screen(parseQuery({ schema: 'Person', name: query }), { limit: 10 }).find((m) => m.referenceNumber === party.referenceNumber && m.match);
        const tally = byWords.get(words.length) ?? { queries: 0, alerts: 0 };
        byWords.set(words.length, tally);
        queries++;
        tally.queries++;
        if (hit === undefined) return;
        alerts++;
        tally.alerts++;
        if (shown.length < 10) shown.push(`  ${query} -> ${party.referenceNumber} ${name.full} ${hit.score}`);
      });
    });
  }
}
const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;
console.log(`engine ${ALGORITHM_VERSION}: ${queries} listed names with one given name swapped for a different name; ${alerts} (${pct(alerts, queries)}) alert on their source record`);
for (const [words, t] of [...byWords].sort((a, b) => a[0] - b[0])) console.log(`  ${words} word(s): ${t.alerts} of ${t.queries} (${pct(t.alerts, t.queries)})`);
console.log('first alerts:');
console.log(shown.join('\n'));
