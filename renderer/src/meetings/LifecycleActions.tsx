import { Button } from '@mui/material';
import { useState } from 'react';
import type { MeetingStatus } from '../../../shared/domain/meeting';
import { nextStatus } from '../../../shared/meetings/lifecycle';
import { call } from '../api/client';
import { ApproveDialog } from './ApproveDialog';
import { errorMessage, useMeeting } from './meetingContext';
import { withMeeting } from './recordUpdates';

const BUTTON_LABELS: Partial<Record<MeetingStatus, string>> = {
  'in-progress': 'Start meeting',
  concluded: 'Conclude meeting',
  approved: 'Approve minutes',
};

/**
 * The one next step of the meeting's lifecycle. Concluding and approving first save every item's minutes, so the
 * meeting never moves on with text still on its way; approving asks for confirmation, since it locks the minutes.
 */
export function LifecycleActions({ onStarted }: { onStarted: () => void }) {
  const { record, update, reload, fail, autosave } = useMeeting();
  const [busy, setBusy] = useState(false);
  const [approving, setApproving] = useState(false);
  const to = nextStatus(record.meeting.status);
  if (to === null) return null;

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
        // The whole record again: the items are now the approved minutes.
        reload();
      }
      if (to === 'in-progress') onStarted();
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        variant="contained"
        color={to === 'approved' ? 'success' : 'primary'}
        disabled={busy}
        onClick={() => (to === 'approved' ? setApproving(true) : void move().catch(fail))}
      >
        {BUTTON_LABELS[to]}
      </Button>
      {approving && (
        <ApproveDialog
          chairName={record.meeting.chairName}
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
