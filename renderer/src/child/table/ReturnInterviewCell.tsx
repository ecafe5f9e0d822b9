import { Box, Chip } from '@mui/material';
import { RETURN_INTERVIEW_OUTCOME_LABELS } from '../../../../shared/domain/episode';
import { formatUkDate, formatUkDateTime } from '../../../../shared/time/london';
import type { ReturnInterviewStatus } from '../episodeView';

const secondary = { display: 'block', color: 'text.secondary', fontSize: '0.8rem' } as const;
const clamp = {
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
} as const;

/** Where the return interview stands: held (and whether within the profile's hours), declined, or still due / overdue. */
export function ReturnInterviewCell({ status }: { status: ReturnInterviewStatus }) {
  switch (status.kind) {
    case 'not-returned':
      return (
        <Box component="span" sx={{ color: 'text.secondary' }}>
          After return
        </Box>
      );
    case 'checking':
      return (
        <Box component="span" sx={{ color: 'text.secondary' }}>
          Checking…
        </Box>
      );
    case 'held':
      return (
        <Box component="span">
          Held {formatUkDate(status.heldAt)}
          <Box component="span" sx={secondary}>
            Within {status.hours} h:{' '}
            <Box component="strong" sx={{ color: status.inTime ? 'success.main' : 'error.main' }}>
              {status.inTime ? 'yes' : 'no'}
            </Box>
          </Box>
        </Box>
      );
    case 'closed':
      return (
        <Box component="span">
          {RETURN_INTERVIEW_OUTCOME_LABELS[status.outcome]}
          {status.reason && (
            // Two lines at most keeps the table scannable; the whole reason is on hover and in the dialog.
            <Box component="span" title={status.reason} sx={{ ...secondary, ...clamp }}>
              {status.reason}
            </Box>
          )}
        </Box>
      );
    case 'due':
    case 'overdue':
      return (
        <Box component="span">
          {(status.accepted || status.notOffered) && (
            <Box component="span" sx={{ display: 'block' }}>
              {status.accepted ? 'Accepted, not yet held' : 'Not offered yet'}
            </Box>
          )}
          <Chip
            size="small"
            color={status.kind === 'overdue' ? 'error' : 'warning'}
            variant={status.kind === 'overdue' ? 'filled' : 'outlined'}
            label={status.kind === 'overdue' ? 'Overdue' : 'Due'}
          />
          <Box component="span" sx={secondary}>
            by {formatUkDateTime(status.dueBy)}
          </Box>
        </Box>
      );
  }
}
