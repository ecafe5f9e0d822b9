import type { LegendPayload, XAxisTickContentProps } from 'recharts';
import { EPISODE_CATEGORIES } from '../../../shared/domain/episode';

/**
 * Legend items in the order the tables list the categories (missing, absent, away) rather than Recharts' default
 * alphabetical order, in the body text colour: coloured legend text is hard to read for the lighter series.
 */
export const legendProps = {
  itemSorter: (item: LegendPayload) => {
    const i = (EPISODE_CATEGORIES as readonly string[]).indexOf(String(item.dataKey));
    return i < 0 ? EPISODE_CATEGORIES.length : i;
  },
  formatter: (value: string) => <span style={{ color: '#1a1a1a' }}>{value}</span>,
};

/**
 * A month under a bar or a point, "Nov" with the year beneath on the first month and each January: twelve
 * "Nov 2026" labels do not fit side by side, and abbreviating the year to "26" reads as a day.
 */
export function MonthTick({ x, y, payload, index }: XAxisTickContentProps) {
  const [month, year] = String(payload.value).split(' ');
  return (
    <g transform={`translate(${Number(x)},${Number(y)})`}>
      <text dy={12} textAnchor="middle" fontSize={12} fill="#404040">
        {month}
      </text>
      {(index === 0 || month === 'Jan') && (
        <text dy={26} textAnchor="middle" fontSize={12} fill="#404040">
          {year}
        </text>
      )}
    </g>
  );
}
