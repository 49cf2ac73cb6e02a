/**
 * The safety layer every XML list reader (UN, OFAC, EU) goes through. List files come from the
 * network and from third parties, so they are treated as hostile until proven otherwise:
 *
 * - Size: at most `maxBytes` (64 MiB by default; the UN list is 2 MB, OFAC's full SDN XML about
 *   30 MB). Refused before reading when the size is known (stat, Buffer length), and counted while
 *   streaming too, because stat can lie (a file still growing, /dev/zero, a pipe).
 * - Encoding: UTF-8 only. UTF-16/32 byte-order marks, NUL bytes in the first bytes and any declared
 *   encoding other than UTF-8 are refused up front; every byte is then checked by a fatal streaming
 *   TextDecoder, so a Latin-1 "é" is reported at its line and column instead of becoming U+FFFD
 *   and silently changing a name that screening has to match.
 * - DOCTYPE: refused wherever it appears. No list format needs a DTD, and refusing the declaration
 *   itself closes XXE (file:///etc/passwd), external DTD fetches and entity-expansion bombs in one
 *   rule. saxes never expands custom entities anyway (it reports them as undefined); this is the
 *   second lock on the same door.
 * - Depth: at most `maxDepth` nested elements, so a file of 20 million "<a>" cannot grow the
 *   parser's tag stack without bound.
 *
 * Every refusal is a ListFormatError naming the file, line and column. The reader gets plain
 * open/close/text events with positions; it never touches bytes or the parser's options.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { SaxesParser } from 'saxes';
import { ListFormatError, formatLocation } from './errors.js';

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 64;

/** Read size for files and slice size for Buffers: big enough to be fast, small enough to stream. */
const CHUNK_BYTES = 64 * 1024;
/** How much of the start is examined for a byte-order mark and the XML declaration. */
const HEAD_BYTES = 1024;

/**
 * Where the XML comes from. `chunks` is for streams that are not files (an HTTP download), and
 * lets tests feed a source that never ends.
 */
export type XmlInput =
  | { path: string }
  | { bytes: Uint8Array; name: string }
  | { chunks: AsyncIterable<Uint8Array>; name: string };

export interface XmlGuardOptions {
  maxBytes?: number;
  maxDepth?: number;
}

/** 1-based line and column (column counted in characters, as saxes counts them). */
export interface XmlPosition {
  line: number;
  column: number;
}

export interface XmlElementStart {
  name: string;
  /** Attribute values with entities resolved; names as written (no namespace processing). */
  attributes: Record<string, string>;
  /** Position of the element's "<". */
  at: XmlPosition;
}

/** What a reader implements. CDATA arrives as text; comments and processing instructions do not arrive. */
export interface XmlHandlers {
  open(element: XmlElementStart): void;
  close(name: string): void;
  text(text: string): void;
}

/** What the guard gives a reader: where the parser is, and a way to refuse the file from there. */
export interface XmlSession {
  /** Display name used in every message: the base name of a path, or the name given with the input. */
  readonly file: string;
  /** The parser's current position (just after the last character it read). */
  position(): XmlPosition;
  /** "file:line:column" for a position (default: the current one), as ImportWarning.at wants it. */
  where(at?: XmlPosition): string;
  fail(reason: string, at?: XmlPosition, field?: string): never;
}

/** The display name of an input, as it appears in errors and warnings. */
export function inputName(input: XmlInput): string {
  // Base name only: messages end up in logs and API responses, where server paths do not belong.
  return 'path' in input ? basename(input.path) : input.name;
}

/**
 * Parse `input` through every check above, delivering events to the handlers that `setup` returns.
 * Resolves when the document is complete and well-formed; rejects with ListFormatError otherwise
 * (or with the handlers' own error, or an I/O error such as ENOENT).
 */
export async function parseXmlSafely(
  input: XmlInput,
  setup: (session: XmlSession) => XmlHandlers,
  options: XmlGuardOptions = {},
): Promise<void> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (!(Number.isSafeInteger(maxBytes) && maxBytes > 0)) throw new RangeError(`maxBytes must be a positive integer, got ${maxBytes}`);
  const file = inputName(input);
  const feeder = new Feeder(file, maxDepth);
  const handlers = setup(feeder.session);
  feeder.attach(handlers);

  let total = 0;
  let head: Uint8Array | undefined = new Uint8Array(0);
  for await (const chunk of byteChunks(input, file, maxBytes)) {
    let bytes = chunk;
    const over = total + bytes.length > maxBytes;
    if (over) bytes = bytes.subarray(0, maxBytes - total);
    total += bytes.length;
    if (head !== undefined) {
      // Hold the first bytes back until there are enough to judge the encoding.
      head = concat(head, bytes);
      if (head.length < HEAD_BYTES && !over) continue;
      checkEncodingSignature(head, file);
      bytes = head;
      head = undefined;
    }
    feeder.feedBytes(bytes);
    if (over) {
      feeder.failAtNextChar(`the input is larger than the limit of ${maxBytes} bytes (stopped reading at that byte)`);
    }
  }
  if (head !== undefined) {
    checkEncodingSignature(head, file);
    feeder.feedBytes(head);
  }
  feeder.finish();
}

/** Chunks from any input; refuses known-oversize inputs before reading a byte. */
async function* byteChunks(input: XmlInput, file: string, maxBytes: number): AsyncGenerator<Uint8Array> {
  if ('bytes' in input) {
    if (input.bytes.length > maxBytes) throw tooBig(file, input.bytes.length, maxBytes);
    for (let i = 0; i < input.bytes.length; i += CHUNK_BYTES) yield input.bytes.subarray(i, i + CHUNK_BYTES);
  } else if ('path' in input) {
    const info = await stat(input.path);
    if (info.size > maxBytes) throw tooBig(file, info.size, maxBytes);
    // Leaving the loop early (an error) makes for-await call return(), which destroys the stream.
    yield* createReadStream(input.path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>;
  } else {
    yield* input.chunks;
  }
}

function tooBig(file: string, size: number, maxBytes: number): ListFormatError {
  // No line or column: nothing was read, and pretending "1:1" would point at an innocent byte.
  return new ListFormatError(file, `the input is ${size} bytes, larger than the limit of ${maxBytes} bytes (not read)`);
}

/**
 * Refuse anything that is not UTF-8 from the first bytes, where the reason can still be stated
 * plainly. Later bytes are checked by the decoder.
 */
function checkEncodingSignature(head: Uint8Array, file: string): void {
  const b = (i: number) => head[i] ?? -1;
  const at1 = { line: 1, column: 1 };
  if ((b(0) === 0x00 && b(1) === 0x00 && b(2) === 0xfe && b(3) === 0xff) || (b(0) === 0xff && b(1) === 0xfe && b(2) === 0x00 && b(3) === 0x00)) {
    throw new ListFormatError(file, 'the input is UTF-32 (byte-order mark); only UTF-8 is accepted', at1);
  }
  if ((b(0) === 0xfe && b(1) === 0xff) || (b(0) === 0xff && b(1) === 0xfe)) {
    throw new ListFormatError(file, 'the input is UTF-16 (byte-order mark); only UTF-8 is accepted', at1);
  }
  // "<?xml" in UTF-16 or UTF-32 without a BOM has NUL bytes among the first four; in UTF-8 it never does.
  if ([0, 1, 2, 3].some((i) => b(i) === 0x00)) {
    throw new ListFormatError(file, 'the input starts with NUL bytes (UTF-16 or UTF-32 without a byte-order mark?); only UTF-8 is accepted', at1);
  }
  const offset = b(0) === 0xef && b(1) === 0xbb && b(2) === 0xbf ? 3 : 0;
  // The declaration is ASCII by definition, so reading the head as Latin-1 is exact for it.
  const text = Buffer.from(head.buffer, head.byteOffset + offset, head.length - offset).toString('latin1');
  const decl = /^<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([^"']*)\1/.exec(text);
  if (decl && !isUtf8Label(decl[2]!)) {
    const column = text.indexOf('encoding') + 1;
    throw new ListFormatError(file, `the XML declaration says encoding="${decl[2]}"; only UTF-8 is accepted`, { line: 1, column });
  }
}

function isUtf8Label(label: string): boolean {
  return /^utf-?8$/i.test(label);
}

/**
 * Decodes bytes, scans the prolog for DOCTYPE, and drives saxes. Keeps what is needed to point at
 * a bad byte: the decoder's pending bytes are mirrored in `carry`, and the valid text before a bad
 * byte is fed to saxes first, so saxes' own line/column counter tells where the bad byte sits.
 */
class Feeder {
  readonly session: XmlSession;
  private readonly parser = new SaxesParser({ position: true });
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  /** Trailing bytes of an incomplete UTF-8 sequence that the decoder is holding. */
  private carry: Uint8Array = new Uint8Array(0);
  private bytesBefore = 0;
  private rootSeen = false;
  /** Prolog text not yet given to saxes, so a "<!DOCTYPE" split across chunks is still found. */
  private held = '';
  private depth = 0;
  private startAt: XmlPosition = { line: 1, column: 1 };

  constructor(private readonly file: string, private readonly maxDepth: number) {
    const parser = this.parser;
    this.session = {
      file,
      position: () => ({ line: parser.line, column: parser.column }),
      where: (at) => {
        const p = at ?? this.session.position();
        return formatLocation(file, p.line, p.column);
      },
      fail: (reason, at, field) => {
        const p = at ?? this.session.position();
        throw new ListFormatError(file, reason, { line: p.line, column: p.column, field });
      },
    };
  }

  attach(handlers: XmlHandlers): void {
    // Only six handlers, on purpose: saxes stores each one as a new property through a computed
    // key, and with the eight first registered here V8 turned the parser into a dictionary-mode
    // object, which made every character read 5x slower (2 MB UN list: 40 ms -> 240 ms; checked
    // with %HasFastProperties: six and seven stay fast, eight do not). So there is no "error"
    // handler (saxes then throws, and write() converts) and no "doctype" handler (the prolog scan
    // refuses a DOCTYPE before saxes sees it; after the root element saxes refuses one itself).
    const parser = this.parser;
    const session = this.session;
    parser.on('xmldecl', (decl) => {
      if (decl.encoding !== undefined && !isUtf8Label(decl.encoding)) {
        session.fail(`the XML declaration says encoding="${decl.encoding}"; only UTF-8 is accepted`);
      }
    });
    parser.on('opentagstart', (tag) => {
      // saxes reports this after reading the character that ends the name; step back to the "<".
      const column = parser.column - codePoints(tag.name) - 1;
      this.startAt = column >= 1 ? { line: parser.line, column } : session.position();
    });
    parser.on('opentag', (tag) => {
      this.rootSeen = true;
      if (++this.depth > this.maxDepth) {
        session.fail(`elements are nested more than ${this.maxDepth} deep`, this.startAt);
      }
      handlers.open({ name: tag.name, attributes: tag.attributes as Record<string, string>, at: this.startAt });
    });
    parser.on('closetag', (tag) => {
      this.depth--;
      handlers.close(tag.name);
    });
    parser.on('text', (text) => handlers.text(text));
    parser.on('cdata', (text) => handlers.text(text));
  }

  /** Give text to saxes; its own errors become ListFormatError at its position. */
  private write(text: string | null): void {
    try {
      if (text === null) this.parser.close();
      else this.parser.write(text);
    } catch (err) {
      // saxes' errors read "line:column: reason" (position tracking on, no file name given to it).
      const saxes = err instanceof Error && !(err instanceof ListFormatError) ? /^(\d+):(\d+): (.*)$/s.exec(err.message) : null;
      if (!saxes) throw err;
      // Column 0 means "before the first character of the line" (an error right after a line
      // break, such as the end of the input); report it as column 1 of that line.
      const at = { line: Number(saxes[1]), column: Math.max(1, Number(saxes[2])) };
      throw new ListFormatError(this.file, `malformed XML: ${saxes[3]}`, at);
    }
  }

  feedBytes(bytes: Uint8Array): void {
    let text: string;
    try {
      text = this.decoder.decode(bytes, { stream: true });
    } catch {
      this.failAtBadByte(bytes);
    }
    this.carry = incompleteTail(this.carry.length ? concat(this.carry, bytes) : bytes);
    this.bytesBefore += bytes.length;
    this.feedText(text);
  }

  finish(): void {
    try {
      this.decoder.decode();
    } catch {
      this.feedText('', true);
      this.failAtNextChar(`the input ends inside a UTF-8 character (${this.carry.length} byte(s) of an incomplete sequence)`);
    }
    this.feedText('', true);
    this.write(null);
  }

  /** Fail at the character after everything fed so far. */
  failAtNextChar(reason: string): never {
    this.feedText('', true);
    const p = this.session.position();
    this.session.fail(reason, { line: p.line, column: p.column + 1 });
  }

  private feedText(text: string, flush = false): void {
    if (this.rootSeen) {
      if (text) this.write(text);
      return;
    }
    const pending = this.held + text;
    const doctype = pending.search(/<!DOCTYPE/i);
    if (doctype >= 0) {
      this.held = '';
      this.writeProlog(pending.slice(0, doctype));
      const p = this.session.position();
      this.session.fail(
        'DOCTYPE declarations are not accepted (no list format needs one; they enable external entities and entity expansion)',
        { line: p.line, column: p.column + 1 },
      );
    }
    const keep = flush ? 0 : Math.min(pending.length, '<!DOCTYPE'.length - 1);
    this.held = pending.slice(pending.length - keep);
    this.writeProlog(pending.slice(0, pending.length - keep));
  }

  private writeProlog(text: string): void {
    if (!text) return;
    this.write(text);
    // Once the root element has opened, a DOCTYPE can no longer be legal; saxes refuses it itself.
    if (this.rootSeen && this.held) {
      const rest = this.held;
      this.held = '';
      this.write(rest);
    }
  }

  /** The decoder refused `bytes`: find the first bad byte, parse up to it, fail there. */
  private failAtBadByte(bytes: Uint8Array): never {
    const all = this.carry.length ? concat(this.carry, bytes) : bytes;
    const bad = firstInvalidUtf8(all);
    const valid = all.subarray(0, bad < 0 ? all.length : bad);
    // A fresh decoder for the valid prefix; a BOM is only special at the very start of the input.
    const prefix = new TextDecoder('utf-8', { ignoreBOM: this.bytesBefore > 0 }).decode(valid);
    this.feedText(prefix, true);
    const value = all[bad < 0 ? all.length - 1 : bad] ?? 0;
    const offset = this.bytesBefore - this.carry.length + (bad < 0 ? all.length - 1 : bad);
    this.failAtNextChar(
      `invalid UTF-8: byte 0x${value.toString(16).toUpperCase().padStart(2, '0')} at byte offset ${offset} (only UTF-8 is accepted)`,
    );
  }
}

/**
 * Offset of the first byte that starts an ill-formed UTF-8 sequence (Unicode table 3-7), or -1.
 * An incomplete sequence at the very end is not ill-formed yet: more bytes may follow.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
    else if (b0 >= 0xe0 && b0 <= 0xef) {
      need = 2;
      if (b0 === 0xe0) lo = 0xa0; // no overlong 3-byte forms
      if (b0 === 0xed) hi = 0x9f; // no surrogates
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      need = 3;
      if (b0 === 0xf0) lo = 0x90; // no overlong 4-byte forms
      if (b0 === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return -1;
      const c = bytes[i + k]!;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** The bytes at the end that begin a UTF-8 sequence not yet complete (at most 3). */
function incompleteTail(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if (b < 0x80) break;
    if (b >= 0xc0) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return length > back ? bytes.slice(bytes.length - back) : new Uint8Array(0);
    }
  }
  return new Uint8Array(0);
}

function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++; // a low surrogate continues the previous character
  }
  return n;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
