import {
  Alert,
  Box,
  Chip,
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
import { MEETING_STATUS_LABELS } from '../../../shared/domain/meeting';
import { formatUkDateTime } from '../../../shared/time/london';
import { useQuery } from '../api/useQuery';
import { href } from '../app/router';
import { CreateMeetingButton } from '../meetings/CreateMeetingButton';
import { shortMeetingTitle, STATUS_COLOURS } from '../meetings/meetingText';

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
        <TableContainer component={Paper}>
          <Table size="small" aria-label="Meetings">
            <TableHead>
              <TableRow>
                <TableCell>Meeting</TableCell>
                <TableCell sx={{ width: 190 }}>When</TableCell>
                <TableCell sx={{ width: 260 }}>Chair</TableCell>
                <TableCell sx={{ width: 180 }}>Status</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {meetings.map((m) => (
                <TableRow key={m.id} hover data-testid="child-meeting-row">
                  <TableCell>
                    <Link
                      href={href({ name: 'meeting', id: m.id })}
                      underline="hover"
                      sx={{ fontWeight: 600 }}
                    >
                      {shortMeetingTitle(m.kind, m.stageLevel)}
                    </Link>
                    {m.children.length > 1 && (
                      <Typography variant="body2" color="text.secondary">
                        with {m.children.length - 1} other child{m.children.length > 2 ? 'ren' : ''}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>{formatUkDateTime(m.scheduledAt)}</TableCell>
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
