import { Box, Paper, Typography } from '@mui/material';
import type { MeetingItem } from '../../../../shared/domain/meeting';
import { formatLongDateTime } from '../meetingText';

/** The corrections to approved minutes, oldest first: who, when, why, and the corrected text. */
export function Amendments({ item }: { item: MeetingItem }) {
  if (item.amendments.length === 0) return null;
  return (
    <Box component="section" aria-label="Amendments" sx={{ mt: 2 }}>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        Amendments ({item.amendments.length})
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        The latest amendment is what the exported minutes print, after the approved text.
      </Typography>
      {item.amendments.map((a, i) => (
        <Paper
          key={a.id}
          sx={{ p: 1.5, mb: 1, borderLeft: 4, borderLeftColor: 'warning.main' }}
          data-testid="amendment"
        >
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            Amendment {i + 1}: {formatLongDateTime(a.amendedAt)} by {a.amendedBy}
          </Typography>
          <Typography variant="body2" sx={{ mb: 0.75 }}>
            Reason: {a.reason}
          </Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap', lineHeight: 1.6 }}>{a.minutes}</Typography>
        </Paper>
      ))}
    </Box>
  );
}
