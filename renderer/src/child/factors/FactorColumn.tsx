import {
  Box,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { FactorSummaryRow } from '../../../../shared/domain/chronology';
import { formatUkDate } from '../../../../shared/time/london';

interface Props {
  title: string;
  explanation: string;
  colour: string;
  rows: FactorSummaryRow[];
  /** Episodes in the chronology, so a count reads as "4 of 12". */
  episodeCount: number;
}

/** One direction's factors, most frequent first, with a bar so the pattern shows across a room. */
export function FactorColumn({ title, explanation, colour, rows, episodeCount }: Props) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <Paper component="section" aria-label={title} sx={{ p: 2, borderTop: `4px solid ${colour}` }}>
      <Typography variant="h3" component="h3">
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {explanation}
      </Typography>
      {rows.length === 0 ? (
        <Typography color="text.secondary">None recorded.</Typography>
      ) : (
        <TableContainer>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>Factor</TableCell>
                <TableCell sx={{ width: 150 }}>Episodes</TableCell>
                <TableCell sx={{ width: 100 }}>First seen</TableCell>
                <TableCell sx={{ width: 100 }}>Last seen</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow
                  key={`${r.code}-${r.label}`}
                  data-testid="factor-summary-row"
                  sx={{ verticalAlign: 'top' }}
                >
                  <TableCell>
                    {r.label}
                    {r.details[0] && (
                      <Box
                        component="span"
                        sx={{ display: 'block', color: 'text.secondary', fontSize: '0.8rem' }}
                      >
                        Latest: “{r.details[0]}”
                      </Box>
                    )}
                  </TableCell>
                  <TableCell>
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                      <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
                        <strong>{r.count}</strong>
                        <Box component="span" sx={{ color: 'text.secondary', fontSize: '0.8rem' }}>
                          {' '}
                          of {episodeCount}
                        </Box>
                      </Box>
                      <Box
                        aria-hidden
                        sx={{
                          height: 8,
                          borderRadius: 1,
                          bgcolor: colour,
                          width: `${(r.count / max) * 64}px`,
                          opacity: 0.7,
                        }}
                      />
                    </Box>
                  </TableCell>
                  <TableCell>{formatUkDate(r.firstSeen)}</TableCell>
                  <TableCell>{formatUkDate(r.lastSeen)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Paper>
  );
}
