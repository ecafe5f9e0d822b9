import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { DueItem } from '../../../shared/protocol';
import { formatUkDateTime, parseUkDateTime } from '../../../shared/time/london';
import { ApiCallError, call } from '../api/client';
import { useNow } from '../app/status';
import { DateTimeField } from '../components/DateTimeField';

interface Errors {
  toldWho?: string;
  toldAt?: string;
  form?: string;
}

/**
 * "Record as told" on a notification the protocol asks for (a Due row, the child page): who was told and when. Who
 * recorded it is the signed-in person, which the backend keeps. The row leaves the list once saved; on a refusal the
 * dialog stays open with what was typed and the field's message.
 */
export function RecordNotificationButton({ item }: { item: DueItem }) {
  const now = useNow();
  const [open, setOpen] = useState(false);
  const [toldWho, setToldWho] = useState('');
  const [toldAt, setToldAt] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  // An episode's notification names it; a notice about a statutory review or a placement names its subject.
  const episodeId = item.episodeIds[0] ?? null;
  const subjectId = episodeId === null ? (item.subjectId ?? null) : null;
  if (item.kind !== 'notification' || item.ruleId === null || item.role === null) return null;
  if (episodeId === null && subjectId === null) return null;
  const { ruleId, role } = item;

  const start = () => {
    setToldAt(formatUkDateTime(now));
    setErrors({});
    setOpen(true);
  };

  const save = async () => {
    const next: Errors = {};
    if (toldWho.trim() === '') next.toldWho = 'Who was told is required';
    const at = parseUkDateTime(toldAt);
    if (!at.ok) next.toldAt = `When told ${at.message}`;
    setErrors(next);
    if (next.toldWho || !at.ok) return;
    setBusy(true);
    try {
      await call('notifications.record', {
        childId: item.childId,
        episodeId,
        subjectId,
        ruleId,
        role,
        toldWho,
        toldAt: at.iso,
      });
      setOpen(false);
      setToldWho('');
    } catch (e) {
      const issue = e instanceof ApiCallError ? e.error.issues?.[0] : undefined;
      const message = e instanceof Error ? e.message : 'The notification could not be saved.';
      setErrors(
        issue?.field === 'toldWho'
          ? { toldWho: message }
          : issue?.field === 'toldAt'
            ? { toldAt: message }
            : { form: message },
      );
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
        aria-label={`Record as told: ${role} about ${item.childName}`}
        sx={{ whiteSpace: 'nowrap' }}
      >
        Record as told
      </Button>
      <Dialog open={open} onClose={() => !busy && setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>Record as told: {role}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              {item.childName}: {item.reason}
              {item.source ? ` (${item.source})` : ''}
            </Typography>
            <TextField
              label="Who was told"
              value={toldWho}
              onChange={(e) => {
                setToldWho(e.target.value);
                // The message was about the empty field: once something is typed it no longer applies.
                if (errors.toldWho) setErrors({ ...errors, toldWho: undefined });
              }}
              required
              autoFocus
              error={errors.toldWho !== undefined}
              helperText={errors.toldWho ?? 'Name and office, e.g. duty social worker at the MASH'}
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
            <DateTimeField
              label="When told"
              value={toldAt}
              onChange={setToldAt}
              error={errors.toldAt ?? null}
              required
            />
            {errors.form && <Alert severity="error">{errors.form}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={busy}>
            Cancel
          </Button>
          <Button variant="contained" onClick={() => void save()} disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
