import type { NotificationRecord, RecordNotificationInput } from '../../../shared/api/notifications';
import type { ProtocolProfile } from '../../../shared/protocol';
import { audit } from '../audit/audit';
import type { BackendContext } from '../context';
import { getChild } from '../children/queries';
import { invalid, notFound } from '../errors';
import { getEpisode } from '../episodes/queries';
import { newId } from '../ids';
import { mutation } from '../mutation';
import { profileResolver } from '../protocol/profiles';
import { findNotificationMade, insertNotificationMade } from './queries';

/** Whether the child's profile asks anyone in `role` to be told under rule `ruleId` (a clock or a notification rule). */
function profileAsks(profile: ProtocolProfile, ruleId: string, role: string): boolean {
  const clock = profile.durationClocks.find((c) => c.id === ruleId);
  const rule = profile.notificationRules.find((r) => r.id === ruleId);
  const notify = clock?.notify ?? rule?.notify ?? [];
  return notify.some((n) => n.role === role);
}

/**
 * Records a notification as made: who was told and when, by the signed-in person (kept with the row and named by
 * the audit). Refused, with the field named and nothing saved, for a task the child's protocol does not set, a
 * time before the episode was reported or still to come, or one already recorded.
 */
export function recordNotification(
  ctx: BackendContext,
  input: RecordNotificationInput,
): Promise<NotificationRecord> {
  return mutation(ctx, async (tx) => {
    const child = await getChild(tx.db, input.childId);
    if (!child) throw notFound('The child');
    const episode = await getEpisode(tx.db, input.episodeId);
    if (!episode || episode.childId !== child.id) throw notFound('The episode');
    const { profile } = (await profileResolver(tx))(child);
    if (!profileAsks(profile, input.ruleId, input.role)) {
      throw invalid([
        {
          field: 'role',
          message: `Who is to be told: ${profile.name} does not ask for “${input.role}” to be told under ${input.ruleId}.`,
        },
      ]);
    }
    const now = tx.now();
    if (Date.parse(input.toldAt) > now.getTime())
      throw invalid([{ field: 'toldAt', message: 'When told cannot be in the future.' }]);
    if (Date.parse(input.toldAt) < Date.parse(episode.reportedAt))
      throw invalid([{ field: 'toldAt', message: 'When told is before the episode was reported.' }]);
    if (await findNotificationMade(tx.db, episode.id, input.ruleId, input.role))
      throw invalid([
        { field: 'role', message: 'Who is to be told: already recorded as told of this episode.' },
      ]);
    const record = await insertNotificationMade(tx.db, {
      id: newId(),
      child_id: child.id,
      episode_id: episode.id,
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
