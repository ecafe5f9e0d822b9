import { openEpisode } from '../../../../shared/domain/chronology';
import type { Episode } from '../../../../shared/domain/episode';
import { currentRisk } from '../episodeView';
import { monthYearLabel } from './timeScale';

/** What the chart says to a screen reader: "12 episodes from Jan 2025 to Nov 2026; …". */
export function chartSummary(episodes: readonly Episode[]): string {
  if (episodes.length === 0) return 'No episodes recorded';
  const times = episodes.map((e) => new Date(e.reportedAt).getTime());
  const first = Math.min(...times);
  const last = Math.max(...times);
  const noun = episodes.length === 1 ? 'episode' : 'episodes';
  const parts = [`${episodes.length} ${noun} from ${monthYearLabel(first)} to ${monthYearLabel(last)}`];
  const high = episodes.filter((e) => currentRisk(e) === 'high').length;
  if (high) parts.push(`${high} graded high risk`);
  if (openEpisode(episodes)) parts.push('missing now');
  return parts.join('; ');
}
