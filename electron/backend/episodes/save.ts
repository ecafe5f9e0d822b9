import type { EpisodeInput } from '../../../shared/domain/episode';
import { checkEpisode } from '../../../shared/domain/episodeChecks';
import { toStoredInstant } from '../../../shared/time/london';
import { audit } from '../audit/audit';
import type { BackendContext } from '../context';
import { invalid, notFound } from '../errors';
import { newId } from '../ids';
import { getChild } from '../children/queries';
import { getEpisode, insertEpisode, listEpisodeSpans, updateEpisode } from './queries';

const norm = (iso: string | null): string | null => (iso ? toStoredInstant(iso) : null);

/** Instants arrive with any offset; store them as UTC so that text order is time order. */
export function normaliseEpisode(e: EpisodeInput): EpisodeInput {
  return {
    ...e,
    reportedAt: toStoredInstant(e.reportedAt),
    lastSeenAt: norm(e.lastSeenAt),
    foundAt: norm(e.foundAt),
    returnInterview: {
      ...e.returnInterview,
      offeredAt: norm(e.returnInterview.offeredAt),
      heldAt: norm(e.returnInterview.heldAt),
    },
  };
}

/**
 * Creates (id null) or updates an episode after the checks on save. The write and its audit row share one
 * transaction; a rejected save throws before anything is written, so nothing saved is changed.
 */
export function saveEpisode(ctx: BackendContext, id: string | null, raw: EpisodeInput) {
  const e = normaliseEpisode(raw);
  return ctx.db.transaction(() => {
    const child = getChild(ctx.db, e.childId);
    if (!child) throw notFound('The child');
    if (id) {
      const existing = getEpisode(ctx.db, id);
      if (!existing) throw notFound('The episode');
      if (existing.childId !== e.childId) throw notFound('The episode for this child');
    }
    const otherEpisodes = listEpisodeSpans(ctx.db, e.childId).filter((o) => o.id !== id);
    const issues = checkEpisode(e, {
      dateOfBirth: child.dateOfBirth,
      otherEpisodes,
      now: ctx.now().toISOString(),
    });
    if (issues.length) throw invalid(issues);
    const at = ctx.now().toISOString();
    const episodeId = id ?? newId();
    if (id) updateEpisode(ctx.db, id, e, at);
    else insertEpisode(ctx.db, episodeId, e, at);
    audit(ctx, id ? 'update' : 'create', 'episode', episodeId, e.childId);
    return getEpisode(ctx.db, episodeId)!;
  })();
}
