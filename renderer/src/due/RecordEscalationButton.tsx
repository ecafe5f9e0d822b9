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

type Field = 'fromWho' | 'toWho' | 'escalatedAt' | 'form';

/**
 * "Record as escalated" on one of the protocol's own escalations (a Due row, the child page): who escalated, to
 * whom and when. It becomes an entry in the child's escalation log (W-CP 5.0) with Due's words and section, by the
 * signed-in person, and the row leaves Due. On a refusal the dialog stays open with the field's message.
 */
export function RecordEscalationButton({ item }: { item: DueItem }) {
  const now = useNow();
  const [open, setOpen] = useState(false);
  const [fromWho, setFromWho] = useState('');
  const [toWho, setToWho] = useState('');
  const [at, setAt] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  const dueKey = item.escalationKey;
  if (dueKey === null) return null;

  const start = () => {
    setAt(formatUkDateTime(now));
    setToWho(item.role ?? '');
    setErrors({});
    setOpen(true);
  };

  const save = async () => {
    const next: Partial<Record<Field, string>> = {};
    if (fromWho.trim() === '') next.fromWho = 'Escalated by is required';
    if (toWho.trim() === '') next.toWho = 'Escalated to is required';
    const parsed = parseUkDateTime(at);
    if (!parsed.ok) next.escalatedAt = `Escalated on ${parsed.message}`;
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsed.ok) return;
    setBusy(true);
    try {
      await call('escalations.add', {
        childId: item.childId,
        dueKey,
        fromWho,
        toWho,
        escalatedAt: parsed.iso,
      });
      setOpen(false);
      setFromWho('');
    } catch (e) {
      const field = e instanceof ApiCallError ? e.error.issues?.[0]?.field : undefined;
      const message = e instanceof Error ? e.message : 'The escalation could not be saved.';
      const known: Field[] = ['fromWho', 'toWho', 'escalatedAt'];
      setErrors({ [known.includes(field as Field) ? (field as Field) : 'form']: message });
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
        aria-label={`Record as escalated: ${item.what} for ${item.childName}`}
        sx={{ whiteSpace: 'nowrap' }}
      >
        Record as escalated
      </Button>
      <Dialog open={open} onClose={() => !busy && setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>Record as escalated</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              {item.childName}: {item.what}. {item.reason}
            </Typography>
            <TextField
              label="Escalated by"
              value={fromWho}
              onChange={(e) => setFromWho(e.target.value)}
              required
              autoFocus
              error={errors.fromWho !== undefined}
              helperText={errors.fromWho ?? 'Name and role of who escalated it'}
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
            <TextField
              label="Escalated to"
              value={toWho}
              onChange={(e) => setToWho(e.target.value)}
              required
              error={errors.toWho !== undefined}
              helperText={errors.toWho ?? 'Name and role, e.g. the senior manager'}
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
            <DateTimeField
              label="Escalated on"
              value={at}
              onChange={setAt}
              error={errors.escalatedAt ?? null}
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
