import type { ReturnInterviewRules } from '../../../../shared/protocol/returnInterviewRule';
import { episodeDurationMs } from '../../../../shared/domain/chronology';
import {
  EPISODE_CATEGORIES,
  RETURN_METHODS,
  MISSING_FROM,
  type Episode,
} from '../../../../shared/domain/episode';
import { currentRisk, returnInterviewRank, returnInterviewStatus, riskRank } from '../episodeView';

export type SortKey =
  | 'reportedAt'
  | 'foundAt'
  | 'duration'
  | 'category'
  | 'risk'
  | 'missingFrom'
  | 'whereFound'
  | 'returnMethod'
  | 'returnInterview';

export interface SortState {
  key: SortKey;
  direction: 'asc' | 'desc';
}

/** Newest first: how a chronology is read in a meeting. */
export const DEFAULT_SORT: SortState = { key: 'reportedAt', direction: 'desc' };

const ms = (iso: string) => new Date(iso).getTime();
/** Position in a controlled list; unrecorded sorts first ascending. */
const indexIn = <T extends string>(list: readonly T[], value: T | null) =>
  value === null ? -1 : list.indexOf(value);

function sortValue(
  e: Episode,
  key: SortKey,
  now: string,
  rules: ReturnInterviewRules | null,
): number | string {
  switch (key) {
    case 'reportedAt':
      return ms(e.reportedAt);
    case 'foundAt':
      // Still missing is the latest end of all.
      return e.foundAt ? ms(e.foundAt) : Number.POSITIVE_INFINITY;
    case 'duration':
      return episodeDurationMs(e, now);
    case 'category':
      return EPISODE_CATEGORIES.indexOf(e.category);
    case 'risk':
      return riskRank(currentRisk(e));
    case 'missingFrom':
      return indexIn(MISSING_FROM, e.missingFrom);
    case 'whereFound':
      return (e.whereFound ?? '').toLocaleLowerCase();
    case 'returnMethod':
      return indexIn(RETURN_METHODS, e.returnMethod);
    case 'returnInterview':
      return returnInterviewRank(returnInterviewStatus(e, now, rules));
  }
}

const compare = (a: number | string, b: number | string): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));

/** A sorted copy; ties fall back to newest first so the order is stable and predictable. */
export function sortEpisodes(
  episodes: readonly Episode[],
  sort: SortState,
  now: string,
  rules: ReturnInterviewRules | null,
): Episode[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...episodes].sort(
    (a, b) =>
      sign * compare(sortValue(a, sort.key, now, rules), sortValue(b, sort.key, now, rules)) ||
      ms(b.reportedAt) - ms(a.reportedAt),
  );
}
