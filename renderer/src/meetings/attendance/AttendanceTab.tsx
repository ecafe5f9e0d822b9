import {
  Box,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../../shared/domain/meeting';
import { distributionList } from '../../../../shared/meetings/distribution';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useMeeting } from '../meetingContext';
import { AddAttendee } from './AddAttendee';
import { AgencyInformationPanel } from './AgencyInformationPanel';
import { attendanceCards } from './attendanceCards';
import { AttendeeRow } from './AttendeeRow';
import { OutcomePanel } from './OutcomePanel';

// "3 attended · 1 sent apologies": the counts read as a sentence.
const COUNT_WORDS: Record<AttendanceStatus, string> = {
  invited: 'not recorded yet',
  attended: 'attended',
  apologies: 'sent apologies',
  declined: 'declined',
  'no-response': 'did not respond',
};

/**
 * Who was invited, who came, who sent apologies. The protocol's invitees arrive by role with the names to fill;
 * the minutes go to the distribution list worked out from this (EM, ST 14.4, WG 12).
 */
export function AttendanceTab() {
  const { record, locked } = useMeeting();
  const { attendees } = record;
  const counts = ATTENDANCE_STATUSES.map((s) => [s, attendees.filter((a) => a.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${COUNT_WORDS[s]}`);
  const distribution = distributionList(record.meeting.kind, attendees, record.children);
  return (
    <Box>
      <Paper sx={{ mb: 2 }}>
        <Box
          sx={{
            px: 2,
            pt: 2,
            pb: 1,
            display: 'flex',
            justifyContent: 'space-between',
            flexWrap: 'wrap',
            gap: 1,
          }}
        >
          <Box>
            <Typography variant="h2" component="h2">
              Attendance
            </Typography>
            <Typography color="text.secondary">
              {locked
                ? 'As recorded when the minutes were approved.'
                : 'Invitees suggested by the protocol, by role: fill in the names. Names and agencies save when you move on.'}
            </Typography>
          </Box>
          <Typography sx={{ fontWeight: 600, alignSelf: 'flex-end' }} data-testid="attendance-counts">
            {counts.join(' · ')}
          </Typography>
        </Box>
        <TableContainer>
          <Table size="small" aria-label="Attendance" role="table" sx={attendanceCards}>
            <TableHead role="rowgroup">
              <TableRow role="row">
                <TableCell role="columnheader" sx={{ width: '24%' }}>
                  Name
                </TableCell>
                <TableCell role="columnheader">Role</TableCell>
                <TableCell role="columnheader" sx={{ width: '22%' }}>
                  Agency
                </TableCell>
                <TableCell role="columnheader" sx={{ width: 180 }}>
                  Attendance
                </TableCell>
                <TableCell role="columnheader" sx={{ width: 100 }}>
                  <VisuallyHidden>Remove</VisuallyHidden>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody role="rowgroup">
              {attendees.map((a) => (
                <AttendeeRow key={a.id} attendee={a} />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        {!locked && (
          <Box sx={{ p: 2, borderTop: 1, borderColor: 'divider' }}>
            <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
              Add someone
            </Typography>
            <AddAttendee />
          </Box>
        )}
      </Paper>
      <AgencyInformationPanel />
      <Paper sx={{ p: 2 }}>
        <Typography variant="h3" component="h3">
          The minutes go to
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          Everyone invited with a name or an agency, and those the protocols say always receive them.
        </Typography>
        {distribution.length === 0 ? (
          <Typography color="text.secondary">Nobody yet: fill in the names above.</Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {distribution.map((d, i) => (
              <li key={`${i}-${d.name ?? ''}-${d.agency}`}>
                <strong>{d.name ?? d.agency}</strong>
                {d.role && ` · ${d.role}`}
                {d.name && d.agency && ` · ${d.agency}`}{' '}
                <Box component="span" sx={{ color: 'text.secondary' }}>
                  ({d.reason})
                </Box>
              </li>
            ))}
          </Box>
        )}
      </Paper>
      <OutcomePanel />
    </Box>
  );
}
