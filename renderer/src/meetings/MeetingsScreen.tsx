import {
  Alert,
  Box,
  Chip,
  LinearProgress,
  Link,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { MeetingSummary } from '../../../shared/domain/meeting';
import { MEETING_STATUS_LABELS } from '../../../shared/domain/meeting';
import { formatLongDateTime } from '../../../shared/time/london';
import { useQuery } from '../api/useQuery';
import { href } from '../app/router';
import { shortMeetingTitle, STATUS_COLOURS } from './meetingText';

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
        <TableContainer component={Paper}>
          <Table size="small" aria-label={title}>
            <TableHead>
              <TableRow>
                <TableCell>Meeting</TableCell>
                <TableCell>Child or children</TableCell>
                <TableCell sx={{ width: 210 }}>When</TableCell>
                <TableCell sx={{ width: 240 }}>Chair</TableCell>
                <TableCell sx={{ width: 170 }}>Status</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {q.data.map((m) => (
                <TableRow key={m.id} hover data-testid="meeting-row">
                  <TableCell>
                    <Link
                      href={href({ name: 'meeting', id: m.id })}
                      underline="hover"
                      sx={{ fontWeight: 600 }}
                    >
                      {shortMeetingTitle(m.kind, m.stageLevel)}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {m.children.length <= 3
                      ? m.children.map((c) => `${c.givenName} ${c.familyName}`).join(', ')
                      : `${m.children.length} children`}
                  </TableCell>
                  <TableCell>{formatLongDateTime(m.scheduledAt)}</TableCell>
                  <TableCell>
                    {m.chairName ?? '—'}
                    <Typography variant="body2" color="text.secondary">
                      {m.chairRole}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      label={MEETING_STATUS_LABELS[m.status]}
                      color={STATUS_COLOURS[m.status]}
                      variant={m.status === 'draft' ? 'outlined' : 'filled'}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}
