import { Box } from '@mui/material';
import { useTyping } from '../api/presence';

/**
 * "C. Example is typing in item 3": who else is typing in this meeting, from other windows, so the chair knows the
 * minutes on screen are still arriving and two people do not write the same item unawares.
 */
export function PresenceLine({ meetingId }: { meetingId: string }) {
  const typing = useTyping(meetingId);
  return (
    <Box
      role="status"
      aria-live="polite"
      data-testid="presence-line"
      sx={{ color: 'text.secondary', fontSize: '0.95rem', minWidth: 0 }}
    >
      {typing
        .slice()
        .sort((a, b) => a.itemNumber - b.itemNumber)
        .map((t) => `${t.name} is typing in item ${t.itemNumber}`)
        .join('; ')}
    </Box>
  );
}
