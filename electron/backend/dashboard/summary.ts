import type { MonthDashboard } from '../../../shared/api/dashboard';
import { percentText } from './tables';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A few sentences for the top of the paper: the figures a chair reads out before the tables. */
export function dashboardSummary(d: MonthDashboard): string[] {
  const e = d.episodes;
  const byCategory = e.byCategory
    .filter((c) => c.total > 0)
    .map((c) => `${c.total} ${lower(c.label)}`)
    .join(', ');
  const lines = [
    e.total === 0
      ? `No episodes were reported in ${d.label}.`
      : `${plural(e.total, 'episode was', 'episodes were')} reported in ${d.label} (${byCategory}), concerning ${plural(d.repeat.children, 'child', 'children')}; ${e.byRisk.high} graded high risk by the police.`,
    `${plural(d.repeat.withRepeatEpisodes, 'child', 'children')} had 2 or more episodes in the month; ${d.repeat.repeatMissing} ${d.repeat.repeatMissing === 1 ? 'was' : 'were'} repeat missing (W-CP 2.0).`,
  ];
  const ri = d.returnInterviews;
  const row = (key: string) => ri.rows.find((r) => r.key === key) ?? { count: 0, percent: null };
  lines.push(
    ri.returned === 0
      ? 'No episode ended in the month, so there are no return interview figures.'
      : `${plural(ri.returned, 'episode', 'episodes')} ended in the month. A return interview was held within 72 hours after ${row('held-within-72-hours').count} (${percentText(row('held-within-72-hours').percent)}); ${row('declined').count} declined, ${row('not-engaged').count} not engaged, ${row('outstanding').count} outstanding.`,
  );
  const [push] = d.factors.push;
  const [pull] = d.factors.pull;
  if (push || pull) {
    lines.push(
      [
        push
          ? `Most common push factor: ${lower(push.label)}, in ${plural(push.count, 'episode', 'episodes')}.`
          : '',
        pull
          ? `Most common pull factor: ${lower(pull.label)}, in ${plural(pull.count, 'episode', 'episodes')}.`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  }
  const [s1, s2, s3] = d.stages.rows;
  lines.push(
    `${d.partial ? 'Now' : 'At the end of the month'} ${plural(s1?.children ?? 0, 'child was', 'children were')} at Stage 1, ${s2?.children ?? 0} at Stage 2 and ${s3?.children ?? 0} at escalation.`,
  );
  const outstanding = d.authorities.reduce((sum, a) => sum + a.interviewsOutstanding, 0);
  const episodes = d.authorities.reduce((sum, a) => sum + a.episodes, 0);
  lines.push(
    d.authorities.length === 0
      ? 'No child placed across authorities had an episode in the month.'
      : `Children placed across authorities: ${plural(episodes, 'episode', 'episodes')} between ${plural(d.authorities.length, 'pair', 'pairs')} of authorities; ${plural(outstanding, 'return interview', 'return interviews')} outstanding (EM).`,
  );
  return lines;
}
