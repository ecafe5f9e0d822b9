import type { ExportedCsv } from '../../../shared/api/importExport';
import type { EpisodeCategory } from '../../../shared/domain/episode';
import type { BackendContext } from '../context';
import { csvFile } from './csvFile';
import { COLUMNS_903 } from './formats';
import { LondonDays, ukDateOf } from './londonDays';
import { CODE_903_OF_CATEGORY } from './parse903';
import { periodCondition, periodParams, type Period } from './period';

interface Row903 {
  case_reference: string;
  date_of_birth: string;
  category: EpisodeCategory;
  reported_at: string;
  found_at: string | null;
}

/**
 * The SSDA903 Missing table for episodes reported in the period: one row per missing or away episode, child by
 * child in date order. Absent episodes have no 903 code, so they are left out and the note says how many.
 */
export function export903(ctx: BackendContext, period: Period): ExportedCsv {
  const where = periodCondition('e', period);
  const params = periodParams(period);
  const episodes = ctx.db
    .prepare<Record<string, string>, Row903>(
      `SELECT c.case_reference, c.date_of_birth, e.category, e.reported_at, e.found_at
         FROM episodes e JOIN children c ON c.id = e.child_id
        WHERE e.category IN ('missing', 'away') AND ${where}
        ORDER BY c.case_reference, e.reported_at`,
    )
    .all(params);
  const absent = ctx.db
    .prepare<Record<string, string>, { n: number }>(
      `SELECT count(*) AS n FROM episodes e WHERE e.category = 'absent' AND ${where}`,
    )
    .get(params)!.n;

  const london = new LondonDays();
  const rows = episodes.map((e) => [
    e.case_reference,
    ukDateOf(e.date_of_birth),
    CODE_903_OF_CATEGORY[e.category] ?? '',
    london.date(e.reported_at),
    e.found_at ? london.date(e.found_at) : '',
  ]);
  const note = absent
    ? `${absent} episode${absent === 1 ? ' recorded as Absent was' : 's recorded as Absent were'} left out: the 903 ` +
      'Missing table has codes only for M (missing) and A (away from placement without authorisation).'
    : null;
  return csvFile(ctx, '903-missing', period, COLUMNS_903, rows, note);
}
