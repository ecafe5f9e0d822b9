import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { errorMessage, useMeeting } from '../meetingContext';
import { formatClock } from '../meetingText';
import { useItemMinutes } from '../useMinutesAutosave';

/**
 * Someone saved this item from another window since this one last did. Nothing is overwritten either way until the
 * minute-taker chooses: their text stays in the editor, the stored version is shown beside it.
 */
export function ConflictPanel({ itemId }: { itemId: string }) {
  const { autosave } = useMeeting();
  const m = useItemMinutes(autosave, itemId);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (m.state.kind !== 'conflict') return null;
  const theirs = m.state.theirs;
  const choose = (f: (id: string) => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    f(itemId)
      .catch((e: unknown) => setProblem(errorMessage(e)))
      .finally(() => setBusy(false));
  };
  return (
    <Alert severity="warning" sx={{ mt: 1.5 }} data-testid="minutes-conflict">
      <AlertTitle>These minutes were saved from another window</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        Your text is still in the editor and has not been saved. Choose which version to keep.
      </Typography>
      {theirs && (
        <Box sx={{ mb: 1.5 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            Their version{theirs.savedAt ? `, saved ${formatClock(theirs.savedAt)}` : ''}:
          </Typography>
          <Box
            sx={{
              mt: 0.5,
              p: 1,
              maxHeight: 180,
              overflow: 'auto',
              whiteSpace: 'pre-wrap',
              bgcolor: 'background.paper',
              border: 1,
              borderColor: 'divider',
              borderRadius: 1,
            }}
          >
            {theirs.minutes || <em>(empty)</em>}
          </Box>
        </Box>
      )}
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        <Button
          size="small"
          variant="outlined"
          disabled={busy}
          onClick={() => choose((id) => autosave.takeTheirs(id))}
        >
          Reload theirs (replaces your text)
        </Button>
        <Button
          size="small"
          variant="contained"
          disabled={busy}
          onClick={() => choose((id) => autosave.keepMine(id))}
        >
          Keep mine (save over)
        </Button>
        <Button
          size="small"
          variant="outlined"
          disabled={busy}
          onClick={() => choose((id) => autosave.keepBoth(id))}
        >
          Keep both texts (theirs, then mine)
        </Button>
      </Stack>
      {problem && (
        <Typography variant="body2" color="error" sx={{ mt: 1 }}>
          {problem}
        </Typography>
      )}
    </Alert>
  );
}
