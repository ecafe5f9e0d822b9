import { Alert, Box, LinearProgress, Paper, Typography } from '@mui/material';
import type { MeetingSummary } from '../../../shared/domain/meeting';
import { useQuery } from '../api/useQuery';
import { MeetingsTable } from './MeetingsTable';

/** Where a chair finds the meeting arranged yesterday, and the minutes still to approve. */
export function MeetingsScreen() {
  const upcoming = useQuery('meetings.list', { when: 'upcoming' });
  const recent = useQuery('meetings.list', { when: 'recent', limit: 50 });
  return (
    <Box>
      <Typography variant="h1" component="h1" gutterBottom>
        Meetings
      </Typography>
      <MeetingTable title="Arranged and in progress" q={upcoming} empty="No meeting is arranged." />
      <MeetingTable title="Held (latest first)" q={recent} empty="No meeting has been held yet." />
    </Box>
  );
}

function MeetingTable({
  title,
  q,
  empty,
}: {
  title: string;
  q: { data?: MeetingSummary[]; error: string | null; loading: boolean };
  empty: string;
}) {
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="h2" component="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {q.error && <Alert severity="error">{q.error}</Alert>}
      {q.loading && <LinearProgress />}
      {q.data && q.data.length === 0 && <Paper sx={{ p: 2, color: 'text.secondary' }}>{empty}</Paper>}
      {q.data && q.data.length > 0 && (
        <MeetingsTable meetings={q.data} label={title} showChildren rowTestId="meeting-row" />
      )}
    </Box>
  );
}
