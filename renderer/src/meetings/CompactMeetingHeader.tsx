import { Box, Button, Chip, Link, Paper, Stack, Typography } from '@mui/material';
import { MEETING_STATUS_LABELS } from '../../../shared/domain/meeting';
import { href } from '../app/router';
import { ArrangeNextMeetingButton, LinkedMeetings } from './ArrangeNextMeeting';
import { EditDetailsButton } from './EditDetailsButton';
import { LifecycleActions } from './LifecycleActions';
import { MeetingExports } from './MeetingExports';
import { useMeeting } from './meetingContext';
import { meetingTimesLine } from '../../../shared/meetings/times';
import { childName, formatDeadlineShort, meetingTitle, STATUS_COLOURS } from './meetingText';

interface Props {
  onStarted: () => void;
  onExpand: () => void;
}

/**
 * The header in run mode: the same facts in two lines, so the minutes editor starts high on a laptop screen or a
 * projector. "Show details" brings back the full header (reason, exports).
 */
export function CompactMeetingHeader({ onStarted, onExpand }: Props) {
  const { record, locked } = useMeeting();
  const { meeting, children } = record;
  const facts = [
    meetingTimesLine(meeting),
    meeting.venue || null,
    `Chair: ${meeting.chairName ?? 'not named yet'} (${meeting.chairRole})`,
    meeting.minuteTaker ? `Minute-taker: ${meeting.minuteTaker}` : null,
    meeting.dueBy ? `Deadline ${formatDeadlineShort(meeting.dueBy)}` : null,
  ].filter((f): f is string => f !== null);
  return (
    <Paper component="header" sx={{ px: 2.5, py: 1.5, mb: 2 }}>
      <Stack
        direction="row"
        sx={{ justifyContent: 'space-between', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}
      >
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, flexWrap: 'wrap', minWidth: 0 }}>
          <Typography variant="h1" component="h1" sx={{ fontSize: '1.4rem' }}>
            {meetingTitle(meeting.kind, meeting.stageLevel)}
          </Typography>
          <Chip
            size="small"
            label={MEETING_STATUS_LABELS[meeting.status]}
            color={STATUS_COLOURS[meeting.status]}
            variant={meeting.status === 'draft' ? 'outlined' : 'filled'}
            data-testid="meeting-status"
          />
          {children.map((c) => (
            <Link
              key={c.id}
              href={href({ name: 'child', id: c.id })}
              underline="hover"
              sx={{ fontWeight: 600, fontSize: '1.05rem' }}
            >
              {childName(c)}
            </Link>
          ))}
        </Stack>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
          <Button onClick={onExpand}>Show details</Button>
          {/* Once approved, the next thing a chair does is send the minutes out. */}
          {locked && <MeetingExports />}
          {!locked && <EditDetailsButton />}
          <ArrangeNextMeetingButton />
          <LifecycleActions onStarted={onStarted} />
        </Stack>
      </Stack>
      <Typography color="text.secondary" sx={{ mt: 0.5 }} data-testid="meeting-facts">
        {facts.map((f, i) => (
          <Box component="span" key={f}>
            {i > 0 && (
              <Box component="span" sx={{ mx: 1 }} aria-hidden="true">
                ·
              </Box>
            )}
            {f}
          </Box>
        ))}
      </Typography>
      <LinkedMeetings />
    </Paper>
  );
}
