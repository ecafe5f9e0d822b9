import {
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
import { MEETING_STATUS_LABELS, type MeetingSummary } from '../../../shared/domain/meeting';
import { heldWords, scheduledWords } from '../../../shared/meetings/times';
import { href } from '../app/router';
import { shortMeetingTitle, STATUS_COLOURS } from './meetingText';

interface Props {
  meetings: readonly MeetingSummary[];
  label: string;
  /** The Meetings screen names the children; a child's own page says only how many others there were. */
  showChildren: boolean;
  rowTestId: string;
}

/** Meetings as rows: what, (who), when, chair, status; each opens the meeting. */
export function MeetingsTable({ meetings, label, showChildren, rowTestId }: Props) {
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>Meeting</TableCell>
            {showChildren && <TableCell>Child or children</TableCell>}
            <TableCell sx={{ width: 190 }}>When</TableCell>
            <TableCell sx={{ width: 260 }}>Chair</TableCell>
            <TableCell sx={{ width: 180 }}>Status</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {meetings.map((m) => (
            <TableRow key={m.id} hover data-testid={rowTestId}>
              <TableCell>
                <Link href={href({ name: 'meeting', id: m.id })} underline="hover" sx={{ fontWeight: 600 }}>
                  {shortMeetingTitle(m.kind, m.stageLevel)}
                </Link>
                {!showChildren && m.children.length > 1 && (
                  <Typography variant="body2" color="text.secondary">
                    with {m.children.length - 1} other child{m.children.length > 2 ? 'ren' : ''}
                  </Typography>
                )}
              </TableCell>
              {showChildren && (
                <TableCell>
                  {m.children.length <= 3
                    ? m.children.map((c) => `${c.givenName} ${c.familyName}`).join(', ')
                    : `${m.children.length} children`}
                </TableCell>
              )}
              <TableCell data-testid="meeting-times">
                {scheduledWords(m)}
                {heldWords(m) && (
                  <Typography variant="body2" color="text.secondary">
                    {heldWords(m)}
                  </Typography>
                )}
              </TableCell>
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
  );
}
