import type { MonthDashboard, RiskKey, Share } from '../../../shared/api/dashboard';
import { POLICE_RISK_LABELS } from '../../../shared/domain/episode';
import type { DashboardTable } from '../../../shared/exports/dashboard';
import { formatDateTime } from '../exports/docx/format';
import { RISK_KEYS } from './month/episodes';

export const RISK_LABELS: Record<RiskKey, string> = { ...POLICE_RISK_LABELS, 'not-graded': 'Not graded' };

export const percentText = (percent: number | null): string =>
  percent === null ? '—' : `${percent.toFixed(1)}%`;
const n = (count: number): string => String(count);
const shareCells = (s: Share): string[] => [n(s.count), percentText(s.percent)];
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function episodesTable(d: MonthDashboard): DashboardTable {
  const { byCategory, byRisk, total } = d.episodes;
  return {
    title: 'Episodes reported by category and police risk',
    intro: `${plural(total, 'episode was', 'episodes were')} reported in ${d.label}.`,
    columns: [
      { header: 'Category', width: 28 },
      ...RISK_KEYS.map((k) => ({ header: RISK_LABELS[k], width: k === 'no-apparent-risk' ? 14 : 11 })),
      { header: 'Total', width: 14 },
    ],
    rows: [
      ...byCategory.map((r) => [r.label, ...RISK_KEYS.map((k) => n(r.byRisk[k])), n(r.total)]),
      ['All categories', ...RISK_KEYS.map((k) => n(byRisk[k])), n(total)],
    ],
    emptyText: 'No episodes were reported.',
  };
}

function repeatTables(d: MonthDashboard): DashboardTable[] {
  const r = d.repeat;
  return [
    {
      title: 'Children with repeat episodes',
      intro: null,
      columns: [
        { header: 'Measure', width: 75 },
        { header: 'Children', width: 25 },
      ],
      rows: [
        ['Children with an episode reported in the month', n(r.children)],
        ['Children with 2 or more episodes in the month (WG 13)', n(r.withRepeatEpisodes)],
        [
          'Repeat missing: reported missing more than once in the 12 months to the month end (W-CP 2.0)',
          n(r.repeatMissing),
        ],
      ],
      emptyText: '',
    },
    {
      title: 'Children with 2 or more episodes, or repeat missing',
      intro: null,
      columns: [
        { header: 'Child', width: 30 },
        { header: 'Case reference', width: 20 },
        { header: 'Episodes in the month', width: 17 },
        { header: 'Missing in 12 months', width: 17 },
        { header: 'Repeat missing', width: 16 },
      ],
      rows: r.list.map((c) => [
        c.childName,
        c.caseReference,
        n(c.episodesInMonth),
        n(c.missingIn12Months),
        c.repeatMissing ? 'Yes' : 'No',
      ]),
      emptyText: 'No child had 2 or more episodes in the month or was repeat missing.',
    },
  ];
}

function interviewsTable(d: MonthDashboard): DashboardTable {
  const ri = d.returnInterviews;
  return {
    title: 'Return interviews',
    intro: `${plural(ri.returned, 'episode', 'episodes')} ended (the child found or returned) in ${d.label}: every percentage is of ${ri.returned === 1 ? 'this one' : 'these'}.`,
    columns: [
      { header: 'Return interview', width: 60 },
      { header: 'Episodes', width: 20 },
      { header: '% of returned', width: 20 },
    ],
    rows: ri.rows.map((row) => [row.label, ...shareCells(row)]),
    emptyText: '',
  };
}

function factorTable(d: MonthDashboard, direction: 'push' | 'pull'): DashboardTable {
  const rows = d.factors[direction];
  return {
    title: direction === 'push' ? 'Most common push factors' : 'Most common pull factors',
    intro: `${plural(d.factors.episodesWithFactors, 'episode', 'episodes')} reported in the month had a push or pull factor recorded: percentages are of ${d.factors.episodesWithFactors === 1 ? 'that one' : 'these'}.`,
    columns: [
      { header: direction === 'push' ? 'Push factor' : 'Pull factor', width: 60 },
      { header: 'Episodes', width: 18 },
      { header: '% of episodes with factors', width: 22 },
    ],
    rows: rows.map((f) => [f.label, ...shareCells(f)]),
    emptyText: `No ${direction} factors were recorded.`,
  };
}

function stagesTable(d: MonthDashboard): DashboardTable {
  return {
    title: 'Children at each threshold stage at month end',
    intro: `As of ${formatDateTime(d.stages.asOf)}: ${plural(d.stages.childrenEvaluated, 'child', 'children')} with an episode in the 400 days before, each evaluated against their own protocol.`,
    columns: [
      { header: 'Stage', width: 70 },
      { header: 'Children', width: 30 },
    ],
    rows: d.stages.rows.map((s) => [s.label, n(s.children)]),
    emptyText: '',
  };
}

function authoritiesTable(d: MonthDashboard): DashboardTable {
  return {
    title: 'Children placed across authorities (East Midlands analysis)',
    intro:
      'Children whose host authority differs from the placing authority, per pair of authorities. Return interviews outstanding: episodes that ended in the month, 72 hours passed, and no interview held, declined or not engaged with.',
    columns: [
      { header: 'Placing authority', width: 22 },
      { header: 'Host authority', width: 22 },
      { header: 'Children', width: 12 },
      { header: 'Episodes reported', width: 14 },
      { header: 'Episodes returned', width: 14 },
      { header: 'Return interviews outstanding', width: 16 },
    ],
    rows: d.authorities.map((a) => [
      a.placingAuthority,
      a.hostAuthority,
      n(a.children),
      n(a.episodes),
      n(a.returned),
      n(a.interviewsOutstanding),
    ]),
    emptyText: 'No child placed across authorities had an episode in the month.',
  };
}

function trendTable(d: MonthDashboard): DashboardTable {
  return {
    title: '12-month trend',
    intro:
      'Episodes reported each month by category, and return interviews held within 72 hours as a share of the episodes that ended that month.',
    columns: [
      // Widths checked in the rendered page: "September 2026" and "Returned" stay on one line.
      { header: 'Month', width: 21 },
      { header: 'Missing', width: 11 },
      { header: 'Absent', width: 11 },
      { header: 'Away', width: 9 },
      { header: 'Total', width: 9 },
      { header: 'Returned', width: 14 },
      { header: 'Held within 72 h', width: 12 },
      { header: '% within 72 h', width: 13 },
    ],
    rows: d.trend.map((t) => [
      t.label,
      n(t.byCategory.missing),
      n(t.byCategory.absent),
      n(t.byCategory.away),
      n(t.total),
      n(t.returned),
      ...shareCells(t.heldWithin72Hours),
    ]),
    emptyText: '',
  };
}

/** The dashboard's tables in the order the Monthly Missing Meeting takes them (WG 13, then EM, then the trend). */
export const dashboardTables = (d: MonthDashboard): DashboardTable[] => [
  episodesTable(d),
  ...repeatTables(d),
  interviewsTable(d),
  factorTable(d, 'push'),
  factorTable(d, 'pull'),
  stagesTable(d),
  authoritiesTable(d),
  trendTable(d),
];
