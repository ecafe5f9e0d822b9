import { Box, Button, Chip, Link, Paper, Stack, Typography } from '@mui/material';
import { MEETING_STATUS_LABELS } from '../../../shared/domain/meeting';
import { href } from '../app/router';
import { HeaderFact } from '../child/HeaderFact';
import { ArrangeNextMeetingButton, LinkedMeetings } from './ArrangeNextMeeting';
import { EditDetailsButton } from './EditDetailsButton';
import { LifecycleActions } from './LifecycleActions';
import { MeetingExports } from './MeetingExports';
import { NotSet } from './NotSet';
import { useMeeting } from './meetingContext';
import { heldWords, scheduledWords } from '../../../shared/meetings/times';
import { childName, formatDeadline, meetingTitle, STATUS_COLOURS } from './meetingText';

interface Props {
  onStarted: () => void;
  /** In run mode: folds the header back to two lines. */
  onCollapse: (() => void) | null;
}

/** What the chair reads out first: which meeting, about whom, when and where, who chairs, and where it stands. */
export function MeetingHeader({ onStarted, onCollapse }: Props) {
  const { record, locked } = useMeeting();
  const { meeting, children } = record;
  return (
    <Paper component="header" sx={{ p: 2.5, mb: 2 }}>
      <Stack
        direction="row"
        sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}
      >
        <Box sx={{ minWidth: 0, flex: '1 1 480px' }}>
          <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
            <Typography variant="h1" component="h1">
              {meetingTitle(meeting.kind, meeting.stageLevel)}
            </Typography>
            <Chip
              label={MEETING_STATUS_LABELS[meeting.status]}
              color={STATUS_COLOURS[meeting.status]}
              variant={meeting.status === 'draft' ? 'outlined' : 'filled'}
              data-testid="meeting-status"
            />
          </Stack>
          <Typography sx={{ mt: 0.5, fontSize: '1.1rem' }}>
            {children.length === 0 ? (
              <Box component="span" sx={{ color: 'text.secondary' }}>
                No child named (a governance meeting)
              </Box>
            ) : (
              children.map((c, i) => (
                <Box component="span" key={c.id}>
                  {i > 0 && ', '}
                  <Link href={href({ name: 'child', id: c.id })} underline="hover" sx={{ fontWeight: 600 }}>
                    {childName(c)}
                  </Link>{' '}
                  <Box component="span" sx={{ color: 'text.secondary' }}>
                    ({c.caseReference})
                  </Box>
                </Box>
              ))
            )}
          </Typography>
        </Box>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
          {onCollapse && <Button onClick={onCollapse}>Hide details</Button>}
          {!locked && <EditDetailsButton />}
          <ArrangeNextMeetingButton />
          <LifecycleActions onStarted={onStarted} />
        </Stack>
      </Stack>
      <Box
        component="dl"
        sx={{
          m: 0,
          mt: 2,
          display: 'grid',
          gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(3, 1fr)', lg: '1.2fr 1fr 1.2fr 1fr 1.2fr' },
          columnGap: 3,
          rowGap: 1.5,
        }}
      >
        <HeaderFact label="When" testId="meeting-when">
          {scheduledWords(meeting)}
          {heldWords(meeting) && (
            <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: '0.9rem' }}>
              {heldWords(meeting)}
            </Box>
          )}
        </HeaderFact>
        <HeaderFact label="Venue">{meeting.venue || <NotSet>Not set</NotSet>}</HeaderFact>
        <HeaderFact label="Chair" testId="meeting-chair">
          {meeting.chairName ?? <NotSet>Not named yet</NotSet>}
          <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: '0.9rem' }}>
            {meeting.chairRole}
          </Box>
        </HeaderFact>
        <HeaderFact label="Minute-taker">{meeting.minuteTaker ?? <NotSet>Not named yet</NotSet>}</HeaderFact>
        <HeaderFact label="Deadline">{formatDeadline(meeting.dueBy)}</HeaderFact>
      </Box>
      <Box component="dl" sx={{ m: 0, mt: 1.5 }}>
        <HeaderFact label="Reason">{meeting.reason}</HeaderFact>
      </Box>
      <LinkedMeetings />
      <Stack direction="row" sx={{ gap: 1, mt: 2, flexWrap: 'wrap' }}>
        <MeetingExports />
      </Stack>
    </Paper>
  );
}
