/**
 * `node --import tsx eval/korean-names.ts`: Korean names against the bundled UN list, apart from the
 * main harness (whose sets hold no Korean name but the list's own). Positives: the 79 DPRK people
 * of the list written in Hangul by us (test/fixtures/hangul-kp-names.tsv): found first, and alerted.
 * Negatives: 3,000 Korean names generated from common family names and given-name syllables
 * (seeded), screened in Hangul and in the same Latin letters the list would use (korean.ts): the
 * share that alert, of all of them and of those the main harness's clean check keeps
 * (build/clean-check.ts: a name sharing all but one of its words with a listed name is no clean
 * negative there, "Kim Chol Su" beside KIM CHOL NAM), so the last figure compares with its
 * false-alert rate. Prints figures only; the tests (test/matching/hangul-names.test.ts) hold the floors.
 */
import { readFileSync } from 'node:fs';
import { readUnXml } from '../src/lists/un.js';
import { MatchEngine } from '../src/matching/engine.js';
import { parseQuery } from '../src/matching/query.js';
import { romaniseHangulSyllable } from '../src/names/korean.js';
import { CleanCheck } from './build/clean-check.js';
import { loadUn, UN_VERSIONS } from './build/un-data.js';
import { bundledUnList } from './lib/paths.js';
import { Rng } from './lib/prng.js';

const { parties } = await readUnXml({ path: bundledUnList });
const engine = MatchEngine.build(parties, { listVersions: [{ source: 'un', hash: 'korean-names' }] });
const top = (name: string) => engine.screen(parseQuery({ schema: 'Person', name }), { limit: 1 })[0];

const rows = readFileSync(new URL('../test/fixtures/hangul-kp-names.tsv', import.meta.url), 'utf8').trim().split('\n').map((l) => l.split('\t') as [string, string]);
let first = 0;
let alerted = 0;
for (const [ref, name] of rows) {
  const m = top(name);
  if (m?.referenceNumber !== ref) continue;
  first++;
  if (m.match) alerted++;
}
console.log(`positives: ${rows.length} DPRK names in Hangul, ${first} found first, ${alerted} alerted`);

const rng = new Rng('korean-negatives-v1');
const FAMILY = [...'김리박최정강조윤장림한오서신권황안송류홍전고문양손배백허남심로하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부'];
const GIVEN = [...'철영성남일수호진광명정춘혁용국민석순희숙옥경미화자은현주동원길만봉세학준기상우재승훈성혜선옥란복향'];
const listed: string[] = [];
for (const v of UN_VERSIONS) for (const p of await loadUn(v)) for (const name of p.names) listed.push(name.full);
const clean = new CleanCheck(listed);
const n = 3000;
let hangulAlerts = 0;
let latinAlerts = 0;
let kept = 0;
let keptHangul = 0;
let keptLatin = 0;
for (let i = 0; i < n; i++) {
  const hangul = rng.pick(FAMILY) + rng.pick(GIVEN) + rng.pick(GIVEN);
  const latin = [...hangul].map(romaniseHangulSyllable).join(' ');
  const isClean = clean.conflict(latin) === undefined;
  const h = top(hangul)?.match === true;
  const l = top(latin)?.match === true;
  if (h) hangulAlerts++;
  if (l) latinAlerts++;
  if (!isClean) continue;
  kept++;
  if (h) keptHangul++;
  if (l) keptLatin++;
}
const pct = (k: number, of: number) => `${((100 * k) / of).toFixed(2)}%`;
console.log(`negatives: ${n} generated Korean names, alerting in Hangul ${hangulAlerts} (${pct(hangulAlerts, n)}), in Latin letters ${latinAlerts} (${pct(latinAlerts, n)})`);
console.log(`  of them ${kept} clean by the harness's check: alerting in Hangul ${keptHangul} (${pct(keptHangul, kept)}), in Latin letters ${keptLatin} (${pct(keptLatin, kept)})`);
