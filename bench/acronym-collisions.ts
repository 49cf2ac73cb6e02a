/**
 * `node --import tsx bench/acronym-collisions.ts`: how many of all 17,576 three-letter organisation
 * queries (AAA to ZZZ) alert against the bundled UN list, and through what: a listed name written so,
 * an acronym read off a listed name (prepared-list.ts acronymReadings, shown "X (initials of ...)"),
 * or another name. A company known by three letters is screened as those letters; each alert here
 * is one an analyst would clear for any such customer. BASE=<another checkout> counts that tree's
 * engine too (e.g. a worktree of an older commit), on the same list. Not a goal check.
 */
import { fileURLToPath } from 'node:url';

interface Match { match: boolean; referenceNumber: string; explanation: { name: { listedName: string } | null } }
interface Engine { screen(q: unknown, o: { limit: number }): Match[] }

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

async function count(tree: string): Promise<void> {
  const { readUnXml } = (await import(`${tree}/src/lists/un.ts`)) as { readUnXml(s: { path: string }): Promise<{ parties: unknown[] }> };
  const { MatchEngine } = (await import(`${tree}/src/matching/engine.ts`)) as { MatchEngine: { build(p: unknown[], m: unknown): Engine } };
  const { parseQuery } = (await import(`${tree}/src/matching/query.ts`)) as { parseQuery(q: unknown): unknown };
  const { parties } = await readUnXml({ path: `${tree}/data/lists/un-consolidated-2026-01-28.xml` });
  const engine = MatchEngine.build(parties, { listVersions: [{ source: 'un', hash: 'acronyms' }] });
  const through = { 'a listed name written so': 0, 'an acronym reading': 0, 'another name': 0 };
  let queries = 0;
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      for (const c of LETTERS) {
        const word = a + b + c;
        queries++;
        const best = engine.screen(parseQuery({ id: word, schema: 'Organization', name: word }), { limit: 1 })[0];
        if (best === undefined || !best.match) continue;
        const listed = best.explanation.name?.listedName ?? '';
        if (listed.includes(' (initials of ')) through['an acronym reading']++;
        else if (listed.trim().toUpperCase() === word) through['a listed name written so']++;
        else through['another name']++;
      }
    }
  }
  const alerts = Object.values(through).reduce((x, y) => x + y, 0);
  console.log(`${tree}: ${alerts} of ${queries} three-letter organisation queries alert; through ${JSON.stringify(through)}`);
}

await count(fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, ''));
if (process.env.BASE !== undefined) await count(process.env.BASE.replace(/\/$/, ''));
