import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState, useSyncExternalStore } from 'react';
import { formatLongDateTime, formatUkDateTime, parseUkDateTime } from '../../../shared/time/london';
import type { Meeting } from '../../../shared/domain/meeting';
import { ApiCallError, call } from '../api/client';
import { bothTexts, ConflictNotice, differingFields, isConflict } from '../conflict/ConflictNotice';
import { DateTimeField } from '../components/DateTimeField';
import {
  DETAILS_LABELS,
  draftFromMeeting,
  issuesToErrors,
  parseDetails,
  type DetailsDraft,
  type DetailsErrors,
} from './detailsForm';
import { useMeeting } from './meetingContext';
import { MeetingDetailsFields } from './MeetingDetailsFields';
import { withMeeting } from './recordUpdates';

const DETAILS_KEY = 'details';

type DetailsKept = DetailsDraft & { next: string };

const KEPT_LABELS: Record<keyof DetailsKept, string> = { ...DETAILS_LABELS, next: 'Next meeting' };

const keptFrom = (m: Meeting): DetailsKept => ({
  ...draftFromMeeting(m),
  next: formatUkDateTime(m.nextMeetingAt),
});

/** Edits when, where and who until the minutes are approved (the chair must be named before approval). */
export function EditDetailsButton() {
  const { record, update, drafts } = useMeeting();
  const { meeting } = record;
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<DetailsDraft>(() => draftFromMeeting(meeting));
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<DetailsErrors & { nextMeetingAt?: string }>({});
  const [busy, setBusy] = useState(false);
  const [restored, setRestored] = useState(false);
  // The meeting as it was when the dialog opened: its revision goes with the save, so a save from another window
  // landing meanwhile (and refreshing this page) is met as a conflict, not silently saved over. A conflict moves it.
  const [base, setBase] = useState<Meeting>(meeting);
  const [conflict, setConflict] = useState<{ message: string; newer: Meeting } | null>(null);
  const pending = useSyncExternalStore(drafts.subscribe, () => drafts.has(DETAILS_KEY));

  const stored = (): DetailsKept => keptFrom(meeting);
  // What is typed in the dialog is kept in the meeting's drafts until saved or cancelled: a reload or a crash
  // with the dialog open brings it back the next time it is opened.
  const keep = (values: DetailsKept) => {
    const fresh = stored();
    const same = (Object.keys(fresh) as Array<keyof DetailsKept>).every((k) => fresh[k] === values[k]);
    if (same) drafts.remove(DETAILS_KEY);
    else drafts.put(DETAILS_KEY, 'Meeting details changed, not saved', values, 50);
  };
  const discard = () => {
    drafts.remove(DETAILS_KEY);
    setOpen(false);
  };

  const start = () => {
    const kept = drafts.get(DETAILS_KEY, stored());
    const { next: keptNext, ...details } = kept ?? stored();
    setDraft(details);
    setNext(keptNext);
    setRestored(kept !== undefined);
    setErrors({});
    setBase(meeting);
    setConflict(null);
    setOpen(true);
  };

  const save = async (values: DetailsKept = { ...draft, next }, on: Meeting = base) => {
    const { next: nextText, ...details } = values;
    const parsed = parseDetails(details);
    const nextParsed = nextText.trim() ? parseUkDateTime(nextText, '09:00') : null;
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
        meetingId: on.id,
        baseRevision: on.revision,
        details: {
          ...parsed.value,
          dueBy: on.dueBy,
          nextMeetingAt: nextParsed?.ok ? nextParsed.iso : null,
        },
      });
      update((r) => withMeeting(r, saved));
      // A renamed chair or minute-taker renames their attendance row too: meetings.update makes the meeting stale,
      // so it reads again by itself.
      drafts.remove(DETAILS_KEY);
      setConflict(null);
      setOpen(false);
    } catch (e) {
      if (isConflict(e)) {
        // Someone saved first: what was typed stays in the form; the newer details are shown beside it to choose.
        const newer = await call('meetings.get', { meetingId: on.id }).catch(() => null);
        if (newer) {
          setConflict({ message: e.message, newer: newer.meeting });
          setErrors({});
          return;
        }
      }
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
        {pending ? 'Edit details (not saved)' : 'Edit details'}
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
            {conflict && (
              <Box sx={{ mb: 2 }}>
                <ConflictNotice
                  message={conflict.message}
                  fields={differingFields(KEPT_LABELS, keptFrom(conflict.newer), { ...draft, next })}
                  savesAtOnce
                  busy={busy}
                  onUseTheirs={() => {
                    const theirs = keptFrom(conflict.newer);
                    const { next: theirNext, ...details } = theirs;
                    setDraft(details);
                    setNext(theirNext);
                    setBase(conflict.newer);
                    update((r) => withMeeting(r, conflict.newer));
                    drafts.remove(DETAILS_KEY);
                    setConflict(null);
                  }}
                  onKeepMine={() => void save({ ...draft, next }, conflict.newer)}
                  onKeepBoth={
                    draft.reason.trim() !== conflict.newer.reason.trim()
                      ? () => {
                          const reason = bothTexts(conflict.newer.reason, draft.reason);
                          setDraft((d) => ({ ...d, reason }));
                          void save({ ...draft, reason, next }, conflict.newer);
                        }
                      : undefined
                  }
                />
              </Box>
            )}
            {restored && (
              <Alert severity="info" sx={{ mb: 2 }}>
                Your changes from before are back: they were never saved.
              </Alert>
            )}
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
                onChange={(key, value) => {
                  const changed = { ...draft, [key]: value };
                  setDraft(changed);
                  keep({ ...changed, next });
                }}
              />
              {record.nextMeeting ? (
                // The arranged meeting is what the minutes print; a second, typed date could only disagree with it.
                <Alert severity="info" sx={{ mt: 1 }}>
                  The next meeting is arranged for {formatLongDateTime(record.nextMeeting.scheduledAt)}: the
                  minutes print it.
                </Alert>
              ) : (
                <Box sx={{ maxWidth: { sm: '50%' }, pr: { sm: 1 } }}>
                  <DateTimeField
                    label="Next meeting"
                    value={next}
                    onChange={(v) => {
                      setNext(v);
                      keep({ ...draft, next: v });
                    }}
                    error={errors.nextMeetingAt ?? null}
                    hint="If one is agreed: dd/mm/yyyy hh:mm"
                    defaultTime="09:00"
                  />
                </Box>
              )}
              {errors.general && (
                <Alert severity="error" sx={{ mt: 1 }}>
                  {errors.general}
                </Alert>
              )}
            </Box>
          </DialogContent>
          <DialogActions sx={{ px: 3, py: 1.5 }}>
            <Button onClick={discard} disabled={busy}>
              {restored || pending ? 'Discard changes' : 'Cancel'}
            </Button>
            <Button
              type="submit"
              form="meeting-details-form"
              variant="contained"
              // While a conflict is shown, the choice is made there, so one click cannot save over unseen.
              disabled={busy || conflict !== null}
            >
              {busy ? 'Saving…' : 'Save details'}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}
