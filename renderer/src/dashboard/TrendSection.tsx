import { Box } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';
import { ChartTooltip } from './ChartTooltip';
import type { MonthDashboard } from '../../../shared/api/dashboard';
import { EPISODE_CATEGORIES, EPISODE_CATEGORY_LABELS } from '../../../shared/domain/episode';
import { ChartFrame } from './ChartFrame';
import { legendProps, MonthTick } from './chartParts';
import { CATEGORY_COLOURS, LINE_COLOUR } from './colours';
import { FigureTable } from './FigureTable';
import { percentText } from './format';
import { Section } from './Section';

/** "November 2026" -> "Nov 2026"; MonthTick puts the year on a second line where it changes. */
const short = (label: string) => {
  const [month, year] = label.split(' ');
  return `${(month ?? '').slice(0, 3)} ${year ?? ''}`;
};

/** The 12 months to the chosen month: episodes by category, and return interviews held within 72 hours. */
export function TrendSection({ d }: { d: MonthDashboard }) {
  const data = d.trend.map((t) => ({
    month: short(t.label),
    ...t.byCategory,
    // A month with no returns has no percentage: the line breaks there rather than dropping to zero.
    within72: t.heldWithin72Hours.percent,
  }));
  const first = d.trend[0]?.label ?? '';
  return (
    <Section
      title="12-month trend"
      source="WG 13"
      intro={`${first} to ${d.label}${d.partial ? ' (to date: the month is not over, so its bar is short and some of its interviews are not yet due)' : ''}. The percentage is of the episodes that ended each month.`}
      wide
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
        <ChartFrame
          label={`Stacked bar chart: episodes reported each month from ${first} to ${d.label}, by category. The table below gives the numbers.`}
          height={260}
        >
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tick={MonthTick} interval={0} height={36} />
            <YAxis allowDecimals={false} tick={{ fontSize: 13 }} />
            <ChartTooltip />
            <Legend {...legendProps} />
            {EPISODE_CATEGORIES.map((c) => (
              <Bar
                key={c}
                dataKey={c}
                name={c === 'away' ? 'Away from placement' : EPISODE_CATEGORY_LABELS[c]}
                stackId="category"
                fill={CATEGORY_COLOURS[c]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ChartFrame>
        <ChartFrame
          label={`Line chart: return interviews held within 72 hours as a percentage of returns, each month from ${first} to ${d.label}. The table below gives the numbers.`}
          height={260}
        >
          <LineChart data={data} margin={{ top: 8, right: 24, bottom: 0, left: -8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tick={MonthTick} interval={0} height={36} />
            <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 13 }} />
            <ChartTooltip formatter={(v) => (typeof v === 'number' ? percentText(v) : '—')} />
            <Legend formatter={legendProps.formatter} />
            <Line
              dataKey="within72"
              name="Held within 72 hours"
              stroke={LINE_COLOUR}
              strokeWidth={2.5}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ChartFrame>
      </Box>
      <FigureTable
        label="12-month trend"
        columns={[
          { header: 'Month' },
          { header: 'Missing', numeric: true },
          { header: 'Absent', numeric: true },
          { header: 'Away', numeric: true },
          { header: 'Total', numeric: true },
          { header: 'Returned', numeric: true },
          { header: 'Held within 72 h', numeric: true },
          { header: '% within 72 h', numeric: true },
        ]}
        rows={d.trend.map((t) => ({
          key: t.month,
          cells: [
            t.label,
            t.byCategory.missing,
            t.byCategory.absent,
            t.byCategory.away,
            t.total,
            t.returned,
            t.heldWithin72Hours.count,
            percentText(t.heldWithin72Hours.percent),
          ],
        }))}
      />
    </Section>
  );
}
