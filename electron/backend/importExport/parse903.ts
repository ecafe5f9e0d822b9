import type { EpisodeCategory } from '../../../shared/domain/episode';
import { quoted, type CellReader, type Read } from './fieldReaders';
import { asIdentifier, RowCells, widthIssue, type RowReader } from './rows';

/** 903 MISSING codes: M missing, A away from placement without authorisation. Absent has no 903 code. */
export const CATEGORY_OF_903_CODE: Readonly<Record<string, EpisodeCategory>> = { M: 'missing', A: 'away' };
export const CODE_903_OF_CATEGORY: Readonly<Partial<Record<EpisodeCategory, string>>> = {
  missing: 'M',
  away: 'A',
};

/** Where the checks' field names land in a 903 row. */
const COLUMN_OF_FIELD: Readonly<Record<string, string>> = {
  caseReference: 'CHILD',
  dateOfBirth: 'DOB',
  category: 'MISSING',
  reportedAt: 'MIS_START',
  foundAt: 'MIS_END',
};

/** Names for children a 903 file creates: the table holds no names, and the record must say where it came from. */
export const PLACEHOLDER_903 = { givenName: 'Unknown', familyName: '(903 import)' } as const;

// The two answers a valid code gives, made once rather than for each of a file's rows.
const READ_CODE: Readonly<Record<string, Read<EpisodeCategory>>> = Object.fromEntries(
  Object.entries(CATEGORY_OF_903_CODE).map(([code, value]) => [code, { ok: true, value }]),
);

const missingCode = (text: string): Read<EpisodeCategory> =>
  READ_CODE[text.toUpperCase()] ?? {
    ok: false,
    message: `must be M (missing) or A (away from placement without authorisation) (found ${quoted(text)}).`,
  };

/**
 * Reads rows of the SSDA903 Missing table. 903 dates carry no time, so a start or end date is stored as 12:00
 * London time that day: the middle of the day keeps the London date the same in any offset, and an export gives
 * back the dates that were imported.
 */
export function reader903(
  position: ReadonlyMap<string, number>,
  width: number,
  cells: CellReader,
  authority: string,
): RowReader {
  const noon = (text: string) => cells.dateAtNoon(text);
  return {
    columnOf: (field) => COLUMN_OF_FIELD[field] ?? field,
    futureNote:
      'A 903 date is stored as 12:00 London time that day, so a date of today is in the future until noon.',
    read(record) {
      const wrongWidth = widthIssue(record, width);
      if (wrongWidth) return { ok: false, issues: [wrongWidth] };
      const c = new RowCells(position, record);
      const child = c.required('CHILD', asIdentifier);
      const dob = c.required('DOB', (t) => cells.date(t));
      const category = c.required('MISSING', missingCode);
      const start = c.required('MIS_START', noon);
      const end = c.optional('MIS_END', noon);
      if (c.issues.length || !child || !dob || !category || !start || end === undefined) {
        return { ok: false, issues: c.issues };
      }
      return {
        ok: true,
        row: {
          caseReference: child,
          dateOfBirth: dob,
          newChild: {
            ...PLACEHOLDER_903,
            dateOfBirth: dob,
            gender: 'not-recorded',
            caseReference: child,
            // The 903 return covers children looked after, so a child it names is in care.
            legalStatus: 'child-in-care',
            placingAuthority: authority,
            placementType: 'other',
          },
          episode: { category, reportedAt: start, foundAt: end },
        },
      };
    },
  };
}
