import { TextField } from '@mui/material';
import { useState } from 'react';
import { ACTION_STATUSES, type ActionStatus, type MeetingAction } from '../../../../shared/domain/meeting';
import { call } from '../../api/client';
import { useMeeting } from '../meetingContext';
import { ACTION_STATUS_LABELS } from '../meetingText';
import { withUpdatedAction } from '../recordUpdates';
import { ActionChangeDialog } from './ActionChangeDialog';

const isStatus = (v: string): v is ActionStatus => (ACTION_STATUSES as readonly string[]).includes(v);

/**
 * Open, done or dropped: action tracking, allowed after the minutes are approved (actions.update). Dropping asks
 * why first (the reason is kept with the action).
 */
export function ActionStatusSelect({ action }: { action: MeetingAction }) {
  const { update, fail } = useMeeting();
  const [busy, setBusy] = useState(false);
  const [dropping, setDropping] = useState(false);
  return (
    <>
      <TextField
        select
        size="small"
        value={action.status}
        disabled={busy}
        onChange={(e) => {
          const status = e.target.value;
          if (!isStatus(status)) return;
          if (status === 'dropped') {
            setDropping(true);
            return;
          }
          setBusy(true);
          call('actions.update', { id: action.id, baseRevision: action.revision, status })
            .then((saved) => update((r) => withUpdatedAction(r, saved)), fail)
            .finally(() => setBusy(false));
        }}
        slotProps={{
          select: { native: true },
          htmlInput: { 'aria-label': `Status of the action: ${action.what}` },
        }}
        sx={{ minWidth: 110 }}
      >
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {ACTION_STATUS_LABELS[s]}
          </option>
        ))}
      </TextField>
      {dropping && <ActionChangeDialog action={action} mode="drop" onClose={() => setDropping(false)} />}
    </>
  );
}
