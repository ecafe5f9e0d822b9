import type { EpisodeInput } from '../../../shared/domain/episode';
import { checkEpisode } from '../../../shared/domain/episodeChecks';
import { toStoredInstant } from '../../../shared/time/london';
import { audit } from '../audit/audit';
import type { BackendContext } from '../context';
import { invalid, notFound } from '../errors';
import { newId } from '../ids';
import { mutation } from '../mutation';
import { claimRevision } from '../revision';
import { getChild } from '../children/queries';
import { lockChild } from '../db/dialect';
import { gradingWarnings } from '../../../shared/protocol';
import { profileResolver } from '../protocol/profiles';
import { recordGradingChange } from './gradings';
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

/** The fields an update changed, by name (never values: the audit holds no personal data). */
const changedFields = (before: EpisodeInput, after: EpisodeInput): string =>
  (Object.keys(after) as Array<keyof EpisodeInput>)
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .join(',');

/**
 * Creates (target null) or updates an episode after the checks on save; an update must be based on the episode's
 * current revision. The write and its audit row share one transaction; a rejected save throws before anything is
 * written, so nothing saved is changed.
 */
export async function saveEpisode(
  ctx: BackendContext,
  target: { id: string; baseRevision: number } | null,
  raw: EpisodeInput,
) {
  const id = target?.id ?? null;
  const e = normaliseEpisode(raw);
  const resolve = await profileResolver(ctx);
  return mutation(ctx, async (tx) => {
    await lockChild(tx, e.childId);
    const child = await getChild(tx.db, e.childId);
    if (!child) throw notFound('The child');
    let detail: string | null = null;
    if (target) {
      const existing = await getEpisode(tx.db, target.id);
      if (!existing) throw notFound('The episode');
      if (existing.childId !== e.childId) throw notFound('The episode for this child');
      await claimRevision(tx, 'episodes', target.id, target.baseRevision);
      detail = changedFields(existing, e) || null;
    }
    const otherEpisodes = (await listEpisodeSpans(tx.db, e.childId)).filter((o) => o.id !== id);
    const issues = checkEpisode(e, {
      dateOfBirth: child.dateOfBirth,
      otherEpisodes,
      now: tx.now().toISOString(),
    });
    if (issues.length) throw invalid(issues);
    const at = tx.now().toISOString();
    const episodeId = id ?? newId();
    if (id) {
      await updateEpisode(tx.db, id, e, at);
      await recordGradingChange(tx.db, id, e, at, ctx.user());
    } else await insertEpisode(tx.db, episodeId, e, at, ctx.user());
    tx.changed('episodes');
    await audit(tx, id ? 'update' : 'create', 'episode', episodeId, e.childId, detail);
    const saved = (await getEpisode(tx.db, episodeId))!;
    // Not a refusal: Homeward records what the police graded; the warning names the rule and its section.
    const { profile } = resolve(child);
    return { ...saved, warnings: gradingWarnings(profile, e, child.dateOfBirth) };
  });
}
