import { Box, Button, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDraft } from '../drafts/useDraft';
import { useMeeting } from '../meetingContext';

/** The draft store keeps text only: whether the field was open is kept as this word. */
const EDITING = 'editing';

interface Props {
  itemId: string;
  itemTitle: string;
  order: number;
  index: number;
  decision: string;
  rationale: string | null;
  busy: boolean;
  /** Stores this decision's rationale (null: none); resolves true once stored. */
  onSaveWhy: (rationale: string | null) => Promise<boolean>;
  onRemove: () => void;
}

/**
 * One decision recorded under an item, with why the meeting decided it (issue 14). A rationale being edited is kept
 * as a draft through a reload and a crash, like a decision typed and not yet added; it names the decision it was
 * typed for, so a draft left for a decision since removed or reworded is not put under another.
 */
export function DecisionRow(props: Props) {
  const { itemId, itemTitle, order, index, decision, rationale, busy, onSaveWhy, onRemove } = props;
  const { locked, drafts } = useMeeting();
  const draft = useDraft(
    drafts,
    `decision-why:${itemId}:${index}`,
    { decision, why: rationale ?? '', editing: '' },
    {
      label: `Why of decision ${index + 1} under ${itemTitle}, not saved`,
      order: order + 1,
      isClean: (d) => !d.editing || d.decision !== decision || d.why.trim() === (rationale ?? ''),
    },
  );
  const kept = draft.value.decision === decision ? draft.value : null;
  const [editing, setEditing] = useState(kept?.editing === EDITING);
  const why = kept?.why ?? rationale ?? '';
  const n = index + 1;

  const save = async () => {
    if (await onSaveWhy(why.trim() || null)) {
      draft.reset({ decision, why: why.trim(), editing: '' });
      setEditing(false);
    }
  };
  const startEditing = () => {
    draft.set({ decision, why: rationale ?? '', editing: EDITING });
    setEditing(true);
  };
  const cancel = () => {
    draft.reset({ decision, why: rationale ?? '', editing: '' });
    setEditing(false);
  };

  return (
    <Box component="li" sx={{ mb: 0.5, '&::marker': { fontWeight: 600 } }} data-testid="decision">
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{decision}</Typography>
          {rationale && !editing && (
            <Typography sx={{ whiteSpace: 'pre-wrap', color: 'text.secondary', fontStyle: 'italic' }}>
              Why: {rationale}
            </Typography>
          )}
        </Box>
        {!locked && !editing && (
          <Box sx={{ display: 'flex', flexShrink: 0 }}>
            <Button
              size="small"
              disabled={busy}
              onClick={startEditing}
              aria-label={`${rationale ? 'Edit' : 'Add'} why for decision ${n}`}
            >
              {rationale ? 'Edit why' : 'Add why'}
            </Button>
            <Button
              size="small"
              color="inherit"
              disabled={busy}
              onClick={onRemove}
              aria-label={`Remove decision ${n}`}
              sx={{ color: 'text.secondary' }}
            >
              Remove
            </Button>
          </Box>
        )}
      </Box>
      {!locked && editing && (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mt: 0.5 }}>
          <TextField
            label={`Why (decision ${n})`}
            value={why}
            onChange={(e) => draft.set({ decision, why: e.target.value, editing: EDITING })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey) {
                e.preventDefault();
                void save();
              } else if (e.key === 'Escape') {
                e.preventDefault();
                cancel();
              }
            }}
            fullWidth
            size="small"
            multiline
            maxRows={4}
            disabled={busy}
            autoFocus
            helperText="Why the meeting decided this. Enter saves it"
            slotProps={{ htmlInput: { autoComplete: 'off' } }}
          />
          <Button variant="contained" size="small" disabled={busy} onClick={() => void save()}>
            Save
          </Button>
          <Button size="small" disabled={busy} onClick={cancel}>
            Cancel
          </Button>
        </Box>
      )}
    </Box>
  );
}
