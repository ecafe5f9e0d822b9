import type { Db } from '../db/schema';

/** What the trend's counts read of an episode row (migration 0037). */
export interface CountedEpisode {
  category: string;
  reported_at: string;
  // Absent in a row written without them: null, as the database stores it.
  found_at?: string | null;
  ri_held_at?: string | null;
}

const HOUR_MS = 3_600_000;

/** Rows per INSERT: five parameters each, well inside both engines' bound-parameter limits. */
const BATCH = 1000;

/**
 * Counts newly inserted episodes into episode_hour_counts, as the update and delete triggers of migration 0037
 * count a changed or removed one: per stored hour (the instant's first 13 characters) and category, the reported,
 * the returned, and of those the ones whose interview was held within 72 hours (dashboard/month/interviews.ts heldWithin72).
 * In the writer rather than an insert trigger: the import's 100,000 episodes were 200,000 upserts one row at a time
 * (5 s of a 10 s import); here they are a few thousand, summed first. Every insert of an episode row comes here
 * (episodes/queries.ts insertEpisodes, and the copy to a server); test/unit/dashboard holds the counts equal to a
 * recount.
 */
export async function countInsertedEpisodes(db: Db, episodes: readonly CountedEpisode[]): Promise<void> {
  const sums = new Map<
    string,
    { hour: string; category: string; reported: number; returned: number; held: number }
  >();
  const at = (hour: string, category: string) => {
    const key = `${hour} ${category}`;
    let s = sums.get(key);
    if (!s) sums.set(key, (s = { hour, category, reported: 0, returned: 0, held: 0 }));
    return s;
  };
  for (const e of episodes) {
    at(e.reported_at.slice(0, 13), e.category).reported += 1;
    if (e.found_at != null) {
      const s = at(e.found_at.slice(0, 13), e.category);
      s.returned += 1;
      // As SQL compares the stored texts: held at or before found + 72 hours, in the stored form.
      if (
        e.ri_held_at != null &&
        e.ri_held_at <= new Date(Date.parse(e.found_at) + 72 * HOUR_MS).toISOString()
      )
        s.held += 1;
    }
  }
  const rows = [...sums.values()].map((s) => ({
    hour: s.hour,
    category: s.category,
    reported: s.reported,
    returned: s.returned,
    held_within_72: s.held,
  }));
  for (let i = 0; i < rows.length; i += BATCH)
    await db
      .insertInto('episode_hour_counts')
      .values(rows.slice(i, i + BATCH))
      .onConflict((oc) =>
        oc.columns(['hour', 'category']).doUpdateSet((eb) => ({
          reported: eb('episode_hour_counts.reported', '+', eb.ref('excluded.reported')),
          returned: eb('episode_hour_counts.returned', '+', eb.ref('excluded.returned')),
          held_within_72: eb('episode_hour_counts.held_within_72', '+', eb.ref('excluded.held_within_72')),
        })),
      )
      .execute();
}
