/**
 * index.ts candidates() against a straightforward reference: every listed name's credit computed
 * directly (per unit, the best credit of the name's own tokens among the unit's entries; a query
 * token's merged reading where the name carries it), no postings, no early stop, no admission, no
 * cached per-query plan; a name is a candidate when the bound of that credit and cover reaches the
 * needed score. candidates() must give exactly those names, in ascending order, on real noisy
 * queries (bench/queries.ts) and on random ones made of listed tokens, at several needed scores.
 * The reference's sums run in another order than the index's (rounding), so the two are compared
 * with a margin: every name whose bound passes without slack must be returned, and none whose bound
 * fails with twice the index's slack.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NameIndex, QueryForms, TokenMatches } from '../../src/matching/index.js';
import { isQueryIndexable, type PreparedName, type PreparedToken } from '../../src/matching/prepared.js';
import { parseQuery } from '../../src/matching/query.js';
import { fuzzyCredit, leastUnmatchedLoss, MIN_CUT_LENGTH, nameScoreFormula, typedTitleCandidate } from '../../src/matching/score.js';
import { NAME, TOKEN } from '../../src/matching/weights.js';
import { benchQueries } from '../../bench/queries.js';
import { unEngine, unParties } from './helpers.js';

interface Inner {
  index: Pick<NameIndex, 'forms' | 'candidates'> & { entryWeight: Float64Array; initials: Uint8Array; maxInitials: number };
  names: PreparedName[];
}

/** The names reference() finds with and without slack. */
interface Reference {
  sure: Set<number>;
  possible: Set<number>;
}

function reference(inner: Inner, q: PreparedName, needed: number, forms: QueryForms): Reference {
  const { index, names } = inner;
  const tokens = q.tokens;
  const total = q.totalWeight;
  let free = 0;
  let heaviest = 0;
  for (const t of tokens) {
    if (!isQueryIndexable(t)) free += t.weight;
    heaviest = Math.max(heaviest, t.weight);
  }
  let maybeFree = tokens[0] !== undefined && isQueryIndexable(tokens[0]) && typedTitleCandidate(tokens[0]) ? tokens[0].weight : 0;
  // A common middle name's lower share, and since 1.146.0 a country's word charged as a place's
  // pairing at most (score.ts leastUnmatchedLoss); the title's allowance already frees token 0.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as PreparedToken;
    if (isQueryIndexable(t) && !(i === 0 && maybeFree > 0)) maybeFree += t.weight - leastUnmatchedLoss(tokens, i) / NAME.queryUnmatched;
  }
  const initialAgreement = TOKEN.initialSimilarity * TOKEN.initialMaxWeight;
  const bound = (credit: number, uncovered: number, k: number): number =>
    nameScoreFormula(Math.min(total, credit + free + k * initialAgreement), Math.max(0, uncovered - free - maybeFree - k * heaviest) * NAME.queryUnmatched);
  // Per unit: entry -> credit, and the names it reaches through a merged reading with their credit.
  interface RefUnit {
    weight: number;
    credit: Map<number, number>;
    split?: { ids: Set<number>; credit: number };
  }
  const units: RefUnit[] = [];
  const entries = (m: TokenMatches, shift: number, scale: number): Map<number, number> => {
    const out = new Map<number, number>();
    m.vocab.forEach((v, k) => {
      const c = fuzzyCredit((m.similarity[k] as number) - shift, 'fuzzy') * Math.min(index.entryWeight[v] as number, scale);
      out.set(v, c);
    });
    return out;
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] as PreparedToken;
    const b = tokens[i + 1] as PreparedToken;
    if (a.role === 'initial' || b.role === 'initial') continue;
    const w = a.weight + b.weight;
    units.push({ weight: w, credit: entries(forms.joined[i] as TokenMatches, TOKEN.mergePenalty, w) });
  }
  let unitless = 0;
  const alwaysAdmitted = new Set<number>();
  tokens.forEach((t, i) => {
    if (!isQueryIndexable(t)) return;
    const u: RefUnit = { weight: t.weight, credit: entries(forms.tokens[i] as TokenMatches, 0, t.weight) };
    const ids = forms.split[i] as Int32Array;
    if (t.folded.length >= MIN_CUT_LENGTH && ids.length > 0) {
      u.split = { ids: new Set(ids), credit: fuzzyCredit(1 - TOKEN.mergePenalty, 'merged') * t.weight };
      for (const id of ids) alwaysAdmitted.add(id);
    }
    // A token similar to nothing with credit reaches no name by its single reading.
    if (![...u.credit.values()].some((c) => c > 0)) {
      unitless += t.weight;
      u.credit.clear();
    }
    units.push(u);
  });
  const letters = new Set(tokens.flatMap((t) => [t.initial, t.folded]));
  const sure = new Set<number>();
  const possible = new Set<number>();
  names.forEach((name, id) => {
    let credit = 0;
    let cover = 0;
    let hit = alwaysAdmitted.has(id);
    for (const u of units) {
      let best = -1;
      for (const t of name.tokens) {
        const c = u.credit.get(t.id);
        if (c !== undefined && c > best) best = c;
      }
      if (u.split?.ids.has(id) && u.split.credit > best) best = u.split.credit;
      if (best < 0) continue;
      // A joined unit reaching the name admits it even with no credit.
      hit = true;
      credit += best;
      cover += u.weight;
    }
    const k = index.initials[id] as number;
    if (!hit) {
      // Reached by no unit: only through the free tokens and initials pairing with the query's letters.
      if (bound(unitless, total - unitless, index.maxInitials) < needed) return;
      let fewest = 0;
      while (fewest <= index.maxInitials && bound(0, total, fewest) < needed) fewest++;
      if (fewest > index.maxInitials || k < fewest) return;
      const pairable = fewest === 0 ? 0 : name.tokens.filter((t) => t.role === 'initial' && (letters.has(t.initial) || letters.has(t.folded))).length;
      if (pairable < fewest) return;
    }
    if (bound(credit, total - cover, k) >= needed) sure.add(id);
    if (bound(credit + 2e-9, total - cover - 2e-9, k) >= needed) possible.add(id);
  });
  return { sure, possible };
}

describe('candidates() against a reference without postings, early stop or plan', async () => {
  const engine = await unEngine();
  const inner = engine as unknown as Inner;
  const parties = await unParties();
  const noisy = benchQueries(parties, 200, 'candidates-reference').map((b) => engine.prepareQuery(parseQuery({ schema: b.schema, name: b.name })));
  // Random queries of listed tokens (common tokens of several names meet many units' postings).
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const random = Array.from({ length: 100 }, () => {
    const words = Array.from({ length: 1 + rand(4) }, () => {
      const name = inner.names[rand(inner.names.length)] as PreparedName;
      return (name.tokens[rand(name.tokens.length)] as PreparedToken).written;
    });
    // Punctuation-only tokens (a lone hyphen) make no name: such draws are left out.
    return /\p{L}/u.test(words.join('')) ? engine.prepareQuery(parseQuery({ schema: 'Person', name: words.join(' ') })) : undefined;
  }).filter((q) => q !== undefined);

  it('returns exactly the names whose bound reaches the needed score, ascending', () => {
    let compared = 0;
    let returned = 0;
    for (const needed of [0.3, 0.55, 0.8]) {
      for (const pq of [...noisy, ...random]) {
        for (const qn of pq.names) {
          const forms = inner.index.forms(qn);
          const ref = reference(inner, qn, needed, forms);
          // Twice: the second call reads the plan kept from the first.
          for (let round = 0; round < 2; round++) {
            const got = inner.index.candidates(qn, needed, forms);
            for (let i = 1; i < got.length; i++) assert.ok((got[i - 1] as number) < (got[i] as number), 'ascending');
            const set = new Set(got);
            for (const id of ref.sure) assert.ok(set.has(id), `${qn.full} at ${needed}: name ${id} missing`);
            for (const id of got) assert.ok(ref.possible.has(id), `${qn.full} at ${needed}: name ${id} extra`);
            compared++;
            returned += got.length;
          }
        }
      }
    }
    assert.ok(compared > 1500 && returned > 20_000, `${compared} calls, ${returned} names`);
  });

  // The bench mix's clean names (on no list) at the needed score of the default threshold: their
  // tokens mostly meet loose spellings or nothing, where the admission cut-off credits each unit
  // with its best credit and covers only the units' weights (session 15), so that no unit admits
  // and only names with initials are read. Those calls must still return exactly the reference's names.
  it('returns exactly the reference names for clean names at the default threshold', () => {
    const clean = benchQueries(parties, 1500, 'candidates-reference-clean')
      .filter((b) => b.kind === 'clean')
      .map((b) => engine.prepareQuery(parseQuery({ schema: b.schema, name: b.name })));
    let compared = 0;
    let returned = 0;
    for (const needed of [0.55, 0.64, 0.7]) {
      for (const pq of clean) {
        for (const qn of pq.names) {
          const forms = inner.index.forms(qn);
          const ref = reference(inner, qn, needed, forms);
          const got = inner.index.candidates(qn, needed, forms);
          const set = new Set(got);
          for (const id of ref.sure) assert.ok(set.has(id), `${qn.full} at ${needed}: name ${id} missing`);
          for (const id of got) assert.ok(ref.possible.has(id), `${qn.full} at ${needed}: name ${id} extra`);
          compared++;
          returned += got.length;
        }
      }
    }
    assert.ok(compared > 1000 && returned > 100, `${compared} calls, ${returned} names`);
  });
});
