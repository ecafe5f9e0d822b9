import type { DocumentReturnInterview } from './documents';

/** The fields of a recorded episode the return interview's state depends on (shared/domain/episode Episode). */
export interface ReturnInterviewFacts {
  foundAt: string | null;
  returnInterview: {
    offeredAt: string | null;
    outcome: 'accepted' | 'declined' | 'not-engaged' | 'not-offered' | null;
    notOfferedReason: string | null;
    heldAt: string | null;
  };
}

const HOURS_72_MS = 72 * 3_600_000;
const ms = (iso: string) => new Date(iso).getTime();

/**
 * Where an episode's return interview stands as of `asOf`, by the same rule the child's chronology screen uses
 * (renderer/src/child/episodeView.ts returnInterviewStatus): held (and whether within 72 elapsed hours of the return),
 * closed with an outcome, or still due / overdue 72 hours after the return. A document must never say "Not yet
 * offered" of an interview the app shows as overdue.
 */
export function documentReturnInterview(e: ReturnInterviewFacts, asOf: string): DocumentReturnInterview {
  const ri = e.returnInterview;
  const base = {
    offeredAt: ri.offeredAt,
    heldAt: ri.heldAt,
    within72Hours: null,
    dueBy: null,
    accepted: ri.outcome === 'accepted',
    reason: ri.notOfferedReason,
  };
  if (!e.foundAt) return { ...base, state: 'not-returned' };
  if (ri.heldAt)
    return { ...base, state: 'held', within72Hours: ms(ri.heldAt) - ms(e.foundAt) <= HOURS_72_MS };
  if (ri.outcome && ri.outcome !== 'accepted') return { ...base, state: ri.outcome };
  const dueBy = new Date(ms(e.foundAt) + HOURS_72_MS).toISOString();
  return { ...base, state: ms(asOf) > ms(dueBy) ? 'overdue' : 'due', dueBy };
}
