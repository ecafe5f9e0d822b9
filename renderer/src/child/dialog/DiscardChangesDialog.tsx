import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';

/** Asked before closing a form with unsaved changes (Escape, a click outside, or Cancel). */
export function DiscardChangesDialog({
  open,
  onKeep,
  onDiscard,
}: {
  open: boolean;
  onKeep: () => void;
  onDiscard: () => void;
}) {
  return (
    <Dialog open={open} onClose={onKeep} aria-labelledby="discard-title" maxWidth="xs">
      <DialogTitle id="discard-title">Discard your changes?</DialogTitle>
      <DialogContent>
        <DialogContentText>The changes to this episode have not been saved.</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onKeep} autoFocus variant="contained">
          Keep editing
        </Button>
        <Button onClick={onDiscard} color="error">
          Discard changes
        </Button>
      </DialogActions>
    </Dialog>
  );
}
