import { Alert, Box, Button, LinearProgress, Link, Paper, Skeleton } from '@mui/material';
import { useQuery } from '../api/useQuery';
import { href } from '../app/router';
import { MeetingView } from './MeetingView';

/** `#/meeting/<id>`: loads the meeting, then hands it to the run-mode view. */
export function MeetingPage({ id }: { id: string }) {
  const q = useQuery('meetings.get', { meetingId: id });
  if (q.data)
    return <MeetingView record={q.data} reload={q.reload} reloading={q.loading} loadError={q.error} />;
  if (q.error) {
    return (
      <Box>
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={q.reload}>
              Try again
            </Button>
          }
        >
          The meeting could not be opened: {q.error}
        </Alert>
        <Link href={href({ name: 'due' })} sx={{ display: 'inline-block', mt: 2 }}>
          Back to Due
        </Link>
      </Box>
    );
  }
  return (
    <Box aria-busy="true">
      <LinearProgress aria-label="Loading the meeting" sx={{ mb: 2 }} />
      <Paper sx={{ p: 2.5, mb: 2 }}>
        <Skeleton width="40%" height={48} />
        <Skeleton width="60%" />
      </Paper>
      <Skeleton variant="rectangular" height={360} />
    </Box>
  );
}
