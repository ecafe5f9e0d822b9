import type { MinutesSaved } from '../../../shared/api/meetings';
import type { BackendContext } from '../context';
import { DomainError, notFound } from '../errors';
import { auditMeeting, requireEditable } from './guard';
import { getItemRow, markMinutesAudited, replaceDecisions, saveMinutesIfCurrent } from './items';

/**
 * Autosave batches keystrokes every ~300 ms, so one audit row per save would bury the trail. The trail gets a row
 * for an item's minutes the first time a user saves them and again after this long (who and roughly when, as the
 * audit needs; the text itself is the minutes, never the audit).
 */
export const MINUTES_AUDIT_WINDOW_MS = 10 * 60_000;

/**
 * Saves one item's minutes. The fast path is a single UPDATE in a transaction (synchronous=FULL makes it durable
 * when it returns); only when nothing was written does it look further, to say why: locked, gone, or stale.
 */
export function saveItemMinutes(
  ctx: BackendContext,
  p: { meetingId: string; itemId: string; minutes: string; baseRevision: number },
): MinutesSaved {
  return ctx.db.transaction(() => {
    const at = ctx.now().toISOString();
    const saved = saveMinutesIfCurrent(ctx.db, { ...p, at });
    if (!saved) {
      requireEditable(ctx, p.meetingId);
      const item = getItemRow(ctx.db, p.meetingId, p.itemId);
      if (!item) throw notFound('The agenda item');
      throw new DomainError(
        'conflict',
        `These minutes were saved from another window (now revision ${item.revision}; yours was based on ` +
          `revision ${p.baseRevision}). Nothing was overwritten: reload the item, then add your text again.`,
        [{ field: 'baseRevision', message: 'is out of date' }],
      );
    }
    const user = ctx.user();
    const due =
      saved.audited_by !== user ||
      saved.audited_at === null ||
      Date.parse(at) - Date.parse(saved.audited_at) >= MINUTES_AUDIT_WINDOW_MS;
    if (due) {
      auditMeeting(ctx, 'update', p.meetingId, `minutes:${saved.key}`);
      markMinutesAudited(ctx.db, p.itemId, at, user);
    }
    return { savedAt: at, revision: saved.revision };
  })();
}

export function saveItemDecisions(
  ctx: BackendContext,
  p: { meetingId: string; itemId: string; decisions: string[] },
): string[] {
  return ctx.db.transaction(() => {
    requireEditable(ctx, p.meetingId);
    const item = getItemRow(ctx.db, p.meetingId, p.itemId);
    if (!item) throw notFound('The agenda item');
    replaceDecisions(ctx.db, p.itemId, p.decisions);
    auditMeeting(ctx, 'update', p.meetingId, `decisions:${item.key}`);
    return p.decisions;
  })();
}
