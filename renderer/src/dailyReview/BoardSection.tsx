import {
  Box,
  Chip,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';

export interface BoardColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
  width?: number | string;
}

interface Props<T> {
  title: string;
  /** The protocol's reason for the list, e.g. "W-KC". */
  source: string;
  rows: readonly T[];
  columns: ReadonlyArray<BoardColumn<T>>;
  rowKey: (row: T) => string;
  /** What an empty list says: "nobody" is good news and reads as such. */
  empty: string;
  /** Red count when the list is not empty (missing now, overdue); amber otherwise. */
  urgent?: boolean;
}

/** One list of the Daily Review board: a compact table with the count in the heading. */
export function BoardSection<T>({ title, source, rows, columns, rowKey, empty, urgent }: Props<T>) {
  const id = `board-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: 1.5 }} data-testid="board-section">
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="h3" component="h2" id={id}>
          {title}
        </Typography>
        <Chip
          size="small"
          label={rows.length}
          color={rows.length === 0 ? 'default' : urgent ? 'error' : 'warning'}
          variant={rows.length === 0 ? 'outlined' : 'filled'}
          aria-label={`${rows.length} ${rows.length === 1 ? 'entry' : 'entries'}`}
        />
        <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>
          {source}
        </Typography>
      </Stack>
      {rows.length === 0 ? (
        <Typography color="text.secondary" sx={{ px: 1, pb: 0.5 }}>
          {empty}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table
            size="small"
            aria-label={title}
            sx={{ '& td, & th': { px: 1, py: 0.5, verticalAlign: 'top' } }}
          >
            <TableHead>
              <TableRow>
                {columns.map((c) => (
                  <TableCell key={c.header} sx={c.width === undefined ? {} : { width: c.width }}>
                    {c.header}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={rowKey(row)}>
                  {columns.map((c) => (
                    <TableCell key={c.header}>{c.cell(row)}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Paper>
  );
}
