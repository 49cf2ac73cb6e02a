/**
 * A synthetic sanctions list of exactly N names (default 1,000,000), built in memory from the
 * seeded name pools of the eval builders: people of every culture the UN list draws from (with a
 * birth date, sometimes an Arabic- or Cyrillic-script original name and spelling-variant aliases)
 * and organisations. Realistic token frequencies matter more than realism of each record: common
 * given names (Mohammed, Ali) recur across hundreds of thousands of parties, as in real lists, and
 * that is what stresses an index.
 */
import { emptyParty, type PartyName, type SanctionedParty } from '../src/lists/model.js';
import { applyNoise } from '../eval/build/noise.js';
import { generateOrganization, generatePerson, type Culture } from '../eval/build/person-generator.js';
import { Rng } from '../eval/lib/prng.js';

const CULTURES: [Culture, number][] = [
  ['arab', 30], ['afghan', 12], ['somali', 6], ['russian', 10], ['ukrainian', 5], ['chechen', 6], ['indonesian', 8], ['west-african', 10], ['european', 13],
];
const NATIVE: Partial<Record<Culture, 'arabic' | 'cyrillic'>> = { arab: 'arabic', afghan: 'arabic', russian: 'cyrillic', ukrainian: 'cyrillic', chechen: 'cyrillic' };

export function syntheticList(totalNames: number, seed = 'bench-synthetic-v1'): SanctionedParty[] {
  const rng = new Rng(seed);
  const parties: SanctionedParty[] = [];
  let names = 0;
  while (names < totalNames) {
    const ref = `SYN.${parties.length + 1}`;
    const isOrg = rng.chance(0.15);
    const p = emptyParty('synthetic', ref, isOrg ? 'organization' : 'person');
    const list: PartyName[] = [];
    if (isOrg) {
      const primary = generateOrganization(rng, rng.weighted([['latin', 8], ['arabic', 1], ['cyrillic', 1]]));
      list.push({ type: 'primary', full: primary, quality: 'good' });
      if (rng.chance(0.5)) {
        const alias = applyNoise(rng, primary, 'legal-form');
        if (alias) list.push({ type: 'alias', full: alias, quality: 'good' });
      }
    } else {
      const culture = rng.weighted(CULTURES);
      // The same seed state drives the Latin and native forms, so they are the same person's name.
      const state = rng.nextU32();
      const primary = generatePerson(new Rng(state), culture, 'latin');
      list.push({ type: 'primary', full: primary, quality: 'good' });
      const aliases = rng.int(0, 2);
      for (let i = 0; i < aliases; i++) {
        const alias = applyNoise(rng, primary, rng.pick(['translit', 'drop-middle', 'reorder', 'merge'] as const));
        if (alias) list.push({ type: 'alias', full: alias, quality: rng.chance(0.7) ? 'good' : 'low' });
      }
      const native = NATIVE[culture];
      if (native && rng.chance(0.3)) list.push({ type: 'original-script', full: generatePerson(new Rng(state), culture, native), quality: 'good' });
      const y = rng.int(1950, 2000);
      p.birthDates.push({ kind: 'exact', date: rng.chance(0.6) ? `${y}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}` : String(y) });
    }
    const room = totalNames - names;
    p.names = list.slice(0, room);
    p.caption = p.names[0]?.full ?? '';
    names += p.names.length;
    parties.push(p);
  }
  return parties;
}

/**
 * The synthetic list as an own watch list in JSON Lines (src/lists/custom.ts), names and birth dates
 * only, one party a line: what a data directory imports to start on a large list.
 */
export function syntheticListJsonl(totalNames: number, seed?: string): string {
  const lines = syntheticList(totalNames, seed).map((p) =>
    JSON.stringify({
      id: p.referenceNumber,
      schema: p.kind === 'organization' ? 'Organization' : 'Person',
      name: p.names.map((n) => n.full),
      ...(p.birthDates.length > 0 ? { birthDate: p.birthDates.map((d) => (d.kind === 'exact' ? d.date : '')).filter((d) => d !== '') } : {}),
    }),
  );
  return `${lines.join('\n')}\n`;
}
