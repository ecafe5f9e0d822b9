import { Box, Button, TextField } from '@mui/material';
import { useState } from 'react';
import { ATTENDEE_ROLE_LABELS, ATTENDEE_ROLES, type AttendeeRole } from '../../../../shared/domain/meeting';
import { call } from '../../api/client';
import { useDraft } from '../drafts/useDraft';
import { useMeeting } from '../meetingContext';
import { withAttendees } from '../recordUpdates';

const isRole = (v: string): v is AttendeeRole => (ATTENDEE_ROLES as readonly string[]).includes(v);
// The chair and minute-taker are set in the meeting's details; anyone else can be added here.
const ROLES = ATTENDEE_ROLES.filter((r) => r !== 'chair' && r !== 'minute-taker');

/** Someone not suggested by the protocol: their role, name and agency. Enter adds them. */
export function AddAttendee() {
  const { record, update, fail, drafts } = useMeeting();
  // Typed but not yet added: kept through a reload, a closed window and a crash until "Add to the meeting".
  const draft = useDraft(
    drafts,
    'attendee:new',
    { role: 'other', name: '', agency: '' },
    {
      label: 'Someone typed under Attendance, not added',
      order: 100,
      isClean: (d) => !d.name.trim() && !d.agency.trim(),
    },
  );
  const { name, agency } = draft.value;
  const role: AttendeeRole = isRole(draft.value.role) ? draft.value.role : 'other';
  const [busy, setBusy] = useState(false);

  const add = async () => {
    setBusy(true);
    try {
      const attendees = await call('meetings.addAttendee', {
        meetingId: record.meeting.id,
        attendee: { role, name: name.trim(), agency: agency.trim(), status: 'invited' },
      });
      update((r) => withAttendees(r, attendees));
      draft.reset({ role, name: '', agency: '' });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box
      component="form"
      aria-label="Add someone"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: 'minmax(220px, 1.4fr) 1fr 1fr auto' },
        gap: 1,
        alignItems: 'start',
      }}
    >
      <TextField
        select
        size="small"
        label="Role"
        value={role}
        onChange={(e) => {
          const v = e.target.value;
          draft.set((d) => ({ ...d, role: v }));
        }}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ATTENDEE_ROLE_LABELS[r]}
          </option>
        ))}
      </TextField>
      <TextField
        size="small"
        label="Name"
        value={name}
        onChange={(e) => {
          const v = e.target.value;
          draft.set((d) => ({ ...d, name: v }));
        }}
        slotProps={{ htmlInput: { autoComplete: 'off' } }}
      />
      <TextField
        size="small"
        label="Agency"
        value={agency}
        onChange={(e) => {
          const v = e.target.value;
          draft.set((d) => ({ ...d, agency: v }));
        }}
        slotProps={{ htmlInput: { autoComplete: 'off' } }}
      />
      <Button type="submit" variant="outlined" disabled={busy} sx={{ whiteSpace: 'nowrap' }}>
        Add to the meeting
      </Button>
    </Box>
  );
}
