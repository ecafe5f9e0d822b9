import { Link, Typography } from '@mui/material';
import type { MonthDashboard } from '../../../shared/api/dashboard';
import { href } from '../app/router';
import { FigureTable } from './FigureTable';
import { Section } from './Section';

/** Children with repeat episodes (WG 13) and repeat missing children (W-CP 2.0), with who they are. */
export function RepeatSection({ d }: { d: MonthDashboard }) {
  const r = d.repeat;
  return (
    <Section
      title="Children with repeat episodes"
      source="WG 13, W-CP 2.0"
      intro="Repeat missing: reported missing in the month and more than once in the 12 months to its end."
    >
      <FigureTable
        label="Children with repeat episodes"
        columns={[{ header: 'Children' }, { header: 'Number', numeric: true }]}
        rows={[
          { key: 'children', cells: ['With an episode reported in the month', r.children] },
          { key: 'repeat', cells: ['With 2 or more episodes in the month', r.withRepeatEpisodes] },
          { key: 'repeat-missing', cells: ['Repeat missing (W-CP 2.0)', r.repeatMissing] },
        ]}
      />
      <Typography variant="h3" component="h3" sx={{ mt: 2, mb: 0.5 }}>
        Who
      </Typography>
      {r.list.length === 0 ? (
        <Typography color="text.secondary">No child had 2 or more episodes or was repeat missing.</Typography>
      ) : (
        <FigureTable
          label="Children with 2 or more episodes, or repeat missing"
          columns={[
            { header: 'Child' },
            { header: 'In the month', numeric: true },
            { header: 'Missing in 12 months', numeric: true },
            { header: 'Repeat missing' },
          ]}
          rows={r.list.map((c) => ({
            key: c.childId,
            cells: [
              <Link
                key="child"
                href={href({ name: 'child', id: c.childId })}
                underline="hover"
                sx={{ fontWeight: 600 }}
              >
                {c.childName}
              </Link>,
              c.episodesInMonth,
              c.missingIn12Months,
              c.repeatMissing ? 'Yes' : 'No',
            ],
          }))}
        />
      )}
    </Section>
  );
}
