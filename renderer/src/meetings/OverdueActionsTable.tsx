import {
  Box,
  Link,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { MeetingAction } from '../../../shared/domain/meeting';
import { useQuery } from '../api/useQuery';
import { href } from '../app/router';
import { DueDate } from './agenda/DueDate';
import { ActionAgreedAt, ActionOwner } from './ActionCells';

/** The overdue actions with their child and meeting; the children's names are read only when there are some. */
export function OverdueActionsTable({ actions }: { actions: MeetingAction[] }) {
  const children = useQuery('children.list', {});
  const names = new Map((children.data ?? []).map((c) => [c.id, `${c.givenName} ${c.familyName}`]));
  return (
    <Paper
      component="section"
      aria-labelledby="overdue-actions-title"
      sx={{ mb: 2, borderLeft: 6, borderLeftColor: 'error.main' }}
    >
      <Box sx={{ px: 2, pt: 1.5, pb: 1 }}>
        <Typography variant="h2" component="h2" id="overdue-actions-title">
          Actions overdue ({actions.length})
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Agreed at meetings, still open, past their due date.
        </Typography>
      </Box>
      <TableContainer>
        {/* Not "… overdue": the Due screen's own table is found by the name "Due". */}
        <Table size="small" aria-label="Late actions">
          <TableHead>
            <TableRow>
              <TableCell>What</TableCell>
              <TableCell sx={{ width: 220 }}>Owner</TableCell>
              <TableCell sx={{ width: 190 }}>Due</TableCell>
              <TableCell sx={{ width: 210 }}>Child</TableCell>
              <TableCell sx={{ width: 220 }}>Meeting</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {actions.map((a) => (
              <TableRow key={a.id} data-testid="overdue-action" sx={{ '& td': { verticalAlign: 'top' } }}>
                <TableCell>{a.what}</TableCell>
                <TableCell>
                  <ActionOwner action={a} />
                </TableCell>
                <TableCell>
                  <DueDate action={a} />
                </TableCell>
                <TableCell>
                  {a.childId ? (
                    <Link
                      href={href({ name: 'child', id: a.childId })}
                      underline="hover"
                      sx={{ fontWeight: 600 }}
                    >
                      {names.get(a.childId) ?? 'The child'}
                    </Link>
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell>
                  <ActionAgreedAt action={a} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}
