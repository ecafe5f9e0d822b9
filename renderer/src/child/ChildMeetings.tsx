import { Alert, Box, Paper, Typography } from '@mui/material';
import { useQuery } from '../api/useQuery';
import { CreateMeetingButton } from '../meetings/CreateMeetingButton';
import { MeetingsTable } from '../meetings/MeetingsTable';

/** The meetings held or arranged about the child, latest first, each a link to its minutes. */
export function ChildMeetings({ childId, childName }: { childId: string; childName: string }) {
  const q = useQuery('meetings.listForChild', { childId });
  const meetings = q.data ?? [];
  return (
    <Box component="section" aria-labelledby="child-meetings-heading" sx={{ mt: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1.5, gap: 2 }}>
        <Typography variant="h2" component="h2" id="child-meetings-heading">
          Meetings
        </Typography>
        <CreateMeetingButton childId={childId} childName={childName} />
      </Box>
      {q.error && <Alert severity="error">The meetings could not be listed: {q.error}</Alert>}
      {q.data && meetings.length === 0 && (
        <Paper sx={{ p: 2, color: 'text.secondary' }}>
          No meetings held or arranged about this child yet.
        </Paper>
      )}
      {meetings.length > 0 && (
        <MeetingsTable
          meetings={meetings}
          label="Meetings"
          showChildren={false}
          rowTestId="child-meeting-row"
        />
      )}
    </Box>
  );
}
