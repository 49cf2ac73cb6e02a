import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Rng } from '../../eval/lib/prng.js';
import type { Party } from '../../src/monitoring/party.js';
import { EngineScreener, partyCacheKey, partyQuery, queryCacheKey, selectWindows, type ScreeningTarget, type WindowToken } from '../../src/monitoring/screening.js';
import { screeningBase } from './helpers.js';

const NAMES = [undefined, '', 'Maria Fischer', 'Al-Nusrah Front for the People of the Levant', 'Jabhat al-Nusra', 'Becker Trading GmbH', 'أبو بكر البغدادي'];
const TYPES = [undefined, 'person', 'organization', 'financial-institution', 'vessel'] as const;

function randomParty(rng: Rng): Party {
  const p: Party = { role: rng.pick(['debtor', 'creditor', 'buyer']), ids: rng.chance(0.3) ? rng.pick([[''], ['P123'], ['P123', 'X-9']]) : [], licences: [] };
  const name = rng.pick(NAMES);
  if (name !== undefined) p.name = name;
  const type = rng.pick(TYPES);
  if (type !== undefined) p.type = type;
  if (rng.chance(0.5)) p.country = rng.pick(['DE', 'SY', 'IQ', '']);
  if (rng.chance(0.2)) p.birthDate = rng.pick(['1971-07-28', '']);
  if (rng.chance(0.2)) p.lei = rng.pick(['529900T8BM49AURSDO55', '']);
  if (rng.chance(0.3)) p.iban = 'DE89370400440532013000';
  return p;
}

describe('judging: party screening keys (screening.ts)', () => {
  it('partyCacheKey is the cache key of partyQuery, and undefined exactly where the query is', () => {
    const rng = new Rng('judge-party-key');
    let keyed = 0;
    for (let i = 0; i < 5000; i++) {
      const p = randomParty(rng);
      const q = partyQuery(p);
      const key = partyCacheKey(p);
      if (q === undefined) assert.equal(key, undefined, JSON.stringify(p));
      else {
        keyed++;
        assert.equal(key, queryCacheKey(q), JSON.stringify(p));
      }
    }
    assert.ok(keyed > 2000 && keyed < 5000, `${keyed} parties keyed`);
  });

  it('a party target gives the hits of its query target, and both share one cache entry', async () => {
    const base = await screeningBase();
    const viaParty = new EngineScreener(base.engine, base.parties);
    const viaQuery = new EngineScreener(base.engine, base.parties);
    const rng = new Rng('judge-party-hits');
    let hits = 0;
    for (let i = 0; i < 300; i++) {
      const p = randomParty(rng);
      const q = partyQuery(p);
      const target = { kind: 'party', path: p.role, role: p.role, text: p.name ?? '' } as const;
      const a = viaParty.screen({ ...target, party: p });
      const b = q ? viaQuery.screen({ ...target, query: q }) : [];
      assert.deepEqual(a, b, JSON.stringify(p));
      hits += a.length;
    }
    assert.ok(hits > 0, 'some parties are listed');
    // The same party as a query target now is a cache hit of the party target's entry.
    const listed: Party = { role: 'creditor', name: 'Jabhat al-Nusra', type: 'organization', ids: [], licences: [] };
    const fresh = new EngineScreener(base.engine, base.parties);
    const first = fresh.screen({ kind: 'party', path: 'creditor', role: 'creditor', text: 'Jabhat al-Nusra', party: listed } satisfies ScreeningTarget);
    const second = fresh.screen({ kind: 'party', path: 'creditor', role: 'creditor', text: 'Jabhat al-Nusra', query: partyQuery(listed)! });
    assert.ok(first.length > 0);
    assert.deepEqual(second, first);
    assert.deepEqual({ queries: fresh.stats.queries, cacheHits: fresh.stats.cacheHits }, { queries: 2, cacheHits: 1 });
  });
});

/** The window rule stated plainly: every window cut out and counted with filters. */
function plainWindows(tokens: WindowToken[]): { windows: { phrase: string; start: number; end: number }[]; considered: number } {
  const out: { phrase: string; start: number; end: number }[] = [];
  let considered = 0;
  for (let size = Math.min(6, tokens.length); size >= 2; size--) {
    for (let i = 0; i + size <= tokens.length; i++) {
      considered++;
      const w = tokens.slice(i, i + size);
      const known = w.filter((t) => t.known).length;
      const content = w.filter((t) => !t.stop).length;
      const worth = (w.some((t) => t.rare) || known === content) && known * 2 >= content && w[0]!.known && w[size - 1]!.known;
      if (!worth) continue;
      const phrase = w.map((t) => t.text).join(' ');
      if (out.some((o) => o.phrase === phrase)) continue;
      out.push({ phrase, start: i, end: i + size });
      if (out.length >= 16) break;
    }
  }
  return { windows: out, considered };
}

describe('judging: free-text windows (screening.ts selectWindows)', () => {
  it('selects the windows the plain statement of the rule selects, in the same order, counting the same', () => {
    const rng = new Rng('judge-windows');
    let selected = 0;
    let capped = 0;
    for (let i = 0; i < 5000; i++) {
      const tokens: WindowToken[] = Array.from({ length: rng.int(0, 14) }, () => {
        const stop = rng.chance(0.15);
        const known = !stop && rng.chance(0.6);
        return { text: rng.pick(['nusrah', 'front', 'al', 'qaida', 'invoice', '512345', 'for', 'the', 'jabhat']), stop, known, rare: known && rng.chance(0.3) };
      });
      const got = selectWindows(tokens);
      assert.deepEqual(got, plainWindows(tokens), JSON.stringify(tokens));
      selected += got.windows.length;
      if (got.windows.length >= 16) capped++;
    }
    assert.ok(selected > 5000 && capped > 10, `${selected} windows, ${capped} texts at the cap`);
  });
});
