import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Paper,
  Skeleton,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { formatUkDate, parseUkDate } from '../../../shared/time/london';
import { ApiCallError, call } from '../api/client';
import { useQuery } from '../api/useQuery';

interface Errors {
  heldOn?: string;
  iroName?: string;
  form?: string;
}

/** Adds a review held: the day and the IRO. A refusal keeps what was typed and puts the message on its field. */
function AddReviewDialog({ childId, onClose }: { childId: string; onClose: () => void }) {
  const [heldOn, setHeldOn] = useState('');
  const [iroName, setIroName] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const next: Errors = {};
    const day = parseUkDate(heldOn);
    if (!day.ok) next.heldOn = `Date held ${day.message}`;
    if (!iroName.trim()) next.iroName = 'The IRO is required';
    setErrors(next);
    if (!day.ok || next.iroName) return;
    setBusy(true);
    try {
      await call('statutoryReviews.add', { childId, heldOn: day.date, iroName });
      onClose();
    } catch (e) {
      const field = e instanceof ApiCallError ? e.error.issues?.[0]?.field : undefined;
      const message = e instanceof Error ? e.message : 'The review could not be saved.';
      setErrors(field === 'heldOn' || field === 'iroName' ? { [field]: message } : { form: message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={() => !busy && onClose()} fullWidth maxWidth="sm">
      <DialogTitle>Add a statutory review held</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            label="Date held (dd/mm/yyyy)"
            name="heldOn"
            value={heldOn}
            onChange={(e) => setHeldOn(e.target.value)}
            required
            autoFocus
            error={errors.heldOn !== undefined}
            helperText={errors.heldOn}
          />
          <TextField
            label="Independent Reviewing Officer"
            name="iroName"
            value={iroName}
            onChange={(e) => setIroName(e.target.value)}
            required
            error={errors.iroName !== undefined}
            helperText={errors.iroName ?? 'Name and service, e.g. A. Example, IRO service'}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
          {errors.form && <Alert severity="error">{errors.form}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * The child's statutory (looked-after) reviews held, newest first. Where the child's protocol asks for it (ST 17.4),
 * a review held after out-of-area episodes puts the IRO's report on Due; that task is recorded there.
 */
export function StatutoryReviews({ childId }: { childId: string }) {
  const q = useQuery('statutoryReviews.listForChild', { childId });
  const [adding, setAdding] = useState(false);
  return (
    <Paper component="section" aria-labelledby="statutory-reviews-heading" sx={{ p: 2.5, mt: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <Typography id="statutory-reviews-heading" variant="h2" component="h2" sx={{ flexGrow: 1 }}>
          Statutory reviews
        </Typography>
        <Button variant="outlined" onClick={() => setAdding(true)}>
          Add a review held
        </Button>
      </Box>
      <Typography color="text.secondary" sx={{ mb: 1.5 }}>
        Looked-after reviews held and their IRO. After each, the IRO reports this child’s missing episodes
        while living out of area (ST 17.4, where the child’s protocol asks for it).
      </Typography>
      {!q.data ? (
        q.error ? (
          <Alert severity="error">The statutory reviews could not be opened: {q.error}</Alert>
        ) : (
          <Skeleton variant="rectangular" height={48} />
        )
      ) : q.data.length === 0 ? (
        <Typography>No statutory reviews recorded.</Typography>
      ) : (
        <List dense aria-label="Statutory reviews held">
          {q.data.map((r) => (
            <ListItem key={r.id} disableGutters data-testid="statutory-review">
              <ListItemText
                primary={`${formatUkDate(r.heldOn)}: ${r.iroName}`}
                secondary={`Recorded by ${r.recordedBy}`}
              />
            </ListItem>
          ))}
        </List>
      )}
      {adding && <AddReviewDialog childId={childId} onClose={() => setAdding(false)} />}
    </Paper>
  );
}
