import type { NotificationRecord, RecordNotificationInput } from '../../../shared/api/notifications';
import type { Child } from '../../../shared/domain/child';
import type { ProtocolProfile } from '../../../shared/protocol';
import { dayFromIsoDate, londonDayStart } from '../../../shared/protocol/london';
import { placementSubject } from '../../../shared/protocol/notices';
import { audit } from '../audit/audit';
import type { BackendContext } from '../context';
import { getChild } from '../children/queries';
import type { Db } from '../db/schema';
import { invalid, notFound } from '../errors';
import { getEpisode } from '../episodes/queries';
import { newId } from '../ids';
import { mutation } from '../mutation';
import { profileResolver } from '../protocol/profiles';
import { getStatutoryReview } from '../statutoryReviews/queries';
import { findNoticeMade, findNotificationMade, insertNotificationMade } from './queries';

/** Whether the child's profile asks anyone in `role` to be told under rule `ruleId` of an episode. */
function profileAsks(profile: ProtocolProfile, ruleId: string, role: string): boolean {
  const clock = profile.durationClocks.find((c) => c.id === ruleId);
  const rule = profile.notificationRules.find((r) => r.id === ruleId);
  const notify = clock?.notify ?? rule?.notify ?? [];
  return notify.some((n) => n.role === role);
}

const roleRefused = (profile: ProtocolProfile, input: RecordNotificationInput) =>
  invalid([
    {
      field: 'role',
      message: `Who is to be told: ${profile.name} does not ask for “${input.role}” to be told under ${input.ruleId}.`,
    },
  ]);

/**
 * A notice about no episode (ST 17.4's IRO report after a statutory review, EM's notice before placing a child at
 * risk): the earliest instant it can have been given, after checking the subject is the child's and the rule's.
 */
async function noticeEarliest(
  db: Db,
  profile: ProtocolProfile,
  child: Child,
  input: RecordNotificationInput & { subjectId: string },
): Promise<number> {
  const report = profile.statutoryReviewReport;
  if (report !== null && input.ruleId === report.id && input.role === report.role) {
    const review = await getStatutoryReview(db, input.subjectId);
    if (!review || review.childId !== child.id) throw notFound('The statutory review');
    // The report follows the review: not before the day it was held.
    return londonDayStart(dayFromIsoDate(review.heldOn));
  }
  const notice = profile.placementNotice;
  if (notice !== null && input.ruleId === notice.id && input.role === notice.role) {
    const current = child.placementStartedOn === null ? null : placementSubject(child.placementStartedOn);
    if (input.subjectId !== current || !child.placementMissingRisk)
      throw invalid([
        {
          field: 'subjectId',
          message:
            'The placement: the child’s current placement is not one recorded as at risk from that day.',
        },
      ]);
    // "prior to the young person being placed": told before the placement day is as good as told after.
    return -Infinity;
  }
  throw roleRefused(profile, input);
}

/**
 * Records a notification as made: who was told and when, by the signed-in person (kept with the row and named by
 * the audit). Refused, with the field named and nothing saved, for a task the child's protocol does not set, a
 * time before the episode was reported (or the review held) or still to come, or one already recorded.
 */
export function recordNotification(
  ctx: BackendContext,
  input: RecordNotificationInput,
): Promise<NotificationRecord> {
  return mutation(ctx, async (tx) => {
    const child = await getChild(tx.db, input.childId);
    if (!child) throw notFound('The child');
    const { profile } = (await profileResolver(tx))(child);
    const toldAt = Date.parse(input.toldAt);
    const now = tx.now();
    let episodeId: string | null = null;
    if (input.episodeId !== null) {
      const episode = await getEpisode(tx.db, input.episodeId);
      if (!episode || episode.childId !== child.id) throw notFound('The episode');
      if (!profileAsks(profile, input.ruleId, input.role)) throw roleRefused(profile, input);
      if (toldAt > now.getTime())
        throw invalid([{ field: 'toldAt', message: 'When told cannot be in the future.' }]);
      if (toldAt < Date.parse(episode.reportedAt))
        throw invalid([{ field: 'toldAt', message: 'When told is before the episode was reported.' }]);
      if (await findNotificationMade(tx.db, episode.id, input.ruleId, input.role))
        throw invalid([
          { field: 'role', message: 'Who is to be told: already recorded as told of this episode.' },
        ]);
      episodeId = episode.id;
    } else if (input.subjectId !== null) {
      const earliest = await noticeEarliest(tx.db, profile, child, { ...input, subjectId: input.subjectId });
      if (toldAt > now.getTime())
        throw invalid([{ field: 'toldAt', message: 'When told cannot be in the future.' }]);
      if (toldAt < earliest)
        throw invalid([{ field: 'toldAt', message: 'When told is before the statutory review was held.' }]);
      if (await findNoticeMade(tx.db, child.id, input.subjectId, input.ruleId, input.role))
        throw invalid([{ field: 'role', message: 'Who is to be told: already recorded as told of this.' }]);
    }
    const record = await insertNotificationMade(tx.db, {
      id: newId(),
      child_id: child.id,
      episode_id: episodeId,
      subject_id: episodeId === null ? input.subjectId : null,
      rule_id: input.ruleId,
      role: input.role,
      told_who: input.toldWho,
      told_at: new Date(input.toldAt).toISOString(),
      recorded_at: now.toISOString(),
      recorded_by: tx.user(),
    });
    tx.changed('notifications_made');
    // The rule's id, never who was told: the audit holds no personal data.
    await audit(tx, 'create', 'notification', record.id, child.id, input.ruleId);
    return record;
  });
}
