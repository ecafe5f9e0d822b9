import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { GapsList } from './GapsList';
import type { Gap } from './meetingGaps';

interface Props {
  gaps: readonly Gap[];
  busy: boolean;
  onCancel: () => void;
  onConclude: () => void;
}

/** Concluding with something still empty or typed and not added: say what, and let the chair go back to it. */
export function ConcludeDialog({ gaps, busy, onCancel, onConclude }: Props) {
  return (
    <Dialog
      open
      onClose={busy ? undefined : onCancel}
      maxWidth="sm"
      fullWidth
      aria-labelledby="conclude-title"
    >
      <DialogTitle id="conclude-title">Conclude the meeting?</DialogTitle>
      {/* Focusable: a long list of what is not done scrolls, and a keyboard user must be able to scroll it (WCAG 2.1.1). */}
      <DialogContent
        dividers
        tabIndex={0}
        aria-label="Concluding the meeting: what it means and what is not done yet"
      >
        <GapsList gaps={gaps} intro="Before you conclude, this is not done yet" />
        <Typography>
          What was typed and not added is kept: it can still be added until the minutes are approved.
        </Typography>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onCancel} disabled={busy} variant="contained">
          Go back to the meeting
        </Button>
        <Button onClick={onConclude} disabled={busy}>
          Conclude anyway
        </Button>
      </DialogActions>
    </Dialog>
  );
}
