import { Chip, Typography } from '@mui/material';
import type {
  BoardActionOverdue,
  BoardChild,
  BoardHighRisk,
  BoardMissingNow,
  BoardReturned,
  BoardThreshold,
} from '../../../shared/api/dashboard';
import { EPISODE_CATEGORY_LABELS, POLICE_RISK_LABELS, type PoliceRisk } from '../../../shared/domain/episode';
import { KIND_RULES } from '../../../shared/meetings/kinds';
import { formatDuration, formatUkDateTime } from '../../../shared/time/london';
import { RISK_COLOURS } from '../app/theme';
import type { BoardColumn } from './BoardSection';
import { ChildCell } from './ChildCell';

const since = (now: string, iso: string) => formatDuration(new Date(now).getTime() - new Date(iso).getTime());

function RiskChip({ risk }: { risk: PoliceRisk | null }) {
  const colour = RISK_COLOURS[risk ?? 'unknown'];
  return (
    <Chip
      size="small"
      label={risk ? POLICE_RISK_LABELS[risk] : 'Not graded'}
      variant={risk === 'high' ? 'filled' : 'outlined'}
      sx={risk === 'high' ? { bgcolor: colour, color: 'white' } : { borderColor: colour }}
    />
  );
}

const child = {
  header: 'Child',
  cell: (r: BoardChild) => <ChildCell child={r} />,
  width: '30%',
};

export const missingColumns = (now: string): Array<BoardColumn<BoardMissingNow>> => [
  child,
  {
    header: 'Missing for',
    cell: (r) => (
      <>
        <Typography component="span" sx={{ fontWeight: 600 }}>
          {since(now, r.reportedAt)}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div">
          since {formatUkDateTime(r.reportedAt)}
        </Typography>
      </>
    ),
  },
  { header: 'Police risk', cell: (r) => <RiskChip risk={r.policeRisk} /> },
  { header: 'Category', cell: (r) => EPISODE_CATEGORY_LABELS[r.category] },
];

export const highRiskColumns = (now: string): Array<BoardColumn<BoardHighRisk>> => [
  child,
  {
    header: 'Now',
    cell: (r) =>
      r.foundAt === null ? (
        <Chip size="small" color="error" label={`Missing now, ${since(now, r.reportedAt)}`} />
      ) : (
        `Found ${formatUkDateTime(r.foundAt)}`
      ),
  },
  { header: 'Reported', cell: (r) => formatUkDateTime(r.reportedAt) },
];

export const returnedColumns = (now: string): Array<BoardColumn<BoardReturned>> => [
  child,
  { header: 'Returned', cell: (r) => `${formatUkDateTime(r.returnedAt)} (${since(now, r.returnedAt)} ago)` },
  { header: 'Interview due by', cell: (r) => `${r.interviewName} by ${formatUkDateTime(r.dueBy)}` },
];

export const thresholdColumns: Array<BoardColumn<BoardThreshold>> = [
  child,
  {
    header: 'Stage',
    cell: (r) => (
      <>
        <Typography component="span" sx={{ fontWeight: 600 }}>
          {r.stageLabel}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div">
          {r.reason}
        </Typography>
      </>
    ),
  },
  { header: 'Reached', cell: (r) => formatUkDateTime(r.reachedAt) },
  { header: 'Chair', cell: (r) => r.chair ?? '—' },
];

export const overdueInterviewColumns = (now: string): Array<BoardColumn<BoardReturned>> => [
  child,
  { header: 'Returned', cell: (r) => formatUkDateTime(r.returnedAt) },
  {
    header: 'Overdue',
    cell: (r) => (
      <Chip size="small" color="error" label={`${r.interviewName} overdue by ${since(now, r.dueBy)}`} />
    ),
  },
];

export const actionColumns: Array<BoardColumn<BoardActionOverdue>> = [
  {
    header: 'Child',
    cell: (r) => (r.child ? <ChildCell child={r.child} /> : 'All children of the meeting'),
    width: '26%',
  },
  {
    header: 'Action',
    cell: (r) => (
      <>
        {r.what}
        <Typography variant="caption" color="text.secondary" component="div">
          From the {KIND_RULES[r.meetingKind].label}
        </Typography>
      </>
    ),
  },
  { header: 'Owner', cell: (r) => [r.owner, r.agency].filter(Boolean).join(', ') },
  // A due date is a calendar date, not an instant: shown as written, dd/mm/yyyy.
  { header: 'Due', cell: (r) => r.dueOn.split('-').reverse().join('/') },
];
