/**
 * A small RFC 4180 CSV reader: quoted fields with doubled quotes, embedded newlines, CRLF or LF line
 * ends, an optional UTF-8 byte-order mark. Each record carries the line it started on, so errors can
 * name it. Written here rather than taken from a package because the inputs are small (watch lists,
 * query batches) and the error messages must name the line.
 */
export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
}

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let field = '';
  let recordLine = 1;
  let inQuotes = false;
  let quotedField = false;
  let quoteStartLine = 1;
  const n = text.length;
  const endRecord = () => {
    fields.push(field);
    // A blank line is not a record.
    if (!(fields.length === 1 && fields[0] === '' && !quotedField)) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    quotedField = false;
  };
  for (; i < n; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (field !== '') throw new CsvError(`line ${line}: a quote inside an unquoted field`, line);
      inQuotes = true;
      quotedField = true;
      quoteStartLine = line;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      quotedField = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      if (quotedField) throw new CsvError(`line ${line}: text after a closing quote`, line);
      field += c;
    }
  }
  if (inQuotes) throw new CsvError(`line ${quoteStartLine}: a quoted field is never closed`, quoteStartLine);
  if (field !== '' || fields.length > 0 || quotedField) endRecord();
  return records;
}

/** Records as objects keyed by the header row (the first record). */
export function parseCsvWithHeader(text: string): { header: string[]; rows: { line: number; values: Record<string, string> }[] } {
  const records = parseCsv(text);
  const first = records[0];
  if (!first) return { header: [], rows: [] };
  const header = first.fields.map((h) => h.trim());
  const rows = records.slice(1).map((r) => {
    if (r.fields.length > header.length) {
      throw new CsvError(`line ${r.line}: ${r.fields.length} fields but the header has ${header.length}`, r.line);
    }
    const values: Record<string, string> = {};
    header.forEach((h, k) => {
      values[h] = r.fields[k] ?? '';
    });
    return { line: r.line, values };
  });
  return { header, rows };
}
