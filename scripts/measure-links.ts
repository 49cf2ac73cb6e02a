/**
 * Measures how the UN ISIL (Da'esh) and Al-Qaida individuals (QDi) link to their UK HM Treasury and
 * OFAC records, and by which basis (src/lists/link.ts), on the real files in ../shared/data/sanctions:
 * the UK ConList of 2018-04-13 and the OFAC legacy CSV set of about April 2021, against the UN lists of
 * 2018-06-07 (nearest in date to the UK file) and 2026-01-28 (the bundled one).
 *
 *   node --import tsx scripts/measure-links.ts [sanctions-data-dir]
 *
 * Prints Markdown tables (the figures in docs/lists.md, "Measured on the real files", come from this script).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findLinks, type LinkBasis, type PartyLink } from '../src/lists/link.js';
import type { SanctionedParty } from '../src/lists/model.js';
import { readOfacLegacyCsv } from '../src/lists/ofac-csv.js';
import { readUkHmtCsv } from '../src/lists/uk-hmt.js';
import { readUnXml } from '../src/lists/un.js';

const dir = process.argv[2] ?? join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'shared', 'data', 'sanctions');
const file = (name: string) => ({ bytes: readFileSync(join(dir, name)), name });

const uk = readUkHmtCsv(file('uk-hmt-conlist-2018-04-13.csv').bytes, 'uk-hmt-conlist-2018-04-13.csv');
const ofac = readOfacLegacyCsv({
  sdn: file('ofac-sdn-2021-04-sdn.csv'),
  alt: file('ofac-sdn-2021-04-alt.csv'),
  add: file('ofac-sdn-2021-04-add.csv'),
});
const BASES: LinkBasis[] = ['un-reference', 'document', 'name-birthdate'];

for (const unFile of ['un-consolidated-2018-06-07.xml', 'un-consolidated-2026-01-28.xml']) {
  const un = await readUnXml({ path: join(dir, unFile) });
  const started = performance.now();
  const report = findLinks([...un.parties, ...uk.parties, ...ofac.parties]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const qdi = un.parties.filter((p) => p.kind === 'person' && p.referenceNumber.startsWith('QDi.'));
  console.log(`\n### ${unFile} (${qdi.length} QDi individuals) against UK 2018-04-13 and OFAC 2021-04\n`);
  console.log(`Linking ${un.parties.length + uk.parties.length + ofac.parties.length} parties took ${seconds} s.\n`);
  console.log('| QDi individuals linked to | any basis | by UN reference | by document | by name + birth date | only by name + birth date |');
  console.log('|---|---|---|---|---|---|');
  for (const [label, source] of [['a UK record', 'uk-hmt'], ['an OFAC record', 'ofac-sdn']] as const) {
    const bases = qdi.map((p) => basesTo(p, source, report.links));
    const count = (pred: (b: Set<LinkBasis>) => boolean) => bases.filter(pred).length;
    console.log(
      `| ${label} | ${count((b) => b.size > 0)} | ${BASES.map((basis) => count((b) => b.has(basis))).join(' | ')} | ${count((b) => b.size === 1 && b.has('name-birthdate'))} |`,
    );
  }
  const both = qdi.filter((p) => basesTo(p, 'uk-hmt', report.links).size > 0 && basesTo(p, 'ofac-sdn', report.links).size > 0).length;
  const neither = qdi.filter((p) => basesTo(p, 'uk-hmt', report.links).size === 0 && basesTo(p, 'ofac-sdn', report.links).size === 0).length;
  console.log(`\nLinked to both a UK and an OFAC record: ${both}; to neither: ${neither}.`);
  const problems = new Map<string, number>();
  for (const p of report.problems) problems.set(p.kind, (problems.get(p.kind) ?? 0) + 1);
  console.log(`Problems reported (all lists): ${[...problems].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}.`);
  for (const p of report.problems.filter((x) => x.kind === 'kind-mismatch')) console.log(`- ${p.message}`);
}

/** The bases of the direct links between a UN party and any party of `source`. */
function basesTo(party: SanctionedParty, source: string, links: PartyLink[]): Set<LinkBasis> {
  const out = new Set<LinkBasis>();
  for (const l of links) {
    if (l.a === party.id && l.b.startsWith(`${source}:`)) out.add(l.basis);
    else if (l.b === party.id && l.a.startsWith(`${source}:`)) out.add(l.basis);
  }
  return out;
}
