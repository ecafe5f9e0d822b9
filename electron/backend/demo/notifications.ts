import { DAY_MS } from '../../../shared/time/london';
import { auditMany } from '../audit/audit';
import type { BackendContext } from '../context';
import { newId } from '../ids';
import { mutation } from '../mutation';
import { insertNotificationsMade } from '../notifications/queries';
import { buildDue } from '../protocol/evaluate';

/** A service tells police, social workers and managers at the time: only the last week's are left to record. */
const LEFT_TO_RECORD_DAYS = 7;

/**
 * Records the demo's older notifications as made when they fell due, as a working service would have: a demo with
 * every "inform the police" of the past year still open would show a chair a Due screen no team has. Who was told
 * is named by role only (synthetic); the audit names the rule, as a recorded notification's does.
 */
export async function recordDemoNotifications(ctx: BackendContext): Promise<number> {
  const cutoff = ctx.now().getTime() - LEFT_TO_RECORD_DAYS * DAY_MS;
  const { items } = await buildDue(ctx, { show: 'notification' });
  const told = items.flatMap((i) =>
    i.deadlineAt !== null && i.deadlineAt < cutoff && i.ruleId !== null && i.role !== null && i.episodeIds[0]
      ? [{ childId: i.childId, episodeId: i.episodeIds[0], ruleId: i.ruleId, role: i.role, at: i.deadlineAt }]
      : [],
  );
  if (told.length === 0) return 0;
  return mutation(ctx, async (tx) => {
    const recordedAt = tx.now().toISOString();
    const rows = told.map((t) => ({
      id: newId(),
      child_id: t.childId,
      episode_id: t.episodeId,
      subject_id: null,
      rule_id: t.ruleId,
      role: t.role,
      told_who: `${t.role} (demo)`,
      told_at: new Date(t.at).toISOString(),
      recorded_at: recordedAt,
      recorded_by: tx.user(),
    }));
    await insertNotificationsMade(tx.db, rows);
    await auditMany(
      tx,
      rows.map((r) => ({
        action: 'create' as const,
        entity: 'notification',
        entityId: r.id,
        childId: r.child_id,
        detail: r.rule_id,
      })),
    );
    tx.changed('notifications_made');
    return rows.length;
  });
}
