import { Box, Typography } from '@mui/material';
import { POLICE_RISK_LABELS, type Episode } from '../../../shared/domain/episode';
import { formatDuration, formatLongDateTime } from '../../../shared/time/london';
import { currentRisk } from './episodeView';

/** The one thing a chair must not miss: the child is missing as the meeting sits, and for how long. */
export function MissingNowBanner({ episode, now }: { episode: Episode; now: string }) {
  const since = new Date(now).getTime() - new Date(episode.reportedAt).getTime();
  const risk = currentRisk(episode);
  return (
    <Box
      role="status"
      data-testid="missing-now"
      sx={{
        bgcolor: 'error.main',
        color: 'error.contrastText',
        borderRadius: 1,
        px: 2.5,
        py: 1.5,
        minWidth: 260,
      }}
    >
      <Typography sx={{ fontWeight: 700, fontSize: '1.45rem', lineHeight: 1.2 }}>
        Missing now for {formatDuration(since)}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        Since {formatLongDateTime(episode.reportedAt)}
        {risk && ` · Police risk: ${POLICE_RISK_LABELS[risk]}`}
      </Typography>
    </Box>
  );
}
