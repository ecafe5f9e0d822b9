import type { ReturnInterviewInput } from '../../../shared/domain/returnInterview';
import { checkReturnInterview } from '../../../shared/domain/returnInterviewChecks';
import { toStoredInstant } from '../../../shared/time/london';
import { audit } from '../audit/audit';
import { getChild } from '../children/queries';
import { lockChild } from '../db/dialect';
import { DomainError, invalid, notFound } from '../errors';
import { getEpisode } from '../episodes/queries';
import type { Handlers } from '../handler';
import { newId } from '../ids';
import { mutation } from '../mutation';
import { exportReturnInterview } from './exportWord';
import { interviewView } from './view';
import { feedEpisode, insertInterview, listInterviewsForChild, toSummary, updateInterview } from './queries';

const norm = (iso: string | null): string | null => (iso ? toStoredInstant(iso) : null);

/** Instants arrive with any offset; stored as UTC so that text order is time order. */
const normalise = (r: ReturnInterviewInput): ReturnInterviewInput => ({
  ...r,
  heldAt: norm(r.heldAt),
  sentToPlacingAt: norm(r.sentToPlacingAt),
  receivedByPlacingAt: norm(r.receivedByPlacingAt),
  refusedAt: norm(r.refusedAt),
  attempts: r.attempts.map((a) => ({ ...a, at: toStoredInstant(a.at) })),
});

const stale = (revision: number | undefined) =>
  new DomainError(
    'conflict',
    `This return interview was saved from another window (now revision ${revision ?? 'unknown'}). Nothing was overwritten: reload it and make your change again.`,
  );

export const returnInterviewsHandlers: Handlers<
  | 'returnInterviews.get'
  | 'returnInterviews.listForChild'
  | 'returnInterviews.save'
  | 'returnInterviews.exportWord'
> = {
  'returnInterviews.get': ({ episodeId }, ctx) =>
    mutation(ctx, async (tx) => {
      const view = await interviewView(tx, episodeId);
      await audit(tx, 'view', 'return-interview', episodeId, view.childId);
      return view;
    }),

  'returnInterviews.listForChild': ({ childId }, ctx) =>
    mutation(ctx, async (tx) => {
      if (!(await getChild(tx.db, childId))) throw notFound('The child');
      const out = [];
      for (const stored of await listInterviewsForChild(tx.db, childId)) {
        const view = await interviewView(tx, stored.episodeId);
        if (view.record) out.push(toSummary(view.record));
      }
      await audit(tx, 'view', 'return-interviews', childId, childId);
      return out;
    }),

  'returnInterviews.save': ({ interview, baseRevision }, ctx) => {
    const r = normalise(interview);
    return mutation(ctx, async (tx) => {
      const episode = await getEpisode(tx.db, r.episodeId);
      if (!episode) throw notFound('The episode');
      await lockChild(tx, episode.childId);
      const before = await interviewView(tx, r.episodeId);
      const issues = checkReturnInterview(r, {
        episode,
        rules: before.rules,
        now: tx.now().toISOString(),
      });
      if (issues.length) throw invalid(issues);
      const at = tx.now().toISOString();
      const existing = before.record;
      if (existing && baseRevision === null) throw stale(existing.revision);
      if (!existing && baseRevision !== null) throw notFound('The return interview');
      const id = existing?.id ?? newId();
      if (existing) {
        const wrote = await updateInterview(tx.db, { id, baseRevision: baseRevision!, at, by: tx.user() }, r);
        if (!wrote) throw stale(existing.revision);
      } else {
        await insertInterview(tx.db, { id, childId: episode.childId, at, by: tx.user() }, r);
      }
      const { factorsAdded } = await feedEpisode(tx.db, r, at);
      tx.changed('return_interviews');
      tx.changed('episodes');
      // Field names and counts only: never what the child said.
      await audit(
        tx,
        existing ? 'update' : 'create',
        'return-interview',
        id,
        episode.childId,
        `episode ${episode.id}; factors added to the episode: ${factorsAdded}`,
      );
      return interviewView(tx, r.episodeId);
    });
  },

  'returnInterviews.exportWord': ({ episodeId }, ctx) => exportReturnInterview(ctx, episodeId),
};
