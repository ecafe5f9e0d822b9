import { Alert, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { call } from '../api/client';
import { navigate } from '../app/router';

/**
 * Creates today's Daily Review from the board as it stands and opens it. The backend refuses when there is no child
 * to review; its message is shown as it is.
 */
export function StartReviewButton({ childCount }: { childCount: number }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = () => {
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
  return (
    <Stack sx={{ alignItems: 'flex-end', gap: 1 }}>
      <Button variant="contained" size="large" onClick={start} disabled={busy}>
        {busy ? 'Creating the meeting…' : 'Start today’s Daily Review'}
      </Button>
      {!error && (
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
