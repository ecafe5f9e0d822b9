import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';

export interface FigureColumn {
  header: string;
  /** Numbers are right-aligned so that units line up down the column. */
  numeric?: boolean;
}

interface Props {
  label: string;
  columns: readonly FigureColumn[];
  rows: ReadonlyArray<{ key: string; cells: readonly ReactNode[]; total?: boolean }>;
}

/** The numbers behind a chart, or a figure with no chart: a small table that a screen reader reads cell by cell. */
export function FigureTable({ label, columns, rows }: Props) {
  return (
    <TableContainer>
      <Table size="small" aria-label={label} sx={{ '& td, & th': { px: 1, py: 0.5 } }}>
        <TableHead>
          <TableRow>
            {columns.map((c) => (
              <TableCell key={c.header} align={c.numeric ? 'right' : 'left'}>
                {c.header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key} sx={r.total ? { '& td': { fontWeight: 700 } } : {}}>
              {r.cells.map((cell, i) => (
                <TableCell key={columns[i]?.header ?? i} align={columns[i]?.numeric ? 'right' : 'left'}>
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
