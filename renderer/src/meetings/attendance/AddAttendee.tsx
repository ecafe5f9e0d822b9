import { Box, Button, TextField } from '@mui/material';
import { useState } from 'react';
import { ATTENDEE_ROLE_LABELS, ATTENDEE_ROLES, type AttendeeRole } from '../../../../shared/domain/meeting';
import { call } from '../../api/client';
import { useMeeting } from '../meetingContext';
import { withAttendees } from '../recordUpdates';

const isRole = (v: string): v is AttendeeRole => (ATTENDEE_ROLES as readonly string[]).includes(v);
// The chair and minute-taker are set in the meeting's details; anyone else can be added here.
const ROLES = ATTENDEE_ROLES.filter((r) => r !== 'chair' && r !== 'minute-taker');

/** Someone not suggested by the protocol: their role, name and agency. Enter adds them. */
export function AddAttendee() {
  const { record, update, fail } = useMeeting();
  const [role, setRole] = useState<AttendeeRole>('other');
  const [name, setName] = useState('');
  const [agency, setAgency] = useState('');
  const [busy, setBusy] = useState(false);

  const add = async () => {
    setBusy(true);
    try {
      const attendees = await call('meetings.addAttendee', {
        meetingId: record.meeting.id,
        attendee: { role, name: name.trim(), agency: agency.trim(), status: 'invited' },
      });
      update((r) => withAttendees(r, attendees));
      setName('');
      setAgency('');
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
        onChange={(e) => isRole(e.target.value) && setRole(e.target.value)}
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
        onChange={(e) => setName(e.target.value)}
        slotProps={{ htmlInput: { autoComplete: 'off' } }}
      />
      <TextField
        size="small"
        label="Agency"
        value={agency}
        onChange={(e) => setAgency(e.target.value)}
        slotProps={{ htmlInput: { autoComplete: 'off' } }}
      />
      <Button type="submit" variant="outlined" disabled={busy} sx={{ whiteSpace: 'nowrap' }}>
        Add to the meeting
      </Button>
    </Box>
  );
}
