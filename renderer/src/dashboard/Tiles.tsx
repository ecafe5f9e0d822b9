import { Box, Paper, Typography } from '@mui/material';
import type { MonthDashboard } from '../../../shared/api/dashboard';
import { percentText } from './format';

interface Tile {
  label: string;
  value: string;
  note: string;
}

/** The figures a chair reads out first; each is in a table further down with its denominator. */
export function Tiles({ d }: { d: MonthDashboard }) {
  const ri = d.returnInterviews;
  const row = (key: string) => ri.rows.find((r) => r.key === key);
  const within = row('held-within-72-hours');
  const tiles: Tile[] = [
    {
      label: 'Episodes reported',
      value: String(d.episodes.total),
      note: `${d.episodes.byRisk.high} graded high risk`,
    },
    {
      label: 'Children',
      value: String(d.repeat.children),
      note: `${d.repeat.withRepeatEpisodes} with 2 or more episodes`,
    },
    { label: 'Repeat missing', value: String(d.repeat.repeatMissing), note: 'more than once in 12 months' },
    { label: 'Episodes returned', value: String(ri.returned), note: 'the return interview denominator' },
    {
      label: 'Interviews within 72 hours',
      value: percentText(within?.percent ?? null),
      note: `${within?.count ?? 0} of ${ri.returned} returned`,
    },
    {
      label: 'Interviews outstanding',
      value: String(row('outstanding')?.count ?? 0),
      note: '72 hours passed, nothing recorded',
    },
  ];
  return (
    <Box
      component="ul"
      aria-label="Headline figures"
      sx={{
        listStyle: 'none',
        p: 0,
        m: 0,
        mb: 2,
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(3, 1fr)', xl: 'repeat(6, 1fr)' },
      }}
    >
      {tiles.map((t) => (
        <Paper component="li" key={t.label} sx={{ p: 1.5 }} data-testid="dashboard-tile">
          <Typography variant="body2" color="text.secondary">
            {t.label}
          </Typography>
          <Typography sx={{ fontSize: '1.9rem', fontWeight: 700, lineHeight: 1.2 }}>{t.value}</Typography>
          <Typography variant="caption" color="text.secondary">
            {t.note}
          </Typography>
        </Paper>
      ))}
    </Box>
  );
}
