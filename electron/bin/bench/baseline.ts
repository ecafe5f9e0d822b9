import type { BenchDatabase } from './engines';
import { measure, type Measure } from './measure';

const LOOKBACK_DAYS = 400;

// The rows the Due list, the board and the dashboard's stages read (episodes in the look-back or still open, and
// every child), read bare through the driver: the floor each engine's figures can be set against as a ratio.
const EPISODES = `SELECT id, child_id, category, reported_at, found_at, police_risk_latest, police_risk_at_report,
                         ri_held_at, ri_outcome
                    FROM episodes WHERE reported_at >= $1 OR found_at IS NULL`;
const CHILDREN = `SELECT id, given_name, family_name, case_reference, date_of_birth, legal_status, placing_authority,
                         host_authority, protocol_profile_id FROM children WHERE id <> $1`;

export const BASELINE_NAME = 'baseline: bare driver read of the Due list’s rows (episodes and children)';

export async function benchBaseline(db: BenchDatabase, now: Date): Promise<Measure> {
  const since = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000).toISOString();
  const read = async () => (await db.bareRead(EPISODES, since)) + (await db.bareRead(CHILDREN, ''));
  const rows = await read();
  return measure(BASELINE_NAME, 0, read, {
    runs: 10,
    warmup: 1,
    extra: { rows },
  });
}
