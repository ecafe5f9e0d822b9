import { Box } from '@mui/material';
import { episodeDurationMs } from '../../../../shared/domain/chronology';
import { EPISODE_CATEGORY_LABELS, POLICE_RISK_LABELS, type Episode } from '../../../../shared/domain/episode';
import { formatDuration, formatUkDateTime } from '../../../../shared/time/london';
import { currentRisk } from '../episodeView';

/** What hovering a mark tells the chair: category, times, how long, and the police grading. */
export function MarkTooltip({ episode, now }: { episode: Episode; now: string }) {
  const risk = currentRisk(episode);
  const changed =
    episode.policeRiskAtReport &&
    episode.policeRiskLatest &&
    episode.policeRiskAtReport !== episode.policeRiskLatest;
  const duration = formatDuration(episodeDurationMs(episode, now));
  return (
    <Box sx={{ fontSize: '0.85rem', lineHeight: 1.45 }}>
      <Box sx={{ fontWeight: 700 }}>{EPISODE_CATEGORY_LABELS[episode.category]}</Box>
      <Box>
        {formatUkDateTime(episode.reportedAt)} to{' '}
        {episode.foundAt ? formatUkDateTime(episode.foundAt) : 'now (still missing)'}
      </Box>
      <Box>
        {episode.foundAt ? 'Lasted' : 'So far'} {duration}
      </Box>
      <Box>
        Police risk: {risk ? POLICE_RISK_LABELS[risk] : 'not graded'}
        {changed &&
          episode.policeRiskAtReport &&
          ` (${POLICE_RISK_LABELS[episode.policeRiskAtReport]} at report)`}
      </Box>
    </Box>
  );
}
