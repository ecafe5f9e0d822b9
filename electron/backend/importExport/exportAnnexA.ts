import type { ExportedCsv } from '../../../shared/api/importExport';
import { LEGAL_STATUS_LABELS, type Gender, type LegalStatus } from '../../../shared/domain/child';
import type { EpisodeCategory, ReturnInterviewOutcome } from '../../../shared/domain/episode';
import { ageAt } from '../../../shared/time/london';
import type { BackendContext } from '../context';
import { csvFile } from './csvFile';
import { ukDateOf } from './londonDays';
import { reportedInPeriod, twelveMonthsEnding, type Period } from './period';

/**
 * The missing columns of Ofsted's Annex A List 8 (children in care), headed as the Annex A template heads them so
 * that a data team can paste or merge them on Child Unique ID, plus Homeward's legal status to filter on.
 */
export const ANNEX_A_COLUMNS = [
  'Child Unique ID',
  'Gender',
  'Date of Birth',
  'Age of Child (Years)',
  'Legal Status (Homeward)',
  "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
  "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
  'Was the child offered a Return Interview after their last missing episode (Y/N)?',
  'Did the child accept a Return Interview after their last missing episode (Y/N)?',
  'Allocated Team',
  'Allocated Worker',
] as const;

/** Annex A's gender codes. */
const GENDER_CODES: Record<Gender, string> = {
  male: 'a) Male',
  female: 'b) Female',
  'not-recorded': 'c) Not stated/recorded',
  'non-binary': 'd) Neither',
};

interface EpisodeRow {
  child_id: string;
  case_reference: string;
  date_of_birth: string;
  gender: Gender;
  legal_status: LegalStatus;
  team: string | null;
  allocated_worker: string | null;
  category: EpisodeCategory;
  found_at: string | null;
  ri_offered_at: string | null;
  ri_outcome: ReturnInterviewOutcome | null;
}

interface ChildLine {
  first: EpisodeRow;
  missing: number;
  away: number;
  lastMissing: EpisodeRow | null;
}

/**
 * Offered and accepted, from the last missing episode's return interview. Blank means not known yet: the child is
 * still missing, or nothing is recorded. "Not engaged" was offered and not taken up.
 */
function returnInterview(e: EpisodeRow | null): [offered: string, accepted: string] {
  if (!e || !e.found_at) return ['', ''];
  switch (e.ri_outcome) {
    case 'accepted':
      return ['Y', 'Y'];
    case 'declined':
    case 'not-engaged':
      return ['Y', 'N'];
    case 'not-offered':
      return ['N', 'N'];
    case null:
      return e.ri_offered_at ? ['Y', ''] : ['', ''];
  }
}

/**
 * One row per child with at least one missing or away episode reported in the period. Ofsted's 'Absent' column is
 * the older name of "away from placement without authorisation" (903 code A); Homeward's Absent category is not
 * counted in either column, as the 903 return leaves it out. Age is at the period's last day.
 */
export async function exportAnnexA(
  ctx: BackendContext,
  period: Period & { from: string; to: string },
): Promise<ExportedCsv> {
  // Values were validated against the shared enums when written; the casts restore their types.
  const episodes = (await ctx.db
    .selectFrom('episodes as e')
    .innerJoin('children as c', 'c.id', 'e.child_id')
    .select([
      'e.child_id',
      'c.case_reference',
      'c.date_of_birth',
      'c.gender',
      'c.legal_status',
      'c.team',
      'c.allocated_worker',
      'e.category',
      'e.found_at',
      'e.ri_offered_at',
      'e.ri_outcome',
    ])
    .where('e.category', 'in', ['missing', 'away'])
    .where((eb) => reportedInPeriod(eb, eb.ref('e.reported_at'), period))
    .orderBy('c.case_reference')
    .orderBy('e.reported_at')
    .execute()) as EpisodeRow[];

  const children = new Map<string, ChildLine>();
  for (const e of episodes) {
    let line = children.get(e.child_id);
    if (!line) {
      line = { first: e, missing: 0, away: 0, lastMissing: null };
      children.set(e.child_id, line);
    }
    if (e.category === 'missing') {
      line.missing++;
      line.lastMissing = e;
    } else line.away++;
  }

  const ageOn = `${period.to}T12:00:00`;
  const rows = [...children.values()].map(({ first: c, missing, away, lastMissing }) => [
    c.case_reference,
    GENDER_CODES[c.gender] ?? '',
    ukDateOf(c.date_of_birth),
    String(ageAt(c.date_of_birth, ageOn)),
    LEGAL_STATUS_LABELS[c.legal_status] ?? c.legal_status,
    String(missing),
    String(away),
    ...returnInterview(lastMissing),
    c.team ?? '',
    c.allocated_worker ?? '',
  ]);
  const note =
    `Counts cover episodes reported from ${ukDateOf(period.from)} to ${ukDateOf(period.to)}` +
    (period.from === twelveMonthsEnding(period.to).from
      ? ''
      : ', not the 12 months the column headings name') +
    ". Episodes recorded as Absent in Homeward are in neither count (Ofsted's 'Absent' is away from placement).";
  return csvFile(ctx, 'annex-a-list-8-missing', period, ANNEX_A_COLUMNS, rows, note, children.keys());
}
