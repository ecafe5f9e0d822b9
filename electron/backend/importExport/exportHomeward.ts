import type { ExportedCsv } from '../../../shared/api/importExport';
import type { PushPullFactor } from '../../../shared/domain/episode';
import type { BackendContext } from '../context';
import { csvFile } from './csvFile';
import { writeFactors } from './factorsText';
import { HOMEWARD_COLUMNS, type HomewardColumn } from './formats';
import { LondonDays, ukDateOf } from './londonDays';
import { reportedInPeriod, type Period } from './period';

type Row = Record<string, string | null> & { episode_id: string; child_id: string };

/** Columns whose value is an instant, written as London "dd/mm/yyyy hh:mm". */
const INSTANTS: ReadonlySet<HomewardColumn> = new Set([
  'reported_at',
  'last_seen_at',
  'found_at',
  'ri_offered_at',
  'ri_held_at',
]);

/**
 * Homeward's own episodes file: every column the import reads, so that another Homeward (or this one, after a
 * restore) reads back the same children's episodes. It holds names and notes: it is personal data.
 */
export async function exportHomeward(ctx: BackendContext, period: Period): Promise<ExportedCsv> {
  const selected = await ctx.db
    .selectFrom('episodes as e')
    .innerJoin('children as c', 'c.id', 'e.child_id')
    .select([
      'e.id as episode_id',
      'e.child_id',
      'c.case_reference',
      'c.given_name',
      'c.family_name',
      'c.date_of_birth',
      'c.gender',
      'c.legal_status',
      'c.placing_authority',
      'c.host_authority',
      'c.placement_type',
      'c.allocated_worker',
      'c.team',
      'e.category',
      'e.reported_at',
      'e.last_seen_at',
      'e.found_at',
      'e.police_risk_at_report',
      'e.police_risk_latest',
      'e.police_reference',
      'e.missing_from',
      'e.where_found',
      'e.return_method',
      'e.ri_offered_at',
      'e.ri_offered_by',
      'e.ri_outcome',
      'e.ri_not_offered_reason',
      'e.ri_held_at',
      'e.trafficking_concern',
      'e.notes',
    ])
    .where((eb) => reportedInPeriod(eb, eb.ref('e.reported_at'), period))
    .orderBy('c.case_reference')
    .orderBy('e.reported_at')
    .execute();
  // ST 10.4, 23.3: the flag the prompts read, written "yes" or left blank, as the import reads it.
  const episodes: Row[] = selected.map(({ trafficking_concern, ...r }) => ({
    ...r,
    trafficking_concern: trafficking_concern === 1 ? 'yes' : null,
  }));
  const factors = new Map<string, PushPullFactor[]>();
  const factorRows = await ctx.db
    .selectFrom('episode_factors as f')
    .innerJoin('episodes as e', 'e.id', 'f.episode_id')
    .select(['f.episode_id', 'f.direction', 'f.code', 'f.detail'])
    .where((eb) => reportedInPeriod(eb, eb.ref('e.reported_at'), period))
    .orderBy('f.episode_id')
    .orderBy('f.position')
    .execute();
  for (const { episode_id, direction, code, detail } of factorRows) {
    const list = factors.get(episode_id) ?? [];
    // Validated against the shared lists when saved; the casts restore their types.
    list.push({
      direction: direction as PushPullFactor['direction'],
      code: code as PushPullFactor['code'],
      detail,
    });
    factors.set(episode_id, list);
  }

  const london = new LondonDays();
  const cell = (e: Row, column: HomewardColumn): string => {
    if (column === 'factors') return writeFactors(factors.get(e.episode_id) ?? []);
    const value = e[column] ?? '';
    if (!value) return '';
    if (column === 'date_of_birth') return ukDateOf(value);
    return INSTANTS.has(column) ? london.dateTime(value) : value;
  };
  const rows = episodes.map((e) => HOMEWARD_COLUMNS.map((column) => cell(e, column)));
  return csvFile(
    ctx,
    'homeward-episodes',
    period,
    HOMEWARD_COLUMNS,
    rows,
    null,
    episodes.map((e) => e.child_id),
  );
}
