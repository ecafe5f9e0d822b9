import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { ApiInput } from '../../../../shared/api';
import type { MeetingAction } from '../../../../shared/domain/meeting';
import { londonToday, parseUkDate } from '../../../../shared/time/london';
import { ApiCallError, call } from '../../api/client';
import { useNow } from '../../app/status';
import { useMeeting } from '../meetingContext';
import { formatUkDate } from '../meetingText';
import { withUpdatedAction } from '../recordUpdates';
import { ownersOf } from './actionForm';

type Field = 'owner' | 'agency' | 'due' | 'reason' | 'general';
type Errors = Partial<Record<Field, string>>;

const FIELD_OF: Record<string, Field> = { owner: 'owner', agency: 'agency', dueOn: 'due', reason: 'reason' };

interface Props {
  action: MeetingAction;
  /** 'change': owner, agency and due date after approval; 'drop': only why. Both need a reason. */
  mode: 'change' | 'drop';
  onClose: () => void;
}

/**
 * Changing what was agreed, or dropping it, says why: the change is kept with the name and time beside the action
 * and in the action plan (actions.update with a reason). The approved minutes keep what was agreed.
 */
export function ActionChangeDialog({ action, mode, onClose }: Props) {
  const { record, update } = useMeeting();
  const now = useNow();
  const [owner, setOwner] = useState(action.owner);
  const [agency, setAgency] = useState(action.agency);
  const [due, setDue] = useState(formatUkDate(action.dueOn));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [pastAccepted, setPastAccepted] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const owners = ownersOf(record.attendees);
  const dropping = mode === 'drop';

  const save = async () => {
    const found: Errors = {};
    const payload: ApiInput<'actions.update'> = {
      id: action.id,
      baseRevision: action.revision,
      reason: reason.trim(),
    };
    if (dropping) payload.status = 'dropped';
    else {
      if (!owner.trim()) found.owner = 'Name who will do it.';
      const parsed = due.trim() ? parseUkDate(due) : null;
      if (parsed && !parsed.ok) found.due = `Due date ${parsed.message}.`;
      const dueOn = parsed?.ok ? parsed.date : null;
      if (owner.trim() !== action.owner) payload.owner = owner.trim();
      if (agency.trim() !== action.agency) payload.agency = agency.trim();
      if (dueOn !== action.dueOn) payload.dueOn = dueOn;
      if (payload.owner === undefined && payload.agency === undefined && payload.dueOn === undefined)
        found.general = 'Nothing is changed yet: change the owner, agency or due date.';
      // A date already gone is usually a slip: say so once; saving again keeps it as typed.
      if (dueOn && dueOn !== action.dueOn && dueOn < londonToday(new Date(now)) && pastAccepted !== due) {
        setPastAccepted(due);
        found.due = `Due date ${due} is in the past: correct it, or save again to keep it.`;
      }
    }
    if (!reason.trim())
      found.reason = dropping ? 'Say why the action is dropped.' : 'Say why the action changes.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const saved = await call('actions.update', payload);
      update((r) => withUpdatedAction(r, saved));
      // The meeting reads again by itself (actions.update makes meetings.get stale): the change line comes with it.
      onClose();
    } catch (e) {
      if (e instanceof ApiCallError) {
        const named: Errors = {};
        for (const i of e.error.issues ?? []) {
          const f = FIELD_OF[i.field];
          if (f) named[f] = i.message;
        }
        setErrors(Object.keys(named).length > 0 ? named : { general: e.error.message });
      } else setErrors({ general: 'Nothing was saved.' });
    } finally {
      setBusy(false);
    }
  };

  const title = dropping ? 'Drop the action' : 'Change the action';
  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      maxWidth="sm"
      fullWidth
      aria-labelledby="action-change-title"
    >
      <DialogTitle id="action-change-title">{title}</DialogTitle>
      <DialogContent dividers>
        <Typography sx={{ mb: 1, fontWeight: 600, whiteSpace: 'pre-wrap' }}>{action.what}</Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {dropping
            ? 'The action stays in the minutes as agreed, marked dropped, with your name, the time and the reason.'
            : 'The minutes keep what was agreed; the change is recorded beside the action with your name, the time and the reason, and the action plan lists it.'}
        </Typography>
        {!dropping && (
          <Box sx={{ display: 'grid', gap: 2, mb: 2 }}>
            <Autocomplete
              freeSolo
              options={owners.map((o) => o.name)}
              inputValue={owner}
              onInputChange={(_e, value) => setOwner(value)}
              onChange={(_e, value) => {
                const who = owners.find((o) => o.name === value);
                if (who?.agency && agency.trim() === action.agency) setAgency(who.agency);
              }}
              disabled={busy}
              renderInput={(params) => (
                <TextField
                  {...params}
                  label="Owner"
                  autoFocus
                  error={Boolean(errors.owner)}
                  helperText={errors.owner ?? 'Choose an attendee or type a name'}
                />
              )}
            />
            <TextField
              label="Agency"
              value={agency}
              onChange={(e) => setAgency(e.target.value)}
              disabled={busy}
              error={Boolean(errors.agency)}
              helperText={errors.agency}
            />
            <TextField
              label="Due date"
              value={due}
              placeholder="dd/mm/yyyy"
              onChange={(e) => setDue(e.target.value)}
              disabled={busy}
              error={Boolean(errors.due)}
              helperText={errors.due ?? 'dd/mm/yyyy; leave empty for no date'}
            />
          </Box>
        )}
        <TextField
          label={dropping ? 'Why is it dropped?' : 'Reason for the change'}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          fullWidth
          multiline
          minRows={2}
          autoFocus={dropping}
          disabled={busy}
          error={Boolean(errors.reason)}
          helperText={
            errors.reason ??
            (dropping ? 'For example: the placement ended' : 'For example: the worker is on leave')
          }
        />
        {errors.general && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {errors.general}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy}>
          {busy ? 'Saving…' : dropping ? 'Drop the action' : 'Record the change'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
