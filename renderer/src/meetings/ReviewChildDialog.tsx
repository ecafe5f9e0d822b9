import {
  Alert,
  Autocomplete,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { ChildSummary } from '../../../shared/domain/child';
import type { MeetingRecord } from '../../../shared/domain/meeting';
import { ApiCallError, call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { childName } from './meetingText';

interface Props {
  record: MeetingRecord;
  /** The child to take off today's review; null: add one. */
  removing: { id: string; name: string } | null;
  onCancel: () => void;
  onDone: (record: MeetingRecord) => void;
}

/** Adds a child to today's Daily Review, or takes one off: either way the chair says why, and the minutes keep it. */
export function ReviewChildDialog({ record, removing, onCancel, onDone }: Props) {
  const [reason, setReason] = useState('');
  const [child, setChild] = useState<ChildSummary | null>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const list = useQuery('children.list', { search: '', missingNow: false, legalStatus: null });
  const options = (list.data ?? []).filter((c) => !record.meeting.childIds.includes(c.id));
  const reasonError = tried && !reason.trim() ? 'Say why: the minutes keep the reason.' : null;
  const childError = tried && !removing && !child ? 'Choose the child to add.' : null;
  const submit = async () => {
    setTried(true);
    if (!reason.trim() || (!removing && !child)) return;
    setBusy(true);
    setProblem(null);
    try {
      const input = {
        meetingId: record.meeting.id,
        reason: reason.trim(),
        baseRevision: record.meeting.revision,
      };
      onDone(
        removing
          ? await call('dailyReview.removeChild', { ...input, childId: removing.id })
          : await call('dailyReview.addChild', { ...input, childId: child!.id }),
      );
    } catch (e) {
      setProblem(e instanceof ApiCallError ? e.message : 'Nothing was changed. Try again.');
      setBusy(false);
    }
  };
  const title = removing ? `Remove ${removing.name} from today’s review?` : 'Add a child to today’s review';
  return (
    <Dialog
      open
      onClose={busy ? undefined : onCancel}
      maxWidth="sm"
      fullWidth
      aria-labelledby="review-child-title"
    >
      <DialogTitle id="review-child-title">{title}</DialogTitle>
      <DialogContent dividers>
        {removing ? (
          <Typography sx={{ mb: 2 }}>
            Their items leave the agenda. The minutes say they were removed, by whom and why.
          </Typography>
        ) : (
          <Autocomplete
            options={options}
            value={child}
            onChange={(_e, v) => setChild(v)}
            getOptionLabel={(c) => `${childName(c)} (${c.caseReference})`}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            loading={list.loading}
            renderInput={(params) => (
              <TextField
                {...params}
                label="Child"
                error={Boolean(childError)}
                helperText={childError ?? 'Search by name or case reference'}
              />
            )}
            sx={{ mb: 2 }}
          />
        )}
        <TextField
          label={removing ? 'Why are they removed?' : 'Why are they on today’s review?'}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={Boolean(reasonError)}
          helperText={reasonError ?? ' '}
          multiline
          minRows={2}
          fullWidth
          autoFocus={Boolean(removing)}
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
        {problem && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {problem}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button
          variant="contained"
          color={removing ? 'warning' : 'primary'}
          disabled={busy}
          onClick={() => void submit()}
        >
          {removing ? 'Remove from today’s review' : 'Add to today’s review'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
