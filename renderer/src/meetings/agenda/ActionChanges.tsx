import { Box, TableCell, TableRow } from '@mui/material';
import { describeActionChange } from '../../../../shared/meetings/actionChanges';
import { useMeeting } from '../meetingContext';

/**
 * What became of an action since it was agreed: each change with who, when and why, oldest first. A row of its own
 * under the action, across every column, so at 1024 px the sentence is not squeezed into the "What" column.
 */
export function ActionChanges({ actionId, columns }: { actionId: string; columns: number }) {
  const { record } = useMeeting();
  const changes = record.actionChanges.filter((c) => c.actionId === actionId);
  if (changes.length === 0) return null;
  return (
    <TableRow data-testid="action-changes" data-action-id={actionId}>
      <TableCell colSpan={columns} sx={{ pt: 0 }}>
        <Box
          component="ul"
          aria-label="Changes since it was agreed"
          sx={{ m: 0, pl: 2.5, color: 'text.secondary', fontSize: '0.9rem' }}
        >
          {changes.map((c, i) => (
            <li key={i} data-testid="action-change">
              {describeActionChange(c)}
            </li>
          ))}
        </Box>
      </TableCell>
    </TableRow>
  );
}
