import { DAY_MS } from '../../../shared/time/london';
import type { MeetingPack, PackChild } from '../../../shared/meetings/pack';
import {
  compareFactors,
  episodesInPeriod,
  PACK_DEFAULT_DAYS,
  policeRiskChanges,
  returnInterviewOutcomes,
} from '../../../shared/meetings/pack';
import type { BackendContext } from '../context';
import { notFound } from '../errors';
import { listEpisodesForChild } from '../episodes/queries';
import { listActions } from './actions';
import { londonToday } from './guard';
import { heldMeetingsOfKindBefore } from './held';
import { getMeeting, listMeetingChildren } from './queries';

const daysBefore = (iso: string, days: number) =>
  new Date(new Date(iso).getTime() - days * DAY_MS).toISOString();

/**
 * The pack for each child of a meeting. Its period starts at the last meeting of the same kind about the child (or 90
 * days before this one) and runs to now, or to when this meeting ended; the factors are compared with the period
 * the last meeting looked at.
 */
export function buildPack(ctx: BackendContext, meetingId: string): MeetingPack {
  const meeting = getMeeting(ctx.db, meetingId);
  if (!meeting) throw notFound('The meeting');
  const heldAt = meeting.startedAt ?? meeting.scheduledAt;
  const today = londonToday(ctx);

  const children: PackChild[] = listMeetingChildren(ctx.db, meetingId).map((child) => {
    const [last, beforeLast] = heldMeetingsOfKindBefore(ctx.db, child.id, meeting.kind, heldAt, meetingId);
    const since = last?.heldAt ?? daysBefore(heldAt, PACK_DEFAULT_DAYS);
    const all = listEpisodesForChild(ctx.db, child.id);
    // A concluded meeting's pack stops where the meeting ended: reopened later, it shows what the meeting saw.
    const episodes = episodesInPeriod(all, since, meeting.concludedAt);
    const previous = last
      ? (() => {
          const from = beforeLast?.heldAt ?? daysBefore(last.heldAt, PACK_DEFAULT_DAYS);
          return { from, to: last.heldAt, episodes: episodesInPeriod(all, from, last.heldAt) };
        })()
      : null;
    return {
      child,
      since,
      lastMeeting: last ?? null,
      episodes,
      returnInterviews: returnInterviewOutcomes(episodes),
      factors: compareFactors(episodes, previous),
      policeRiskChanges: policeRiskChanges(episodes),
      openActions: listActions(
        ctx.db,
        { childId: child.id, status: 'open', exceptMeetingId: meetingId },
        today,
      ),
    };
  });
  return { meetingId, children };
}
