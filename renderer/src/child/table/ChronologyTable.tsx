import {
  Box,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TableSortLabel,
} from '@mui/material';
import { useState } from 'react';
import type { Episode } from '../../../../shared/domain/episode';
import { ChronologyRow, WIDE_ONLY } from './ChronologyRow';
import { ReturnInterviewRulesContext, useChildReturnInterviewRules } from '../returnInterviewRules';
import { DEFAULT_SORT, sortEpisodes, type SortKey, type SortState } from './sortEpisodes';

/** Dates, durations and risk read best biggest first; lists in their natural order (overdue interviews first). */
const FIRST_ASCENDING = new Set<SortKey>([
  'category',
  'missingFrom',
  'whereFound',
  'returnMethod',
  'returnInterview',
]);

// Pixel strings: in sx a bare 1 means 100%.
const hidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
} as const;

const COLUMNS: Array<{ label: string; key: SortKey | null; wideOnly?: boolean }> = [
  { label: 'Reported', key: 'reportedAt' },
  { label: 'Found', key: 'foundAt' },
  { label: 'Duration', key: 'duration' },
  { label: 'Category', key: 'category' },
  { label: 'Police risk', key: 'risk' },
  { label: 'Where from', key: 'missingFrom', wideOnly: true },
  { label: 'Where found', key: 'whereFound' },
  { label: 'How returned', key: 'returnMethod', wideOnly: true },
  { label: 'Return interview', key: 'returnInterview' },
  { label: 'Factors', key: null },
];

interface Props {
  /** Whose episodes: their protocol profile sets the return-interview hours. */
  childId: string;
  episodes: Episode[];
  now: string;
  selectedId: string | null;
  onEdit: (episode: Episode) => void;
}

/** Every episode, newest first, sortable by any column a chair may ask about. */
export function ChronologyTable({ childId, episodes, now, selectedId, onEdit }: Props) {
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  // The child's own protocol hours, as Due counts them; the rows read them from the context below.
  const rules = useChildReturnInterviewRules(childId, episodes);
  const rows = sortEpisodes(episodes, sort, now, rules);
  const sortBy = (key: SortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: FIRST_ASCENDING.has(key) ? 'asc' : 'desc' },
    );
  return (
    <ReturnInterviewRulesContext.Provider value={rules}>
      <TableContainer component={Paper}>
        <Table
          size="small"
          aria-label="Chronology"
          // Eleven columns must fit a 1400 px screen: tighter side padding than MUI's default.
          sx={{ '& .MuiTableCell-root': { px: 1 }, '& .MuiTableCell-root:first-of-type': { pl: 2 } }}
        >
          <TableHead>
            <TableRow>
              {COLUMNS.map((c) => (
                <TableCell
                  key={c.label}
                  sortDirection={c.key && sort.key === c.key ? sort.direction : false}
                  sx={{ lineHeight: 1.3, ...(c.wideOnly ? WIDE_ONLY : {}) }}
                >
                  {c.key ? (
                    <TableSortLabel
                      // An inactive arrow still takes room; hidden, the eleven columns fit 1400 px.
                      hideSortIcon
                      active={sort.key === c.key}
                      direction={sort.key === c.key ? sort.direction : 'asc'}
                      onClick={() => c.key && sortBy(c.key)}
                    >
                      {c.label}
                    </TableSortLabel>
                  ) : (
                    c.label
                  )}
                </TableCell>
              ))}
              {/* Positioned so the hidden label cannot escape the scrolling container and widen the page. */}
              <TableCell align="right" sx={{ position: 'relative' }}>
                <Box component="span" sx={hidden}>
                  Actions
                </Box>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((e) => (
              <ChronologyRow
                key={e.id}
                episode={e}
                now={now}
                selected={e.id === selectedId}
                onEdit={onEdit}
              />
            ))}
            {rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={COLUMNS.length + 1} sx={{ py: 3, color: 'text.secondary' }}>
                  No episodes recorded. Use “Add episode” to record one.
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
    </ReturnInterviewRulesContext.Provider>
  );
}
