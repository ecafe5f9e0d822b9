import {
  Box,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { MeetingItem } from '../../../../shared/domain/meeting';
import { ActionStatusSelect } from './ActionStatusSelect';
import { DueDate } from './DueDate';
import { ActionAgreedAt, ActionOwner } from '../ActionCells';

/**
 * The review of previous actions (ST 13.16): the actions open when this meeting was made, as they stand now, each
 * with its status to update as the meeting hears what was done.
 */
export function ReviewedActions({ item }: { item: MeetingItem }) {
  if (item.reviewedActions.length === 0) {
    return (
      <Typography sx={{ mt: 1.5 }} color="text.secondary">
        No actions were open from earlier meetings when this meeting was arranged.
      </Typography>
    );
  }
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        Actions from earlier meetings ({item.reviewedActions.length})
      </Typography>
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" aria-label="Actions from earlier meetings">
          <TableHead>
            <TableRow>
              <TableCell>What</TableCell>
              <TableCell sx={{ width: '20%' }}>Owner</TableCell>
              <TableCell sx={{ width: 150 }}>Due</TableCell>
              <TableCell sx={{ width: 170 }}>Agreed at</TableCell>
              <TableCell sx={{ width: 130 }}>Status</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {item.reviewedActions.map((a) => (
              <TableRow key={a.id} sx={{ '& td': { verticalAlign: 'top' } }}>
                <TableCell>{a.what}</TableCell>
                <TableCell>
                  <ActionOwner action={a} />
                </TableCell>
                <TableCell>
                  <DueDate action={a} />
                </TableCell>
                <TableCell>
                  <ActionAgreedAt action={a} />
                </TableCell>
                <TableCell>
                  <ActionStatusSelect action={a} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
