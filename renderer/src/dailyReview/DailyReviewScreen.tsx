import { Alert, Box, LinearProgress, Link, Stack, Typography } from '@mui/material';
import { formatLongDateTime } from '../../../shared/time/london';
import { useQuery } from '../api/useQuery';
import { href } from '../app/router';
import { useAppStatus } from '../app/status';
import { LoadDemo } from '../components/LoadDemo';
import { BoardSection } from './BoardSection';
import {
  actionColumns,
  highRiskColumns,
  missingColumns,
  overdueInterviewColumns,
  returnedColumns,
  thresholdColumns,
} from './sections';
import { StartReviewButton, todaysReviewWords } from './StartReviewButton';

/**
 * The Daily Review of Exploitation and Missing board (W-KC: high-risk children and those missing over 24 hours;
 * WG 9: whether a return interview is needed): what the morning meeting goes through, and the button that makes
 * the meeting from it.
 */
export function DailyReviewScreen() {
  const { status } = useAppStatus();
  const q = useQuery('dailyReview.board', {});
  if (status && status.childCount === 0)
    return (
      // Loading the demo makes every read stale (shared/api/invalidation.ts): nothing to refresh by hand.
      <LoadDemo />
    );
  const b = q.data;
  return (
    <Box>
      <Stack
        direction="row"
        sx={{ alignItems: 'flex-start', justifyContent: 'space-between', flexWrap: 'wrap', gap: 2, mb: 2 }}
      >
        <Box sx={{ flex: '1 1 520px' }}>
          <Typography variant="h1" component="h1">
            Daily Review
          </Typography>
          <Typography color="text.secondary">
            Daily Review of Exploitation and Missing: high-risk children, children missing over 24 hours, new
            returns and thresholds, and what is overdue (W-KC, WG 9).
          </Typography>
          {b && (
            <Typography variant="body2" color="text.secondary">
              As of {formatLongDateTime(b.asOf)}. Thresholds crossed since{' '}
              {b.lastDailyReview
                ? `the last Daily Review, ${formatLongDateTime(b.lastDailyReview.heldAt)}`
                : `${formatLongDateTime(b.thresholdsSince)} (24 hours: no Daily Review held yet)`}
              .
            </Typography>
          )}
          {b?.todaysReview && (
            <Typography data-testid="todays-review" sx={{ mt: 0.5 }}>
              <Link href={href({ name: 'meeting', id: b.todaysReview.meetingId })}>
                {todaysReviewWords(b.todaysReview)}
              </Link>
              .
            </Typography>
          )}
        </Box>
        {b && <StartReviewButton childCount={b.childIds.length} today={b.todaysReview} />}
      </Stack>
      {q.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {q.error}
        </Alert>
      )}
      {q.loading && <LinearProgress />}
      {b && (
        <Box
          sx={{
            display: 'grid',
            // minmax(0, …): a wide table scrolls inside its section instead of widening the column.
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' },
            gap: 2,
            alignItems: 'start',
          }}
        >
          <BoardSection
            title="Missing now"
            source="W-CP 2.0"
            rows={b.missingNow}
            columns={missingColumns(b.asOf)}
            rowKey={(r) => r.episodeId}
            empty="No child is missing now."
            urgent
          />
          <BoardSection
            title="High risk"
            source="W-KC"
            rows={b.highRisk}
            columns={highRiskColumns(b.asOf)}
            rowKey={(r) => r.episodeId}
            empty="No high-risk episode in the last 24 hours."
            urgent
          />
          <BoardSection
            title="Missing over 24 hours"
            source="W-KC, WG 12, ST 14.1"
            rows={b.missingOver24Hours}
            columns={missingColumns(b.asOf)}
            rowKey={(r) => r.episodeId}
            empty="No child has been missing over 24 hours."
            urgent
          />
          <BoardSection
            title="Returned in the last 24 hours, interview to do"
            source="W-CP 7.0, WG 9, ST 13.9"
            rows={b.returnedInterviewDue}
            columns={returnedColumns(b.asOf)}
            rowKey={(r) => r.episodeId}
            empty="No child returned in the last 24 hours is waiting for a return interview."
          />
          <BoardSection
            title="Crossed a threshold since the last Daily Review"
            source="W-KC, ST 13.18-13.20, WG 11, EM"
            rows={b.crossedThreshold}
            columns={thresholdColumns}
            rowKey={(r) => r.childId}
            empty="No child has reached a new stage."
          />
          <BoardSection
            title="Return interviews overdue"
            source="W-CP 7.0, ST 13.9, EM"
            rows={b.interviewsOverdue}
            columns={overdueInterviewColumns(b.asOf)}
            rowKey={(r) => r.episodeId}
            empty="No return interview is overdue (in the last 30 days)."
            urgent
          />
          <Box sx={{ gridColumn: { lg: '1 / -1' } }}>
            <BoardSection
              title="Actions overdue"
              source="ST 13.16, ST 15.5"
              rows={b.actionsOverdue}
              columns={actionColumns}
              rowKey={(r) => r.actionId}
              empty="No action agreed at a meeting is overdue."
              urgent
            />
          </Box>
        </Box>
      )}
    </Box>
  );
}
