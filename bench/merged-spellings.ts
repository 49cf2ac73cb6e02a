/**
 * `node --import tsx bench/merged-spellings.ts`: how often a listed name written with two of its
 * words run together still finds its record. For every Latin name of the bundled UN list (primary
 * and aliases) that screening finds as written (upper case, match true), each pair of adjacent words
 * is merged in turn (hyphens and apostrophes inside the pair dropped: AL-TIKRITI + HUSSEIN ->
 * HUSSEINALTIKRITI), and the merged name is screened (limit 5). Prints how many merged names lose
 * their record (not returned, or under the threshold), and the first SHOW (default 40) of them.
 *
 * WHOLE=1 runs every word of the name together instead (ABUBAKRALBAGHDADI, USAMABINLADIN: a
 * payment field or a form that lost its spaces), for names of two to four words.
 *
 * SPLIT=1 counts the other way instead: each word of six letters or more is written as two at its
 * middle (SOUSSOU -> SOUS SOU, BOUYEHIA -> BOUY EHIA), once per word, the rest of the name as
 * listed; a name spelt apart that the list holds as one word (the scorer's split pairing).
 *
 * BASE: another checkout (a worktree plus node_modules symlink) screened the same way in this
 * process, for a before and after. A measuring tool, not a test: the labelled sets of `npm run eval`
 * are what the engine is tuned and judged on; this counts one kind of variation over the whole list.
 */
import type { SanctionedParty } from '../src/lists/model.js';
import { benchParties, loadEngineFrom } from './ab-setup.js';

interface Hit {
  entityId: string;
  score: number;
  match: boolean;
}
interface Engine {
  screen(q: unknown, o: { limit: number }): Hit[];
}

const show = Number(process.env.SHOW ?? 40);
const split = process.env.SPLIT === '1';
const whole = process.env.WHOLE === '1';

/** Each pair of adjacent words run together, hyphens and apostrophes inside the pair dropped. */
function mergedSpellings(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const merged = [...words];
    merged.splice(i, 2, `${words[i]}${words[i + 1]}`.replace(/[-']/g, ''));
    out.push(merged.join(' ').toUpperCase());
  }
  return out;
}

/** The whole name as one word, for names of two to four words. */
function wholeSpelling(words: readonly string[]): string[] {
  return words.length <= 4 ? [words.join('').replace(/[-'.]/g, '').toUpperCase()] : [];
}

/** Each word of six letters or more cut in two at its middle. */
function splitSpellings(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!/^[A-Za-z]{6,}$/.test(w)) continue;
    const cut = w.length >> 1;
    const apart = [...words];
    apart.splice(i, 1, w.slice(0, cut), w.slice(cut));
    out.push(apart.join(' ').toUpperCase());
  }
  return out;
}
const parties = await benchParties();
const trees: [string, string][] = [['this tree', new URL('..', import.meta.url).pathname]];
if (process.env.BASE !== undefined) trees.push(['base', process.env.BASE]);

for (const [label, tree] of trees) {
  const { MatchEngine, parseQuery } = await loadEngineFrom<Engine>(tree);
  const engine = MatchEngine.build(parties, { listVersions: [{ source: 'un', hash: 'merged-spellings' }] });
  const finds = (p: SanctionedParty, schema: string, name: string): Hit | undefined =>
    engine.screen(parseQuery({ id: 'm', schema, name }), { limit: 5 }).find((m) => m.entityId === p.id);
  let names = 0;
  let tried = 0;
  const lost: string[] = [];
  for (const p of parties) {
    const schema = p.kind === 'person' ? 'Person' : 'Organization';
    for (const n of p.names) {
      if (!/^[A-Za-z' .-]+$/.test(n.full)) continue;
      const words = n.full.trim().split(/\s+/);
      if (words.length < 2 || finds(p, schema, n.full.toUpperCase())?.match !== true) continue;
      names++;
      for (const name of split ? splitSpellings(words) : whole ? wholeSpelling(words) : mergedSpellings(words)) {
        tried++;
        const hit = finds(p, schema, name);
        if (hit?.match !== true) lost.push(`${p.referenceNumber} ${n.full} -> ${name}: ${hit?.score ?? 'not returned'}`);
      }
    }
  }
  process.stdout.write(`${label}: ${names} names found as written, ${tried} ${split ? 'split' : whole ? 'wholly merged' : 'merged'} spellings, ${lost.length} lose their record (${((100 * lost.length) / tried).toFixed(1)}%)\n`);
  for (const line of lost.slice(0, show)) process.stdout.write(`  ${line}\n`);
}
