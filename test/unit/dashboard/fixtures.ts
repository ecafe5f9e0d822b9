import type { ApiInput } from '../../../shared/api';
import type { ChildInput } from '../../../shared/domain/child';
import type { Backend } from '../../../electron/backend/backend';
import { must, sampleChild } from '../support/backend';

let caseNumber = 0;

/** A synthetic child; every test child is obviously fictional. */
export const addChild = (b: Backend, over: Partial<ChildInput> = {}) =>
  must(b, 'children.create', sampleChild({ caseReference: `DASH-${++caseNumber}`, ...over }));

type EpisodeOver = Partial<Omit<ApiInput<'episodes.create'>, 'returnInterview'>> & {
  returnInterview?: ApiInput<'episodes.create'>['returnInterview'];
};

/** A missing episode reported and found at the given instants; everything else as `over` says. */
export const addEpisode = (
  b: Backend,
  childId: string,
  reportedAt: string,
  foundAt: string | null,
  over: EpisodeOver = {},
) => must(b, 'episodes.create', { childId, category: 'missing', reportedAt, foundAt, ...over });

/** A return interview held (so accepted) at an instant. */
export const held = (heldAt: string) => ({ outcome: 'accepted' as const, offeredAt: heldAt, heldAt });
