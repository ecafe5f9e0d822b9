import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/api/result';
import { stripBidiControls } from '../../../shared/api/text';
import type { childInputSchema } from '../../../shared/domain/child';
import type { episodeInputSchema } from '../../../shared/domain/episode';
import { unguardFormula, type CsvRecord } from './csv';
import type { Read } from './fieldReaders';

/** One data row read from a file, before the checks every episode goes through. */
export interface ParsedRow {
  caseReference: string;
  /** YYYY-MM-DD, checked against the date of birth Homeward holds for the child. */
  dateOfBirth: string;
  /** The child to create when Homeward does not hold this case reference yet. */
  newChild: z.input<typeof childInputSchema>;
  episode: Omit<z.input<typeof episodeInputSchema>, 'childId'>;
}

/** Issues name the file's column (`field`), so a data team can find the cell. */
export type RowParse = { ok: true; row: ParsedRow } | { ok: false; issues: FieldIssue[] };

export interface RowReader {
  read(record: CsvRecord): RowParse;
  /** The column that holds a child or episode field ("reportedAt" -> "MIS_START"), for issues the checks raise. */
  columnOf(field: string): string;
  /** Added to a "must not be in the future" message, where the format's dates explain it. */
  futureNote?: string;
}

/**
 * The cells of one record, read by column name. Every cell that cannot be read adds an issue naming its column and
 * reads as undefined, so a row reports all its problems at once.
 */
export class RowCells {
  readonly issues: FieldIssue[] = [];

  constructor(
    private readonly position: ReadonlyMap<string, number>,
    private readonly record: CsvRecord,
  ) {}

  /** The cell trimmed, the export's formula guard removed; null when blank or when the file has no such column. */
  text(column: string): string | null {
    const at = this.position.get(column);
    const value = at === undefined ? '' : (this.record.fields[at] ?? '').trim();
    return value ? unguardFormula(value) : null;
  }

  /** null when blank; undefined when unreadable. */
  optional<T>(column: string, read: (text: string) => Read<T>): T | null | undefined {
    const text = this.text(column);
    if (text === null) return null;
    const result = read(text);
    if (result.ok) return result.value;
    this.issues.push({ field: column, message: result.message });
    return undefined;
  }

  required<T>(column: string, read: (text: string) => Read<T>): T | undefined {
    const value = this.optional(column, read);
    if (value === null) this.issues.push({ field: column, message: 'is required.' });
    return value ?? undefined;
  }
}

export const asText = (text: string): Read<string> => ({ ok: true, value: text });

/**
 * A case reference: bidi controls dropped (as the form's schema drops them), so the child is looked up and created
 * by the same text, and no file name made from it can be made to read backwards.
 */
export const asIdentifier = (text: string): Read<string> => {
  const value = stripBidiControls(text).trim();
  return value ? { ok: true, value } : { ok: false, message: 'is required.' };
};

/** A row must have as many values as the header has columns, or every value after the gap is misread. */
export function widthIssue(record: CsvRecord, width: number): FieldIssue | null {
  const n = record.fields.length;
  return n === width
    ? null
    : { field: '(row)', message: `has ${n} values but the header row has ${width} columns.` };
}
