import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { syntheticList } from '../../bench/synthetic-list.js';
import { emptyParty, type SanctionedParty } from '../../src/lists/model.js';
import { decodeSnapshot, encodeSnapshot, preparedInputDigest } from '../../src/matching/engine-snapshot.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { formKey, ownListCarriers, type NameIndex, type TokenMatches } from '../../src/matching/index.js';
import { prepareList } from '../../src/matching/prepared-list.js';
import { tokenKeys, type PreparedToken } from '../../src/matching/prepared.js';
import { parseQuery } from '../../src/matching/query.js';
import { VocabularyMatches, VocabularySplits, type SplitList } from '../../src/matching/vocabulary-matches.js';
import { cutIdentity, MIN_CUT_LENGTH } from '../../src/matching/score.js';
import { formsLayered, SHAPE_SIZE } from '../../src/matching/form-shape.js';
import { unParties } from './helpers.js';

const meta = { listVersions: [{ source: 'test', hash: 'vocabulary-matches' }] };

/** The index's parts these tests read (private in index.ts). */
interface Inside {
  vocab: PreparedToken[];
  postings: { count(v: number): number };
  vocabularyMatches: VocabularyMatches;
  vocabularySplits: VocabularySplits;
  shapes: Int32Array;
  similarEntries(t: PreparedToken, keys: readonly string[]): TokenMatches;
  splitOf(t: PreparedToken): SplitList;
  splitNames(t: PreparedToken): SplitList;
}
const indexOf = (e: MatchEngine): NameIndex => (e as unknown as { index: NameIndex }).index;
const inside = (e: MatchEngine): Inside => indexOf(e) as unknown as Inside;

const plain = (m: TokenMatches): { vocab: number[]; similarity: number[] } => ({ vocab: [...m.vocab], similarity: [...m.similarity] });

/** Entry v's list as a miss of matches() computes it (the store not read). */
function computed(e: MatchEngine, v: number): { vocab: number[]; similarity: number[] } {
  const index = inside(e);
  const t = index.vocab[v] as PreparedToken;
  return plain(index.similarEntries(t, tokenKeys(t)));
}

/**
 * Every stored list equals the computed one, read through matches() with a copy of the entry's token
 * (so by its form's key, as a query token is, not by the stored position): a list filed under the
 * wrong entry (shifted ids) gives another entry's list.
 */
function assertStoredListsComputed(e: MatchEngine): number {
  const index = inside(e);
  const store = index.vocabularyMatches;
  for (let k = 0; k < store.size; k++) {
    const v = store.entries[k] as number;
    const t = index.vocab[v] as PreparedToken;
    const expected = computed(e, v);
    assert.deepStrictEqual(plain(store.list(k)), expected, `entry ${v} (${t.folded}) stored`);
    assert.deepStrictEqual(plain(indexOf(e).matches({ ...t, keys: undefined })), expected, `entry ${v} (${t.folded}) through matches()`);
  }
  return store.size;
}

const plainSplit = (l: SplitList): { names: number[]; at: number[] } => ({ names: [...l.names], at: [...l.at] });

/**
 * Every stored split list equals the computed one, read through splitNames by the entry's token;
 * and the entries are the first of each cut identity (score.ts cutIdentity: the folded form, with the
 * written letters where they add seam cuts) among the stored similarity lists' entries long enough
 * to cut.
 */
function assertStoredSplitsComputed(e: MatchEngine): number {
  const index = inside(e);
  const store = index.vocabularySplits;
  const seen = new Set<string>();
  const expected: number[] = [];
  for (const v of index.vocabularyMatches.entries) {
    const t = index.vocab[v] as PreparedToken;
    if (t.folded.length < MIN_CUT_LENGTH) continue;
    const f = cutIdentity(t);
    if (seen.has(f)) continue;
    seen.add(f);
    expected.push(v);
  }
  assert.deepStrictEqual([...store.parts.entries], expected);
  let nonEmpty = 0;
  for (let k = 0; k < store.size; k++) {
    const t = index.vocab[store.parts.entries[k] as number] as PreparedToken;
    const computedList = plainSplit(index.splitOf(t));
    assert.deepStrictEqual(plainSplit(store.list(k)), computedList, `${t.folded} stored`);
    assert.deepStrictEqual(plainSplit(index.splitNames(t)), computedList, `${t.folded} through splitNames`);
    if (computedList.at.length > 0) nonEmpty++;
  }
  return nonEmpty;
}

/** The entries a build stores: those with postings carried by at least ownListCarriers(names) names. */
function expectedEntries(e: MatchEngine, names: number): number[] {
  const index = inside(e);
  const out: number[] = [];
  for (let v = 0; v < index.vocab.length; v++) if (index.postings.count(v) >= ownListCarriers(names)) out.push(v);
  return out;
}

describe("the vocabulary's own similarity lists (vocabulary-matches.ts)", async () => {
  const un = await unParties();
  const unList = prepareList(un);
  const unEngine = MatchEngine.fromPrepared(un, meta, unList);
  const synthetic: SanctionedParty[] = syntheticList(3000, 'vocabulary-matches');
  const syntheticEngine = MatchEngine.build(synthetic, meta);

  it('hold, for every UN entry with postings, the list matches() computes for it', () => {
    assert.deepStrictEqual([...inside(unEngine).vocabularyMatches.entries], expectedEntries(unEngine, unList.names.length));
    assert.ok(assertStoredListsComputed(unEngine) > 4000);
  });

  it('hold, for every UN folded form long enough to cut, the split lists splitNames computes', () => {
    assert.ok(assertStoredSplitsComputed(unEngine) > 100);
  });

  it('hold the same on a small synthetic list', () => {
    const stored = inside(syntheticEngine).vocabularyMatches;
    assert.deepStrictEqual([...stored.entries], expectedEntries(syntheticEngine, prepareList(synthetic).names.length));
    assert.ok(assertStoredListsComputed(syntheticEngine) > 100);
    assert.ok(assertStoredSplitsComputed(syntheticEngine) > 10);
  });

  it('are the lists computed from both sides where the build computes a pair once (mirrored-pairs.ts), whatever reading decides it', () => {
    // Spellings that share keys and are decided by each reading keyedSimilarityValue has: the
    // folded forms, an alternative (glued-article) form on either side, Arabic and Cyrillic script,
    // the written spellings (Innocrent, Xhol) and a keyboard slip (Patdk, Kfiah); and forms whose
    // letter masks do not hold their counts (a written x, a letter four times), which are not
    // mirrored and are computed from both sides.
    const spellings = [
      'Abdulrahman Alrashid', 'Abd al-Rahman al-Rashid', 'Abdurrahman Elrashid', 'Rashid Abdelrahman', 'عبد الرحمن الرشيد',
      'Muhammad Alhashimi', 'Mohammed al-Hashemi', 'محمد الهاشمي', 'Mohamad Hashimi',
      'Vladimir Putin', 'Владимир Путин', 'Wladimir Poutine', 'Vladimyr Putyn',
      'Patek Kifah', 'Patdk Kfiah', 'Usama Usanma', 'Innocent Innocrent', 'Xhol Chol', 'Koryo Kortyo',
      'Alexander Aleksandr', 'Xaxaxa Haxaxa', 'Abdallaaaah Abdallah', 'Lallallalla Lalalla',
    ];
    const parties = spellings.map((full, k) => {
      const p = emptyParty('test', `M.${k}`, 'person');
      p.names = [{ type: 'primary', full, quality: 'good' }];
      p.caption = full;
      return p;
    });
    const engine = MatchEngine.build(parties, meta);
    const index = inside(engine);
    let unlayered = 0;
    for (const v of index.vocabularyMatches.entries) if (!formsLayered(index.shapes, v * SHAPE_SIZE)) unlayered++;
    assert.ok(unlayered >= 3 && unlayered < index.vocabularyMatches.size - 20, `${unlayered} of ${index.vocabularyMatches.size} entries not mirrored`);
    assert.ok(assertStoredListsComputed(engine) > 40);
    let pairs = 0;
    for (let k = 0; k < index.vocabularyMatches.size; k++) pairs += index.vocabularyMatches.list(k).vocab.length;
    assert.ok(pairs > 100, `${pairs} pairs, ${unlayered} unlayered of ${index.vocabularyMatches.size}`);
  });

  it('are what matches() answers for a query token of a listed form', () => {
    // Listed names screened as queries: their tokens are analysed as a query's (role, flags), and a
    // token whose form key is a vocabulary entry's gets the stored list, which must be its own.
    const index = indexOf(unEngine);
    const keys = new Set(inside(unEngine).vocab.map((t) => formKey(t)));
    let met = 0;
    for (const p of un.slice(0, 400)) {
      const prepared = unEngine.prepareQuery(parseQuery({ id: 'q', schema: 'Person', name: (p.names[0] as { full: string }).full }));
      for (const n of prepared.names) {
        for (const t of n.tokens) {
          if (t.role === 'initial' || !keys.has(formKey(t)) || t.skeleton === '') continue;
          met++;
          assert.deepStrictEqual(plain(index.matches(t)), plain(inside(unEngine).similarEntries(t, tokenKeys(t))), t.folded);
        }
      }
    }
    assert.ok(met > 500, `${met} listed forms met`);
  });

  it('are read before anything is computed: matches() of an entry returns the stored object', () => {
    const index = inside(unEngine);
    const k = 10;
    const v = index.vocabularyMatches.entries[k] as number;
    const t = { ...(index.vocab[v] as PreparedToken), keys: undefined };
    const first = indexOf(unEngine).matches(t);
    assert.equal(indexOf(unEngine).matches(t), first);
    assert.equal(first.vocab.buffer, index.vocabularyMatches.ids.buffer);
  });

  it('come back from a saved engine unchanged, and a loaded engine answers matches() from them', () => {
    const bytes = encodeSnapshot({ list: unList, keys: unEngine.indexKeys }, 'k', preparedInputDigest(un));
    const read = decodeSnapshot(bytes, 'k', un);
    const a = read.keys.vocabularyMatches.parts;
    const b = unEngine.indexKeys.vocabularyMatches.parts;
    assert.deepStrictEqual({ entries: [...a.entries], start: [...a.start], ids: [...a.ids], similarity: [...a.similarity] }, { entries: [...b.entries], start: [...b.start], ids: [...b.ids], similarity: [...b.similarity] });
    const c = read.keys.vocabularySplits.parts;
    const d = unEngine.indexKeys.vocabularySplits.parts;
    for (const part of ['entries', 'namesStart', 'names', 'atStart', 'at'] as const) assert.deepStrictEqual([...c[part]], [...d[part]], part);
    const loaded = MatchEngine.fromPrepared(un, meta, read.list, { keys: read.keys });
    assert.ok(assertStoredListsComputed(loaded) > 4000);
    assert.ok(assertStoredSplitsComputed(loaded) > 100);
  });

  it('are the same when the index is built in slices', async () => {
    const sliced = await MatchEngine.fromPreparedInSlices(un, meta, prepareList(un));
    const a = inside(sliced).vocabularyMatches;
    const b = inside(unEngine).vocabularyMatches;
    assert.deepStrictEqual([...a.entries], [...b.entries]);
    assert.deepStrictEqual([...a.ids], [...b.ids]);
    assert.deepStrictEqual([...a.similarity], [...b.similarity]);
    const c = inside(sliced).vocabularySplits.parts;
    const d = inside(unEngine).vocabularySplits.parts;
    for (const part of ['entries', 'namesStart', 'names', 'atStart', 'at'] as const) assert.deepStrictEqual([...c[part]], [...d[part]], part);
  });

  it('a saved store whose lists cannot be a vocabulary\'s is refused', () => {
    const parts = inside(syntheticEngine).vocabularyMatches.parts;
    const size = inside(syntheticEngine).vocab.length;
    assert.ok(VocabularyMatches.restore(parts, size).size > 0);
    const last = parts.entries.length - 1;
    assert.throws(() => VocabularyMatches.restore({ ...parts, entries: parts.entries.map((v, k) => (k === last ? size : v)) }, size), RangeError);
    assert.throws(() => VocabularyMatches.restore({ ...parts, entries: parts.entries.map((v, k) => (k === 1 ? (parts.entries[0] as number) : v)) }, size), RangeError);
    assert.throws(() => VocabularyMatches.restore({ ...parts, similarity: parts.similarity.map((s, j) => (j === 0 ? 0 : s)) }, size), RangeError);
    assert.throws(() => VocabularyMatches.restore({ ...parts, ids: parts.ids.map((id, j) => (j === 0 ? -1 : id)) }, size), RangeError);
    assert.throws(() => VocabularyMatches.restore({ ...parts, start: parts.start.map((s, j) => (j === parts.start.length - 1 ? s + 1 : s)) }, size), RangeError);
  });

  it("a saved split store whose lists cannot be the list's is refused", () => {
    const index = inside(syntheticEngine);
    const parts = index.vocabularySplits.parts;
    const names = prepareList(synthetic).names;
    const places = names.reduce((n, x) => n + x.tokens.length, 0);
    const size = index.vocab.length;
    assert.ok(VocabularySplits.restore(parts, size, names.length, places).size > 0);
    const last = parts.names.length - 1;
    assert.throws(() => VocabularySplits.restore({ ...parts, names: parts.names.map((x, j) => (j === last ? names.length : x)) }, size, names.length, places), RangeError);
    assert.throws(() => VocabularySplits.restore({ ...parts, at: parts.at.map((x, j) => (j === parts.at.length - 1 ? places : x)) }, size, names.length, places), RangeError);
    // Bounds that do not cover the places exactly.
    assert.throws(() => VocabularySplits.restore({ ...parts, atStart: parts.atStart.map((x, j) => (j === parts.atStart.length - 1 ? x + 1 : x)) }, size, names.length, places), RangeError);
  });

  it('cut by carriers on a large list: one name in every 20,000', () => {
    assert.equal(ownListCarriers(4_000), 1);
    assert.equal(ownListCarriers(39_999), 1);
    assert.equal(ownListCarriers(200_000), 10);
    assert.equal(ownListCarriers(1_000_000), 50);
  });
});
