import { Alert, AlertTitle } from '@mui/material';
import { useMeeting } from './meetingContext';
import { approvalLine } from '../../../shared/meetings/approval';

/** Says why the editors are greyed out, and what to do instead. */
export function LockBanner() {
  const { record } = useMeeting();

  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="lock-banner">
      <AlertTitle>Minutes approved and locked</AlertTitle>
      {approvalLine(record.meeting)}; corrections are recorded as amendments (use “Amend” on the item).
      Actions can still be marked done, dropped or given a new owner or due date, each with a reason.
    </Alert>
  );
}
