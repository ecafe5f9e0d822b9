import type { Kysely, Transaction } from 'kysely';
import { audit } from '../audit/audit';
import { chainEnd, linkHash, recordHead, verifyAuditChain } from '../audit/chain';
import type { BackendContext } from '../context';
import { lockAuditChain } from './dialect';
import type { Database, Db } from './schema';
import { countInsertedEpisodes, type CountedEpisode } from '../episodes/hourCounts';

// Moving a team's local Homeward (the encrypted SQLite file) onto the council's server: every table, in one
// PostgreSQL transaction, refusing the whole copy if any record is already there. The plan below is the one place a
// table is named: a table in db/schema.ts that is not in it fails to compile (MissingFromPlan) and fails the test
// that compares the plan with a migrated database's tables.

type Table = keyof Database;

/**
 * How a table's rows go across.
 * - records: every row, as it is; a row whose key is already on the server refuses the whole copy.
 * - config: the server's own value wins where it has one (an existing server is already set up by the council);
 *   the local value fills what it lacks.
 * - templates: an agenda template goes across where the server has none or only the untouched default.
 * - with-templates: copied with its template by the step above.
 * - audit: re-linked onto the end of the server's chain, each row keeping its time, user and action.
 */
type How =
  'records' | 'config' | 'templates' | 'with-templates' | 'audit' | 'audit-links' | 'server-only' | 'derived';

interface CopyStep {
  table: Table;
  how: How;
  /** Columns that say "this record is already on the server": each checked on its own. */
  clashOn?: readonly string[];
  /** What a clash message calls these rows. */
  label?: string;
  /** An identity column the server numbers itself (its own rows already use the local numbers). */
  serverNumbers?: string;
}

/** In dependency order: a row's parent is always copied before it. */
export const COPY_PLAN = [
  { table: 'settings', how: 'config' },
  { table: 'stored_files', how: 'config' },
  { table: 'agenda_templates', how: 'templates' },
  { table: 'agenda_template_items', how: 'with-templates' },
  { table: 'children', how: 'records', clashOn: ['id', 'case_reference'], label: 'children' },
  { table: 'episodes', how: 'records', clashOn: ['id'], label: 'episodes' },
  { table: 'statutory_reviews', how: 'records', clashOn: ['id'], label: 'statutory reviews' },
  { table: 'episode_factors', how: 'records' },
  { table: 'return_interviews', how: 'records', clashOn: ['id', 'episode_id'], label: 'return interviews' },
  { table: 'notifications_made', how: 'records', clashOn: ['id'], label: 'notifications recorded' },
  { table: 'episode_police_gradings', how: 'records', clashOn: ['id'], label: 'police gradings' },
  { table: 'meetings', how: 'records', clashOn: ['id'], label: 'meetings' },
  { table: 'meeting_outcomes', how: 'records', clashOn: ['meeting_id'], label: 'meeting outcomes' },
  { table: 'meeting_children', how: 'records' },
  {
    table: 'meeting_child_removals',
    how: 'records',
    clashOn: ['id'],
    label: 'children removed from reviews',
  },
  { table: 'meeting_triggers', how: 'records' },
  { table: 'meeting_transitions', how: 'records', serverNumbers: 'id' },
  { table: 'meeting_items', how: 'records', clashOn: ['id'], label: 'agenda items' },
  { table: 'meeting_item_decisions', how: 'records' },
  { table: 'meeting_attendees', how: 'records', clashOn: ['id'], label: 'attendees' },
  { table: 'meeting_actions', how: 'records', clashOn: ['id'], label: 'actions' },
  { table: 'meeting_item_reviewed_actions', how: 'records' },
  { table: 'meeting_action_changes', how: 'records', serverNumbers: 'id' },
  { table: 'meeting_amendments', how: 'records', clashOn: ['id'], label: 'amendments' },
  {
    table: 'meeting_host_minutes',
    how: 'records',
    clashOn: ['meeting_id'],
    label: 'minutes sent to the host',
  },
  { table: 'escalations', how: 'records', clashOn: ['id'], label: 'escalation log entries' },
  { table: 'philomena_profiles', how: 'records', clashOn: ['child_id'], label: 'Philomena profiles' },
  { table: 'philomena_places', how: 'records', clashOn: ['id'], label: 'Philomena Part 2 entries' },
  { table: 'philomena_shares', how: 'records', clashOn: ['id'], label: 'Philomena shares' },
  { table: 'philomena_photos', how: 'records', clashOn: ['child_id'], label: 'Philomena photographs' },
  { table: 'philomena_incidents', how: 'records', clashOn: ['episode_id'], label: 'Philomena Part 3 forms' },
  { table: 'philomena_checks', how: 'records' },
  { table: 'risk_assessments', how: 'records', clashOn: ['id'], label: 'risk assessments' },
  { table: 'risk_plan_actions', how: 'records', clashOn: ['id'], label: 'risk assessment plan actions' },
  // Who is who belongs to the server: a computer on its own has no accounts, sessions or restrictions to bring.
  { table: 'accounts', how: 'server-only' },
  { table: 'sessions', how: 'server-only' },
  { table: 'sign_in_failures', how: 'server-only' },
  { table: 'setup_codes', how: 'server-only' },
  { table: 'child_access', how: 'server-only' },
  // Worked out from the records (protocol/state/): the server's own sweep makes it again, so nothing is copied.
  { table: 'protocol_state', how: 'derived' },
  { table: 'due_items', how: 'derived' },
  { table: 'protocol_board', how: 'derived' },
  // Counted on the server as the episodes are copied in (migration 0037), never copied.
  { table: 'episode_hour_counts', how: 'derived' },
  { table: 'audit', how: 'audit' },
  // Copied with the audit rows they belong to (relinkAudit), since the server gives those rows new ids.
  { table: 'audit_children', how: 'audit-links' },
  { table: 'audit_children_recent', how: 'audit-links' },
] as const satisfies readonly CopyStep[];

type MissingFromPlan = Exclude<Table, (typeof COPY_PLAN)[number]['table']>;
// A compile error names the table when one is added to the schema but not to the plan.
const planCoversSchema: [MissingFromPlan] extends [never] ? true : MissingFromPlan = true;
void planCoversSchema;

/**
 * Settings that belong to one computer, not to the council: the chain's end is the server's own (re-made below),
 * the display name is the laptop user's name, which on a server would be put on everyone's audit rows, and the
 * desktop app's connection choice (electron/main/connection.ts) is this computer's.
 */
const LOCAL_ONLY_SETTINGS: ReadonlySet<string> = new Set([
  'auditChainHead',
  'displayName',
  'displayRole',
  'desktopConnection',
]);

export class CopyRefused extends Error {}

export interface CopyReport {
  /** Rows written per table. */
  copied: Record<string, number>;
  /** Settings, files and templates the server already had and kept. */
  keptOnServer: number;
  /** Daily Reviews copied as ordinary meetings because the server already holds that day's review. */
  reviewsUnmarked: number;
  /** The one-line summary the CLI prints. */
  summary: string;
}

type Row = Record<string, unknown>;
type Loose = Kysely<Record<string, Row>>;
const loose = (db: Db): Loose => db as unknown as Loose;

/** Rows per INSERT: inside PostgreSQL's 65,535 bound parameters for the widest table. */
const rowsPerInsert = (row: Row) => Math.max(1, Math.floor(20_000 / Math.max(1, Object.keys(row).length)));

async function insertAll(db: Db, table: string, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const size = rowsPerInsert(rows[0]!);
  for (let i = 0; i < rows.length; i += size) {
    await loose(db)
      .insertInto(table)
      .values(rows.slice(i, i + size))
      .execute();
  }
}

async function readAll(db: Db, table: string): Promise<Row[]> {
  return loose(db).selectFrom(table).selectAll().execute();
}

/** How many of `values` are already in `column` on the server, 500 at a time. */
async function countPresent(
  db: Db,
  table: string,
  column: string,
  values: readonly unknown[],
): Promise<number> {
  let found = 0;
  for (let i = 0; i < values.length; i += 500) {
    const { n } = await loose(db)
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(column, 'in', values.slice(i, i + 500))
      .executeTakeFirstOrThrow();
    found += Number(n);
  }
  return found;
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export interface CopySource {
  /** The local database (SQLite) and its own audit key, as the backend opened them. */
  db: Kysely<Database>;
  auditKey: string;
  /** What the audit row says the copy came from: no path (it holds a user name), no personal data. */
  description: string;
}

export interface CopyTarget {
  /** The server's database (PostgreSQL), migrated. */
  db: Kysely<Database>;
  /** The server's audit key (HOMEWARD_AUDIT_KEY): the copied rows are linked with it. */
  auditKey: string;
  now: () => Date;
  /** Who ran the copy, for its own audit row. */
  user: string;
}

/** Copies everything in `source` to `target` in one transaction on the target, or throws CopyRefused. */
export async function copyToServer(source: CopySource, target: CopyTarget): Promise<CopyReport> {
  // A broken local chain is refused rather than re-linked: re-linking would hide where it was tampered with.
  const localChain = await verifyAuditChain(source.db, source.auditKey);
  if (!localChain.ok) {
    throw new CopyRefused(
      `The local audit trail's chain is broken at row ${localChain.brokenAtId ?? '(end)'} (${localChain.problem}); ` +
        'nothing was copied. Run "npm run cli -- audit verify" on this computer.',
    );
  }
  const local: Partial<Record<Table, Row[]>> = {};
  for (const step of COPY_PLAN)
    if (step.how !== 'audit' && step.how !== 'audit-links' && step.how !== 'derived')
      local[step.table] = await readAll(source.db, step.table);

  return target.db.transaction().execute(async (trx) => {
    const ctx: BackendContext = {
      db: trx,
      engine: 'postgres',
      now: target.now,
      user: () => target.user,
      account: () => target.user,
      dataDir: '',
      auditKey: target.auditKey,
    };
    await lockAuditChain(ctx);
    await refuseClashes(trx, local);
    const copied: Record<string, number> = {};
    let keptOnServer = 0;
    const approved: string[] = [];
    let reviewsUnmarked = 0;
    for (const step of COPY_PLAN) {
      const rows = local[step.table] ?? [];
      if (step.how === 'config') {
        const { written, kept } = await copyConfig(trx, step.table, rows);
        copied[step.table] = written;
        keptOnServer += kept;
      } else if (step.how === 'templates') {
        const { written, kept, items } = await copyTemplates(trx, rows, local.agenda_template_items ?? []);
        copied[step.table] = written;
        copied.agenda_template_items = items;
        keptOnServer += kept;
      } else if (step.how === 'records') {
        let toWrite = rows;
        if (step.table === 'meetings') {
          ({ rows: toWrite, reviewsUnmarked } = await prepareMeetings(trx, rows, approved));
        }
        if ('serverNumbers' in step) {
          const column = step.serverNumbers;
          toWrite = toWrite.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== column)));
        }
        await insertAll(trx, step.table, toWrite);
        // The trend's counts of the episodes copied in, as every other insert of an episode makes them (0037).
        if (step.table === 'episodes')
          await countInsertedEpisodes(trx, toWrite as unknown as CountedEpisode[]);
        copied[step.table] = rows.length;
      } else if (step.how === 'audit') {
        copied.audit = await relinkAudit(ctx, source.db);
      }
    }
    // Approved meetings went across as concluded so their decisions could be written (the database refuses a
    // decision added to approved minutes); now every row is in, they are approved again, as they were.
    for (let i = 0; i < approved.length; i += 500) {
      await trx
        .updateTable('meetings')
        .set({ status: 'approved' })
        .where('id', 'in', approved.slice(i, i + 500))
        .execute();
    }
    const total = Object.values(copied).reduce((a, b) => a + b, 0);
    const summary =
      `Copied ${plural(copied.children ?? 0, 'child', 'children')}, ${plural(copied.episodes ?? 0, 'episode')}, ` +
      `${plural(copied.meetings ?? 0, 'meeting')}, ${plural(copied.meeting_actions ?? 0, 'action')} and ` +
      `${plural(copied.audit ?? 0, 'audit row')} (${plural(total, 'row')} in all) to the server` +
      (keptOnServer
        ? `; the server kept its own value for ${plural(keptOnServer, 'setting or template', 'settings or templates')}`
        : '') +
      (reviewsUnmarked
        ? `; ${plural(reviewsUnmarked, 'Daily Review')} for a day the server already had`
        : '') +
      '.';
    const detail =
      `copied from ${source.description}: ` +
      Object.entries(copied)
        .filter(([, n]) => n > 0)
        .map(([table, n]) => `${table}=${n}`)
        .join(' ');
    await audit(ctx, 'import', 'database', 'copy-to-server', null, detail);
    return { copied, keptOnServer, reviewsUnmarked, summary };
  });
}

/** Counts every record already on the server, and refuses the whole copy naming how many clash. */
async function refuseClashes(
  trx: Transaction<Database>,
  local: Partial<Record<Table, Row[]>>,
): Promise<void> {
  const clashes: string[] = [];
  for (const step of COPY_PLAN) {
    if (!('clashOn' in step)) continue;
    const rows = local[step.table] ?? [];
    let worst = 0;
    for (const column of step.clashOn) {
      worst = Math.max(
        worst,
        await countPresent(
          trx,
          step.table,
          column,
          rows.map((r) => r[column]),
        ),
      );
    }
    if (worst > 0)
      clashes.push(
        `${worst.toLocaleString('en-GB')} of ${rows.length.toLocaleString('en-GB')} ${step.label}`,
      );
  }
  if (clashes.length) {
    throw new CopyRefused(
      `Already on the server: ${clashes.join(', ')} (children matched by id or case reference). ` +
        'Nothing was copied; the server is as it was.',
    );
  }
}

const sameValue = (a: Row, b: Row, column: string) => {
  const [x, y] = [a[column], b[column]];
  return x instanceof Uint8Array && y instanceof Uint8Array ? Buffer.from(x).equals(Buffer.from(y)) : x === y;
};

async function copyConfig(
  trx: Db,
  table: Table,
  rows: readonly Row[],
): Promise<{ written: number; kept: number }> {
  const keyColumn = table === 'settings' ? 'key' : 'name';
  const wanted = rows.filter((r) => table !== 'settings' || !LOCAL_ONLY_SETTINGS.has(String(r.key)));
  const present = new Map(
    (await loose(trx).selectFrom(table).selectAll().execute()).map((r) => [String(r[keyColumn]), r]),
  );
  const fresh = wanted.filter((r) => !present.has(String(r[keyColumn])));
  await insertAll(trx, table, fresh);
  // "Kept" is only where the two differ: a value the server already holds the same is not news.
  const kept = wanted.filter((r) => {
    const theirs = present.get(String(r[keyColumn]));
    return theirs !== undefined && !sameValue(theirs, r, table === 'settings' ? 'value' : 'content');
  }).length;
  return { written: fresh.length, kept };
}

async function copyTemplates(
  trx: Transaction<Database>,
  templates: readonly Row[],
  items: readonly Row[],
): Promise<{ written: number; kept: number; items: number }> {
  const server = new Map(
    (await trx.selectFrom('agenda_templates').selectAll().execute()).map((t) => [t.kind, t]),
  );
  let written = 0;
  let kept = 0;
  let itemCount = 0;
  for (const template of templates) {
    const kind = String(template.kind);
    const theirs = server.get(kind);
    // Revision 0 is the default as Homeward seeds it: nobody on the server has edited it.
    if (theirs && Number(template.revision) === 0) continue;
    if (theirs && theirs.revision > 0) {
      kept += 1;
      continue;
    }
    if (theirs) {
      await trx.deleteFrom('agenda_template_items').where('kind', '=', kind).execute();
      await trx.deleteFrom('agenda_templates').where('kind', '=', kind).execute();
    }
    await insertAll(trx, 'agenda_templates', [template]);
    const own = items.filter((i) => i.kind === kind);
    await insertAll(trx, 'agenda_template_items', own);
    written += 1;
    itemCount += own.length;
  }
  return { written, kept, items: itemCount };
}

async function prepareMeetings(
  trx: Transaction<Database>,
  rows: readonly Row[],
  approved: string[],
): Promise<{ rows: Row[]; reviewsUnmarked: number }> {
  const days = rows.map((r) => r.review_day).filter((d): d is string => typeof d === 'string');
  const taken = new Set<string>();
  for (let i = 0; i < days.length; i += 500) {
    const found = await trx
      .selectFrom('meetings')
      .select('review_day')
      .where('review_day', 'in', days.slice(i, i + 500))
      .execute();
    for (const f of found) if (f.review_day) taken.add(f.review_day);
  }
  // A meeting arranged from another references it (migration 0020): the earlier one is written first, and an
  // arranged meeting is always created after the one it was arranged from.
  const ordered = [...rows].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)));
  const out = ordered.map((r) => {
    const row = { ...r };
    if (row.status === 'approved') {
      approved.push(String(row.id));
      row.status = 'concluded';
    }
    // The server's own review stays the day's one; the copied one keeps all it holds as an ordinary meeting.
    if (typeof row.review_day === 'string' && taken.has(row.review_day)) row.review_day = null;
    return row;
  });
  return { rows: out, reviewsUnmarked: out.filter((r, i) => r.review_day !== ordered[i]!.review_day).length };
}

/** The local trail, oldest first, each row re-linked onto the server's chain with the server's key. */
async function relinkAudit(ctx: BackendContext, localDb: Db): Promise<number> {
  const key = ctx.auditKey;
  let previous = await chainEnd(ctx.db);
  let lastLocalId = 0;
  let lastServerId = 0;
  let count = 0;
  for (;;) {
    const page = await localDb
      .selectFrom('audit')
      .selectAll()
      .where('id', '>', lastLocalId)
      .orderBy('id')
      .limit(500)
      .execute();
    if (page.length === 0) break;
    lastLocalId = page.at(-1)!.id;
    const values = page.map(({ at, user, action, entity, entity_id, child_id, detail, account }) => {
      const fields = { at, user, action, entity, entity_id, child_id, detail, account };
      previous = linkHash(key, previous, fields);
      return { ...fields, hash: previous };
    });
    // Ids follow the VALUES order, so the server's chain reads in id order as it was linked.
    const ids = await ctx.db.insertInto('audit').values(values).returning('id').execute();
    lastServerId = Math.max(lastServerId, ...ids.map((r) => r.id));
    count += page.length;
    // The children each view or export showed, re-pointed at the rows' new ids.
    const serverId = new Map(page.map((row, i) => [row.id, ids[i]!.id]));
    // Merged into the index by child or not yet (migration 0040): both go to the server's recent links, which its
    // own sweep merges.
    const localIds = [...serverId.keys()];
    const links = await localDb
      .selectFrom('audit_children')
      .select(['audit_id', 'child_id'])
      .where('audit_id', 'in', localIds)
      .union(
        localDb
          .selectFrom('audit_children_recent')
          .select(['audit_id', 'child_id'])
          .where('audit_id', 'in', localIds),
      )
      .execute();
    for (let i = 0; i < links.length; i += 2000) {
      await ctx.db
        .insertInto('audit_children_recent')
        .values(
          links
            .slice(i, i + 2000)
            .map((l) => ({ audit_id: serverId.get(l.audit_id)!, child_id: l.child_id })),
        )
        .execute();
    }
  }
  if (count > 0) await recordHead(ctx, key, lastServerId, previous!);
  return count;
}
