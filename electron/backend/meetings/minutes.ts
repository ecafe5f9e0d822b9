import type { DecisionsSaved, MinutesSaved } from '../../../shared/api/meetings';
import type { ItemDecision } from '../../../shared/domain/meeting';
import type { BackendContext } from '../context';
import { DomainError, notFound } from '../errors';
import { mutation } from '../mutation';
import { auditMeeting, requireEditable, requireMeetingStatus } from './guard';
import { getItemRow, markMinutesAudited, replaceDecisions, saveMinutesIfCurrent } from './items';

/**
 * Autosave batches keystrokes every ~300 ms, so one audit row per save would bury the trail. The trail gets a row
 * for an item's minutes the first time a user saves them and again after this long (who and roughly when, as the
 * audit needs; the text itself is the minutes, never the audit).
 */
export const MINUTES_AUDIT_WINDOW_MS = 10 * 60_000;

/**
 * Saves one item's minutes. The fast path is a single UPDATE in a transaction (synchronous=FULL makes it durable
 * when it returns); only when nothing was written does it look further, to say why: locked, gone, or stale. On
 * PostgreSQL the meeting's row is held shared first, so an approval waits for saves in flight (and they for it).
 */
export async function saveItemMinutes(
  ctx: BackendContext,
  p: { meetingId: string; itemId: string; minutes: string; baseRevision: number },
): Promise<MinutesSaved> {
  return mutation(ctx, async (tx) => {
    const at = tx.now().toISOString();
    if (tx.engine === 'postgres') await requireMeetingStatus(tx, p.meetingId, 'share');
    const saved = await saveMinutesIfCurrent(tx.db, { ...p, at });
    if (!saved) {
      await requireEditable(tx, p.meetingId, 'share');
      const item = await getItemRow(tx.db, p.meetingId, p.itemId);
      if (!item) throw notFound('The agenda item');
      throw new DomainError(
        'conflict',
        `These minutes were saved from another window (now revision ${item.revision}; yours was based on ` +
          `revision ${p.baseRevision}). Nothing was overwritten: reload the item, then add your text again.`,
        [{ field: 'baseRevision', message: 'is out of date' }],
      );
    }
    const user = tx.user();
    const due =
      saved.audited_by !== user ||
      saved.audited_at === null ||
      Date.parse(at) - Date.parse(saved.audited_at) >= MINUTES_AUDIT_WINDOW_MS;
    if (due) {
      await auditMeeting(tx, 'update', p.meetingId, `minutes:${saved.key}`);
      await markMinutesAudited(tx.db, p.itemId, at, user);
    }
    tx.changed('meeting_items');
    return { savedAt: at, revision: saved.revision };
  });
}

export async function saveItemDecisions(
  ctx: BackendContext,
  p: { meetingId: string; itemId: string; decisions: ItemDecision[] },
): Promise<DecisionsSaved> {
  return mutation(ctx, async (tx) => {
    await requireEditable(tx, p.meetingId);
    const item = await getItemRow(tx.db, p.meetingId, p.itemId);
    if (!item) throw notFound('The agenda item');
    await replaceDecisions(tx.db, p.itemId, p.decisions);
    await auditMeeting(tx, 'update', p.meetingId, `decisions:${item.key}`);
    tx.changed('meeting_item_decisions');
    return {
      decisions: p.decisions.map((d) => d.decision),
      decisionRationales: p.decisions.map((d) => d.rationale),
    };
  });
}
