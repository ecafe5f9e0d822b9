import { DAY_MS } from '../../../shared/time/london';
import type { MeetingPack, PackChild } from '../../../shared/meetings/pack';
import {
  compareFactors,
  episodesInPeriod,
  escalationsForPack,
  PACK_DEFAULT_DAYS,
  policeRiskChanges,
  returnInterviewOutcomes,
} from '../../../shared/meetings/pack';
import type { Episode } from '../../../shared/domain/episode';
import type { MeetingAction } from '../../../shared/domain/meeting';
import type { BackendContext } from '../context';
import { notFound } from '../errors';
import { mutation } from '../mutation';
import { listEpisodesForChildren } from '../episodes/queries';
import { listActions } from './actions';
import { auditMeeting, londonToday } from './guard';
import { heldMeetingsOfKindBefore } from './held';
import { getMeeting, listMeetingChildren } from './queries';
import { latestLevels, listOpenPlanActions } from '../riskAssessments/queries';
import { listEscalationsForChildren } from '../escalations/queries';
import { readProfile } from '../philomena/queries';

const daysBefore = (iso: string, days: number) =>
  new Date(new Date(iso).getTime() - days * DAY_MS).toISOString();

/**
 * With no earlier meeting of the kind: 90 days back, or further to the first episode that called this meeting, so a
 * MIM held late still shows the July episodes that made it due in November.
 */
function firstTriggerBefore(
  all: readonly Episode[],
  trigger: readonly string[],
  heldAt: string,
): string | undefined {
  const fallback = daysBefore(heldAt, PACK_DEFAULT_DAYS);
  return all.find((e) => trigger.includes(e.id) && e.reportedAt < fallback)?.reportedAt;
}

/**
 * The pack for each child of a meeting. Its period starts at the last meeting of the same kind about the child (or 90
 * days before this one, or the first episode that called it when that is earlier) and runs to now, or to when this meeting ended; the factors are compared with the period
 * the last meeting looked at. The earlier meetings and the open actions are read for all the children at once.
 */
export async function buildPack(ctx: BackendContext, meetingId: string): Promise<MeetingPack> {
  const meeting = await getMeeting(ctx.db, meetingId);
  if (!meeting) throw notFound('The meeting');
  const heldAt = meeting.startedAt ?? meeting.scheduledAt;
  const today = londonToday(ctx);
  const meetingChildren = await listMeetingChildren(ctx.db, meetingId);
  const childIds = meetingChildren.map((c) => c.id);
  const held = await heldMeetingsOfKindBefore(ctx.db, childIds, meeting.kind, heldAt, meetingId);
  const openActions = new Map<string, MeetingAction[]>();
  for (const a of await listActions(
    ctx.db,
    { childIds, status: 'open', exceptMeetingId: meetingId },
    today,
  )) {
    if (a.childId !== null) openActions.set(a.childId, [...(openActions.get(a.childId) ?? []), a]);
  }

  const risk = await latestLevels(ctx.db, childIds);
  const planActions = await listOpenPlanActions(ctx.db, childIds);
  const escalationLogs = await listEscalationsForChildren(ctx.db, childIds);

  const chronologies = await listEpisodesForChildren(
    ctx.db,
    meetingChildren.map((c) => c.id),
  );
  const children: PackChild[] = [];
  for (const child of meetingChildren) {
    const [last, beforeLast] = held.get(child.id) ?? [];
    const all = chronologies.get(child.id) ?? [];
    const firstTrigger = firstTriggerBefore(all, meeting.triggerEpisodeIds, heldAt);
    const since = last?.heldAt ?? firstTrigger ?? daysBefore(heldAt, PACK_DEFAULT_DAYS);
    // A concluded meeting's pack stops where the meeting ended: reopened later, it shows what the meeting saw.
    const episodes = episodesInPeriod(all, since, meeting.concludedAt);
    const previous = last
      ? (() => {
          const from = beforeLast?.heldAt ?? daysBefore(last.heldAt, PACK_DEFAULT_DAYS);
          return { from, to: last.heldAt, episodes: episodesInPeriod(all, from, last.heldAt) };
        })()
      : null;
    const profile = await readProfile(ctx.db, child.id);
    const share = profile.shares[0];
    children.push({
      child,
      since,
      sinceFrom: last ? 'last-meeting' : firstTrigger ? 'first-trigger' : 'default-days',
      lastMeeting: last ?? null,
      episodes,
      returnInterviews: returnInterviewOutcomes(episodes),
      factors: compareFactors(episodes, previous),
      policeRiskChanges: policeRiskChanges(episodes),
      openActions: openActions.get(child.id) ?? [],
      riskAssessment: (() => {
        const latest = risk.get(child.id);
        if (!latest) return null;
        const open = planActions.filter((a) => a.assessmentId === latest.id);
        return {
          ...latest,
          openActions: open.map(({ id, description, owner, agency, dueOn }) => ({
            id,
            description,
            owner,
            agency,
            dueOn,
          })),
        };
      })(),
      escalations: escalationsForPack(escalationLogs.get(child.id) ?? [], since, meeting.concludedAt),
      philomena: {
        reviewedAt: profile.reviewedAt,
        reviewDueOn: profile.reviewDueOn,
        lastShare: share ? { sharedOn: share.sharedOn, sharedWith: share.sharedWith } : null,
        part2: profile.part2,
      },
    });
  }
  return { meetingId, children };
}

/** The pack as the meeting screen opens it, with its "view" row in the audit trail, in one transaction. */
export async function viewPack(ctx: BackendContext, meetingId: string): Promise<MeetingPack> {
  return mutation(ctx, async (tx) => {
    const pack = await buildPack(tx, meetingId);
    await auditMeeting(tx, 'view', meetingId, 'pack');
    return pack;
  });
}
