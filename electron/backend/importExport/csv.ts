/**
 * RFC 4180 CSV, read and written here rather than with a library because the import report must name the line a
 * row starts on in the file (a quoted value may span lines), and because every exported cell goes through the
 * formula guard.
 */

export interface CsvRecord {
  /** 1-based line of the file where the record starts, as a text editor or spreadsheet counts it. */
  line: number;
  fields: string[];
}

export interface CsvParse {
  records: CsvRecord[];
  /** A quoted value never closed: the records before it are read, nothing from its line on. */
  error: { line: number; message: string } | null;
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/** A line with nothing in it, or only commas (spreadsheets write those below the data), is not a row. */
const isBlank = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');

/** Where an unquoted value (or the text after a closing quote) ends: the next comma or line end. */
function endOfValue(s: string, from: number): number {
  let j = from;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === COMMA || c === CR || c === LF) break;
    j++;
  }
  return j;
}

/** Line ends in s[from, to): CRLF counts once. */
function lineEnds(s: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === LF || (c === CR && s.charCodeAt(k + 1) !== LF)) n++;
  }
  return n;
}

/** A quoted value starting at s[start] (the opening quote): its text, where it ends, and the lines it spans. */
function readQuoted(s: string, start: number): { value: string; next: number; lines: number } | null {
  let value = '';
  let from = start + 1;
  for (;;) {
    const q = s.indexOf('"', from);
    if (q < 0) return null;
    value += s.slice(from, q);
    if (s.charCodeAt(q + 1) !== QUOTE) {
      // Text between the closing quote and the next comma is kept, as spreadsheets do.
      const next = endOfValue(s, q + 1);
      return { value: value + s.slice(q + 1, next), next, lines: lineEnds(s, start, q) };
    }
    value += '"';
    from = q + 2;
  }
}

/**
 * Reads CSV text one record at a time, so an import handles each row as it is read instead of holding every row
 * of a large file at once. Accepts CRLF, LF or CR line ends and a UTF-8 byte order mark; skips blank lines.
 * Lenient where spreadsheets are (a stray quote inside an unquoted value is kept as text); stops at a quoted value
 * that is never closed, since everything after it would be misread, and returns that error as its result.
 */
export function* csvRecords(text: string): Generator<CsvRecord, CsvParse['error'], undefined> {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];
  let i = 0;
  while (i < s.length) {
    if (fields.length === 0) recordLine = line;
    if (s.charCodeAt(i) === QUOTE) {
      const quoted = readQuoted(s, i);
      if (!quoted) return { line, message: 'A quoted value is never closed (a " is missing).' };
      fields.push(quoted.value);
      line += quoted.lines;
      i = quoted.next;
    } else {
      const next = endOfValue(s, i);
      fields.push(s.slice(i, next));
      i = next;
    }
    if (s.charCodeAt(i) === COMMA) {
      i++;
      if (i === s.length) fields.push('');
      continue;
    }
    // A line end, or the end of the text, ends the record.
    i += s.charCodeAt(i) === CR && s.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    if (!isBlank(fields)) yield { line: recordLine, fields };
    fields = [];
  }
  if (fields.length && !isBlank(fields)) yield { line: recordLine, fields };
  return null;
}

/** Reads the whole of a CSV text (small files, tests); the import streams with csvRecords. */
export function parseCsv(text: string): CsvParse {
  const records: CsvRecord[] = [];
  const reader = csvRecords(text);
  for (let next = reader.next(); ; next = reader.next()) {
    if (next.done) return { records, error: next.value };
    records.push(next.value);
  }
}

/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"): = + - @, their full-width
 * and small forms (Excel and LibreOffice fold ＝１+１ to =1+1), | (DDE in older Excel), and a leading tab, CR or
 * LF, which some spreadsheets skip before looking for one of the others.
 */
const FORMULA_START = /^[=+\-@|\t\r\n\uFF1D\uFF0B\uFF0D\uFF20\uFF5C\uFE62\uFE63\uFE66\uFE6B]/;

/** Prefixes an apostrophe so that a spreadsheet shows the cell as text instead of running it. */
export const guardFormula = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** Undoes `guardFormula` on import, so that a Homeward file read back gives the text that was exported. */
export const unguardFormula = (cell: string): string =>
  cell.length > 1 && cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;

const NEEDS_QUOTES = /[",\r\n]/;

const cellText = (cell: string): string => {
  const guarded = guardFormula(cell);
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
};

/** Writes rows as RFC 4180 CSV: CRLF line ends, quotes only where needed, every cell formula-guarded. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const parts: string[] = [];
  for (const row of rows) parts.push(row.map(cellText).join(','), '\r\n');
  return parts.join('');
}

/**
 * The records of a CSV text, read as they are asked for. After the last one, `error` says whether the text ended
 * inside a quoted value.
 */
export class CsvRecordStream implements Iterable<CsvRecord> {
  error: CsvParse['error'] = null;
  private readonly reader: Generator<CsvRecord, CsvParse['error'], undefined>;

  constructor(text: string) {
    this.reader = csvRecords(text);
  }

  private ended = false;

  /** The next record, or null at the end (and every time after: the error found at the end is kept). */
  next(): CsvRecord | null {
    if (this.ended) return null;
    const n = this.reader.next();
    if (!n.done) return n.value;
    this.ended = true;
    this.error = n.value;
    return null;
  }

  *[Symbol.iterator](): Iterator<CsvRecord> {
    for (let r = this.next(); r; r = this.next()) yield r;
  }
}
