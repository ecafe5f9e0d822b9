import { Box, Button, TextField, Typography } from '@mui/material';
import { useState, type RefObject } from 'react';
import type { MeetingItem } from '../../../../shared/domain/meeting';
import { call } from '../../api/client';
import { itemPlace } from '../drafts/meetingDrafts';
import { useDraft } from '../drafts/useDraft';
import { useMeeting } from '../meetingContext';
import { withDecisions } from '../recordUpdates';

interface Props {
  item: MeetingItem;
  inputRef: RefObject<HTMLInputElement | null>;
}

/** What the meeting decided under this item, one line each; Enter adds the one typed. */
export function DecisionsEditor({ item, inputRef }: Props) {
  const { record, update, fail, locked, drafts } = useMeeting();
  const place = itemPlace(record.items, item.id);
  // Typed but not yet added: kept through a change of item, a reload and a crash until Enter adds it.
  const draft = useDraft(
    drafts,
    `decision:${item.id}`,
    { text: '' },
    {
      label: `Decision typed under ${place.title}, not added`,
      order: place.order + 1,
      isClean: (d) => d.text.trim() === '',
    },
  );
  const text = draft.value.text;
  const [busy, setBusy] = useState(false);

  const save = async (decisions: string[]): Promise<boolean> => {
    setBusy(true);
    try {
      const saved = await call('meetings.saveItemDecisions', {
        meetingId: record.meeting.id,
        itemId: item.id,
        decisions,
      });
      update((r) => withDecisions(r, item.id, saved));
      return true;
    } catch (e) {
      fail(e);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = async () => {
    const decision = text.trim();
    if (!decision || busy) return;
    // The typed text stays in the field until the decision is stored.
    if (await save([...item.decisions, decision])) draft.reset();
  };

  return (
    <Box component="section" aria-labelledby={`decisions-${item.id}`}>
      <Typography variant="h3" component="h3" id={`decisions-${item.id}`} sx={{ mb: 1 }}>
        Decisions
      </Typography>
      {item.decisions.length > 0 ? (
        <Box component="ol" sx={{ m: 0, mb: 1.5, pl: 3 }} data-testid="decisions">
          {item.decisions.map((d, i) => (
            <Box component="li" key={`${i}-${d}`} sx={{ mb: 0.5, '&::marker': { fontWeight: 600 } }}>
              <Box
                sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', justifyContent: 'space-between' }}
              >
                <Typography sx={{ whiteSpace: 'pre-wrap' }}>{d}</Typography>
                {!locked && (
                  <Button
                    size="small"
                    color="inherit"
                    disabled={busy}
                    onClick={() => void save(item.decisions.filter((_d, j) => j !== i))}
                    aria-label={`Remove decision ${i + 1}`}
                    sx={{ color: 'text.secondary', flexShrink: 0 }}
                  >
                    Remove
                  </Button>
                )}
              </Box>
            </Box>
          ))}
        </Box>
      ) : (
        locked && <Typography color="text.secondary">No decisions recorded.</Typography>
      )}
      {!locked && (
        <TextField
          label="Add a decision"
          value={text}
          onChange={(e) => draft.set({ text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey) {
              e.preventDefault();
              void add();
            }
          }}
          fullWidth
          size="small"
          helperText={text.trim() ? 'Not added yet: Enter adds it' : 'Enter adds it'}
          inputRef={inputRef}
          slotProps={{ htmlInput: { autoComplete: 'off' } }}
        />
      )}
    </Box>
  );
}
