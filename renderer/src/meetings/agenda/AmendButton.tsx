import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { MeetingItem } from '../../../../shared/domain/meeting';
import { call } from '../../api/client';
import { errorMessage, useMeeting } from '../meetingContext';

/**
 * A correction to approved minutes: the new text and why. The approved text is never changed; the amendment is kept
 * beside it with who and when (meetings.amend).
 */
interface Props {
  item: MeetingItem;
  /** Text typed before the approval that never reached the record: the amendment starts from it. */
  initialText?: string | null;
}

export function AmendButton({ item, initialText = null }: Props) {
  const { record } = useMeeting();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = () => {
    setText(initialText ?? item.currentMinutes);
    setReason('');
    setReasonError(null);
    setProblem(null);
    setOpen(true);
  };

  const save = async () => {
    if (!reason.trim()) {
      setReasonError('Say why the approved minutes are corrected.');
      return;
    }
    setBusy(true);
    try {
      await call('meetings.amend', { meetingId: record.meeting.id, itemId: item.id, minutes: text, reason });
      setOpen(false);
      // The meeting reads again by itself: amendments make meetings.get stale (shared/api/invalidation.ts).
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        size="small"
        variant="outlined"
        onClick={start}
        aria-label={`Amend the minutes of “${item.title}”`}
      >
        Amend
      </Button>
      {open && (
        <Dialog
          open
          onClose={busy ? undefined : () => setOpen(false)}
          maxWidth="md"
          fullWidth
          aria-labelledby="amend-title"
        >
          <DialogTitle id="amend-title">Amend the minutes: {item.title}</DialogTitle>
          <DialogContent dividers>
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              The approved text stays readable; the amendment is recorded beside it with your name, the time
              and the reason, and the exported minutes print both.
            </Typography>
            <TextField
              label="Corrected minutes"
              value={text}
              onChange={(e) => setText(e.target.value)}
              multiline
              minRows={8}
              fullWidth
              autoFocus
              sx={{ mb: 2, '& textarea': { fontSize: '1.05rem', lineHeight: 1.6 } }}
            />
            <TextField
              label="Reason for the amendment"
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setReasonError(null);
              }}
              required
              fullWidth
              error={reasonError !== null}
              helperText={reasonError ?? 'For example: the police officer’s name was misspelt'}
            />
            {problem && (
              <Alert severity="error" sx={{ mt: 2 }}>
                {problem}
              </Alert>
            )}
          </DialogContent>
          <DialogActions sx={{ px: 3, py: 1.5 }}>
            <Button onClick={() => setOpen(false)} disabled={busy}>
              Cancel
            </Button>
            <Button variant="contained" onClick={() => void save()} disabled={busy}>
              {busy ? 'Saving…' : 'Record the amendment'}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}
