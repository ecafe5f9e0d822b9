import { Typography } from '@mui/material';
import type { MonthDashboard } from '../../../shared/api/dashboard';
import { FigureTable } from './FigureTable';
import { Section } from './Section';

/** The East Midlands analysis: children placed across authorities, per pair, with return interviews outstanding. */
export function AuthoritiesSection({ d }: { d: MonthDashboard }) {
  return (
    <Section
      title="Children placed across authorities"
      source="EM"
      intro="Children whose host authority differs from the placing authority. Outstanding: returned in the month, 72 hours passed, and no interview held, declined or not engaged with."
      wide
    >
      {d.authorities.length === 0 ? (
        <Typography color="text.secondary">
          No child placed across authorities had an episode in the month.
        </Typography>
      ) : (
        <FigureTable
          label="Children placed across authorities"
          columns={[
            { header: 'Placing authority' },
            { header: 'Host authority' },
            { header: 'Children', numeric: true },
            { header: 'Episodes reported', numeric: true },
            { header: 'Episodes returned', numeric: true },
            { header: 'Return interviews outstanding', numeric: true },
          ]}
          rows={d.authorities.map((a) => ({
            key: `${a.placingAuthority}|${a.hostAuthority}`,
            cells: [
              a.placingAuthority,
              a.hostAuthority,
              a.children,
              a.episodes,
              a.returned,
              a.interviewsOutstanding,
            ],
          }))}
        />
      )}
    </Section>
  );
}
