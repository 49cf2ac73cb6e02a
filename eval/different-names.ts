/**
 * `node --import tsx eval/different-names.ts`: listed names with one Arabic given name swapped for a
 * different name of its group (Mohammed -> Mahmoud, Hassan -> Hussein, Jamal -> Jamil, Amin -> Amina), screened
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
  [['umar', 'omar'], ['amr', 'amru'], ['amir', 'amer'], ['ammar']],
  [['hammoud', 'hammouda'], ['ahmad', 'ahmed'], ['hamid'], ['hamad'], ['mahmud', 'mahmoud']],
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
  // Names a consonant apart (1.91.0).
  [['majid', 'majeed'], ['wahid', 'waheed'], ['walid', 'waleed'], ['zahid'], ['wajid']],
  [['qasim', 'kasim'], ['hashim', 'hashem'], ['jasim', 'jassim']],
  [['hisham'], ['husam', 'hussam']],
  [['usama', 'osama'], ['uthman', 'usman', 'othman', 'osman']],
  [['yusuf', 'yousef', 'yousuf'], ['yunus', 'younis']],
  [['zubair', 'zubayr'], ['zuhair']],
  [['naim', 'naeem'], ['nadim', 'nadeem'], ['nazim'], ['nasim', 'naseem']],
  [['fahim'], ['fahd', 'fahad']],
  [['shakir'], ['shukri'], ['shakil']],
  [['rahim', 'raheem'], ['rahman', 'rehman']],
  [['sadiq', 'sadik'], ['siddiq']],
  [['salman'], ['sulayman', 'suleiman', 'sulaiman']],
  [['sahib'], ['sohrab']],
  [['jafar'], ['jabir']],
  // Since session 34 (1.109.0-1.112.0): Ali and Wali; names a consonant or a long vowel apart; the
  // pairs a sweep of 150 Arabic and 100 Afghan and Pakistani names found meeting.
  [['ali'], ['wali']],
  [['yasin', 'yassin'], ['yasir', 'yasser']],
  [['rami'], ['sami'], ['rabi']],
  [['hadi'], ['fadi'], ['hani'], ['shadi']],
  [['imad', 'emad'], ['iyad'], ['riyad'], ['ziad']],
  [['anis'], ['anas']],
  [['nadir', 'nader'], ['nasir', 'nasser'], ['nizar'], ['nazir'], ['wazir'], ['taysir']],
  [['bilal'], ['jalal'], ['hilal'], ['talal']],
  [['fawzi'], ['fawaz']],
  [['wael'], ['nael']],
  [['asim'], ['wasim'], ['basim'], ['isam', 'issam'], ['qasim'], ['jasim']],
  [['ghassan'], ['hasan', 'hassan'], ['harun']],
  [['zahir'], ['sahir'], ['tahir'], ['zakir'], ['shakir']],
  [['arif'], ['atif'], ['latif'], ['sharif'], ['ashraf']],
  [['murad'], ['muhammad']],
  [['akram'], ['ikram'], ['karim']],
  [['tariq', 'tarek'], ['faruq', 'farouk']],
  [['badr'], ['bakr']],
  [['safwan'], ['sufyan']],
  [['hatim'], ['hakim'], ['hashim']],
  [['mahir'], ['amir']],
  [['nawaz'], ['niaz']],
  [['rafiq'], ['shafiq']],
  [['akbar'], ['kabir'], ['sabir'], ['qadir']],
  [['mir'], ['omar']],
  [['jan'], ['khan']],
  // Women's names (1.115.0).
  [['rania'], ['rana'], ['rawan'], ['rasha']],
  [['rima'], ['reem']],
  [['hana'], ['hanan']],
  [['aisha'], ['rasha']],
  [['lina'], ['dina'], ['lubna']],
  [['manal'], ['mona']],
  [['safiya'], ['sumayya']],
  // A man's name and the woman's name made from it.
  [['amin', 'ameen'], ['amina']],
  [['nabil'], ['nabila']],
  [['karim', 'kareem'], ['karima']],
  [['jamil'], ['jamila']],
  [['aziz'], ['aziza']],
  [['latif'], ['latifa']],
  [['halim'], ['halima']],
  [['samir'], ['samira']],
  [['munir', 'mounir'], ['munira']],
  [['hamid'], ['hamida']],
  [['rashid'], ['rashida']],
  [['salim'], ['salima']],
  [['khalid'], ['khalida']],
];

/** Each spelling's places: a name may be in two groups (Hamid beside Mahmud, and beside Hamida). */
const groupsOf = new Map<string, { group: number; name: number }[]>();
GROUPS.forEach((names, group) =>
  names.forEach((spellings, name) =>
    spellings.forEach((s) => {
      const at = groupsOf.get(s) ?? [];
      at.push({ group, name });
      groupsOf.set(s, at);
    }),
  ),
);

const { parties } = await readUnXml({ path: bundledUnList });
const engine = MatchEngine.build(parties, { listVersions: [{ source: 'un', hash: 'different-names' }] });

let queries = 0;
let alerts = 0;
const byWords = new Map<number, { queries: number; alerts: number }>();
const shown: string[] = [];
/** Screens `query` (name `words` of `party` with one word swapped) and tallies whether it alerts on the party. */
function tally(query: string, words: number, party: (typeof parties)[number], listed: string): void {
  const hit = engine.screen(parseQuery({ schema: 'Person', name: query }), { limit: 10 }).find((m) => m.referenceNumber === party.referenceNumber && m.match);
  const t = byWords.get(words) ?? { queries: 0, alerts: 0 };
  byWords.set(words, t);
  queries++;
  t.queries++;
  if (hit === undefined) return;
  alerts++;
  t.alerts++;
  if (shown.length < 10) shown.push(`  ${query} -> ${party.referenceNumber} ${listed} ${hit.score}`);
}

for (const party of parties) {
  if (party.kind !== 'person') continue;
  for (const name of party.names) {
    if (!/^[A-Za-z' .-]+$/.test(name.full)) continue;
    const words = name.full.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      for (const at of groupsOf.get((words[i] as string).toLowerCase()) ?? []) {
        const names = GROUPS[at.group] as readonly (readonly string[])[];
        for (let other = 0; other < names.length; other++) {
          if (other === at.name) continue;
          const swapped = [...words];
          swapped[i] = (names[other] as readonly string[])[0] as string;
          tally(swapped.join(' '), words.length, party, name.full);
        }
      }
    }
  }
}
const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;
console.log(`engine ${ALGORITHM_VERSION}: ${queries} listed names with one given name swapped for a different name; ${alerts} (${pct(alerts, queries)}) alert on their source record`);
for (const [words, t] of [...byWords].sort((a, b) => a[0] - b[0])) console.log(`  ${words} word(s): ${t.alerts} of ${t.queries} (${pct(t.alerts, t.queries)})`);
console.log('first alerts:');
console.log(shown.join('\n'));
