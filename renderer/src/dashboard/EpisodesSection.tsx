import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { ChartTooltip } from './ChartTooltip';
import type { MonthDashboard } from '../../../shared/api/dashboard';
import { EPISODE_CATEGORIES, EPISODE_CATEGORY_LABELS } from '../../../shared/domain/episode';
import { ChartFrame } from './ChartFrame';
import { legendProps } from './chartParts';
import { CATEGORY_COLOURS } from './colours';
import { FigureTable } from './FigureTable';
import { RISK_KEYS, RISK_LABELS } from './format';
import { Section } from './Section';

/** Episodes reported in the month (WG 13): a bar per police risk grading, stacked by category, and the cross-table. */
export function EpisodesSection({ d }: { d: MonthDashboard }) {
  const { byCategory, byRisk, total } = d.episodes;
  const data = RISK_KEYS.map((risk) => ({
    risk: RISK_LABELS[risk],
    ...Object.fromEntries(byCategory.map((r) => [r.category, r.byRisk[risk]])),
  }));
  return (
    <Section
      title="Episodes reported"
      source="WG 13, ST 6"
      intro={`${total} episode${total === 1 ? '' : 's'} reported in ${d.label}, by category and police risk (the latest grading, else the grading at report).`}
    >
      <ChartFrame
        label={`Bar chart: episodes reported in ${d.label} by police risk, stacked by category. The table below gives the numbers.`}
        height={240}
      >
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="risk" tick={{ fontSize: 13 }} />
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
            />
          ))}
        </BarChart>
      </ChartFrame>
      <FigureTable
        label="Episodes reported by category and police risk"
        columns={[
          { header: 'Category' },
          ...RISK_KEYS.map((k) => ({ header: RISK_LABELS[k], numeric: true })),
          { header: 'Total', numeric: true },
        ]}
        rows={[
          ...byCategory.map((r) => ({
            key: r.category,
            cells: [r.label, ...RISK_KEYS.map((k) => r.byRisk[k]), r.total],
          })),
          { key: 'total', total: true, cells: ['All categories', ...RISK_KEYS.map((k) => byRisk[k]), total] },
        ]}
      />
    </Section>
  );
}
