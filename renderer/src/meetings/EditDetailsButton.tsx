import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { formatUkDateTime, parseUkDateTime } from '../../../shared/time/london';
import { ApiCallError, call } from '../api/client';
import { DateTimeField } from '../components/DateTimeField';
import {
  draftFromMeeting,
  issuesToErrors,
  parseDetails,
  type DetailsDraft,
  type DetailsErrors,
} from './detailsForm';
import { useMeeting } from './meetingContext';
import { MeetingDetailsFields } from './MeetingDetailsFields';
import { withMeeting } from './recordUpdates';

/** Edits when, where and who until the minutes are approved (the chair must be named before approval). */
export function EditDetailsButton() {
  const { record, update, reload } = useMeeting();
  const { meeting } = record;
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<DetailsDraft>(() => draftFromMeeting(meeting));
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<DetailsErrors & { nextMeetingAt?: string }>({});
  const [busy, setBusy] = useState(false);

  const start = () => {
    setDraft(draftFromMeeting(meeting));
    setNext(formatUkDateTime(meeting.nextMeetingAt));
    setErrors({});
    setOpen(true);
  };

  const save = async () => {
    const parsed = parseDetails(draft);
    const nextParsed = next.trim() ? parseUkDateTime(next, '09:00') : null;
    if (!parsed.ok || (nextParsed && !nextParsed.ok)) {
      setErrors({
        ...(parsed.ok ? {} : parsed.errors),
        ...(nextParsed && !nextParsed.ok ? { nextMeetingAt: `Next meeting ${nextParsed.message}.` } : {}),
      });
      return;
    }
    setBusy(true);
    try {
      const saved = await call('meetings.update', {
        meetingId: meeting.id,
        details: {
          ...parsed.value,
          dueBy: meeting.dueBy,
          nextMeetingAt: nextParsed?.ok ? nextParsed.iso : null,
        },
      });
      update((r) => withMeeting(r, saved));
      // A renamed chair or minute-taker renames their attendance row too: read the meeting again for it.
      reload();
      setOpen(false);
    } catch (e) {
      setErrors(
        e instanceof ApiCallError
          ? issuesToErrors(e.error.issues, e.error.message)
          : { general: 'Nothing was saved.' },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="outlined" onClick={start}>
        Edit details
      </Button>
      {open && (
        <Dialog
          open
          onClose={busy ? undefined : () => setOpen(false)}
          maxWidth="md"
          fullWidth
          aria-labelledby="edit-details-title"
        >
          <DialogTitle id="edit-details-title">Meeting details</DialogTitle>
          <DialogContent dividers>
            <Box
              component="form"
              id="meeting-details-form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void save();
              }}
            >
              <MeetingDetailsFields
                draft={draft}
                errors={errors}
                onChange={(key, value) => setDraft((d) => ({ ...d, [key]: value }))}
              />
              <Box sx={{ maxWidth: { sm: '50%' }, pr: { sm: 1 } }}>
                <DateTimeField
                  label="Next meeting"
                  value={next}
                  onChange={setNext}
                  error={errors.nextMeetingAt ?? null}
                  hint="If one is agreed: dd/mm/yyyy hh:mm"
                  defaultTime="09:00"
                />
              </Box>
              {errors.general && (
                <Alert severity="error" sx={{ mt: 1 }}>
                  {errors.general}
                </Alert>
              )}
            </Box>
          </DialogContent>
          <DialogActions sx={{ px: 3, py: 1.5 }}>
            <Button onClick={() => setOpen(false)} disabled={busy}>
              Cancel
            </Button>
            <Button type="submit" form="meeting-details-form" variant="contained" disabled={busy}>
              {busy ? 'Saving…' : 'Save details'}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}
