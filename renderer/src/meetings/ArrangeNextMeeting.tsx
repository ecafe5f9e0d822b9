import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { MEETING_STATUS_LABELS } from '../../../shared/domain/meeting';
import { formatLongDateTime, parseUkDateTime } from '../../../shared/time/london';
import { ApiCallError, call } from '../api/client';
import { href } from '../app/router';
import { DateTimeField } from '../components/DateTimeField';
import { useCan } from '../signIn/access';
import { useMeeting } from './meetingContext';

/**
 * The next meeting as the chair arranges it at this one (issue 12): kind, children, chair, minute-taker and invitees
 * are carried over, so only the date, time and venue are asked. Once arranged, the page links to it and the minutes
 * print it under "Next meeting".
 */
export function ArrangeNextMeetingButton() {
  const { record, update } = useMeeting();
  const { meeting } = record;
  const may = useCan()('meetings.arrangeNext');
  const [open, setOpen] = useState(false);
  const [when, setWhen] = useState('');
  const [venue, setVenue] = useState(meeting.venue);
  const [errors, setErrors] = useState<{ scheduledAt?: string; venue?: string; general?: string }>({});
  const [busy, setBusy] = useState(false);
  const arrangeable =
    (meeting.status === 'in-progress' || meeting.status === 'concluded') && meeting.kind !== 'daily-review';
  if (!may || !arrangeable || record.nextMeeting) return null;

  const save = async () => {
    // The time is asked for, never assumed: "next Tuesday" is agreed with a time in the room.
    const parsed = parseUkDateTime(when);
    if (!parsed.ok) {
      setErrors({ scheduledAt: `Date and time ${parsed.message}.` });
      return;
    }
    setBusy(true);
    try {
      const next = await call('meetings.arrangeNext', {
        meetingId: meeting.id,
        scheduledAt: parsed.iso,
        venue,
      });
      const { id, kind, status, scheduledAt } = next.meeting;
      update((r) => ({ ...r, nextMeeting: { id, kind, status, scheduledAt, venue: next.meeting.venue } }));
      setOpen(false);
    } catch (e) {
      if (e instanceof ApiCallError) {
        const field = e.error.issues?.[0]?.field;
        setErrors(
          field === 'scheduledAt' || field === 'venue'
            ? { [field]: e.error.message }
            : { general: e.error.message },
        );
      } else setErrors({ general: 'Nothing was saved. Try again.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        variant="outlined"
        onClick={() => {
          setErrors({});
          setOpen(true);
        }}
      >
        Arrange next meeting
      </Button>
      {open && (
        <Dialog
          open
          onClose={busy ? undefined : () => setOpen(false)}
          maxWidth="sm"
          fullWidth
          aria-labelledby="arrange-next-title"
        >
          <DialogTitle id="arrange-next-title">Arrange the next meeting</DialogTitle>
          <DialogContent dividers>
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              The same kind of meeting about the same child, with the same chair, minute-taker and invitees.
              Its review of previous actions carries the actions still open.
            </Typography>
            <Box
              component="form"
              id="arrange-next-form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void save();
              }}
              sx={{ display: 'grid', gap: 1 }}
            >
              <DateTimeField
                label="Date and time"
                value={when}
                onChange={setWhen}
                error={errors.scheduledAt ?? null}
                required
                autoFocus
              />
              <TextField
                label="Venue"
                value={venue}
                onChange={(e) => setVenue(e.target.value)}
                error={Boolean(errors.venue)}
                helperText={errors.venue ?? 'A room, an address, or Teams'}
                size="small"
                fullWidth
                slotProps={{ htmlInput: { autoComplete: 'off' } }}
              />
              {errors.general && <Alert severity="error">{errors.general}</Alert>}
            </Box>
          </DialogContent>
          <DialogActions sx={{ px: 3, py: 1.5 }}>
            <Button onClick={() => setOpen(false)} disabled={busy}>
              Cancel
            </Button>
            <Button type="submit" form="arrange-next-form" variant="contained" disabled={busy}>
              {busy ? 'Arranging…' : 'Arrange meeting'}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}

/** The meetings this one is linked with: the one it was arranged from, and the next one arranged from it. */
export function LinkedMeetings() {
  const { record } = useMeeting();
  const { previousMeeting: previous, nextMeeting: next } = record;
  if (!previous && !next) return null;
  return (
    <Box sx={{ mt: 1, display: 'grid', gap: 0.5 }} data-testid="linked-meetings">
      {next && (
        <Typography>
          <Box component="span" sx={{ fontWeight: 700 }}>
            Next meeting:
          </Box>{' '}
          {formatLongDateTime(next.scheduledAt)}, {next.venue || 'venue to be confirmed'} (
          {MEETING_STATUS_LABELS[next.status].toLowerCase()}).{' '}
          <Link href={href({ name: 'meeting', id: next.id })}>Open the next meeting</Link>
        </Typography>
      )}
      {previous && (
        <Typography color="text.secondary">
          Arranged at the meeting of {formatLongDateTime(previous.scheduledAt)}.{' '}
          <Link href={href({ name: 'meeting', id: previous.id })}>Open that meeting</Link>
        </Typography>
      )}
    </Box>
  );
}
