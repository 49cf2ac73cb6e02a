/**
 * A saved engine: the prepared list (prepared-list.ts: every listed name analysed, weighted and
 * interned, and the parties' country codes) and the keys' part of its index (index.ts IndexKeys: the
 * retrieval keys with their vocabulary entries, and the adjacent-key filter), written as bytes and
 * read back, so that a fresh process builds only the rest of the index. On a one-name `interdict
 * screen` the analysis and the keys were most of the start-up (a fresh process runs them before the
 * JIT has compiled anything); reading them back is one JSON.parse, a loop making the objects and
 * typed arrays copied out of the file.
 *
 * The bytes: a first line naming the format, a second line with the header (JSON), then the body,
 * a JSON part followed by a binary part (the typed arrays, in this machine's byte order, named in
 * the header: a snapshot is a local cache, refused on a machine of the other order):
 *
 *     interdict-engine-snapshot <FORMAT>\n
 *     {"key", "inputs", "endian", "json", "binary", "sha256"}\n
 *     <`json` bytes of UTF-8 JSON><`binary` bytes: keyStart, keyVocab (Int32), filter bits (Uint32)>
 *
 * `sha256` is the SHA-256 of the whole body.
 *
 * `key` names the list versions and the engine (ALGORITHM_VERSION) the snapshot was made for
 * (saved-engine.ts snapshotKey); `inputs` is preparedInputDigest of the parties it was made from, so a
 * snapshot is refused for parties whose names or countries read differently, even under the same key.
 * A snapshot that is not exactly right (wrong format, key or inputs, truncated, checksum off, a field
 * of the wrong type) is refused with the reason (SnapshotRefused), never half used.
 *
 * Every value the prepared list holds goes through JSON exactly: strings, integers, and the token
 * weights, doubles that JSON writes in their shortest round-tripping form. The facts other than the
 * country codes are derived again from the parties on reading (partyFacts), as a build derives them.
 */
import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import type { AliasQuality, SanctionedParty } from '../lists/model.js';
import type { VocabularyClass } from '../names/common-names.js';
import type { Script } from '../names/script.js';
import type { TokenRole } from '../names/tokens.js';
import { AdjacentKeyFilter } from './adjacent-key-filter.js';
import type { IndexKeys } from './index.js';
import { noteInterned, type PreparedList } from './prepared-list.js';
import { partyFacts, preparedName, preparedToken, type PartyCountries, type PreparedName, type PreparedToken } from './prepared.js';

/** Bump on any change to what the body holds or how it is read. */
export const SNAPSHOT_FORMAT = 1;
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
  binary: number;
  sha256: string;
}

/** Values per token in the body's flat `tokens` array, in preparedToken's order. */
const TOKEN_FIELDS = 13;
/** Values per name in the body's flat `names` array: party, nameIndex, full, type, quality, titles, totalWeight, token count. */
const NAME_FIELDS = 8;

interface Body {
  parties: number;
  names: unknown[];
  tokens: unknown[];
  /** Per party: [nationalities, countries]. */
  countries: unknown[];
  /** The document frequencies (prepared.ts Frequencies.df) as [skeleton, parties] in the map's order. */
  df: unknown[];
  /** The retrieval keys in the index's order; key k's entries are keyVocab[keyStart[k] .. keyStart[k + 1]) (binary part). */
  keys: unknown[];
  keyVocab: unknown;
  /** The adjacent-key filter but its bits (binary part, `words` of them). */
  filter: { mask: unknown; adjacentPairs: unknown; insertedKeyPairs: unknown; words: unknown };
}

/**
 * A digest of everything prepareList reads from the parties: each name's text, type, quality and
 * birth country, and the country texts of the nationalities, addresses and birth places (the facts
 * it does not save are derived again on reading). Keep in step with prepareList and partyCountries.
 */
export function preparedInputDigest(parties: readonly SanctionedParty[]): string {
  const hash = createHash('sha256');
  // \u0001 and \u0002 separate fields and records, \u0003 stands for a missing value: the lists'
  // texts hold no control characters (the normaliser would drop them anyway).
  const field = (s: string | undefined): void => {
    hash.update(s === undefined ? '\u0003' : s);
    hash.update('\u0001');
  };
  for (const p of parties) {
    for (const n of p.names) {
      field(n.full);
      field(n.type);
      field(n.quality);
      field(n.birthCountry);
    }
    hash.update('\u0002');
    for (const c of p.nationalities) field(c);
    hash.update('\u0002');
    for (const a of p.addresses) field(a.country);
    hash.update('\u0002');
    for (const b of p.birthPlaces) field(b.country);
    hash.update('\u0002\u0002');
  }
  return hash.digest('hex');
}

/** The snapshot bytes of an engine's prepared list and index keys, for the given key and parties' input digest. */
export function encodeSnapshot(parts: SavedEngineParts, key: string, inputs: string): Buffer {
  const { list, keys: index } = parts;
  const names: unknown[] = [];
  const tokens: unknown[] = [];
  for (const n of list.names) {
    names.push(n.party, n.nameIndex, n.full, n.type, n.quality, n.titles, n.totalWeight, n.tokens.length);
    for (const t of n.tokens) {
      tokens.push(t.text, t.script, t.role, t.vocabulary ?? null, t.folded, t.alt ?? null, t.abjad, t.skeleton, t.initial, t.written, t.plain, t.weight, t.id);
    }
  }
  const keys = [...index.keyIds.keys()];
  const keyStart = new Int32Array(keys.length + 1);
  let total = 0;
  keys.forEach((k, i) => {
    total += (index.keyIds.get(k) as Int32Array).length;
    keyStart[i + 1] = total;
  });
  const keyVocab = new Int32Array(total);
  keys.forEach((k, i) => keyVocab.set(index.keyIds.get(k) as Int32Array, keyStart[i] as number));
  const filter = index.adjacentKeys.parts;
  const body: Body = {
    parties: list.freq.parties,
    names,
    tokens,
    countries: list.facts.map((f) => [f.nationalities, f.countries]),
    df: [...list.freq.df],
    keys,
    keyVocab: total,
    filter: { mask: filter.mask, adjacentPairs: filter.adjacentPairs, insertedKeyPairs: filter.insertedKeyPairs, words: filter.bits.length },
  };
  const json = Buffer.from(JSON.stringify(body), 'utf8');
  const binary = Buffer.concat([bytesOf(keyStart), bytesOf(keyVocab), bytesOf(filter.bits)]);
  const sha256 = createHash('sha256').update(json).update(binary).digest('hex');
  const header: Header = { key, inputs, endian: endianness(), json: json.length, binary: binary.length, sha256 };
  return Buffer.concat([Buffer.from(MAGIC, 'utf8'), Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), json, binary]);
}

function bytesOf(a: Int32Array | Uint32Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

/**
 * The prepared list and index keys a snapshot holds, for `parties` (the ones it must have been made
 * from: their input digest is checked) under `key`. Throws SnapshotRefused saying why when it cannot
 * be used.
 */
export function decodeSnapshot(bytes: Buffer, key: string, parties: readonly SanctionedParty[]): SavedEngineParts {
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
  const { json, binary } = header;
  if (typeof header.key !== 'string' || typeof header.inputs !== 'string' || !Number.isInteger(json) || !Number.isInteger(binary) || typeof header.sha256 !== 'string') {
    throw new SnapshotRefused('damaged header');
  }
  if (header.key !== key) throw new SnapshotRefused('made for other list versions or another engine version');
  if (header.endian !== endianness()) throw new SnapshotRefused(`written on a machine of the other byte order (${String(header.endian)})`);
  const body = bytes.subarray(headerEnd + 1);
  if (body.length !== json + binary) {
    throw new SnapshotRefused(body.length < json + binary ? `truncated (${body.length} of ${json + binary} bytes)` : `damaged (${body.length} bytes, expected ${json + binary})`);
  }
  if (createHash('sha256').update(body).digest('hex') !== header.sha256) throw new SnapshotRefused('damaged (checksum differs)');
  if (header.inputs !== preparedInputDigest(parties)) throw new SnapshotRefused('stale (made from parties whose names or countries differ from these)');
  let parsed: Body;
  try {
    parsed = JSON.parse(body.subarray(0, json).toString('utf8')) as Body;
  } catch {
    throw new SnapshotRefused('damaged body');
  }
  if (parsed === null || typeof parsed !== 'object') malformed('body');
  // Copied out into an aligned buffer of its own: the typed arrays must start at a multiple of 4.
  const words = new Uint8Array(binary);
  words.set(body.subarray(json));
  const list = restoreList(parsed, parties);
  return { list, keys: restoreKeys(parsed, words.buffer, list.vocab.length) };
}

function malformed(what: string): never {
  throw new SnapshotRefused(`malformed (${what})`);
}
const str = (v: unknown): string => (typeof v === 'string' ? v : malformed('a text'));
const int = (v: unknown): number => (Number.isInteger(v) ? (v as number) : malformed('a count'));
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : malformed('a weight'));
const bool = (v: unknown): boolean => (typeof v === 'boolean' ? v : malformed('a flag'));
const strings = (v: unknown): string[] => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : malformed('a list of texts'));
const pair = (v: unknown, what: string): unknown[] => (Array.isArray(v) && v.length === 2 ? (v as unknown[]) : malformed(what));
function oneOf<T>(v: unknown, allowed: ReadonlySet<unknown>, what: string): T {
  return allowed.has(v) ? (v as T) : malformed(what);
}

const SCRIPTS = new Set<unknown>(['latin', 'arabic', 'cyrillic', 'other', 'digits']);
const ROLES = new Set<unknown>(['name', 'nisba', 'abd', 'kunya', 'nasab', 'initial']);
const VOCABULARY = new Set<unknown>(['legal-form', 'org-word', 'stop-word', null]);
const NAME_TYPES = new Set<unknown>(['primary', 'alias', 'original-script']);
const QUALITIES = new Set<unknown>(['good', 'low', 'aka', 'fka', 'nka', 'unspecified']);

/** The prepared list from a parsed body, every value checked for its type on the way. */
function restoreList(body: Body, parties: readonly SanctionedParty[]): PreparedList {
  const { names: nameRows, tokens: tokenRows, countries, df } = body;
  if (body.parties !== parties.length) malformed('party count');
  if (!Array.isArray(nameRows) || nameRows.length % NAME_FIELDS !== 0) malformed('names');
  if (!Array.isArray(tokenRows) || tokenRows.length % TOKEN_FIELDS !== 0) malformed('tokens');
  if (!Array.isArray(countries) || countries.length !== parties.length) malformed('countries');
  if (!Array.isArray(df)) malformed('frequencies');
  const names: PreparedName[] = [];
  const partyNames: number[][] = parties.map(() => []);
  const vocab: PreparedToken[] = [];
  const mixedKeys: number[] = [];
  let k = 0;
  let lastParty = 0;
  for (let i = 0; i < nameRows.length; i += NAME_FIELDS) {
    const party = int(nameRows[i]);
    // Names come in party order (prepareList's), so each party's ids are consecutive and ascending.
    if (party < lastParty || party >= parties.length) malformed('name order');
    lastParty = party;
    const count = int(nameRows[i + 7]);
    if (count < 1 || k + count * TOKEN_FIELDS > tokenRows.length) malformed('token count');
    const tokens: PreparedToken[] = [];
    for (let j = 0; j < count; j++, k += TOKEN_FIELDS) {
      const id = int(tokenRows[k + 12]);
      // Ids were given in order of first appearance: a new id is the next one.
      if (id < 0 || id > vocab.length) malformed('vocabulary id');
      const alt = tokenRows[k + 5];
      const t = preparedToken(
        str(tokenRows[k]),
        oneOf<Script>(tokenRows[k + 1], SCRIPTS, 'script'),
        oneOf<TokenRole>(tokenRows[k + 2], ROLES, 'role'),
        oneOf<VocabularyClass | null>(tokenRows[k + 3], VOCABULARY, 'vocabulary') ?? undefined,
        str(tokenRows[k + 4]),
        alt === null ? undefined : str(alt),
        bool(tokenRows[k + 6]),
        str(tokenRows[k + 7]),
        str(tokenRows[k + 8]),
        str(tokenRows[k + 9]),
        bool(tokenRows[k + 10]),
        num(tokenRows[k + 11]),
        id,
      );
      noteInterned(vocab, mixedKeys, t);
      tokens.push(t);
    }
    (partyNames[party] as number[]).push(names.length);
    const type = oneOf<PreparedName['type']>(nameRows[i + 3], NAME_TYPES, 'name type');
    const quality = oneOf<AliasQuality>(nameRows[i + 4], QUALITIES, 'alias quality');
    names.push(preparedName(party, int(nameRows[i + 1]), str(nameRows[i + 2]), type, quality, tokens, strings(nameRows[i + 5]), num(nameRows[i + 6])));
  }
  if (k !== tokenRows.length) malformed('token count');
  const frequencies = new Map<string, number>();
  for (const entry of df) {
    const [skeleton, count] = pair(entry, 'frequencies');
    frequencies.set(str(skeleton), int(count));
  }
  const facts = parties.map((p, i) => {
    const [nationalities, all] = pair(countries[i], 'countries');
    const codes: PartyCountries = { nationalities: strings(nationalities), countries: strings(all) };
    return partyFacts(p, codes);
  });
  return { names, partyNames, facts, freq: { parties: parties.length, df: frequencies }, vocab, mixedKeys };
}

/** The index keys from a parsed body and its binary part, every list checked against the vocabulary. */
function restoreKeys(body: Body, binary: ArrayBuffer, vocabularySize: number): IndexKeys {
  const keys = strings(body.keys);
  const total = int(body.keyVocab);
  const { mask, adjacentPairs, insertedKeyPairs, words } = body.filter ?? malformed('filter');
  if (binary.byteLength !== 4 * (keys.length + 1 + total + int(words))) malformed('binary part');
  const keyStart = new Int32Array(binary, 0, keys.length + 1);
  const keyVocab = new Int32Array(binary, 4 * (keys.length + 1), total);
  const bits = new Uint32Array(binary, 4 * (keys.length + 1 + total), int(words));
  const keyIds = new Map<string, Int32Array>();
  if (keyStart[0] !== 0 || keyStart[keys.length] !== total) malformed('key lists');
  for (let i = 0; i < keys.length; i++) {
    const from = keyStart[i] as number;
    const to = keyStart[i + 1] as number;
    if (to <= from) malformed('key lists');
    // Each list ascending within the vocabulary (the index reads them as sorted ids).
    for (let j = from; j < to; j++) {
      const v = keyVocab[j] as number;
      if (v < 0 || v >= vocabularySize || (j > from && v <= (keyVocab[j - 1] as number))) malformed('key lists');
    }
    keyIds.set(keys[i] as string, keyVocab.subarray(from, to));
  }
  if (keyIds.size !== keys.length) malformed('keys repeat');
  let adjacentKeys: AdjacentKeyFilter;
  try {
    adjacentKeys = AdjacentKeyFilter.restore({ bits, mask: int(mask), adjacentPairs: int(adjacentPairs), insertedKeyPairs: int(insertedKeyPairs) });
  } catch (err) {
    if (err instanceof SnapshotRefused) throw err;
    malformed('filter');
  }
  return { keyIds, adjacentKeys };
}
