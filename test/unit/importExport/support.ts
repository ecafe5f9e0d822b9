import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Backend } from '../../../electron/backend/backend';
import type { ExportedCsv, ImportReport } from '../../../shared/api/importExport';
import { must } from '../support/backend';
import { countRows } from '../support/db';

export const fixturePath = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/csv/${name}`, import.meta.url));
export const fixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');

export const HEADER_903 = 'CHILD,DOB,MISSING,MIS_START,MIS_END';

/** A 903 file from rows of cells; CRLF line ends as the DfE files have. */
export const file903 = (...rows: string[]): string => [HEADER_903, ...rows].map((r) => `${r}\r\n`).join('');

export function importText(b: Backend, content: string, authority?: string): Promise<ImportReport> {
  return must(b, 'importExport.import', {
    fileName: 'test.csv',
    content,
    ...(authority ? { authority } : {}),
  });
}

/** The text of an exported file, decoded as a user's spreadsheet would decode it. */
export const textOf = (file: ExportedCsv): string => Buffer.from(file.base64, 'base64').toString('utf8');

/** Data lines of a CSV text without the header, for row-by-row comparison. */
export const dataLines = (csv: string): string[] => csv.split('\r\n').filter(Boolean).slice(1);

/** Every row of every table, in a stable order: what "nothing changed" is compared on (either engine). */
export async function snapshot(b: Backend): Promise<Record<string, unknown[]>> {
  const tables = (await b.context.db.introspection.getTables()).sort((x, y) => (x.name < y.name ? -1 : 1));
  const out: Record<string, unknown[]> = {};
  for (const { name, columns } of tables) {
    const order = sql.join(columns.map((c) => sql.ref(c.name)));
    const { rows } = await sql`SELECT * FROM ${sql.table(name)} ORDER BY ${order}`.execute(b.context.db);
    out[name] = rows;
  }
  return out;
}

export const count = (
  b: Backend,
  table: 'children' | 'episodes' | 'audit' | 'episode_factors',
): Promise<number> => countRows(b, table);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const ukDay = (ms: number): string => {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
};

/**
 * A large synthetic 903 file: `rows` episodes over rows/5 children (TEST-000001...), five each, 40 days apart.
 * `bad` maps a data row index (0-based) to a replacement row. Rows are in CHILD then MIS_START order, which is
 * also the order the 903 export writes.
 */
export function large903(rows: number, bad: ReadonlyMap<number, string> = new Map()): string {
  const lines = [HEADER_903];
  const base = Date.UTC(2022, 0, 3);
  const day = 86_400_000;
  for (let i = 0; i < rows; i++) {
    const child = Math.floor(i / 5);
    const start = base + ((i % 5) * 40 + (child % 30)) * day;
    lines.push(
      bad.get(i) ??
        `TEST-${pad(child + 1, 6)},${ukDay(Date.UTC(2009 + (child % 4), child % 12, 1 + (child % 27)))},${i % 3 ? 'M' : 'A'},${ukDay(start)},${ukDay(start + (i % 4) * day)}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
