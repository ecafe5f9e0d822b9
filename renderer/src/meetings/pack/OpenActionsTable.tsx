import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { MeetingAction } from '../../../../shared/domain/meeting';
import { DueDate } from '../agenda/DueDate';
import { ActionAgreedAt, ActionOwner } from '../ActionCells';

/** Actions still open from earlier meetings about the child: the review of previous actions starts here. */
export function OpenActionsTable({ actions }: { actions: MeetingAction[] }) {
  if (actions.length === 0) return <Typography color="text.secondary">None open.</Typography>;
  return (
    <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" aria-label="Open actions from earlier meetings">
        <TableHead>
          <TableRow>
            <TableCell>What</TableCell>
            <TableCell>Owner</TableCell>
            <TableCell>Due</TableCell>
            <TableCell>Agreed at</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {actions.map((a) => (
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
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
