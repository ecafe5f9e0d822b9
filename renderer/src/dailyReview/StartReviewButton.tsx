import { Alert, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { DailyReviewBoard } from '../../../shared/api/dashboard';
import { formatLongDateTime } from '../../../shared/time/london';
import { call } from '../api/client';
import { navigate } from '../app/router';

type TodaysReview = NonNullable<DailyReviewBoard['todaysReview']>;

/** What today's review has come to, in the words the board and the button use. */
export function todaysReviewWords(review: TodaysReview): string {
  if (review.status === 'draft')
    return `Today’s Daily Review was created at ${formatLongDateTime(review.scheduledAt)} and has not started yet`;
  if (review.status === 'in-progress')
    return `Today’s Daily Review started at ${formatLongDateTime(review.startedAt ?? review.scheduledAt)} and is in progress`;
  return `Today’s Daily Review was held at ${formatLongDateTime(review.startedAt ?? review.scheduledAt)}${
    review.status === 'approved' ? ' (minutes approved)' : ' (concluded)'
  }`;
}

/**
 * Creates today's Daily Review from the board as it stands and opens it; once today's is open, the button opens it
 * instead (the backend would join it anyway), so it never reads as if none had been started. The backend refuses
 * when there is no child to review; its message is shown as it is.
 */
export function StartReviewButton({
  childCount,
  today,
}: {
  childCount: number;
  today: DailyReviewBoard['todaysReview'];
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = today !== null && (today.status === 'draft' || today.status === 'in-progress');
  const start = () => {
    if (open) {
      navigate({ name: 'meeting', id: today.meetingId });
      return;
    }
    setBusy(true);
    setError(null);
    call('dailyReview.start', {}).then(
      ({ record }) => navigate({ name: 'meeting', id: record.meeting.id }),
      (e: Error) => {
        setError(e.message);
        setBusy(false);
      },
    );
  };
  const label = open
    ? 'Open today’s Daily Review'
    : today !== null
      ? 'Start another Daily Review today'
      : 'Start today’s Daily Review';
  return (
    <Stack sx={{ alignItems: 'flex-end', gap: 1 }}>
      <Button variant="contained" size="large" onClick={start} disabled={busy}>
        {busy ? 'Creating the meeting…' : label}
      </Button>
      {/* Once today's exists, the board's own line says what it has come to, linked; not said twice. */}
      {!error && today === null && (
        <Typography variant="body2" color="text.secondary">
          {childCount === 0
            ? 'No child to review now'
            : `${childCount} ${childCount === 1 ? 'child' : 'children'}, one section each, with their packs`}
        </Typography>
      )}
      {error && (
        <Alert severity="warning" sx={{ maxWidth: 520 }}>
          {error}
        </Alert>
      )}
    </Stack>
  );
}
