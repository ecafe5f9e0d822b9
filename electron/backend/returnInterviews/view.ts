import type { ReturnInterviewView } from '../../../shared/api/returnInterviews';
import { returnInterviewHeldInTime } from '../../../shared/protocol/returnInterviewRule';
import { getChild } from '../children/queries';
import type { BackendContext } from '../context';
import { notFound } from '../errors';
import { getEpisode } from '../episodes/queries';
import { profileResolver } from '../protocol/profiles';
import { getInterviewForEpisode } from './queries';

/** The episode, its child, the child's rule and the record: everything the form and the export show. */
export async function interviewView(ctx: BackendContext, episodeId: string): Promise<ReturnInterviewView> {
  const episode = await getEpisode(ctx.db, episodeId);
  if (!episode) throw notFound('The episode');
  const child = await getChild(ctx.db, episode.childId);
  if (!child) throw notFound('The child');
  const { profile } = (await profileResolver(ctx))(child);
  const rules = profile.returnInterview;
  const stored = await getInterviewForEpisode(ctx.db, episodeId);
  const returned = episode.foundAt ? Date.parse(episode.foundAt) : null;
  const placed =
    child.hostAuthority &&
    child.hostAuthority.trim().toLowerCase() !== child.placingAuthority.trim().toLowerCase()
      ? { placingAuthority: child.placingAuthority, hostAuthority: child.hostAuthority }
      : null;
  return {
    childId: child.id,
    episode: {
      id: episode.id,
      reportedAt: episode.reportedAt,
      foundAt: episode.foundAt,
      policeReference: episode.policeReference,
    },
    record: stored && {
      ...stored,
      dueWithinHours: rules.dueWithinHours,
      heldInTime:
        stored.heldAt && returned !== null
          ? returnInterviewHeldInTime(rules, returned, Date.parse(stored.heldAt))
          : null,
    },
    rules: {
      name: rules.name,
      shortName: rules.shortName,
      dueWithinHours: rules.dueWithinHours,
      engagementAttempts: rules.engagementAttempts,
      source: rules.source,
    },
    placed,
    refusalEscalation: profile.escalations.refusedReturnInterview && {
      role: profile.escalations.refusedReturnInterview.role,
      source: profile.escalations.refusedReturnInterview.source,
      quote: profile.escalations.refusedReturnInterview.quote,
    },
  };
}
