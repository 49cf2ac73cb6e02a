import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALGORITHM_VERSION, MatchEngine } from '../../src/matching/engine.js';
import { emptyParty } from '../../src/lists/model.js';
import { letterCountBound, weightedDistance } from '../../src/matching/distance.js';
import type { TokenMatches } from '../../src/matching/index.js';
import { SimilarityMemo } from '../../src/matching/memo.js';
import { prepareName, type PreparedToken } from '../../src/matching/prepared.js';
import { cliffBudget } from '../../src/matching/score.js';
import { arabicOnlyEngine, latinOnlyEngine, q, unEngine, unParties } from './helpers.js';

/** Score of the expected record for a query (0 if not returned). */
function scoreOf(engine: MatchEngine, raw: Record<string, unknown>, ref: string): number {
  const m = engine.screen(q(raw), { limit: 10, minScore: 0.05 });
  return m.find((x) => x.referenceNumber === ref)?.score ?? 0;
}

describe('cross-script: Arabic script finds the Latin record and the reverse (real UN records)', async () => {
  const latin = await latinOnlyEngine();
  const arabic = await arabicOnlyEngine();
  // NAME_ORIGINAL_SCRIPT of each record against its Latin names, and the reverse.
  const cases: [string, string, string][] = [
    ['QDi.299', 'إبراهيم عواد إبراهيم علي البدري السامرائي', 'Ibrahim Awwad Ibrahim Ali al-Badri al-Samarrai'],
    ['IQi.001', 'صدام حسين التكريتي', 'Saddam Hussein al-Tikriti'],
    ['IQi.006', 'عزت ابراهيم الدوري', 'Izzat Ibrahim al-Duri'],
    ['IQi.023', 'مزبان خضر هادي', 'Mizban Khadr Hadi'],
  ];
  for (const [ref, ar, lat] of cases) {
    it(`${ar} -> ${ref}`, () => assert.ok(scoreOf(latin, { name: ar }, ref) >= latin.defaultThreshold, `${scoreOf(latin, { name: ar }, ref)}`));
    it(`${lat} -> ${ref} (Arabic names only)`, () => assert.ok(scoreOf(arabic, { name: lat }, ref) >= arabic.defaultThreshold, `${scoreOf(arabic, { name: lat }, ref)}`));
  }
  it('أبو بكر البغدادي -> QDi.299 (its Latin alias)', () => assert.ok(scoreOf(latin, { name: 'أبو بكر البغدادي' }, 'QDi.299') >= latin.defaultThreshold));
});

describe('screening the UN list', async () => {
  const engine = await unEngine();
  const T = engine.defaultThreshold;
  const positives: [string, Record<string, unknown>, string][] = [
    ['exact primary name', { name: 'IBRAHIM AWWAD IBRAHIM ALI AL-BADRI AL-SAMARRAI' }, 'QDi.299'],
    ['missing middle names', { name: 'Ibrahim Awwad al-Samarrai' }, 'QDi.299'],
    ['reordered', { name: 'al-Zawahiri Ayman' }, 'QDi.006'],
    ['spelling family dh/z, ai/ay', { name: 'Aiman Dhawahiri' }, 'QDi.006'],
    ['typo', { name: 'Ayman al-Zawahiry' }, 'QDi.006'],
    ['ou/u', { name: 'Oussama bin Laden', schema: 'LegalEntity' }, 'QDi.421'],
    ['merged tokens', { name: 'Usama Binladen' }, 'QDi.421'],
    ['Cyrillic script', { name: 'Умаров Доку' }, 'QDi.290'],
    ['French-style', { name: 'Dokou Oumarov' }, 'QDi.290'],
    ['German-style', { name: 'Doku Chamatowitsch Umarow' }, 'QDi.290'],
    ['ICAO', { name: 'Doku Khamatovich Umarov' }, 'QDi.290'],
    ['Qaddafi / Qadhafi', { name: 'Muammar Mohammed Abu Minyar Gaddafi' }, 'LYi.013'],
    ['title removed', { name: 'Sheikh Ayman al-Zawahiri' }, 'QDi.006'],
  ];
  for (const [label, raw, ref] of positives) {
    it(`${label}: ${raw.name as string}`, () => {
      const s = scoreOf(engine, raw, ref);
      assert.ok(s >= T, `${ref} scored ${s}`);
    });
  }
  it('a shared common first name alone is not a match', () => {
    for (const name of ['Mohammed', 'Mohammed Abdullah', 'Ahmad Ali', 'Abdullah']) {
      const m = engine.screen(q({ name, schema: 'Person' }));
      assert.equal(m.filter((x) => x.match).length, 0, `${name}: ${m.map((x) => `${x.referenceNumber} ${x.score}`).join(', ')}`);
    }
  });
  it('clean names that are not listed do not match', () => {
    for (const name of ['John Smith', 'Maria Garcia Lopez', 'Vladimir Petrovich Ivanov', 'Karim Benali', 'Fatima Zahra Bennani']) {
      assert.equal(engine.screen(q({ name })).filter((x) => x.match).length, 0, name);
    }
  });
  it('scores stay below 1 and spread (no pile-up at 1.0)', () => {
    const s1 = scoreOf(engine, { name: 'IBRAHIM AWWAD IBRAHIM ALI AL-BADRI AL-SAMARRAI' }, 'QDi.299');
    const s2 = scoreOf(engine, { name: 'Ibrahim Awwad al-Samarrai' }, 'QDi.299');
    assert.ok(s1 < 1 && s2 < s1, `${s1} ${s2}`);
  });
  it('a name-only query can reach a high score (no penalty for fields not given)', () => {
    assert.ok(scoreOf(engine, { name: 'Ayman al-Zawahiri' }, 'QDi.006') >= 0.85);
  });
  it('birth date: year-only agrees with a full date in that year; a clearly different year lowers', () => {
    const base = scoreOf(engine, { name: 'Ayman al-Zawahiri' }, 'QDi.006');
    const same = scoreOf(engine, { name: 'Ayman al-Zawahiri', birthDate: '1951' }, 'QDi.006');
    const full = scoreOf(engine, { name: 'Ayman al-Zawahiri', birthDate: '1951-06-19' }, 'QDi.006');
    const other = scoreOf(engine, { name: 'Ayman al-Zawahiri', birthDate: '1985' }, 'QDi.006');
    assert.ok(same > base && full >= same && other < base, `${base} ${same} ${full} ${other}`);
  });
  it('a party kind mismatch lowers the score', () => {
    const person = scoreOf(engine, { name: 'Al-Qaida', schema: 'Person' }, 'QDe.004');
    const org = scoreOf(engine, { name: 'Al-Qaida', schema: 'Organization' }, 'QDe.004');
    assert.ok(org > person, `${org} ${person}`);
  });
  it('an exact document match dominates', async () => {
    const p = (await unParties()).find((x) => x.referenceNumber === 'QDi.299');
    const doc = p?.documents.find((d) => d.number)?.number as string;
    const s = scoreOf(engine, { name: 'Ibrahim Samarai', idNumber: doc }, 'QDi.299');
    const without = scoreOf(engine, { name: 'Ibrahim Samarai' }, 'QDi.299');
    assert.ok(s >= 0.95 && s > without, `${s} vs ${without}`);
    // Identifier only, no name.
    assert.ok(scoreOf(engine, { idNumber: doc }, 'QDi.299') >= 0.95, `${scoreOf(engine, { idNumber: doc }, 'QDi.299')}`);
  });
  it('a name that finds no candidate still has its listed document scored, as the exhaustive scorer does (the memo then filled for it)', async () => {
    const p = (await unParties()).find((x) => x.referenceNumber === 'QDi.299');
    const doc = p?.documents.find((d) => d.number)?.number as string;
    engine.screen(q({ name: 'Abu Bakr al-Baghdadi' }));
    const query = q({ name: 'Wexqutz Plombary', idNumber: doc });
    const found = engine.screen(query);
    assert.equal(found[0]?.referenceNumber, 'QDi.299');
    assert.deepEqual(found, engine.screenExhaustive(query));
  });
  it('explains each match: names, token pairings, evidence, versions', () => {
    const [m] = engine.screen(q({ name: 'Abu Bakr al-Baghdadi', birthDate: '1971', nationality: 'iq' }));
    assert.ok(m);
    const e = m.explanation;
    assert.equal(e.algorithmVersion, ALGORITHM_VERSION);
    assert.equal(e.threshold, T);
    assert.deepEqual(e.listVersions, [{ source: 'un', hash: 'test' }]);
    assert.equal(e.name?.listedName, 'Abu Bakr al-Baghdadi');
    assert.equal(e.name?.aliasQuality, 'low');
    assert.ok(e.name?.tokens.every((t) => typeof t.weight === 'number' && typeof t.contribution === 'number'));
    assert.deepEqual(e.evidence.map((x) => `${x.kind}${x.sign}`), ['aliasQuality-', 'birthDate+', 'nationality+']);
    assert.ok(e.summary.includes('Abu Bakr al-Baghdadi'));
  });
  it('is deterministic: same input, same list version, same output', async () => {
    const queries = [{ name: 'Mohammed Hassan' }, { name: 'Abu Mohammed al-Adnani' }, { name: 'Qadhafi' }];
    const again = MatchEngine.build(await unParties(), { listVersions: [{ source: 'un', hash: 'test' }] });
    for (const raw of queries) {
      const a = JSON.stringify(engine.screen(q(raw), { minScore: 0.3, limit: 20 }));
      assert.equal(JSON.stringify(engine.screen(q(raw), { minScore: 0.3, limit: 20 })), a);
      assert.equal(JSON.stringify(again.screen(q(raw), { minScore: 0.3, limit: 20 })), a);
    }
  });
  it('screen() and screenExhaustive() return the same above-threshold matches', async () => {
    const parties = await unParties();
    const mutate = (s: string, k: number): string => {
      const a = [...s];
      const i = (k * 7) % a.length;
      if (k % 4 === 0) a.splice(i, 1);
      else if (k % 4 === 1) a[i] = 'e';
      else if (k % 4 === 2) a.splice(i, 0, 'a');
      else return s.split(' ').reverse().join(' ');
      return a.join('');
    };
    let k = 0;
    let checked = 0;
    for (const p of parties) {
      if (k++ % 5 !== 0) continue;
      const n = p.names[k % p.names.length];
      if (!n) continue;
      const query = q({ name: mutate(n.full, k) });
      const keyOf = (ms: { entityId: string; score: number }[]): string => ms.filter((m) => m.score >= T).map((m) => `${m.entityId}@${m.score}`).sort().join(',');
      assert.equal(keyOf(engine.screen(query, { limit: 1000 })), keyOf(engine.screenExhaustive(query, { limit: 1000 })), n.full);
      checked++;
    }
    assert.ok(checked >= 150);
  });
  it('the index loses nothing on short tokens, merged/split spellings and initials (regressions)', () => {
    // Each of these once differed between screen() and screenExhaustive(): a short token whose
    // spelling shares no key (Cuun/Chun), a merged spelling of a 4-letter token (Kuja = Ku Ja), a
    // split spelling (Abdyl Aziz = Abdaziz), a query token meeting a listed initial (M.).
    for (const name of ['PAK CUUN IL', 'KUJA HYONG', 'ABDYL AZIZ ABBASIN', 'Мохаммед Хиджази', 'al-Rahman Abd Muhammad al-Juhani', 'Haji Khair Ullag']) {
      const keyOf = (ms: { entityId: string; score: number }[]): string => ms.filter((m) => m.score >= 0.5).map((m) => `${m.entityId}@${m.score}`).sort().join(',');
      const query = q({ name });
      const exhaustive = keyOf(engine.screenExhaustive(query, { threshold: 0.5, limit: 1000 }));
      assert.equal(keyOf(engine.screen(query, { threshold: 0.5, limit: 1000 })), exhaustive, name);
      // A second screen (warm caches) gives the same again.
      assert.equal(keyOf(engine.screen(query, { threshold: 0.5, limit: 1000 })), exhaustive, name);
    }
  });
  it('a query of initials and a legal form finds what the exhaustive scorer finds (no token to retrieve by)', () => {
    // The benchmark's check found these three: screen() returned nothing while screenExhaustive()
    // matched IRe.014 through the initials alone (index.ts: names no unit hit while the early stop
    // never applied).
    const keyOf = (ms: { entityId: string; score: number }[]): string => ms.filter((m) => m.score >= T).map((m) => `${m.entityId}@${m.score}`).sort().join(',');
    let found = 0;
    for (const name of ['E. S.Co.', 'Co. E. X.', 'Co. E. S.', 'A. B. Ltd', 'M. A.']) {
      for (const schema of ['Person', 'Organization']) {
        const query = q({ name, schema });
        const exhaustive = keyOf(engine.screenExhaustive(query, { limit: 1000 }));
        assert.equal(keyOf(engine.screen(query, { limit: 1000 })), exhaustive, `${name} (${schema})`);
        if (exhaustive !== '') found++;
      }
    }
    assert.ok(found >= 3, `${found} of these queries reach a listed party`);
  });
  it('two tokens that share no retrieval key are no match, in compare() as in screen()', () => {
    const r = engine.compare(q({ name: 'Zxq Qadhafi' }), q({ name: 'Bmt Qadhafi' }));
    const tokens = r.explanation.name?.tokens ?? [];
    assert.ok(tokens.some((t) => t.kind === 'unmatched-query' && t.query[0]?.text === 'zxq'));
  });
});

describe('distance pre-filter: the letter-count bound never cuts a pair the full table would keep', async () => {
  // Folded forms of real listed tokens (Latin, Cyrillic and Arabic script) and perturbations of
  // them: substitutions, insertions, deletions and adjacent swaps, under every script combination.
  const forms = new Set<string>();
  for (const p of (await unParties()).slice(0, 400)) for (const n of p.names) for (const t of prepareName(n.full, 0, 0, 'primary', 'good').tokens) forms.add(t.folded);
  const vocab = [...forms];
  const letters = 'aeiouhwybpdtkqgsSCXDTJjzcfmnlrG';
  const perturb = (s: string, k: number): string => {
    const i = k % Math.max(1, s.length);
    const c = letters[(k * 7) % letters.length] as string;
    switch (k % 4) {
      case 0: return s.slice(0, i) + c + s.slice(i + 1);
      case 1: return s.slice(0, i) + c + s.slice(i);
      case 2: return s.slice(0, i) + s.slice(i + 1);
      default: return i + 1 < s.length ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : s + c;
    }
  };
  it('letterCountBound <= weightedDistance, and a cut-off distance is Infinity exactly when the full one exceeds it', () => {
    let pairs = 0;
    let cut = 0;
    for (let x = 0; x < vocab.length; x += 3) {
      const a = vocab[x] as string;
      const others = [perturb(a, x), perturb(perturb(a, x + 1), x + 2), vocab[(x * 31) % vocab.length] as string, vocab[(x + 1) % vocab.length] as string];
      for (const b of others) {
        for (const [aAbjad, bAbjad] of [[false, false], [true, false], [false, true], [true, true]] as const) {
          const full = weightedDistance(a, b, aAbjad, bAbjad, Infinity);
          const bound = letterCountBound(a, b, aAbjad, bAbjad);
          assert.ok(bound <= full + 1e-12, `${a}/${b} ${aAbjad}/${bAbjad}: bound ${bound} > distance ${full}`);
          const maxCost = cliffBudget(Math.max(a.length, b.length));
          if (bound > maxCost) cut++;
          assert.equal(weightedDistance(a, b, aAbjad, bAbjad, maxCost), full > maxCost ? Infinity : full, `${a}/${b}`);
          pairs++;
        }
      }
    }
    assert.ok(pairs > 2000, `${pairs} pairs`);
    // The filter has to do something to be worth its place.
    assert.ok(cut > pairs / 20, `bound cut ${cut} of ${pairs}`);
  });
});

describe('similarity memo: dense tables and the binary-search columns past them give the listed values', () => {
  it('every (column, entry) lookup equals the similar-entry list, across queries (no stale values)', () => {
    const vocabularySize = 50;
    // Column k of query r: entries r + k, r + k + 7, ... with similarity depending on both.
    const lists = new Map<string, TokenMatches>();
    const matchesOf = (r: number, k: number): TokenMatches => {
      const vocab: number[] = [];
      for (let v = (r + k) % 7; v < vocabularySize; v += 7 + k) vocab.push(v);
      return { vocab: Int32Array.from(vocab), similarity: Float64Array.from(vocab, (v) => 0.5 + ((v * (r + 1) + k) % 50) / 100) };
    };
    const token = (text: string): PreparedToken => ({ text, role: 'given' } as unknown as PreparedToken);
    // Room for two dense columns; the query tokens below have five.
    const memo = new SimilarityMemo((t) => lists.get(t.text) as TokenMatches, vocabularySize, 2 * 8 * vocabularySize);
    const listed = (id: number): PreparedToken => ({ role: 'given', id } as unknown as PreparedToken);
    let checked = 0;
    for (const r of [0, 1, 0, 2]) {
      const tokens: PreparedToken[] = [];
      for (let k = 0; k < 5; k++) {
        const t = token(`q${r}-${k}`);
        lists.set(t.text, matchesOf(r, k));
        tokens.push(t);
      }
      memo.reset(tokens);
      // The rows of a name made of columns 1 .. 3: bit k - 1 set exactly where column k's list holds the entry.
      const rows = memo.rows(0, 1, 3);
      assert.ok(rows !== undefined);
      for (let k = 0; k < 5; k++) {
        const m = matchesOf(r, k);
        for (let id = 0; id < vocabularySize; id++) {
          const at = m.vocab.indexOf(id);
          assert.equal(memo.get(k, listed(id)), at >= 0 ? m.similarity[at] : 0, `query ${r} column ${k} entry ${id}`);
          if (k >= 1 && k <= 3) assert.equal((rows.columnsOf(id) >> (k - 1)) & 1, at >= 0 ? 1 : 0, `query ${r} column ${k} entry ${id}: row`);
          checked++;
        }
      }
    }
    assert.equal(checked, 4 * 5 * vocabularySize);
  });
});

describe('compare', async () => {
  const engine = await unEngine();
  const T = engine.defaultThreshold;
  const pairs: [string, string, string, boolean][] = [
    ['typo', 'Abdelmalek Droukdel', 'Abdelmalek Droukdal', true],
    ['initials meet names', 'A. M. al-Zawahiri', 'Ayman Muhammad al-Zawahiri', true],
    ['split token', 'VladimirPutin', 'Vladimir Putin', true],
    ['Abd compound', 'Abdalrahman al-Qaduli', 'Abd al Rahman al-Qaduli', true],
    ['Jusuf / Yusuf', 'Jusuf Salihu', 'Yusuf Salihu', true],
    ['Khalid / Halid', 'Halid al-Fawwaz', 'Khalid al-Fawwaz', true],
    ['legal form', 'Al Rashid Trust Ltd', 'Al-Rashid Trust', true],
    ['common first name only', 'Mohammed Rahimi', 'Mohammed Karimov', false],
  ];
  it('Mahmoud stays further from Muhammad than a spelling of Muhammad does', () => {
    const spelling = engine.compare(q({ name: 'Mohamed Tlass' }), q({ name: 'Muhammad Tlass' })).score;
    const other = engine.compare(q({ name: 'Mahmoud Tlass' }), q({ name: 'Muhammad Tlass' })).score;
    assert.ok(spelling > other, `${spelling} ${other}`);
  });
  for (const [label, a, b, expected] of pairs) {
    it(`${label}: ${a} ~ ${b}`, () => {
      const r = engine.compare(q({ name: a }), q({ name: b }));
      assert.equal(r.match, expected, `score ${r.score}`);
      assert.equal(r.score >= T, expected);
    });
  }
});

describe('engine basics', () => {
  it('builds over an empty list and reports build stats', () => {
    const e = MatchEngine.build([], { listVersions: [] });
    assert.deepEqual(e.screen(q({ name: 'Anyone' })), []);
    assert.equal(e.buildStats.parties, 0);
  });
  it('matches a custom-list party', () => {
    const p = emptyParty('ours', 'C-1', 'person');
    p.caption = 'Jean-Pierre Bemba Gombo';
    p.names = [{ type: 'primary', full: 'Jean-Pierre Bemba Gombo', quality: 'good' }];
    const e = MatchEngine.build([p], { listVersions: [{ source: 'ours', hash: 'h' }] });
    const [m] = e.screen(q({ name: 'Jean Pierre Bemba' }));
    assert.equal(m?.entityId, 'ours:C-1');
    assert.ok(m?.match);
  });
  it('rejects a bad threshold or limit', () => {
    const e = MatchEngine.build([], { listVersions: [] });
    assert.throws(() => e.screen(q({ name: 'x' }), { threshold: 2 }), RangeError);
    assert.throws(() => e.screen(q({ name: 'x' }), { limit: 0 }), RangeError);
  });
});

describe('pruned search: the same answers as scoring every party', async () => {
  const engine = await unEngine();
  const parties = await unParties();
  // Listed names as written and a little off, common-name queries that reach hundreds of parties
  // (where the top-k cut-off and the bounds do the most), with and without a birth date.
  const names = [
    ...parties.slice(0, 60).map((p) => p.names[0]!.full),
    ...parties.slice(200, 230).map((p) => p.names.at(-1)!.full.replace(/a/, 'e')),
    'Mohammed Ali',
    'Abdul Rahman Mohammed',
    'Muhammad Khan',
    'Ali Hassan Ahmed',
    'Abu Mohammed al-Baghdadi',
    'Hans Müller',
  ];
  const queries = names.flatMap((name, i) => [q({ name }), q({ name, birthDate: `19${50 + (i % 40)}` })]);
  const shown = (ms: { entityId: string; score: number }[]) => ms.map((m) => `${m.entityId}:${m.score}`);

  it('top-k (k = 1, 3, 10) with a low floor: the same parties, scores and order as screenExhaustive', () => {
    let compared = 0;
    for (const query of queries) {
      for (const limit of [1, 3, 10]) {
        const opts = { limit, minScore: 0.3 };
        const exhaustive = engine.screenExhaustive(query, opts);
        assert.deepEqual(shown(engine.screen(query, opts)), shown(exhaustive), `${query.name.join()} limit ${limit}`);
        compared += exhaustive.length;
      }
    }
    // The comparison must have had matches to compare, including cut-offs below many candidates.
    assert.ok(compared > queries.length, `only ${compared} matches compared`);
  });

  it('reaches(query, floor) is true exactly when some party scores at least the floor', () => {
    let reached = 0;
    for (const query of queries) {
      for (const floor of [0.47, engine.defaultThreshold, 0.9]) {
        // minScore only lowers the floor below the threshold, so the threshold goes up to a high floor.
        const expected = engine.screenExhaustive(query, { threshold: Math.max(floor, engine.defaultThreshold), minScore: floor, limit: 1 }).length > 0;
        assert.equal(engine.reaches(query, floor), expected, `${query.name.join()} floor ${floor}`);
        if (expected) reached++;
      }
    }
    assert.ok(reached > 0 && reached < queries.length * 3, `${reached} of ${queries.length * 3} reached`);
  });

  it('reaches() rejects a floor outside (0, 1]', () => {
    assert.throws(() => engine.reaches(queries[0]!, 0), RangeError);
    assert.throws(() => engine.reaches(queries[0]!, 1.5), RangeError);
  });
});
