import { Box, Typography } from '@mui/material';
import { useMeeting } from './meetingContext';
import { formatClock } from './meetingText';
import { useSaveSummary } from './useMinutesAutosave';

/** The page-level state of the minutes: one glance says whether everything typed is stored. */
export function SaveIndicator({ reloading }: { reloading: boolean }) {
  const { autosave, locked } = useMeeting();
  const s = useSaveSummary(autosave);
  let text: string;
  let colour = 'text.secondary';
  if (s.conflicts > 0) {
    text = `Not saved: ${s.conflicts === 1 ? 'one item was' : `${s.conflicts} items were`} changed elsewhere`;
    colour = 'error.main';
  } else if (s.failed > 0) {
    text = `Not saved: ${s.failed === 1 ? 'one item' : `${s.failed} items`}`;
    colour = 'error.main';
  } else if (s.saving || s.unsaved > 0) {
    text = 'Saving…';
  } else if (reloading) {
    text = 'Loading…';
  } else if (locked) {
    text = 'Minutes approved';
  } else {
    text = s.lastSavedAt ? `All minutes saved ${formatClock(s.lastSavedAt)}` : 'Minutes save as you type';
    colour = s.lastSavedAt ? 'success.main' : 'text.secondary';
  }
  return (
    <Box role="status" aria-live="polite" data-testid="page-save-status" sx={{ px: 1 }}>
      <Typography variant="body2" sx={{ color: colour, fontWeight: 600, whiteSpace: 'nowrap' }}>
        {text}
      </Typography>
    </Box>
  );
}
