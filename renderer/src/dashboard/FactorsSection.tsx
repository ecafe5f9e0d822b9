import { Box, Typography } from '@mui/material';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { FactorRow, MonthDashboard } from '../../../shared/api/dashboard';
import { ChartFrame } from './ChartFrame';
import { PULL_COLOUR, PUSH_COLOUR } from './colours';
import { FigureTable } from './FigureTable';
import { percentText } from './format';
import { Section } from './Section';

function FactorChart({
  rows,
  direction,
  month,
}: {
  rows: readonly FactorRow[];
  direction: 'push' | 'pull';
  month: string;
}) {
  const word = direction === 'push' ? 'Push' : 'Pull';
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        {word} factors
      </Typography>
      {rows.length === 0 ? (
        <Typography color="text.secondary">No {direction} factors were recorded.</Typography>
      ) : (
        <>
          <ChartFrame
            label={`Bar chart: the most common ${direction} factors on episodes reported in ${month}. The table below gives the numbers.`}
            height={36 + rows.length * 34}
          >
            <BarChart data={[...rows]} layout="vertical" margin={{ top: 0, right: 32, bottom: 0, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} tick={{ fontSize: 13 }} />
              <YAxis type="category" dataKey="label" width={230} tick={{ fontSize: 12 }} interval={0} />
              <Bar
                dataKey="count"
                name="Episodes"
                fill={direction === 'push' ? PUSH_COLOUR : PULL_COLOUR}
                isAnimationActive={false}
              >
                <LabelList dataKey="count" position="right" style={{ fontSize: 13 }} />
              </Bar>
            </BarChart>
          </ChartFrame>
          <FigureTable
            label={`Most common ${direction} factors`}
            columns={[
              { header: `${word} factor` },
              { header: 'Episodes', numeric: true },
              { header: '% with factors', numeric: true },
            ]}
            rows={rows.map((f) => ({ key: f.code, cells: [f.label, f.count, percentText(f.percent)] }))}
          />
        </>
      )}
    </Box>
  );
}

/** The most common push and pull factors (WG 13 "primary factors", ST 13.22). */
export function FactorsSection({ d }: { d: MonthDashboard }) {
  const n = d.factors.episodesWithFactors;
  return (
    <Section
      title="Push and pull factors"
      source="WG 13, ST 13.22"
      intro={`${n} episode${n === 1 ? '' : 's'} reported in ${d.label} had a factor recorded; each factor is counted once per episode and its percentage is of ${n === 1 ? 'that episode' : 'those episodes'}.`}
      wide
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 3 }}>
        <FactorChart rows={d.factors.push} direction="push" month={d.label} />
        <FactorChart rows={d.factors.pull} direction="pull" month={d.label} />
      </Box>
    </Section>
  );
}
