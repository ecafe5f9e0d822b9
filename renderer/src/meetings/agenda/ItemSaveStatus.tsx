import { Typography } from '@mui/material';
import { useMeeting } from '../meetingContext';
import type { ItemSnapshot } from '../minutesAutosave';
import { formatClock } from '../meetingText';
import { useItemMinutes } from '../useMinutesAutosave';

function describe(m: ItemSnapshot, locked: boolean): { text: string; colour: string } {
  switch (m.state.kind) {
    case 'pending':
    case 'saving':
      return { text: 'Saving…', colour: 'text.secondary' };
    case 'failed':
      return { text: `Not saved: ${m.state.message} Your text is kept here.`, colour: 'error.main' };
    case 'conflict':
      return { text: 'Not saved: these minutes were changed in another window.', colour: 'error.main' };
    case 'locked':
      return { text: `Not saved: ${m.state.message}`, colour: 'error.main' };
    case 'saved':
      if (locked) return { text: '', colour: 'text.secondary' };
      if (m.savedAt) return { text: `Saved ${formatClock(m.savedAt)}`, colour: 'success.main' };
      return { text: m.text ? 'Saved' : 'Saves as you type', colour: 'text.secondary' };
  }
}

/** "Saved 14:32:05", "Saving…" or "Not saved: why", for the item in hand. */
export function ItemSaveStatus({ itemId }: { itemId: string }) {
  const { autosave, locked } = useMeeting();
  const m = useItemMinutes(autosave, itemId);
  const { text, colour } = describe(m, locked);
  return (
    <Typography
      variant="body2"
      role="status"
      data-testid="item-save-status"
      sx={{ color: colour, fontWeight: 600 }}
    >
      {text}
    </Typography>
  );
}
