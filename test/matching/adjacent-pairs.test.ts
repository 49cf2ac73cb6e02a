/**
 * index.ts retrieval structures of session 5: (1) AdjacentPairs (adjacent-key-filter.ts), the index
 * of adjacent vocabulary entries that splitNames reads instead of walking postings, must give
 * exactly the names a brute-force scan of the names' adjacent tokens gives, walked from either side;
 * (2) the names the index admits from their initials alone (a query of initials) and through split
 * spellings must leave screening equal to the exhaustive scorer on a list with many names carrying
 * initials and run-together spellings.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AdjacentPairs } from '../../src/matching/adjacent-key-filter.js';
import { emptyParty, type SanctionedParty } from '../../src/lists/model.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { parseQuery } from '../../src/matching/query.js';
import { Rng } from '../../eval/lib/prng.js';

/** Random names as vocabulary ids (a few very common entries, as on real lists). */
function randomNames(rng: Rng, count: number, vocabulary: number): number[][] {
  const names: number[][] = [];
  for (let i = 0; i < count; i++) {
    const length = rng.int(1, 5);
    const name: number[] = [];
    for (let j = 0; j < length; j++) name.push(rng.chance(0.3) ? rng.int(0, 4) : rng.int(0, vocabulary - 1));
    names.push(name);
  }
  return names;
}

/** Flat position of each name's first token (names laid end to end, as listed-tokens.ts does). */
function startsOf(names: number[][]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const name of names) {
    starts.push(at);
    at += name.length;
  }
  return starts;
}

/** The flat positions j with name token j in `left` followed by token j + 1 in `right`, ascending. */
function bruteForcePlaces(names: number[][], left: Set<number>, right: Set<number>): number[] {
  const starts = startsOf(names);
  const out: number[] = [];
  names.forEach((name, id) => {
    for (let j = 0; j + 1 < name.length; j++) if (left.has(name[j] as number) && right.has(name[j + 1] as number)) out.push((starts[id] as number) + j);
  });
  return out;
}

/** The names with b directly followed by c for some b in `left` and c in `right`, ascending, once each. */
function bruteForce(names: number[][], left: Set<number>, right: Set<number>): number[] {
  const out: number[] = [];
  names.forEach((name, id) => {
    for (let j = 0; j + 1 < name.length; j++) {
      if (left.has(name[j] as number) && right.has(name[j + 1] as number)) {
        out.push(id);
        return;
      }
    }
  });
  return out;
}

/** collect's places (ascending) and their names by nameOf (once each, ascending); checks each place lies in the name nameOf gives. */
function collected(pairs: AdjacentPairs, left: number[] | Int32Array, right: number[] | Int32Array, names: number[][]): { names: number[]; places: number[] } {
  const places: number[] = [];
  pairs.collect(left instanceof Int32Array ? left : Int32Array.from(left), right instanceof Int32Array ? right : Int32Array.from(right), places);
  const starts = startsOf(names);
  const out = places.map((at) => {
    const id = pairs.nameOf(at);
    assert.ok(at >= (starts[id] as number) && at + 1 < (starts[id] as number) + (names[id] as number[]).length, `place ${at} outside name ${id}`);
    return id;
  });
  return { names: [...new Set(out)].sort((a, b) => a - b), places: [...places].sort((a, b) => a - b) };
}

function pairsOf(names: number[][], vocabulary: number): AdjacentPairs {
  const starts = startsOf(names);
  return AdjacentPairs.build((visit) => names.forEach((name, id) => {
    for (let j = 0; j + 1 < name.length; j++) visit(name[j] as number, name[j + 1] as number, id, (starts[id] as number) + j);
  }), vocabulary);
}

describe('AdjacentPairs (split spellings read from adjacent entry pairs)', () => {
  it('collects exactly the names a scan of adjacent tokens finds, whichever side it walks', () => {
    const rng = new Rng('adjacent-pairs-test');
    const vocabulary = 300;
    const names = randomNames(rng, 3000, vocabulary);
    const pairs = pairsOf(names, vocabulary);
    let nonEmpty = 0;
    for (let trial = 0; trial < 400; trial++) {
      // Small and large sides, common entries included, so both walking directions are taken.
      const left = [...new Set(Array.from({ length: rng.int(1, trial % 2 === 0 ? 3 : 40) }, () => rng.int(0, vocabulary - 1)))];
      const right = [...new Set(Array.from({ length: rng.int(1, trial % 2 === 0 ? 40 : 3) }, () => rng.int(0, vocabulary - 1)))];
      const expected = bruteForce(names, new Set(left), new Set(right));
      if (expected.length > 0) nonEmpty++;
      assert.deepEqual(collected(pairs, left, right, names), { names: expected, places: bruteForcePlaces(names, new Set(left), new Set(right)) }, `left ${left} right ${right}`);
    }
    assert.ok(nonEmpty > 100, `only ${nonEmpty} of 400 trials met a pair`);
  });

  it('answers the same when the same list objects come back, on either side and in any order', () => {
    // splitNames passes the index's key lists themselves, and the marks of the list checked last on
    // a side are kept: every call must still see only its own lists' entries.
    const rng = new Rng('adjacent-pairs-reuse');
    const vocabulary = 200;
    const names = randomNames(rng, 2000, vocabulary);
    const pairs = pairsOf(names, vocabulary);
    // Lists of every size (the long ones have their neighbour counts kept), some with common entries.
    const lists = Array.from({ length: 12 }, (_, i) => Int32Array.from(new Set(Array.from({ length: 1 + ((i * 7) % 30) }, () => rng.int(0, vocabulary - 1)))).sort());
    let nonEmpty = 0;
    for (let trial = 0; trial < 600; trial++) {
      // Small indices repeat the previous call's list often (the kept marks), large ones switch lists.
      const left = lists[trial % 3 === 0 ? rng.int(0, 1) : rng.int(0, lists.length - 1)] as Int32Array;
      const right = lists[trial % 2 === 0 ? rng.int(0, 1) : rng.int(0, lists.length - 1)] as Int32Array;
      const expected = bruteForce(names, new Set(left), new Set(right));
      if (expected.length > 0) nonEmpty++;
      assert.deepEqual(collected(pairs, left, right, names), { names: expected, places: bruteForcePlaces(names, new Set(left), new Set(right)) }, `trial ${trial}: left ${left} right ${right}`);
    }
    assert.ok(nonEmpty > 100, `only ${nonEmpty} of 600 trials met a pair`);
  });

  it('keeps every place of a pair that repeats in one name, places of a pair ascending, each with its name', () => {
    // Tokens laid end to end: name 0 at 0-3, name 1 at 4-5, name 2 at 6-7.
    const pairs = pairsOf([[1, 2, 1, 2], [2, 1], [1, 2]], 3);
    const places: number[] = [];
    pairs.collect(Int32Array.of(1), Int32Array.of(2), places);
    assert.deepEqual(places, [0, 2, 6]);
    assert.deepEqual(places.map((at) => pairs.nameOf(at)), [0, 0, 2]);
  });
});

describe('screening equals the exhaustive scorer with initials and run-together names', () => {
  const spellings = [
    'A. B. Karimov', 'A. B. C. Karimov', 'M. A. K. Trading Co.', 'K. M. S. Holding', 'Abdul Rahman Karim', 'Abdulrahman Karim',
    'Bin Laden Usama', 'Usama Binladen', 'Mohammed Ali Hassan', 'Mohammedali Hassan', 'S. A. M. Al-Tamimi', 'Ali M. K. Rahimi',
  ];
  const parties: SanctionedParty[] = spellings.map((full, i) => {
    const p = emptyParty('test', `T.${i}`, full.includes('Co.') || full.includes('Holding') ? 'organization' : 'person');
    p.names.push({ type: 'primary', full, quality: 'good' });
    return p;
  });
  const engine = MatchEngine.build(parties, { listVersions: [{ source: 'test', hash: 'test' }] });
  const queries = ['A. B. K.', 'M. A. K.', 'A B Karimov', 'Abdul Rahmankarim', 'Mohammed Alihassan', 'Usamabin Laden', 'K. M. S.', 'S. A. M. Tamimi', 'Ali Mk Rahimi', 'Abdulrahman'];
  for (const name of queries) {
    it(name, () => {
      for (const schema of ['Person', 'Organization'] as const) {
        const q = parseQuery({ name, schema });
        assert.deepEqual(engine.screen(q, { limit: 20, minScore: 0.3 }), engine.screenExhaustive(q, { limit: 20, minScore: 0.3 }));
      }
    });
  }
});
