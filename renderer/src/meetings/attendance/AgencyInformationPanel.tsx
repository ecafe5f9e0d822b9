import { Box, Paper, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { ATTENDEE_ROLE_LABELS, type Attendee } from '../../../../shared/domain/meeting';
import { call } from '../../api/client';
import { useDraft } from '../drafts/useDraft';
import { useMeeting } from '../meetingContext';
import { withAttendees } from '../recordUpdates';

/**
 * What each agency brought to the meeting, typed per attendee (the person who spoke for it): the minutes print a
 * section per agency from it. Only those who attended are asked; someone who sent apologies may have sent a report,
 * so they are offered too.
 */
export function AgencyInformationPanel() {
  const { record } = useMeeting();
  const shown = record.attendees.filter(
    (a) => a.name.trim() !== '' && (a.status === 'attended' || a.status === 'apologies' || a.information),
  );
  return (
    <Paper sx={{ p: 2, mb: 2 }} component="section" aria-labelledby="agency-information-title">
      <Typography variant="h3" component="h3" id="agency-information-title">
        Information from each agency
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        What each agency reported to the meeting, printed in the minutes under the agency’s name. Saves when
        you move on.
      </Typography>
      {shown.length === 0 ? (
        <Typography color="text.secondary">
          Nobody is recorded as attending or sending apologies yet: mark the attendance above.
        </Typography>
      ) : (
        <Box sx={{ display: 'grid', gap: 2 }}>
          {shown.map((a) => (
            <AgencyInformationField key={a.id} attendee={a} />
          ))}
        </Box>
      )}
    </Paper>
  );
}

function AgencyInformationField({ attendee }: { attendee: Attendee }) {
  const { record, update, fail, locked, drafts } = useMeeting();
  const role = ATTENDEE_ROLE_LABELS[attendee.role];
  const who = `${attendee.name}${attendee.agency ? `, ${attendee.agency}` : ''}`;
  // Kept in the meeting's drafts until saved, as the attendance names are: a reload or a crash brings it back.
  const draft = useDraft(
    drafts,
    `attendee-information:${attendee.id}`,
    { information: attendee.information },
    {
      label: `${role}: what their agency brought, typed in Attendance, not saved`,
      order: 300 + record.attendees.findIndex((a) => a.id === attendee.id),
      isClean: (d) => d.information.trim() === attendee.information,
    },
  );
  const [seen, setSeen] = useState(attendee.information);
  const [busy, setBusy] = useState(false);
  // Another window saved it: take the stored text unless something else is being typed here.
  if (attendee.information !== seen) {
    setSeen(attendee.information);
    if (draft.value.information.trim() === seen) draft.reset({ information: attendee.information });
  }
  const value = draft.value.information;
  const save = async () => {
    if (value.trim() === attendee.information) return;
    setBusy(true);
    try {
      const attendees = await call('meetings.updateAttendee', {
        meetingId: record.meeting.id,
        attendeeId: attendee.id,
        baseRevision: attendee.revision,
        attendee: {
          name: attendee.name,
          role: attendee.role,
          agency: attendee.agency,
          status: attendee.status,
          isChair: attendee.isChair,
          isMinuteTaker: attendee.isMinuteTaker,
          information: value.trim(),
        },
      });
      update((r) => withAttendees(r, attendees));
    } catch (e) {
      // The draft stays: a refused save (approved meanwhile, or changed elsewhere) loses nothing typed.
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <TextField
      label={`What ${who} reported`}
      multiline
      minRows={2}
      value={value}
      disabled={locked}
      onChange={(e) => draft.set({ information: e.target.value })}
      onBlur={() => void save()}
      helperText={
        !locked && !busy && value.trim() !== attendee.information
          ? 'Not saved yet: saves when you move on'
          : undefined
      }
      slotProps={{ htmlInput: { maxLength: 4000 } }}
    />
  );
}
