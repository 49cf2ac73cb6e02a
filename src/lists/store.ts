import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createGunzip, gunzipSync, gzipSync } from 'node:zlib';
import { writeFileAtomic } from '../util/atomic-write.js';
import { writeGzipAtomic } from '../util/atomic-gzip-write.js';
import { acquireDataDirLock } from '../store/data-dir-lock.js';
import { ListFormatError } from './errors.js';
import { bundledListPath, BUNDLED_UN_FILE, BUNDLED_UN_SHA256 } from './bundled.js';
import { MODEL_VERSION, type ImportWarning, type ListSnapshot, type SanctionedParty } from './model.js';
import { DEFAULT_MAX_LIST_BYTES, filesHash, readListFiles, type ListFile, type ReadOptions } from './read.js';
import { readListPath } from './read-path.js';
import { FTM_FORMAT } from './ftm.js';
import { readFtmJsonlStream } from './ftm-stream.js';
import { readSnapshotLines, writeSnapshotLines } from './snapshot-file.js';
import { countSnapshot, snapshotMeta, versionInForce, type ListVersion } from './version.js';

/**
 * List versions kept in the data directory, as files (a later issue moves all state into the
 * database; the interface stays):
 *
 *   <dataDir>/lists/versions.json             the manifest: every imported version's metadata
 *   <dataDir>/lists/files/<hash>.gz           the imported file's original bytes, for audit and replay
 *   <dataDir>/lists/files/<hash>.bundle.gz    the same for a version of several files (JSON: name, base64)
 *   <dataDir>/lists/snapshots/<hash>.json.gz  the parsed canonical snapshot, so loading is fast (one
 *                                             JSON document, a party per line: snapshot-file.ts)
 *   <dataDir>/lists/.lock                     held while importing
 *
 * An import writes the original and the snapshot first and the manifest last, each atomically, so a
 * crash or an error at any point leaves the manifest (and with it the version in force) as it was.
 */
interface Manifest {
  formatVersion: 1;
  versions: ListVersion[];
}

export interface StoredSnapshot {
  version: ListVersion;
  parties: SanctionedParty[];
  warnings: ImportWarning[];
}

export interface ImportResult {
  version: ListVersion;
  /** False when the same bytes were imported before: nothing new was created. */
  created: boolean;
  /** True when this version is now the one in force for its source. */
  inForce: boolean;
  /** The version in force for the source before this import, if any. */
  previousInForce?: ListVersion;
  warnings: ImportWarning[];
}

/** A file imported as a stream: kept by copying it from its path, not from bytes in memory. */
interface StreamedFile {
  path: string;
  name: string;
  bytes: number;
}

export interface ImportOptions extends ReadOptions {
  /** Where the file came from (path, URL, "bundled:..."); defaults to the file path. */
  origin?: string;
  now?: Date;
}

export interface ListStoreOptions {
  /**
   * Snapshots whose gzipped file is at most this many bytes are read in one piece (fastest); larger
   * ones a line at a time, since their text may exceed what one Node string can hold. Default 16 MiB
   * (the UN list's is about 0.5 MiB).
   */
  wholeSnapshotBytes?: number;
}

const DEFAULT_WHOLE_SNAPSHOT_BYTES = 16 * 1024 * 1024;

export class ListStore {
  private readonly root: string;
  private manifestCache: Manifest | undefined;
  private readonly snapshotCache = new Map<string, StoredSnapshot>();

  /** Imports of this store, one after another: the file lock below keeps other processes out, this queue keeps concurrent calls of this process in order. */
  private importQueue: Promise<unknown> = Promise.resolve();

  /**
   * Run an import while holding `<lists>/.lock` (the same lock file scheme as the embedded database's
   * directory, src/store/data-dir-lock.ts): another process importing at the same moment gets
   * DataDirLockedError naming the holder instead of interleaving its writes with ours.
   */
  private underImportLock<T>(work: () => Promise<T>): Promise<T> {
    return this.afterEarlierImports(async () => {
      const lock = acquireDataDirLock(this.root, '.lock');
      try {
        return await work();
      } finally {
        lock.release();
      }
    });
  }

  /**
   * An import done by another thread on this data directory (import-off-thread.ts), queued with this
   * store's own imports so that they still run one after another; the other thread takes
   * `lists/.lock` itself (this one must not hold it meanwhile, or that thread would find it taken).
   * The manifest is read again afterwards, since the other thread may have written it.
   */
  importElsewhere<T>(work: () => Promise<T>): Promise<T> {
    return this.afterEarlierImports(async () => {
      try {
        return await work();
      } finally {
        this.forgetManifest();
      }
    });
  }

  /** Runs `run` once every import queued before it has settled (whether it succeeded or failed). */
  private afterEarlierImports<T>(run: () => Promise<T>): Promise<T> {
    const result = this.importQueue.then(run, run);
    this.importQueue = result.catch(() => undefined);
    return result;
  }

  constructor(
    readonly dataDir: string,
    private readonly options: ListStoreOptions = {},
  ) {
    this.root = join(dataDir, 'lists');
  }

  private get manifestPath(): string {
    return join(this.root, 'versions.json');
  }

  /**
   * Drops the cached manifest. A read already under way when this is called (a /health request while
   * another thread imported) does not put what it read in the cache: it may be the manifest before
   * the import.
   */
  private forgetManifest(): void {
    this.manifestCache = undefined;
    this.manifestGeneration += 1;
  }

  private manifestGeneration = 0;

  private async manifest(): Promise<Manifest> {
    if (this.manifestCache) return this.manifestCache;
    const generation = this.manifestGeneration;
    let text: string;
    try {
      text = await readFile(this.manifestPath, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { formatVersion: 1, versions: [] };
      throw err;
    }
    const parsed = JSON.parse(text) as Manifest;
    if (parsed.formatVersion !== 1 || !Array.isArray(parsed.versions)) {
      throw new Error(`${this.manifestPath}: not a list manifest this version of Interdict can read`);
    }
    if (generation === this.manifestGeneration) this.manifestCache = parsed;
    return parsed;
  }

  async versions(): Promise<ListVersion[]> {
    return [...(await this.manifest()).versions];
  }

  async sources(): Promise<string[]> {
    return [...new Set((await this.manifest()).versions.map((v) => v.source))].sort();
  }

  async inForce(source: string): Promise<ListVersion | undefined> {
    return versionInForce((await this.manifest()).versions, source);
  }

  /**
   * Find a version by a hash prefix (at least 6 hex characters), or by a source key ("un") meaning
   * that source's version in force.
   */
  async resolve(spec: string): Promise<ListVersion | undefined> {
    const versions = (await this.manifest()).versions;
    const bySource = versionInForce(versions, spec);
    if (bySource) return bySource;
    if (/^[0-9a-f]{6,64}$/i.test(spec)) {
      const hits = versions.filter((v) => v.hash.startsWith(spec.toLowerCase()));
      if (hits.length > 1) throw new Error(`version prefix "${spec}" is ambiguous: ${hits.map((v) => v.hash.slice(0, 12)).join(', ')}`);
      return hits[0];
    }
    return undefined;
  }

  /**
   * The parties of a version. `inPieces`: read a line at a time whatever the file's size, so that a
   * server's thread answers other requests between the pieces (a list put in force while serving;
   * read whole, a 200,000-name list held the thread for seconds).
   */
  async load(version: ListVersion, options: { inPieces?: boolean } = {}): Promise<StoredSnapshot> {
    const cached = this.snapshotCache.get(version.hash);
    if (cached) return cached;
    const path = join(this.root, 'snapshots', `${version.hash}.json.gz`);
    const whole = !options.inPieces && (await stat(path)).size <= (this.options.wholeSnapshotBytes ?? DEFAULT_WHOLE_SNAPSHOT_BYTES);
    const stored = whole
      ? (JSON.parse(gunzipSync(await readFile(path)).toString('utf8')) as { modelVersion: number; parties: SanctionedParty[]; warnings: ImportWarning[] })
      : await readSnapshotLines(createReadStream(path).pipe(createGunzip()), path);
    let result: StoredSnapshot;
    if (stored.modelVersion === MODEL_VERSION) {
      result = { version, parties: stored.parties, warnings: stored.warnings };
    } else {
      // The model changed since this snapshot was written: derive it again from the original bytes.
      const snapshot = await this.readOriginal(version);
      await this.writeSnapshot(version.hash, snapshot);
      result = { version, parties: snapshot.parties, warnings: snapshot.warnings };
    }
    this.snapshotCache.set(version.hash, result);
    return result;
  }

  /** The snapshot read again from the kept original (streamed for an FtM file, which may be gigabytes). */
  private async readOriginal(version: ListVersion): Promise<ListSnapshot> {
    if (version.format === FTM_FORMAT && !version.fileNames) {
      const bytes = createReadStream(join(this.root, 'files', `${version.hash}.gz`)).pipe(createGunzip());
      return readFtmJsonlStream(bytes, version.fileName, { source: version.source });
    }
    return readListFiles(await this.originals(version), { source: version.source });
  }

  /**
   * True when `originals` can hand this version's files over as bytes: every version but a streamed
   * file larger than the whole-file limit (a large FtM export), which stays in the store only.
   */
  hasWholeOriginals(version: ListVersion): boolean {
    return version.bytes <= DEFAULT_MAX_LIST_BYTES;
  }

  /** The original files of a version, as imported. */
  async originals(version: ListVersion): Promise<ListFile[]> {
    if (!this.hasWholeOriginals(version)) {
      throw new Error(`${version.fileName}: ${version.bytes} bytes, too large to hand over whole; it is kept in ${join(this.root, 'files', `${version.hash}.gz`)}`);
    }
    if (version.fileNames && version.fileNames.length > 1) {
      const bundle = JSON.parse(gunzipSync(await readFile(join(this.root, 'files', `${version.hash}.bundle.gz`))).toString('utf8')) as { name: string; base64: string }[];
      return bundle.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') }));
    }
    return [{ name: version.fileName, bytes: gunzipSync(await readFile(join(this.root, 'files', `${version.hash}.gz`))) }];
  }

  /**
   * The gzip file of a single-file version's original, when it is exactly `gzipSync(bytes)` (what
   * importFiles writes); undefined for a bundle of files, and for an FtM file, which may have been
   * streamed (compressed in pieces: the same bytes inside, a different gzip).
   */
  async originalGz(version: ListVersion): Promise<Buffer | undefined> {
    if (version.format === FTM_FORMAT || (version.fileNames && version.fileNames.length > 1)) return undefined;
    return readFile(join(this.root, 'files', `${version.hash}.gz`));
  }

  private async writeSnapshot(hash: string, snapshot: ListSnapshot): Promise<void> {
    await writeGzipAtomic(join(this.root, 'snapshots', `${hash}.json.gz`), (write) => writeSnapshotLines(write, MODEL_VERSION, snapshot));
  }

  /**
   * Import a list file. An OFAC sdn.csv brings its alt.csv and add.csv from beside it (found by name),
   * so the set is one version.
   */
  async importFile(path: string, options: ImportOptions = {}): Promise<ImportResult> {
    const read = await readListPath(path, options);
    const withOrigin = { origin: path, ...options };
    if (read.files) return this.commitImport(read.snapshot, read.hash, read.files, withOrigin);
    // Streamed (a FollowTheMoney export): the original is copied from the path once the import commits.
    return this.commitImport(read.snapshot, read.hash, { path, name: basename(path), bytes: read.bytes }, withOrigin);
  }

  async importBytes(bytes: Buffer, fileName: string, options: ImportOptions = {}): Promise<ImportResult> {
    return this.importFiles([{ name: fileName, bytes }], options);
  }

  /**
   * Import one list file. Parsing happens before anything is written, so a file that fails to parse
   * changes nothing; the manifest is written last, so the version in force changes only when the
   * whole import has succeeded.
   */
  async importFiles(files: ListFile[], options: ImportOptions = {}): Promise<ImportResult> {
    return this.commitImport(await readListFiles(files, options), filesHash(files), files, options);
  }

  /**
   * Puts a parsed version in the store: the original (the files' bytes, or a streamed file copied again
   * from its path), then the snapshot, then the manifest, each atomically.
   */
  private async commitImport(snapshot: ListSnapshot, hash: string, source: ListFile[] | StreamedFile, options: ImportOptions): Promise<ImportResult> {
    const files = Array.isArray(source) ? source : undefined;
    const fileName = files ? files[0]!.name : (source as StreamedFile).name;
    if (snapshot.parties.length === 0) {
      // An empty list would read as "every party removed" and release every freeze: never put it in force.
      throw new ListFormatError(fileName, 'the list holds no parties; refused so that the version in force stays');
    }
    return this.underImportLock(async () => {
      this.manifestCache = undefined; // another process may have imported since we last read it
      const manifest = await this.manifest();
      const previousInForce = versionInForce(manifest.versions, snapshot.source);
      const existing = manifest.versions.find((v) => v.hash === hash && v.source === snapshot.source);
      if (existing) {
        return {
          version: existing,
          created: false,
          inForce: previousInForce?.hash === existing.hash,
          ...(previousInForce ? { previousInForce } : {}),
          warnings: snapshot.warnings,
        };
      }
      const version: ListVersion = {
        hash,
        ...snapshotMeta(snapshot),
        importedAt: (options.now ?? new Date()).toISOString(),
        origin: options.origin ?? fileName,
        fileName,
        ...(files && files.length > 1 ? { fileNames: files.map((f) => f.name) } : {}),
        bytes: files ? files.reduce((n, f) => n + f.bytes.length, 0) : (source as StreamedFile).bytes,
        counts: countSnapshot(snapshot.parties),
        warnings: snapshot.warnings.length,
        modelVersion: MODEL_VERSION,
      };
      if (!files) await this.keepStreamedOriginal(source as StreamedFile, hash);
      else if (files.length === 1) await writeFileAtomic(join(this.root, 'files', `${hash}.gz`), gzipSync(files[0]!.bytes));
      else {
        const bundle = JSON.stringify(files.map((f) => ({ name: f.name, base64: f.bytes.toString('base64') })));
        await writeFileAtomic(join(this.root, 'files', `${hash}.bundle.gz`), gzipSync(bundle));
      }
      await this.writeSnapshot(hash, snapshot);
      const next: Manifest = { formatVersion: 1, versions: [...manifest.versions, version] };
      await writeFileAtomic(this.manifestPath, JSON.stringify(next, null, 2) + '\n');
      this.manifestCache = next;
      const nowInForce = versionInForce(next.versions, snapshot.source);
      return {
        version,
        created: true,
        inForce: nowInForce?.hash === hash,
        ...(previousInForce ? { previousInForce } : {}),
        warnings: snapshot.warnings,
      };
    });
  }

  /**
   * Copies a streamed file into the store, gzipped, hashing it again on the way: a file that changed
   * since it was parsed (a download still being written) is refused instead of kept under a hash that
   * is not its own.
   */
  private async keepStreamedOriginal(file: StreamedFile, hash: string): Promise<void> {
    await writeGzipAtomic(join(this.root, 'files', `${hash}.gz`), async (write) => {
      const again = createHash('sha256');
      for await (const chunk of createReadStream(file.path, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
        again.update(chunk);
        await write(chunk);
      }
      if (again.digest('hex') !== hash) {
        throw new ListFormatError(file.name, 'the file changed while it was being imported (its SHA-256 differs between two reads); nothing was imported');
      }
    });
  }

  /**
   * Make sure the bundled UN snapshot is among the versions (a fresh data directory imports it on first
   * use), so every command works with no set-up. A newer UN list imported or fetched later takes over
   * by the usual rule (newest publisher date). Returns the UN version in force.
   */
  async ensureBundledUn(): Promise<ListVersion> {
    const versions = (await this.manifest()).versions;
    if (!versions.some((v) => v.hash === BUNDLED_UN_SHA256)) {
      await this.importFile(bundledListPath(), { origin: `bundled:${BUNDLED_UN_FILE}` });
    }
    const current = await this.inForce('un');
    if (!current) throw new Error('no UN list version in force after importing the bundled list');
    return current;
  }
}
