import { Alert, AlertTitle, Box, Button, Stack, TextField } from '@mui/material';
import type { RefObject } from 'react';
import type { MeetingItem } from '../../../../shared/domain/meeting';
import { pingTyping, stopTyping } from '../../api/liveEvents';
import { useMeeting } from '../meetingContext';
import { useItemMinutes } from '../useMinutesAutosave';
import { AmendButton } from './AmendButton';
import { ConflictPanel } from './ConflictPanel';
import { ItemSaveStatus } from './ItemSaveStatus';

interface Props {
  item: MeetingItem;
  /** The item's number on the agenda: other windows read "typing in item 3". */
  number: number;
  inputRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * The minutes of one item, typed live. The text lives in the autosave store, not in this component: switching item
 * or tab unmounts the editor without losing a keystroke, and what is shown is always what will be saved.
 */
export function MinutesEditor({ item, number, inputRef }: Props) {
  const { autosave, locked, record } = useMeeting();
  const meetingId = record.meeting.id;
  const minutes = useItemMinutes(autosave, item.id);
  const { state } = minutes;
  // Approved minutes show the approved text. Text typed here that never reached the record (approved meanwhile from
  // another window) is kept beside it, to be added as an amendment rather than lost.
  const stranded = locked && minutes.text !== item.minutes ? minutes.text : null;
  return (
    <Box>
      <TextField
        label={locked ? 'Minutes as approved' : 'Minutes'}
        value={locked ? item.minutes : minutes.text}
        onChange={(e) => {
          autosave.edit(item.id, e.target.value);
          pingTyping(meetingId, item.id, number);
        }}
        onBlur={() => {
          void autosave.flush(item.id);
          stopTyping(meetingId, item.id, number);
        }}
        disabled={locked}
        multiline
        // Approved minutes are read: a box as tall as the text, not an empty page below one line.
        minRows={locked ? 2 : 9}
        fullWidth
        placeholder={locked ? 'No minutes were recorded under this item.' : 'Type the minutes of this item…'}
        inputRef={inputRef}
        slotProps={{
          htmlInput: { 'data-testid': 'minutes-editor', spellCheck: true },
          inputLabel: { shrink: true },
        }}
        sx={{
          '& .MuiInputBase-root': {
            alignItems: 'flex-start',
            bgcolor: locked ? 'action.hover' : 'background.paper',
          },
          '& textarea': { fontSize: '1.08rem', lineHeight: 1.6 },
          // Approved minutes are read, not edited: full-strength text, not the faded disabled grey.
          '& .Mui-disabled textarea': { WebkitTextFillColor: 'rgba(0, 0, 0, 0.82)' },
        }}
      />
      <Stack
        direction="row"
        sx={{ mt: 0.75, alignItems: 'center', justifyContent: 'space-between', gap: 2, minHeight: 32 }}
      >
        <ItemSaveStatus itemId={item.id} />
        <Stack direction="row" sx={{ gap: 1 }}>
          {state.kind === 'failed' && (
            <Button
              size="small"
              variant="outlined"
              color="error"
              onClick={() => void autosave.retry(item.id)}
            >
              Retry
            </Button>
          )}
          {locked && <AmendButton item={item} initialText={stranded} />}
        </Stack>
      </Stack>
      {state.kind === 'conflict' && <ConflictPanel itemId={item.id} />}
      {stranded !== null && (
        <Alert severity="warning" sx={{ mt: 1.5 }} data-testid="minutes-stranded">
          <AlertTitle>Not saved: the minutes were approved before this text reached the record</AlertTitle>
          <Box sx={{ whiteSpace: 'pre-wrap', mb: 1 }}>{stranded}</Box>
          Use “Amend” to add it as a correction, with the reason; it starts from this text.
        </Alert>
      )}
    </Box>
  );
}
