import type { FieldIssue } from '../api/result';
import { parseIsoInstantFast } from '../protocol/civil';
import { dayFromIsoDate, londonDayStart } from '../protocol/london';
import { formatUkDateTime } from '../time/london';
import type { EpisodeInput } from './episode';

/** What a candidate episode is checked against: the child and the child's other saved episodes. */
export interface EpisodeCheckContext {
  dateOfBirth: string;
  /** The child's episodes as saved, without the one being edited. */
  otherEpisodes: ReadonlyArray<{ id: string; reportedAt: string; foundAt: string | null }>;
  now: string;
}

/**
 * Epoch millis of an instant: the engine's parser for the stored form (an import checks 100,000 episodes, each
 * against the child's others, and Date's own parser was a tenth of its checking time), else Date's, NaN included.
 */
const ms = (iso: string) => {
  const fast = parseIsoInstantFast(iso);
  return Number.isNaN(fast) ? new Date(iso).getTime() : fast;
};
const end = (foundAt: string | null) => (foundAt ? ms(foundAt) : Number.POSITIVE_INFINITY);

/**
 * The checks on save. They mirror the national SSDA903 validation of the Missing table (end not before start,
 * no overlapping episodes, nothing before birth) plus what makes a chronology trustworthy. Messages name the
 * field as the form labels it.
 */
export function checkEpisode(e: EpisodeInput, ctx: EpisodeCheckContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  const reported = ms(e.reportedAt);

  if (reported > ms(ctx.now) + 5 * 60_000) add('reportedAt', 'Reported must not be in the future.');
  // The start of the London day of birth; the engine's cached offsets, since an import checks 100,000 episodes and
  // a Luxon zone conversion each was most of its time.
  const born = londonDayStart(dayFromIsoDate(ctx.dateOfBirth));
  if (reported < born)
    add('reportedAt', `Reported (${formatUkDateTime(e.reportedAt)}) is before the child’s date of birth.`);
  if (e.lastSeenAt && ms(e.lastSeenAt) > reported) {
    add(
      'lastSeenAt',
      `Last seen (${formatUkDateTime(e.lastSeenAt)}) must not be after Reported (${formatUkDateTime(e.reportedAt)}).`,
    );
  }
  if (e.foundAt) {
    if (ms(e.foundAt) < reported) {
      add(
        'foundAt',
        `Found / returned (${formatUkDateTime(e.foundAt)}) must not be before Reported (${formatUkDateTime(e.reportedAt)}).`,
      );
    }
    if (ms(e.foundAt) > ms(ctx.now) + 5 * 60_000)
      add('foundAt', 'Found / returned must not be in the future.');
  } else if (ctx.otherEpisodes.some((o) => o.foundAt === null)) {
    add(
      'foundAt',
      'This child already has an open episode (still missing). Record when that one ended first.',
    );
  }

  const clash = ctx.otherEpisodes.find((o) => reported < end(o.foundAt) && ms(o.reportedAt) < end(e.foundAt));
  if (clash) {
    const until = clash.foundAt ? formatUkDateTime(clash.foundAt) : 'still open';
    add(
      'reportedAt',
      `This episode overlaps another episode of the child (${formatUkDateTime(clash.reportedAt)} to ${until}).`,
    );
  }

  const ri = e.returnInterview;
  if (ri.heldAt) {
    if (!e.foundAt)
      add('returnInterview.heldAt', 'A return interview cannot be held before the child is found.');
    else if (ms(ri.heldAt) < ms(e.foundAt))
      add('returnInterview.heldAt', 'Return interview held must not be before Found / returned.');
    if (ri.outcome !== 'accepted')
      add('returnInterview.outcome', 'A held return interview must have the outcome Accepted.');
  }
  if (ri.offeredAt && e.foundAt && ms(ri.offeredAt) < ms(e.foundAt)) {
    add('returnInterview.offeredAt', 'Return interview offered must not be before Found / returned.');
  }
  if (ri.outcome === 'not-offered' && !ri.notOfferedReason) {
    add('returnInterview.notOfferedReason', 'Say why the return interview was not offered.');
  }
  if (ri.outcome && ri.outcome !== 'not-offered' && !e.foundAt) {
    add('returnInterview.outcome', 'A return interview outcome needs Found / returned first.');
  }
  const otherWithoutDetail = e.factors.findIndex((f) => f.code === 'other' && !f.detail);
  if (otherWithoutDetail >= 0)
    add(`factors.${otherWithoutDetail}.detail`, 'Describe the factor marked Other.');
  return issues;
}
