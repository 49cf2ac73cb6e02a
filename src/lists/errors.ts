/**
 * The one error type every list reader throws when a file cannot be trusted as a whole: malformed
 * or truncated XML, a forbidden construct (DOCTYPE, foreign encoding), a file over the size limit,
 * or a list that contradicts itself (duplicate or missing reference numbers).
 *
 * An import that catches it must refuse the file entirely and keep the previous list version: a
 * half-read sanctions list silently "removes" every party after the point of failure.
 *
 * The message always starts with where the problem is, in the form compilers and editors
 * understand ("un-consolidated.xml:12:5: <reason>"), so an operator can open the file at that spot.
 */

export interface ListFormatLocation {
  /** 1-based line of the offending byte or element. */
  line?: number;
  /** 1-based column, counted in characters (code points) from the start of the line. */
  column?: number;
  /** The source field concerned, as a path such as "INDIVIDUAL/REFERENCE_NUMBER". */
  field?: string;
}

export class ListFormatError extends Error {
  override readonly name = 'ListFormatError';
  /** The file's display name (base name of the path, or the name given with a Buffer). */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly field?: string;
  /** The message without the location prefix. */
  readonly reason: string;

  constructor(file: string, reason: string, where: ListFormatLocation = {}, options?: { cause?: unknown }) {
    super(`${formatLocation(file, where.line, where.column)}: ${reason}`, options);
    this.file = file;
    this.reason = reason;
    if (where.line !== undefined) this.line = where.line;
    if (where.column !== undefined) this.column = where.column;
    if (where.field !== undefined) this.field = where.field;
  }
}

/**
 * "file:line:column", or the shorter forms when the position is unknown. Also used for
 * ImportWarning.at so that warnings and errors point at places the same way.
 */
export function formatLocation(file: string, line?: number, column?: number): string {
  if (line === undefined) return file;
  if (column === undefined) return `${file}:${line}`;
  return `${file}:${line}:${column}`;
}

/**
 * An import that did not finish in the time allowed (import-off-thread.ts): its worker thread was
 * stopped, and the version in force is the one before. The message names the file, so an operator
 * knows which import to look at (a file that makes a reader loop, a stuck disk).
 */
export class ListImportTimeoutError extends Error {
  override readonly name = 'ListImportTimeoutError';

  constructor(
    readonly file: string,
    readonly timeoutMs: number,
  ) {
    super(`${file}: the import did not finish within ${formatSeconds(timeoutMs)}; it was stopped and the version in force is unchanged`);
  }
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
