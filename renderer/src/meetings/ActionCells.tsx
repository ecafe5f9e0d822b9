import { Box, Link } from '@mui/material';
import type { MeetingAction } from '../../../shared/domain/meeting';
import { href } from '../app/router';
import { formatUkDate, shortMeetingTitle } from './meetingText';

/** The owner with their agency under it: the same in every table of actions. */
export function ActionOwner({ action }: { action: MeetingAction }) {
  return (
    <>
      {action.owner}
      {action.agency && (
        <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: '0.9rem' }}>
          {action.agency}
        </Box>
      )}
    </>
  );
}

/** The meeting that agreed the action, as a link to it. */
export function ActionAgreedAt({ action }: { action: MeetingAction }) {
  return (
    <Link href={href({ name: 'meeting', id: action.meetingId })} underline="hover">
      {shortMeetingTitle(action.meetingKind, null)} of {formatUkDate(action.meetingScheduledAt)}
    </Link>
  );
}
