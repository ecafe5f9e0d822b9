import { formatLongDateTime } from '../../../shared/time/london';
import type { MonthDashboard } from '../../../shared/api/dashboard';
import { FigureTable } from './FigureTable';
import { Section } from './Section';

/** Children at each threshold stage at month end, each under their own protocol profile. */
export function StagesSection({ d }: { d: MonthDashboard }) {
  return (
    <Section
      title="Threshold stages at month end"
      source="W-KC, ST 13.18-13.20, WG 11, EM"
      intro={`As of ${formatLongDateTime(d.stages.asOf)}; ${d.stages.childrenEvaluated} children with an episode in the 400 days before were evaluated against their protocol.`}
    >
      <FigureTable
        label="Children at each threshold stage at month end"
        columns={[{ header: 'Stage' }, { header: 'Children', numeric: true }]}
        rows={d.stages.rows.map((s) => ({ key: String(s.level), cells: [s.label, s.children] }))}
      />
    </Section>
  );
}
