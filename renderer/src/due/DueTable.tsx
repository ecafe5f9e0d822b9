import {
  Box,
  Chip,
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
import type { ReactNode } from 'react';
import type { DueItem } from '../../../shared/protocol';
import { href, navigate } from '../app/router';

const KIND_LABELS: Record<string, string> = {
  meeting: 'Meeting',
  notification: 'Notify',
  'return-interview': 'Return interview',
  'return-step': 'After return',
  'philomena-review': 'Philomena',
  'risk-plan-action': 'Risk plan action',
  prompt: 'Protocol prompt',
  escalation: 'Escalate',
};

/** One row per requirement; the whole row opens the child, and the child's name is a real link for keyboards. */
export function DueTable({ items, actions }: { items: DueItem[]; actions?: (item: DueItem) => ReactNode }) {
  if (items.length === 0) return null;
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label="Due">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 130 }}>When</TableCell>
            <TableCell>What is due</TableCell>
            <TableCell sx={{ width: 210 }}>Child</TableCell>
            <TableCell sx={{ width: 260 }}>Chair or who</TableCell>
            {actions && <TableCell sx={{ width: 150 }}>Action</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <TableRow
              key={item.key}
              hover
              data-testid="due-row"
              data-kind={item.kind}
              sx={{ cursor: 'pointer', '& td': { verticalAlign: 'top' } }}
              onClick={() => navigate({ name: 'child', id: item.childId })}
            >
              <TableCell>
                <Chip
                  size="small"
                  color={item.overdue ? 'error' : item.deadlineAt === null ? 'default' : 'warning'}
                  variant={item.overdue ? 'filled' : 'outlined'}
                  label={item.overdue ? 'Overdue' : item.deadlineAt === null ? 'No deadline' : 'Due'}
                />
                <Typography variant="caption" color="text.secondary" sx={{ mt: 0.5, display: 'block' }}>
                  {KIND_LABELS[item.kind] ?? item.kind}
                </Typography>
              </TableCell>
              <TableCell>
                <Typography sx={{ fontWeight: 600 }}>{item.text}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {item.reason}
                  {/* A notification names its section: the chair can check what the protocol says (issue 16). */}
                  {(item.kind === 'notification' || item.kind === 'escalation') && item.source
                    ? ` (${item.source})`
                    : ''}
                </Typography>
              </TableCell>
              <TableCell>
                <Link
                  href={href({ name: 'child', id: item.childId })}
                  underline="hover"
                  onClick={(e) => e.stopPropagation()}
                  sx={{ fontWeight: 600 }}
                >
                  {item.childName}
                </Link>
              </TableCell>
              <TableCell>
                <Typography variant="body2">{item.chair ?? item.role ?? '—'}</Typography>
              </TableCell>
              {actions && (
                <TableCell onClick={(e) => e.stopPropagation()}>
                  <Box>{actions(item)}</Box>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
