import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import type { MeetingItem } from '../../../../shared/domain/meeting';
import { ApiCallError, call } from '../../api/client';
import { useCan } from '../../signIn/access';
import { useMeeting } from '../meetingContext';
import { childName } from '../meetingText';

/**
 * Move up / Move down for the item in hand: real buttons, so the agenda is reordered by keyboard as well as by
 * mouse. An item moves within its section (a child's items stay under that child); it keeps its minutes.
 */
export function MoveItemButtons({ item }: { item: MeetingItem }) {
  const { record, update, fail, locked } = useMeeting();
  const may = useCan()('meetings.moveItem');
  // A ref, not a disabled button, holds a second press while one move is on its way: a button disabled under the
  // keyboard's focus would drop the focus to the page.
  const busy = useRef(false);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  if (locked || !may) return null;
  const index = record.items.findIndex((i) => i.id === item.id);
  const sameSection = (i: MeetingItem | undefined) => i !== undefined && i.childId === item.childId;
  const move = async (direction: 'up' | 'down') => {
    if (busy.current) return;
    busy.current = true;
    try {
      const items = await call('meetings.moveItem', {
        meetingId: record.meeting.id,
        itemId: item.id,
        direction,
      });
      update((r) => ({ ...r, items }));
      // At the top (or bottom) of its section the button pressed is disabled: keep the focus on the other one.
      const at = items.findIndex((i) => i.id === item.id);
      const beyond = items[at + (direction === 'up' ? -1 : 1)];
      if (beyond?.childId !== item.childId) (direction === 'up' ? downRef : upRef).current?.focus();
    } catch (e) {
      fail(e);
    } finally {
      busy.current = false;
    }
  };
  return (
    <Stack direction="row" sx={{ gap: 1, ml: 'auto' }} role="group" aria-label="Reorder the agenda">
      <Button
        size="small"
        variant="outlined"
        ref={upRef}
        disabled={!sameSection(record.items[index - 1])}
        onClick={() => void move('up')}
      >
        <span aria-hidden>↑&nbsp;</span>Move up
      </Button>
      <Button
        size="small"
        variant="outlined"
        ref={downRef}
        disabled={!sameSection(record.items[index + 1])}
        onClick={() => void move('down')}
      >
        <span aria-hidden>↓&nbsp;</span>Move down
      </Button>
    </Stack>
  );
}

interface AddProps {
  /** The item in hand: a new item goes in its section (a child's, or the meeting as a whole). */
  current: MeetingItem;
  onAdded: (itemId: string) => void;
}

/** Any other business raised in the meeting: a new item, minuted like any other, before the next meeting item. */
export function AddItemButton({ current, onAdded }: AddProps) {
  const { record, update, fail, locked } = useMeeting();
  const may = useCan()('meetings.addItem');
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('Any other business');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (locked || !may) return null;
  const multi = record.children.length > 1;
  const child = multi ? record.children.find((c) => c.id === current.childId) : undefined;

  const save = async () => {
    if (title.trim() === '') {
      setError('Title is required.');
      return;
    }
    setBusy(true);
    // Kept to send when the network is back (the banner counts it): the dialog closes and the meeting goes on; the
    // item appears when the server has it, without taking the minute-taker away from the item they are typing in.
    let kept = false;
    const keep = () => {
      kept = true;
      setBusy(false);
      setOpen(false);
    };
    try {
      const before = new Set(record.items.map((i) => i.id));
      const items = await call(
        'meetings.addItem',
        { meetingId: record.meeting.id, title, childId: multi ? current.childId : null },
        keep,
      );
      update((r) => ({ ...r, items }));
      setOpen(false);
      const added = items.find((i) => !before.has(i.id));
      if (added && !kept) onAdded(added.id);
    } catch (e) {
      if (kept) fail(e);
      else setError(e instanceof ApiCallError ? e.error.message : 'Nothing was saved. Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        variant="outlined"
        fullWidth
        sx={{ mt: 1 }}
        onClick={() => {
          setTitle('Any other business');
          setError(null);
          setOpen(true);
        }}
      >
        Add an agenda item
      </Button>
      {open && (
        <Dialog
          open
          onClose={busy ? undefined : () => setOpen(false)}
          maxWidth="sm"
          fullWidth
          aria-labelledby="add-item-title"
        >
          <DialogTitle id="add-item-title">Add an agenda item</DialogTitle>
          <DialogContent dividers>
            <Box
              component="form"
              id="add-item-form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void save();
              }}
            >
              <Typography color="text.secondary" sx={{ mb: 2 }}>
                {multi
                  ? `It goes in ${child ? `${childName(child)}’s section` : 'the items for the meeting as a whole'}, before the next meeting is fixed.`
                  : 'It goes before the next meeting is fixed; move it with Move up and Move down.'}
              </Typography>
              <TextField
                label="Title"
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                required
                autoFocus
                fullWidth
                size="small"
                error={error !== null}
                helperText={error ?? 'What the item is about, as the minutes will print it'}
                slotProps={{ htmlInput: { maxLength: 200, autoComplete: 'off' } }}
              />
              {error && !error.startsWith('Title') && (
                <Alert severity="error" sx={{ mt: 1 }}>
                  {error}
                </Alert>
              )}
            </Box>
          </DialogContent>
          <DialogActions sx={{ px: 3, py: 1.5 }}>
            <Button onClick={() => setOpen(false)} disabled={busy}>
              Cancel
            </Button>
            <Button type="submit" form="add-item-form" variant="contained" disabled={busy}>
              {busy ? 'Adding…' : 'Add item'}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}
