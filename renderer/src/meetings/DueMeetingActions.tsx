import { Box, Button } from '@mui/material';
import type { MeetingSummary } from '../../../shared/domain/meeting';
import type { DueItem } from '../../../shared/protocol';
import { href } from '../app/router';
import { CreateFromDueButton } from './CreateFromDueButton';
import { formatUkDateTime, shortMeetingTitle } from './meetingText';

interface Props {
  item: DueItem;
  /** Meetings arranged and not yet held (draft or in progress). */
  upcoming: readonly MeetingSummary[];
}

/**
 * A meeting row's button: "Create meeting", or the meeting already arranged for it (same child, and the same
 * meeting by name or by deadline), so a chair does not arrange it twice. The row stays until the meeting is held.
 */
export function DueMeetingActions({ item, upcoming }: Props) {
  const arranged = upcoming.find(
    (m) =>
      m.children.some((c) => c.id === item.childId) &&
      (shortMeetingTitle(m.kind, m.stageLevel) === item.what ||
        (item.dueBy !== null && m.dueBy === item.dueBy)),
  );
  if (!arranged) return <CreateFromDueButton item={item} />;
  return (
    <Box>
      <Button
        size="small"
        variant="contained"
        href={href({ name: 'meeting', id: arranged.id })}
        // The name starts with the words on the button, so "click Open meeting" works by voice (WCAG 2.5.3).
        aria-label={`Open meeting: the ${shortMeetingTitle(arranged.kind, arranged.stageLevel)} arranged for ${item.childName}`}
        sx={{ whiteSpace: 'nowrap' }}
      >
        Open meeting
      </Button>
      <Box component="span" sx={{ display: 'block', mt: 0.5, fontSize: '0.8rem', color: 'text.secondary' }}>
        Arranged for {formatUkDateTime(arranged.scheduledAt)}
      </Box>
    </Box>
  );
}
