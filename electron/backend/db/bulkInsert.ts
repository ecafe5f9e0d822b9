import { CompiledQuery, sql } from 'kysely';
import type { Database, Db } from './schema';

/** Bound values per statement: inside SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_VALUES = 16_000;

type Row = Readonly<Record<string, unknown>>;

export interface BulkInsertOptions {
  /** On a row whose key is already there, its other columns take the new values (an upsert). */
  upsertOn?: string;
}

/**
 * Inserts rows in multi-row INSERTs whose text is the same for every full batch, so each engine parses and plans
 * it once (the SQLite dialect keeps statements prepared: db/open.ts withStatementCache; PostgreSQL by the same text). Kysely's
 * builder, by contrast, made and compiled a tree of every value of every row: for the 100,000-row import, more
 * time than the database spent writing them. Columns are the first row's keys whose values are defined; a batch
 * where a row has others goes through Kysely's own builder instead, which fills the gaps with the defaults.
 */
export async function bulkInsert(
  db: Db,
  table: keyof Database,
  rows: readonly Row[],
  options: BulkInsertOptions = {},
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first).filter((c) => first[c] !== undefined);
  const perStatement = Math.max(1, Math.floor(MAX_VALUES / columns.length));
  // `?` on SQLite, `$1` on PostgreSQL: the engine's own placeholder, as Kysely compiles it.
  const numbered = sql`${0}`.compile(db).sql.startsWith('$');
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const head = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values `;
  const upsert = options.upsertOn
    ? ` on conflict (${quote(options.upsertOn)}) do update set ${columns
        .filter((c) => c !== options.upsertOn)
        .map((c) => `${quote(c)} = excluded.${quote(c)}`)
        .join(', ')}`
    : '';
  const texts = new Map<number, string>();
  const textFor = (n: number): string => {
    let text = texts.get(n);
    if (text === undefined) {
      let at = 0;
      const tuple = () => `(${columns.map(() => (numbered ? `$${++at}` : '?')).join(', ')})`;
      text = head + Array.from({ length: n }, tuple).join(', ') + upsert;
      texts.set(n, text);
    }
    return text;
  };
  for (let i = 0; i < rows.length; i += perStatement) {
    const batch = rows.slice(i, i + perStatement);
    const values: unknown[] = [];
    let sameColumns = true;
    for (const row of batch) {
      let defined = 0;
      for (const c in row) if (row[c] !== undefined) defined++;
      if (defined !== columns.length) sameColumns = false;
      for (const c of columns) {
        const value = row[c];
        if (value === undefined) sameColumns = false;
        values.push(value);
      }
    }
    if (sameColumns) await db.executeQuery(CompiledQuery.raw(textFor(batch.length), values));
    else await kyselyInsert(db, table, batch, options);
  }
}

/** The rare batch whose rows name different columns: Kysely's builder, which writes DEFAULT where one is absent. */
async function kyselyInsert(
  db: Db,
  table: keyof Database,
  batch: readonly Row[],
  options: BulkInsertOptions,
) {
  const query = db.insertInto(table).values(batch);
  const key = options.upsertOn;
  if (!key) return void (await query.execute());
  const columns = [...new Set(batch.flatMap((r) => Object.keys(r)))].filter((c) => c !== key);
  await query
    .onConflict((oc) =>
      // The table is any of them here, so its key and columns are known only as text.
      oc
        .column(key as never)
        .doUpdateSet(Object.fromEntries(columns.map((c) => [c, sql.ref(`excluded.${c}`)]))),
    )
    .execute();
}
