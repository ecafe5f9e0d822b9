import { Button } from '@mui/material';
import { useState } from 'react';
import type { MeetingStatus } from '../../../shared/domain/meeting';
import { nextStatus } from '../../../shared/meetings/lifecycle';
import { call } from '../api/client';
import { useCan } from '../signIn/access';
import { ApproveDialog } from './ApproveDialog';
import { ConcludeDialog } from './ConcludeDialog';
import { errorMessage, useMeeting } from './meetingContext';
import { meetingGaps, type Gap } from './meetingGaps';
import { withMeeting } from './recordUpdates';

const BUTTON_LABELS: Partial<Record<MeetingStatus, string>> = {
  'in-progress': 'Start meeting',
  concluded: 'Conclude meeting',
  approved: 'Approve minutes',
};

/**
 * The one next step of the meeting's lifecycle. Concluding and approving first save every item's minutes, so the
 * meeting never moves on with text still on its way. Both list what is still empty or typed and not added (items
 * with no minutes, drafts, attendance not recorded) and ask before going on; approving always asks, since it locks.
 */
export function LifecycleActions({ onStarted }: { onStarted: () => void }) {
  const { record, update, fail, autosave, drafts } = useMeeting();
  const [busy, setBusy] = useState(false);
  const [approving, setApproving] = useState(false);
  // Set while the Conclude check is open: what is still empty or not added.
  const [concludeGaps, setConcludeGaps] = useState<Gap[] | null>(null);
  // Team mode: a minute-taker (or read-only) may not move a meeting on, so Start, Conclude and Approve are not shown.
  const mayMove = useCan()('meetings.transition');
  const to = nextStatus(record.meeting.status);
  if (to === null) return null;
  const gaps = () => meetingGaps(record, drafts.list(), (id) => autosave.get(id)?.text);

  /** Saves what is typed; throws (saying which) when some minutes could not be saved. */
  const requireAllSaved = async () => {
    await autosave.flushAll();
    const s = autosave.getSummary();
    // Items in conflict or failed count here too: their text differs from what is stored.
    const n = s.unsaved;
    if (n === 0) return;
    throw new Error(
      `The minutes of ${n === 1 ? 'one item are' : `${n} items are`} not saved yet: see the items marked ` +
        '“Not saved” on the agenda, then try again.',
    );
  };

  const move = async () => {
    setBusy(true);
    try {
      if (to !== 'in-progress') await requireAllSaved();
      const meeting = await call('meetings.transition', { meetingId: record.meeting.id, to });
      update((r) => withMeeting(r, meeting));
      if (to === 'approved') {
        setApproving(false);
        // Approved minutes cannot take them; the chair saw the list in the dialog and chose to approve.
        drafts.clear();
        // The whole record reads again by itself (a transition makes meetings.get stale): the approved minutes.
      }
      if (to === 'in-progress') onStarted();
    } finally {
      setBusy(false);
    }
  };

  if (!mayMove) return null;
  return (
    <>
      <Button
        variant="contained"
        color={to === 'approved' ? 'success' : 'primary'}
        disabled={busy}
        onClick={() => {
          if (to === 'approved') setApproving(true);
          else if (to === 'concluded' && gaps().length > 0) setConcludeGaps(gaps());
          else void move().catch(fail);
        }}
      >
        {BUTTON_LABELS[to]}
      </Button>
      {concludeGaps && (
        <ConcludeDialog
          gaps={concludeGaps}
          busy={busy}
          onCancel={() => setConcludeGaps(null)}
          onConclude={() =>
            void move().then(
              () => setConcludeGaps(null),
              (e: unknown) => {
                setConcludeGaps(null);
                fail(e);
              },
            )
          }
        />
      )}
      {approving && (
        <ApproveDialog
          gaps={gaps()}
          chairName={record.meeting.chairName}
          unrecordedAttendance={record.attendees
            .filter((a) => a.name.trim() !== '' && a.status === 'invited')
            .map((a) => a.name)}
          onCancel={() => setApproving(false)}
          onApprove={() =>
            move().then(
              () => null,
              (e: unknown) => errorMessage(e),
            )
          }
        />
      )}
    </>
  );
}
