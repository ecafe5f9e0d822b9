import { sql } from 'kysely';
import { createTables } from '../ddl';
import type { Migration } from './types';

// Issue 15 at `--scale large`: the month's dashboard's 12-month trend counted a year of episodes on every request
// (24 index ranges over 430,000 entries, 0.8 s of its 2.5 s). What it counts is now kept as the episodes change: for
// each UTC hour and category, the episodes reported in it, and those returned in it with how many had their return
// interview held within 72 hours. A London month starts and ends on a UTC hour (the offset is whole hours), so a
// month's figures are the sum of its hours' rows: about 2,900 narrow rows whatever the county's size.
// A change or removal of an episode is counted by triggers, so every path that edits one (a save, a return
// interview, an import's update) keeps the counts without knowing them; a new episode is counted by its writer,
// summed per hour (episodes/hourCounts.ts: an insert trigger made the import's 100,000 rows 200,000 upserts, 5 s).
// The hour is the stored instant's first 13 characters (every instant is stored as `YYYY-MM-DDTHH:MM:SS.mmmZ`), and
// "held within 72 hours" is the dashboard's own test (month/interviews.ts heldWithin72). The rows already there are
// counted once here.
//
// The Daily Review board, which at 100,000 children shows 12,600 (13,600 return interviews overdue in its 30 days):
// it chose its states by the indexes of 0030, then looked each up in protocol_state and again in protocol_board, a
// random page each in a 2 GB file (580 ms). protocol_board now holds all the board reads of a child (its name and
// case reference, whether it can be on the board at all, the instants its windows choose by, and its part) and, on
// SQLite, is stored in the order of the interview deadline it is mostly chosen by (WITHOUT ROWID), so the 30 days of
// deadlines are one run of adjacent pages. Filled from the stored states; a state without a part (none should be)
// is re-evaluated by the first sweep.
export const EPISODE_HOUR_COUNTS_DDL = `CREATE TABLE episode_hour_counts (
  hour TEXT NOT NULL,
  category TEXT NOT NULL,
  reported INTEGER NOT NULL,
  returned INTEGER NOT NULL,
  held_within_72 INTEGER NOT NULL,
  PRIMARY KEY (hour, category)
) STRICT;`;

const BOARD_COLUMNS = `
  child_id TEXT NOT NULL REFERENCES protocol_state (child_id) ON DELETE CASCADE,
  interview_due_by TEXT NOT NULL,
  interview_returned_at TEXT,
  stage_reached_at TEXT,
  on_board INTEGER NOT NULL,
  child_name TEXT NOT NULL,
  case_reference TEXT NOT NULL,
  board_part TEXT NOT NULL,
  PRIMARY KEY (interview_due_by, child_id)`;

async function boardByDeadline(m: Parameters<Migration['up']>[0]): Promise<void> {
  await createTables(
    m,
    m.engine === 'postgres'
      ? `CREATE TABLE protocol_board_next (${BOARD_COLUMNS});`
      : `CREATE TABLE protocol_board_next (${BOARD_COLUMNS}) STRICT, WITHOUT ROWID;`,
  );
  await sql
    .raw(
      `INSERT INTO protocol_board_next
       SELECT s.child_id, coalesce(s.return_interview_due_by, ''), s.return_interview_returned_at, s.stage_reached_at,
         CASE WHEN s.in_look_back = 1 AND (s.has_due = 1 OR s.stage_level > 0) THEN 1 ELSE 0 END,
         s.child_name, s.case_reference, p.board_part
       FROM protocol_state s JOIN protocol_board p ON p.child_id = s.child_id`,
    )
    .execute(m.db);
  await sql
    .raw(
      `UPDATE protocol_state SET engine = '' WHERE child_id NOT IN (SELECT child_id FROM protocol_board_next)`,
    )
    .execute(m.db);
  await sql.raw(`DROP TABLE protocol_board`).execute(m.db);
  await sql.raw(`ALTER TABLE protocol_board_next RENAME TO protocol_board`).execute(m.db);
  await sql.raw(`CREATE UNIQUE INDEX protocol_board_by_child ON protocol_board (child_id)`).execute(m.db);
  await sql
    .raw(`CREATE INDEX protocol_board_by_return ON protocol_board (interview_returned_at)`)
    .execute(m.db);
  await sql.raw(`CREATE INDEX protocol_board_by_stage ON protocol_board (stage_reached_at)`).execute(m.db);
}

const held = (engine: 'sqlite' | 'postgres', row: string) =>
  engine === 'postgres'
    ? `CASE WHEN ${row}.ri_held_at IS NOT NULL AND ${row}.ri_held_at <= to_char((${row}.found_at)::timestamptz AT TIME ZONE 'UTC' + make_interval(hours => 72), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') THEN 1 ELSE 0 END`
    : `CASE WHEN ${row}.ri_held_at IS NOT NULL AND ${row}.ri_held_at <= strftime('%Y-%m-%dT%H:%M:%fZ', ${row}.found_at, '+72 hours') THEN 1 ELSE 0 END`;

/** The statements that count a row in (sign 1) or out (sign -1). */
function countRow(engine: 'sqlite' | 'postgres', row: 'NEW' | 'OLD', sign: 1 | -1): string[] {
  const s = sign === 1 ? '+' : '-';
  return [
    `INSERT INTO episode_hour_counts (hour, category, reported, returned, held_within_72)
       VALUES (substr(${row}.reported_at, 1, 13), ${row}.category, ${sign}, 0, 0)
       ON CONFLICT (hour, category) DO UPDATE SET reported = episode_hour_counts.reported ${s} 1`,
    `INSERT INTO episode_hour_counts (hour, category, reported, returned, held_within_72)
       SELECT substr(${row}.found_at, 1, 13), ${row}.category, 0, ${sign}, ${sign} * (${held(engine, row)})
       WHERE ${row}.found_at IS NOT NULL
       ON CONFLICT (hour, category) DO UPDATE SET returned = episode_hour_counts.returned ${s} 1,
         held_within_72 = episode_hour_counts.held_within_72 + excluded.held_within_72`,
  ];
}

/** The columns the counts read: an update of any other column (notes, factors, police reference) changes nothing. */
const COUNTED = 'reported_at, category, found_at, ri_held_at';

export const migration0037: Migration = {
  version: 37,
  name: 'county-counts',
  async up(m) {
    await boardByDeadline(m);
    await createTables(m, EPISODE_HOUR_COUNTS_DDL);
    await sql
      .raw(
        `INSERT INTO episode_hour_counts (hour, category, reported, returned, held_within_72)
         SELECT hour, category, sum(reported), sum(returned), sum(held) FROM (
           SELECT substr(reported_at, 1, 13) AS hour, category, 1 AS reported, 0 AS returned, 0 AS held
             FROM episodes
           UNION ALL
           SELECT substr(e.found_at, 1, 13), e.category, 0, 1, ${held(m.engine, 'e')}
             FROM episodes e WHERE e.found_at IS NOT NULL
         ) AS counted GROUP BY hour, category`,
      )
      .execute(m.db);
    if (m.engine === 'postgres') {
      await sql
        .raw(
          `CREATE FUNCTION homeward_episode_hour_counts() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN
             ${countRow('postgres', 'OLD', -1).join('; ')};
             IF TG_OP = 'UPDATE' THEN ${countRow('postgres', 'NEW', 1).join('; ')}; END IF;
             RETURN NULL;
           END $$`,
        )
        .execute(m.db);
      await sql
        .raw(
          `CREATE TRIGGER episode_hour_counts_kept AFTER DELETE OR UPDATE OF ${COUNTED} ON episodes
           FOR EACH ROW EXECUTE FUNCTION homeward_episode_hour_counts()`,
        )
        .execute(m.db);
      return;
    }
    const trigger = (name: string, event: string, body: string[]) =>
      sql
        .raw(`CREATE TRIGGER ${name} AFTER ${event} ON episodes BEGIN ${body.join('; ')}; END`)
        .execute(m.db);
    await trigger('episode_hour_counts_delete', 'DELETE', countRow('sqlite', 'OLD', -1));
    await trigger('episode_hour_counts_update', `UPDATE OF ${COUNTED}`, [
      ...countRow('sqlite', 'OLD', -1),
      ...countRow('sqlite', 'NEW', 1),
    ]);
  },
};
