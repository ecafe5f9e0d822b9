import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import type { InterviewRowKey, MonthDashboard } from '../../../shared/api/dashboard';
import { ChartFrame } from './ChartFrame';
import { FigureTable } from './FigureTable';
import { percentText } from './format';
import { Section } from './Section';

/** What became of each return interview: these add up to the episodes returned, so they make one picture. */
const OUTCOMES: ReadonlyArray<{ key: InterviewRowKey | 'held-later'; short: string; colour: string }> = [
  { key: 'held-within-72-hours', short: 'Held within 72 h', colour: '#2e6b30' },
  { key: 'held-later', short: 'Held later', colour: '#6a9f6b' },
  { key: 'declined', short: 'Declined', colour: '#5f7d95' },
  { key: 'not-engaged', short: 'Not engaged', colour: '#8c8c8c' },
  { key: 'outstanding', short: 'Outstanding', colour: '#b3261e' },
  { key: 'not-yet-due', short: 'Not yet due', colour: '#d97a00' },
];

/** Return interviews after the episodes that ended in the month (W-CP 7.0, WG 9, ST 13.9). */
export function InterviewsSection({ d }: { d: MonthDashboard }) {
  const ri = d.returnInterviews;
  const count = (key: InterviewRowKey) => ri.rows.find((r) => r.key === key)?.count ?? 0;
  const data = OUTCOMES.map((o) => {
    const n = o.key === 'held-later' ? count('held') - count('held-within-72-hours') : count(o.key);
    return { ...o, count: n, percent: ri.returned === 0 ? 0 : Math.round((n * 1000) / ri.returned) / 10 };
  });
  return (
    <Section
      title="Return interviews"
      source="W-CP 7.0, WG 9, ST 13.9"
      intro={`${ri.returned} episode${ri.returned === 1 ? '' : 's'} ended (the child found or returned) in ${d.label}: every percentage is of ${ri.returned === 1 ? 'this one' : 'these'}.`}
    >
      {ri.returned > 0 && (
        <ChartFrame
          label={`Bar chart: return interviews as a percentage of the ${ri.returned} episodes that ended in ${d.label}. The table below gives the numbers.`}
          height={220}
        >
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 56, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 13 }} />
            <YAxis type="category" dataKey="short" width={140} tick={{ fontSize: 13 }} interval={0} />
            <Bar dataKey="percent" isAnimationActive={false}>
              {data.map((o) => (
                <Cell key={o.key} fill={o.colour} />
              ))}
              <LabelList dataKey="count" position="right" style={{ fontSize: 13 }} />
            </Bar>
          </BarChart>
        </ChartFrame>
      )}
      <FigureTable
        label="Return interviews"
        columns={[
          { header: 'Return interview' },
          { header: 'Episodes', numeric: true },
          { header: '% of returned', numeric: true },
        ]}
        rows={ri.rows.map((r) => ({ key: r.key, cells: [r.label, r.count, percentText(r.percent)] }))}
      />
    </Section>
  );
}
