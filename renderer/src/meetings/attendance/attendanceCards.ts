import type { SxProps, Theme } from '@mui/material/styles';
import { visuallyHidden } from '../../components/VisuallyHidden';

/**
 * The attendance table is a form: at 200% zoom (640 px) its five columns were wider than the window, so each
 * attendance choice lay off to the right behind a sideways scroll. Below 900 px each person becomes a small card
 * instead: the role (with its Chair / Minute-taker chips) on top, then name and agency, then attendance and Remove;
 * below 600 px one field a line. The header row stays for screen readers (the fields carry their own labels too),
 * and AttendanceTab and AttendeeRow give the table roles outright, as the Due table does, so the table keeps its
 * semantics when its parts are not laid out as a table. A conflict notice (one cell across the row) spans the card.
 */
export const attendanceCards: SxProps<Theme> = (theme) => ({
  '& .MuiTableCell-root': { py: 1 },
  [theme.breakpoints.down('md')]: {
    display: 'block',
    '& thead': { ...visuallyHidden, display: 'block' },
    '& tbody': { display: 'block' },
    '& tbody tr': {
      display: 'grid',
      gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
      gridTemplateAreas: '"role role" "name agency" "status remove"',
      columnGap: 1,
      py: 1,
      borderBottom: `1px solid ${theme.palette.divider}`,
    },
    '& tbody td': { display: 'block', border: 0, px: 1.5, minWidth: 0, width: 'auto', textAlign: 'left' },
    '& tbody td:nth-of-type(1)': { gridArea: 'name' },
    '& tbody td:nth-of-type(2)': { gridArea: 'role', fontWeight: 600 },
    '& tbody td:nth-of-type(3)': { gridArea: 'agency' },
    '& tbody td:nth-of-type(4)': { gridArea: 'status' },
    '& tbody td:nth-of-type(5)': { gridArea: 'remove', alignSelf: 'center' },
    '& tbody td[colspan]': { gridColumn: '1 / -1' },
  },
  [theme.breakpoints.down('sm')]: {
    '& tbody tr': {
      gridTemplateColumns: 'minmax(0, 1fr)',
      gridTemplateAreas: '"role" "name" "agency" "status" "remove"',
    },
  },
});
