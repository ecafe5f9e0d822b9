import type { ExportedCsv } from '../../../shared/api/importExport';
import type { EpisodeCategory } from '../../../shared/domain/episode';
import type { BackendContext } from '../context';
import { csvFile } from './csvFile';
import { COLUMNS_903 } from './formats';
import { LondonDays, ukDateOf } from './londonDays';
import { CODE_903_OF_CATEGORY } from './parse903';
import { reportedInPeriod, type Period } from './period';

/**
 * The SSDA903 Missing table for episodes reported in the period: one row per missing or away episode, child by
 * child in date order. Absent episodes have no 903 code, so they are left out and the note says how many.
 */
export async function export903(ctx: BackendContext, period: Period): Promise<ExportedCsv> {
  const episodes = await ctx.db
    .selectFrom('episodes as e')
    .innerJoin('children as c', 'c.id', 'e.child_id')
    .select([
      'e.child_id',
      'c.case_reference',
      'c.date_of_birth',
      'e.category',
      'e.reported_at',
      'e.found_at',
    ])
    .where('e.category', 'in', ['missing', 'away'])
    .where((eb) => reportedInPeriod(eb, eb.ref('e.reported_at'), period))
    .orderBy('c.case_reference')
    .orderBy('e.reported_at')
    .execute();
  const counted = await ctx.db
    .selectFrom('episodes as e')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('e.category', '=', 'absent')
    .where((eb) => reportedInPeriod(eb, eb.ref('e.reported_at'), period))
    .executeTakeFirstOrThrow();
  const absent = Number(counted.n);

  const london = new LondonDays();
  const rows = episodes.map((e) => [
    e.case_reference,
    ukDateOf(e.date_of_birth),
    CODE_903_OF_CATEGORY[e.category as EpisodeCategory] ?? '',
    london.date(e.reported_at),
    e.found_at ? london.date(e.found_at) : '',
  ]);
  const note = absent
    ? `${absent} episode${absent === 1 ? ' recorded as Absent was' : 's recorded as Absent were'} left out: the 903 ` +
      'Missing table has codes only for M (missing) and A (away from placement without authorisation).'
    : null;
  return csvFile(
    ctx,
    '903-missing',
    period,
    COLUMNS_903,
    rows,
    note,
    episodes.map((e) => e.child_id),
  );
}
