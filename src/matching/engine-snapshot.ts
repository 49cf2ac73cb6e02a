/**
 * A saved engine: the prepared list (prepared-list.ts: every listed name analysed, weighted and
 * interned, and the parties' country codes) and the keys' part of its index (index.ts IndexKeys: the
 * retrieval keys with their vocabulary entries, the adjacent-key filter, and the similarity and split
 * lists of the vocabulary's own forms, vocabulary-matches.ts), written as bytes and
 * read back, so that a fresh process builds only the rest of the index. On a one-name `interdict
 * screen` the analysis and the keys were most of the start-up (a fresh process runs them before the
 * JIT has compiled anything); reading them back is a JSON.parse of the texts, typed arrays copied
 * out of the file and a loop making the objects.
 *
 * The bytes: a first line naming the format, a second line with the header (JSON), then the body,
 * a JSON part followed by a binary part (the typed arrays, in this machine's byte order, named in
 * the header: a snapshot is a local cache, refused on a machine of the other order):
 *
 *     interdict-engine-snapshot <FORMAT>\n
 *     {"key", "inputs", "endian", "json", "strings", "binary", "sha256"}\n
 *     <`json` bytes of UTF-8 JSON: section lengths and the string table's chunk lengths>
 *     <`strings` bytes: the string table, as JSON arrays of up to STRING_CHUNK texts one after the other>
 *     <`binary` bytes: SECTIONS>
 *
 * `sha256` is the SHA-256 of the whole body.
 *
 * `key` names the list versions and the engine (ALGORITHM_VERSION) the snapshot was made for
 * (saved-engine.ts snapshotKey); `inputs` is preparedInputDigest of the parties it was made from, so a
 * snapshot is refused for parties whose names or countries read differently, even under the same key.
 * A snapshot that is not exactly right (wrong format, key or inputs, truncated, checksum off, a field
 * of the wrong type) is refused with the reason (SnapshotRefused), never half used.
 *
 * Every value goes through exactly: texts through JSON, integers and the weights (doubles) as the
 * bits of their typed arrays. The facts other than the country codes are derived again from the
 * parties on reading (partyFacts), as a build derives them.
 */
import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import type { AliasQuality, SanctionedParty } from '../lists/model.js';
import type { VocabularyClass } from '../names/common-names.js';
import type { Script } from '../names/script.js';
import type { TokenRole } from '../names/tokens.js';
import { AdjacentKeyFilter } from './adjacent-key-filter.js';
import type { IndexKeys } from './index.js';
import { markListedReading, noteInterned, type PreparedList } from './prepared-list.js';
import { partyFacts, preparedName, preparedToken, type PartyCountries, type PreparedName, type PreparedToken } from './prepared.js';
import { VocabularyMatches, VocabularySplits } from './vocabulary-matches.js';
import { runSteps, runStepsInSlices } from '../util/event-loop.js';

/**
 * Bump on any change to what the body holds or how it is read. It is part of the first line and of
 * the file's name (saved-engine.ts snapshotKey), so a file of another format is never read as this one.
 * 2 (session 15): the vocabulary's own similarity and split lists.
 * 3 (session 16): the string table in chunks, each parsed in its own step.
 */
export const SNAPSHOT_FORMAT = 3;
const MAGIC = `interdict-engine-snapshot ${SNAPSHOT_FORMAT}\n`;

/** Why a snapshot was not used: a sentence for the person running the command. */
export class SnapshotRefused extends Error {}

/** What a snapshot gives back: the prepared list, and the keys' part of the index built from it. */
export interface SavedEngineParts {
  list: PreparedList;
  keys: IndexKeys;
}

interface Header {
  key: string;
  inputs: string;
  endian: string;
  json: number;
  strings: number;
  binary: number;
  sha256: string;
}

/**
 * Texts per chunk of the string table. A server decodes a new list version's snapshot in slices
 * while it answers requests; one JSON.parse of a 200,000-name list's whole table (6.4 MB) held its
 * thread 58-758 ms (docs/benchmarks.md, session 12 h4), a chunk of this many texts a few ms.
 */
const STRING_CHUNK = 4096;

/**
 * The binary part's sections, in file order: the two of doubles first (so every section starts
 * aligned for its type), then the integers, then the filter's bits. Text is kept once in the JSON
 * part's string table and referred to by its position there.
 */
const SECTIONS = ['weights', 'totals', 'ownSimilarity', 'names', 'titles', 'tokens', 'countries', 'df', 'keys', 'keyStart', 'keyVocab', 'ownEntries', 'ownStart', 'ownIds', 'splitEntries', 'splitNamesStart', 'splitNames', 'splitAtStart', 'splitAt', 'bits'] as const;
type Section = (typeof SECTIONS)[number];
const DOUBLES = new Set<Section>(['weights', 'totals', 'ownSimilarity']);
/** Sections written from the index's arrays as they are (no list of numbers built on the way). */
type Direct = 'weights' | 'totals' | 'bits' | 'ownSimilarity' | 'ownEntries' | 'ownStart' | 'ownIds' | 'splitEntries' | 'splitNamesStart' | 'splitNames' | 'splitAtStart' | 'splitAt';

/** Integers per name in `names`: party, nameIndex, full, type, quality, title count, token count. */
const NAME_INTS = 7;
/** Integers per token in `tokens` (its weight is in `weights`), in preparedToken's order. */
const TOKEN_INTS = 12;

/** Enumerations stored as their position (vocabulary: 0 for none). */
const SCRIPTS: readonly Script[] = ['latin', 'arabic', 'cyrillic', 'other', 'digits'];
const ROLES: readonly TokenRole[] = ['name', 'nisba', 'abd', 'kunya', 'nasab', 'initial'];
const VOCABULARY: readonly VocabularyClass[] = [undefined, 'legal-form', 'org-word', 'stop-word', 'org-word-alone', 'place-word', 'sector-word'];
const NAME_TYPES: readonly PreparedName['type'][] = ['primary', 'alias', 'original-script', 'query'];
const QUALITIES: readonly AliasQuality[] = ['good', 'low', 'aka', 'fka', 'nka', 'unspecified'];

interface Body {
  parties: number;
  /** Bytes of each chunk of the string table, in order. */
  stringChunks: unknown;
  /** Elements per section of the binary part. */
  lengths: Record<Section, unknown>;
  /** The adjacent-key filter but its bits. */
  filter: { mask: unknown; adjacentPairs: unknown; insertedKeyPairs: unknown };
}

/**
 * A digest of everything prepareList reads from the parties: each name's text, type, quality and
 * birth country, and the country texts of the nationalities, addresses and birth places (the facts
 * it does not save are derived again on reading). Keep in step with prepareList and partyCountries.
 */
export function preparedInputDigest(parties: readonly SanctionedParty[]): string {
  return runSteps(inputDigestSteps(parties));
}

/**
 * preparedInputDigest, pausing every STEP parties. The text is hashed a piece per STEP parties (the
 * same digest as hashing it whole; tens of thousands of small updates cost a fresh process ~30 ms,
 * and one text of a large list held a thread for seconds). \u0001 and \u0002 separate fields and
 * records, \u0003 stands for a missing value: the lists' texts hold no control characters (the
 * normaliser would drop them anyway).
 */
function* inputDigestSteps(parties: readonly SanctionedParty[]): Generator<void, string> {
  const hash = createHash('sha256');
  let all = '';
  const field = (s: string | undefined): void => {
    all += s === undefined ? '\u0003\u0001' : `${s}\u0001`;
  };
  for (let i = 0; i < parties.length; i++) {
    if (i % STEP === STEP - 1) {
      hash.update(all);
      all = '';
      yield;
    }
    const p = parties[i] as SanctionedParty;
    for (const n of p.names) {
      field(n.full);
      field(n.type);
      field(n.quality);
      field(n.birthCountry);
    }
    all += '\u0002';
    for (const c of p.nationalities) field(c);
    all += '\u0002';
    for (const a of p.addresses) field(a.country);
    all += '\u0002';
    for (const b of p.birthPlaces) field(b.country);
    all += '\u0002\u0002';
  }
  return hash.update(all).digest('hex');
}

/** The snapshot bytes of an engine's prepared list and index keys, for the given key and parties' input digest. */
export function encodeSnapshot(parts: SavedEngineParts, key: string, inputs: string): Buffer {
  const { list, keys: index } = parts;
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const text = (s: string): number => {
    let id = stringIds.get(s);
    if (id === undefined) {
      id = strings.length;
      stringIds.set(s, id);
      strings.push(s);
    }
    return id;
  };
  const ints: Record<Exclude<Section, Direct>, number[]> = { names: [], titles: [], tokens: [], countries: [], df: [], keys: [], keyStart: [0], keyVocab: [] };
  const weights: number[] = [];
  const totals: number[] = [];
  for (const n of list.names) {
    ints.names.push(n.party, n.nameIndex, text(n.full), NAME_TYPES.indexOf(n.type), QUALITIES.indexOf(n.quality), n.titles.length, n.tokens.length);
    for (const t of n.titles) ints.titles.push(text(t));
    totals.push(n.totalWeight);
    for (const t of n.tokens) {
      ints.tokens.push(
        text(t.text),
        SCRIPTS.indexOf(t.script),
        ROLES.indexOf(t.role),
        VOCABULARY.indexOf(t.vocabulary),
        text(t.folded),
        t.alt === undefined ? -1 : text(t.alt),
        t.abjad ? 1 : 0,
        text(t.skeleton),
        text(t.initial),
        text(t.written),
        t.plain ? 1 : 0,
        t.id,
      );
      weights.push(t.weight);
    }
  }
  for (const f of list.facts) {
    ints.countries.push(f.nationalities.length, ...f.nationalities.map(text), f.countries.length, ...f.countries.map(text));
  }
  for (const [skeleton, parties] of list.freq.df) ints.df.push(text(skeleton), parties);
  for (const [k, ids] of index.keyIds) {
    ints.keys.push(text(k));
    for (const v of ids) ints.keyVocab.push(v);
    ints.keyStart.push(ints.keyVocab.length);
  }
  const filter = index.adjacentKeys.parts;
  const own = index.vocabularyMatches.parts;
  const splits = index.vocabularySplits.parts;
  const arrays: Record<Section, Float64Array | Int32Array | Uint32Array> = {
    weights: Float64Array.from(weights),
    totals: Float64Array.from(totals),
    names: Int32Array.from(ints.names),
    titles: Int32Array.from(ints.titles),
    tokens: Int32Array.from(ints.tokens),
    countries: Int32Array.from(ints.countries),
    df: Int32Array.from(ints.df),
    keys: Int32Array.from(ints.keys),
    keyStart: Int32Array.from(ints.keyStart),
    keyVocab: Int32Array.from(ints.keyVocab),
    ownSimilarity: own.similarity,
    ownEntries: own.entries,
    ownStart: own.start,
    ownIds: own.ids,
    splitEntries: splits.entries,
    splitNamesStart: splits.namesStart,
    splitNames: splits.names,
    splitAtStart: splits.atStart,
    splitAt: splits.at,
    bits: filter.bits,
  };
  const lengths = Object.fromEntries(SECTIONS.map((name) => [name, arrays[name].length])) as Record<Section, number>;
  const chunks: Buffer[] = [];
  for (let at = 0; at < strings.length; at += STRING_CHUNK) chunks.push(Buffer.from(JSON.stringify(strings.slice(at, at + STRING_CHUNK)), 'utf8'));
  const stringChunks = chunks.map((c) => c.length);
  const body: Body = { parties: list.freq.parties, stringChunks, lengths, filter: { mask: filter.mask, adjacentPairs: filter.adjacentPairs, insertedKeyPairs: filter.insertedKeyPairs } };
  const json = Buffer.from(JSON.stringify(body), 'utf8');
  const table = Buffer.concat(chunks);
  const binary = Buffer.concat(SECTIONS.map((name) => Buffer.from(arrays[name].buffer, arrays[name].byteOffset, arrays[name].byteLength)));
  const sha256 = createHash('sha256').update(json).update(table).update(binary).digest('hex');
  const header: Header = { key, inputs, endian: endianness(), json: json.length, strings: table.length, binary: binary.length, sha256 };
  return Buffer.concat([Buffer.from(MAGIC, 'utf8'), Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), json, table, binary]);
}

/**
 * The prepared list and index keys a snapshot holds, for `parties` (the ones it must have been made
 * from: their input digest is checked) under `key`. Throws SnapshotRefused saying why when it cannot
 * be used.
 */
export function decodeSnapshot(bytes: Buffer, key: string, parties: readonly SanctionedParty[]): SavedEngineParts {
  return runSteps(decodeSteps(bytes, key, parties));
}

/**
 * decodeSnapshot in slices of about `sliceMs` of work, the event loop running between them: for a
 * server's thread, which answers other requests while it takes a new engine in (a 200,000-name list's
 * decoding is seconds of CPU on a busy machine). Same result, same refusals.
 */
export async function decodeSnapshotInSlices(bytes: Buffer, key: string, parties: readonly SanctionedParty[], sliceMs = 20): Promise<SavedEngineParts> {
  return runStepsInSlices(decodeSteps(bytes, key, parties), sliceMs);
}

/** Names, parties or keys between two points where decoding may pause (a few ms of work, or tens on a busy machine). */
const STEP = 1024;
/** Bytes hashed or copied between two such points. */
const BYTES_STEP = 4 * 1024 * 1024;

/** The decoding, pausing (`yield`) after each costly part, every STEP rows of the long ones and every BYTES_STEP bytes hashed or copied. */
function* decodeSteps(bytes: Buffer, key: string, parties: readonly SanctionedParty[]): Generator<void, SavedEngineParts> {
  const magic = Buffer.from(MAGIC, 'utf8');
  if (bytes.length < magic.length || !bytes.subarray(0, magic.length).equals(magic)) {
    const firstLine = bytes.subarray(0, Math.min(bytes.length, 40)).toString('utf8').split('\n')[0] ?? '';
    throw new SnapshotRefused(firstLine.startsWith('interdict-engine-snapshot ') ? `written in another format (${firstLine})` : 'not an engine snapshot');
  }
  const headerEnd = bytes.indexOf(0x0a, magic.length);
  if (headerEnd < 0) throw new SnapshotRefused('truncated (no header line)');
  let header: Header;
  try {
    header = JSON.parse(bytes.subarray(magic.length, headerEnd).toString('utf8')) as Header;
  } catch {
    throw new SnapshotRefused('damaged header');
  }
  const { json, strings: text, binary } = header;
  if (typeof header.key !== 'string' || typeof header.inputs !== 'string' || ![json, text, binary].every((n) => Number.isInteger(n) && n >= 0) || typeof header.sha256 !== 'string') {
    throw new SnapshotRefused('damaged header');
  }
  if (header.key !== key) throw new SnapshotRefused('made for other list versions or another engine version');
  if (header.endian !== endianness()) throw new SnapshotRefused(`written on a machine of the other byte order (${String(header.endian)})`);
  const body = bytes.subarray(headerEnd + 1);
  const size = json + text + binary;
  if (body.length !== size) {
    throw new SnapshotRefused(body.length < size ? `truncated (${body.length} of ${size} bytes)` : `damaged (${body.length} bytes, expected ${size})`);
  }
  // Hashed and (below) copied a piece at a time: a 200,000-name list's body is 55 MB, 0.1-0.3 s in one piece on a busy machine.
  const checksum = createHash('sha256');
  for (let at = 0; at < body.length; at += BYTES_STEP) {
    checksum.update(body.subarray(at, at + BYTES_STEP));
    yield;
  }
  if (checksum.digest('hex') !== header.sha256) throw new SnapshotRefused('damaged (checksum differs)');
  yield;
  if (header.inputs !== (yield* inputDigestSteps(parties))) throw new SnapshotRefused('stale (made from parties whose names or countries differ from these)');
  yield;
  let parsed: Body;
  try {
    parsed = JSON.parse(body.subarray(0, json).toString('utf8')) as Body;
  } catch {
    throw new SnapshotRefused('damaged body');
  }
  yield;
  if (parsed === null || typeof parsed !== 'object') malformed('body');
  const strings = yield* stringTable(body.subarray(json, json + text), parsed.stringChunks);
  // Copied out into an aligned buffer of its own: typed arrays must start at a multiple of their size.
  const words = new Uint8Array(binary);
  const from = json + text;
  for (let at = 0; at < binary; at += BYTES_STEP) {
    words.set(body.subarray(from + at, from + Math.min(binary, at + BYTES_STEP)), at);
    yield;
  }
  if (parsed.parties !== parties.length) malformed('party count');
  const sections = sectionsOf(parsed, words.buffer);
  yield;
  const list = yield* restoreList(sections, strings, parties);
  return { list, keys: yield* restoreKeys(sections, strings, parsed.filter, list.vocab.length, list.names.length) };
}

/** The string table from its chunks' bytes, `chunks` their lengths: a chunk parsed per step. */
function* stringTable(bytes: Buffer, chunks: unknown): Generator<void, string[]> {
  if (!Array.isArray(chunks)) malformed('string table');
  const strings: string[] = [];
  let at = 0;
  for (const length of chunks) {
    const end = at + int(length);
    if (end > bytes.length) malformed('string table');
    let chunk: unknown;
    try {
      chunk = JSON.parse(bytes.toString('utf8', at, end));
    } catch {
      malformed('string table');
    }
    // Every chunk full but the last: a chunk lost or cut in two would shift every later text.
    if (!Array.isArray(chunk) || chunk.length > STRING_CHUNK || (end < bytes.length && chunk.length !== STRING_CHUNK)) malformed('string table');
    for (const s of chunk) {
      if (typeof s !== 'string') malformed('string table');
      strings.push(s);
    }
    at = end;
    yield;
  }
  if (at !== bytes.length) malformed('string table');
  return strings;
}

function malformed(what: string): never {
  throw new SnapshotRefused(`malformed (${what})`);
}

const int = (v: unknown): number => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : malformed('a count'));

type Sections = { weights: Float64Array; totals: Float64Array; ownSimilarity: Float64Array; bits: Uint32Array } & Record<Exclude<Section, 'weights' | 'totals' | 'ownSimilarity' | 'bits'>, Int32Array>;

/** The binary part's sections as typed arrays over `binary`, their lengths checked against its size. */
function sectionsOf(body: Body, binary: ArrayBuffer): Sections {
  if (body.lengths === null || typeof body.lengths !== 'object') malformed('section lengths');
  let at = 0;
  const out: Partial<Record<Section, Float64Array | Int32Array | Uint32Array>> = {};
  for (const name of SECTIONS) {
    const n = int(body.lengths[name]);
    const size = DOUBLES.has(name) ? 8 : 4;
    if (at + n * size > binary.byteLength) malformed('section lengths');
    out[name] = DOUBLES.has(name) ? new Float64Array(binary, at, n) : name === 'bits' ? new Uint32Array(binary, at, n) : new Int32Array(binary, at, n);
    at += n * size;
  }
  if (at !== binary.byteLength) malformed('section lengths');
  return out as Sections;
}

/** The prepared list from the sections and string table, every position and code checked on the way. */
function* restoreList(sec: Sections, strings: readonly string[], parties: readonly SanctionedParty[]): Generator<void, PreparedList> {
  const { names: nameRows, tokens: tokenRows, weights, totals, titles: titleIds, countries, df } = sec;
  if (nameRows.length % NAME_INTS !== 0 || totals.length !== nameRows.length / NAME_INTS) malformed('names');
  if (tokenRows.length % TOKEN_INTS !== 0 || weights.length !== tokenRows.length / TOKEN_INTS) malformed('tokens');
  const str = (i: number): string => (i >= 0 && i < strings.length ? (strings[i] as string) : malformed('a text'));
  const code = <T>(i: number, values: readonly T[], what: string): T => (i >= 0 && i < values.length ? (values[i] as T) : malformed(what));
  const flag = (i: number): boolean => (i === 0 || i === 1 ? i === 1 : malformed('a flag'));
  const names: PreparedName[] = [];
  const partyNames: number[][] = parties.map(() => []);
  const vocab: PreparedToken[] = [];
  const mixedKeys: number[] = [];
  let k = 0;
  let tk = 0;
  let title = 0;
  let lastParty = 0;
  for (let i = 0, row = 0; i < nameRows.length; i += NAME_INTS, row++) {
    if (row % STEP === STEP - 1) yield;
    const party = nameRows[i] as number;
    // Names come in party order (prepareList's), so each party's ids are consecutive and ascending.
    if (party < lastParty || party >= parties.length) malformed('name order');
    lastParty = party;
    const titleCount = nameRows[i + 5] as number;
    const count = nameRows[i + 6] as number;
    if (titleCount < 0 || title + titleCount > titleIds.length) malformed('title count');
    if (count < 1 || tk + count > weights.length) malformed('token count');
    const tokens: PreparedToken[] = [];
    for (let j = 0; j < count; j++, k += TOKEN_INTS, tk++) {
      const id = tokenRows[k + 11] as number;
      // Ids were given in order of first appearance: a new id is the next one.
      if (id < 0 || id > vocab.length) malformed('vocabulary id');
      const alt = tokenRows[k + 5] as number;
      const weight = weights[tk] as number;
      if (!Number.isFinite(weight)) malformed('a weight');
      const t = preparedToken(
        str(tokenRows[k] as number),
        code(tokenRows[k + 1] as number, SCRIPTS, 'script'),
        code(tokenRows[k + 2] as number, ROLES, 'role'),
        code(tokenRows[k + 3] as number, VOCABULARY, 'vocabulary'),
        str(tokenRows[k + 4] as number),
        alt === -1 ? undefined : str(alt),
        flag(tokenRows[k + 6] as number),
        str(tokenRows[k + 7] as number),
        str(tokenRows[k + 8] as number),
        str(tokenRows[k + 9] as number),
        flag(tokenRows[k + 10] as number),
        weight,
        id,
      );
      noteInterned(vocab, mixedKeys, t);
      tokens.push(t);
    }
    const nameTitles: string[] = [];
    for (let j = 0; j < titleCount; j++) nameTitles.push(str(titleIds[title++] as number));
    (partyNames[party] as number[]).push(names.length);
    const total = totals[row] as number;
    if (!Number.isFinite(total)) malformed('a weight');
    const type = code(nameRows[i + 3] as number, NAME_TYPES, 'name type');
    const quality = code(nameRows[i + 4] as number, QUALITIES, 'alias quality');
    const nameIndex = nameRows[i + 1] as number;
    if (nameIndex < 0 || nameIndex >= (parties[party] as SanctionedParty).names.length) malformed('name position');
    const name = preparedName(party, nameIndex, str(nameRows[i + 2] as number), type, quality, tokens, nameTitles, total);
    markListedReading(name, parties[party] as SanctionedParty);
    names.push(name);
  }
  if (tk !== weights.length || title !== titleIds.length) malformed('token count');
  if (df.length % 2 !== 0) malformed('frequencies');
  const frequencies = new Map<string, number>();
  for (let i = 0; i < df.length; i += 2) frequencies.set(str(df[i] as number), df[i + 1] as number);
  let c = 0;
  const codes = (): string[] => {
    const n = c < countries.length ? (countries[c++] as number) : malformed('countries');
    if (n < 0 || c + n > countries.length) malformed('countries');
    const out: string[] = [];
    for (let j = 0; j < n; j++) out.push(str(countries[c++] as number));
    return out;
  };
  const facts: ReturnType<typeof partyFacts>[] = [];
  for (const p of parties) {
    if (facts.length % STEP === STEP - 1) yield;
    const nationalities = codes();
    const all: PartyCountries = { nationalities, countries: codes() };
    facts.push(partyFacts(p, all));
  }
  if (c !== countries.length) malformed('countries');
  return { names, partyNames, facts, freq: { parties: parties.length, df: frequencies }, vocab, mixedKeys };
}

/** The index keys from the sections, every list checked against the vocabulary. */
function* restoreKeys(sec: Sections, strings: readonly string[], filter: Body['filter'], vocabularySize: number, nameCount: number): Generator<void, IndexKeys> {
  const { keys, keyStart, keyVocab, bits, ownEntries, ownStart, ownIds, ownSimilarity } = sec;
  const keyIds = new Map<string, Int32Array>();
  if (keyStart.length !== keys.length + 1 || keyStart[0] !== 0 || keyStart[keys.length] !== keyVocab.length) malformed('key lists');
  for (let i = 0; i < keys.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const from = keyStart[i] as number;
    const to = keyStart[i + 1] as number;
    if (to <= from) malformed('key lists');
    // Each list ascending within the vocabulary (the index reads them as sorted ids).
    for (let j = from; j < to; j++) {
      const v = keyVocab[j] as number;
      if (v < 0 || v >= vocabularySize || (j > from && v <= (keyVocab[j - 1] as number))) malformed('key lists');
    }
    const name = keys[i] as number;
    keyIds.set(name >= 0 && name < strings.length ? (strings[name] as string) : malformed('a text'), keyVocab.subarray(from, to));
  }
  if (keyIds.size !== keys.length) malformed('keys repeat');
  if (filter === null || typeof filter !== 'object') malformed('filter');
  let adjacentKeys: AdjacentKeyFilter;
  try {
    adjacentKeys = AdjacentKeyFilter.restore({ bits, mask: int(filter.mask), adjacentPairs: int(filter.adjacentPairs), insertedKeyPairs: int(filter.insertedKeyPairs) });
  } catch (err) {
    if (err instanceof SnapshotRefused) throw err;
    return malformed('filter');
  }
  yield;
  let vocabularyMatches: VocabularyMatches;
  try {
    vocabularyMatches = VocabularyMatches.restore({ entries: ownEntries, start: ownStart, ids: ownIds, similarity: ownSimilarity }, vocabularySize);
  } catch {
    return malformed('vocabulary lists');
  }
  let vocabularySplits: VocabularySplits;
  try {
    // A split list's places are flat positions of listed tokens (listed-tokens.ts): one per weight.
    const parts = { entries: sec.splitEntries, namesStart: sec.splitNamesStart, names: sec.splitNames, atStart: sec.splitAtStart, at: sec.splitAt };
    vocabularySplits = VocabularySplits.restore(parts, vocabularySize, nameCount, sec.weights.length);
  } catch {
    return malformed('vocabulary splits');
  }
  return { keyIds, adjacentKeys, vocabularyMatches, vocabularySplits };
}
