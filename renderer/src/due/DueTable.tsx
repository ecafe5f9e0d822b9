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
import type { SxProps, Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import type { DueItem } from '../../../shared/protocol';
import { href, navigate } from '../app/router';
import { visuallyHidden } from '../components/VisuallyHidden';

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

/**
 * Below 900 px (a laptop at 200% zoom, a phone) the five fixed-width columns left "What is due" 140 px wide: every
 * row stood 700 px tall, the list of a caseload ran to 180,000 px and the action button was cut off at the right.
 * There each row lays its cells out as a small card instead (when and child, then what is due across the width, then
 * who and the action), and the header row stays for screen readers only. The roles are given outright because a
 * table whose parts are no longer laid out as a table may otherwise lose its table semantics.
 */
const narrowCards: SxProps<Theme> = (theme) => ({
  [theme.breakpoints.down('md')]: {
    display: 'block',
    '& thead': { ...visuallyHidden, display: 'block' },
    '& tbody': { display: 'block' },
    '& tbody tr': {
      display: 'grid',
      gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
      gridTemplateAreas: '"when child" "what what" "who action"',
      columnGap: 1,
      py: 1,
      borderBottom: `1px solid ${theme.palette.divider}`,
    },
    '& tbody td': { display: 'block', border: 0, py: 0.5, px: 1.5, width: 'auto' },
    // The kind beside the chip rather than under it: a line less per card.
    '& tbody td:nth-of-type(1)': {
      gridArea: 'when',
      '& .MuiTypography-caption': { display: 'inline', ml: 1 },
    },
    '& tbody td:nth-of-type(2)': { gridArea: 'what' },
    '& tbody td:nth-of-type(3)': { gridArea: 'child' },
    '& tbody td:nth-of-type(4)': { gridArea: 'who' },
    '& tbody td:nth-of-type(5)': { gridArea: 'action' },
  },
});

/** One row per requirement; the whole row opens the child, and the child's name is a real link for keyboards. */
export function DueTable({ items, actions }: { items: DueItem[]; actions?: (item: DueItem) => ReactNode }) {
  if (items.length === 0) return null;
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label="Due" role="table" sx={narrowCards}>
        <TableHead role="rowgroup">
          <TableRow role="row">
            <TableCell role="columnheader" sx={{ width: 130 }}>
              When
            </TableCell>
            <TableCell role="columnheader">What is due</TableCell>
            <TableCell role="columnheader" sx={{ width: 210 }}>
              Child
            </TableCell>
            <TableCell role="columnheader" sx={{ width: 260 }}>
              Chair or who
            </TableCell>
            {actions && (
              <TableCell role="columnheader" sx={{ width: 150 }}>
                Action
              </TableCell>
            )}
          </TableRow>
        </TableHead>
        <TableBody role="rowgroup">
          {items.map((item) => (
            <TableRow
              key={item.key}
              role="row"
              hover
              data-testid="due-row"
              data-kind={item.kind}
              sx={{ cursor: 'pointer', '& td': { verticalAlign: 'top' } }}
              onClick={() => navigate({ name: 'child', id: item.childId })}
            >
              <TableCell role="cell">
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
              <TableCell role="cell">
                <Typography sx={{ fontWeight: 600 }}>{item.text}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {item.reason}
                  {/* A notification names its section: the chair can check what the protocol says (issue 16). */}
                  {(item.kind === 'notification' || item.kind === 'escalation') && item.source
                    ? ` (${item.source})`
                    : ''}
                </Typography>
              </TableCell>
              <TableCell role="cell">
                <Link
                  href={href({ name: 'child', id: item.childId })}
                  underline="hover"
                  onClick={(e) => e.stopPropagation()}
                  sx={{ fontWeight: 600 }}
                >
                  {item.childName}
                </Link>
              </TableCell>
              <TableCell role="cell">
                <Typography variant="body2">{item.chair ?? item.role ?? '—'}</Typography>
              </TableCell>
              {actions && (
                <TableCell role="cell" onClick={(e) => e.stopPropagation()}>
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
