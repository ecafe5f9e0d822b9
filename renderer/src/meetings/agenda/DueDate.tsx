import { Box, Chip } from '@mui/material';
import type { MeetingAction } from '../../../../shared/domain/meeting';
import { formatUkDate } from '../meetingText';

/** An action's due date, flagged when it is open and past. */
export function DueDate({ action }: { action: Pick<MeetingAction, 'dueOn' | 'overdue'> }) {
  if (!action.dueOn)
    return (
      <Box component="span" sx={{ color: 'text.secondary' }}>
        No date
      </Box>
    );
  return (
    <Box component="span">
      {formatUkDate(action.dueOn)}
      {/* Under the date rather than beside it, so narrow "Due" columns stay narrow. */}
      {action.overdue && (
        <Box component="span" sx={{ display: 'block' }}>
          <Chip size="small" color="error" label="Overdue" />
        </Box>
      )}
    </Box>
  );
}
