import { Box, TextField, Typography } from '@mui/material';
import { useState, type KeyboardEvent, type RefObject } from 'react';
import type { DecisionInput, MeetingItem } from '../../../../shared/domain/meeting';
import { call } from '../../api/client';
import { itemPlace } from '../drafts/meetingDrafts';
import { useDraft } from '../drafts/useDraft';
import { useMeeting } from '../meetingContext';
import { withDecisions } from '../recordUpdates';
import { DecisionRow } from './DecisionRow';

interface Props {
  item: MeetingItem;
  inputRef: RefObject<HTMLInputElement | null>;
}

/** The item's decisions as stored, each with its rationale, as saveItemDecisions takes them back. */
const storedDecisions = (item: MeetingItem): Array<{ decision: string; rationale: string | null }> =>
  item.decisions.map((decision, i) => ({ decision, rationale: item.decisionRationales[i] ?? null }));

/** What the meeting decided under this item, one line each, with why; Enter adds the one typed. */
export function DecisionsEditor({ item, inputRef }: Props) {
  const { record, update, fail, locked, drafts } = useMeeting();
  const place = itemPlace(record.items, item.id);
  // Typed but not yet added: kept through a change of item, a reload and a crash until Enter adds it.
  const draft = useDraft(
    drafts,
    `decision:${item.id}`,
    { text: '', why: '' },
    {
      label: `Decision typed under ${place.title}, not added`,
      order: place.order + 1,
      isClean: (d) => d.text.trim() === '' && d.why.trim() === '',
    },
  );
  const text = draft.value.text;
  // A draft kept before the "Why" field existed comes back with it empty (the store fills in the starting value).
  const why = draft.value.why;
  const [busy, setBusy] = useState(false);

  const save = async (decisions: DecisionInput[]): Promise<boolean> => {
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
    // The typed text stays in the fields until the decision is stored.
    const rationale = why.trim() || null;
    if (await save([...storedDecisions(item), { decision, rationale }])) draft.reset();
  };
  const enterAdds = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey) {
      e.preventDefault();
      void add();
    }
  };

  return (
    <Box component="section" aria-labelledby={`decisions-${item.id}`}>
      <Typography variant="h3" component="h3" id={`decisions-${item.id}`} sx={{ mb: 1 }}>
        Decisions
      </Typography>
      {item.decisions.length > 0 ? (
        <Box component="ol" sx={{ m: 0, mb: 1.5, pl: 3 }} data-testid="decisions">
          {storedDecisions(item).map((d, i) => (
            <DecisionRow
              key={`${i}-${d.decision}`}
              itemId={item.id}
              itemTitle={place.title}
              order={place.order}
              index={i}
              decision={d.decision}
              rationale={d.rationale}
              busy={busy}
              onSaveWhy={(rationale) =>
                save(storedDecisions(item).map((x, j) => (j === i ? { ...x, rationale } : x)))
              }
              onRemove={() => void save(storedDecisions(item).filter((_d, j) => j !== i))}
            />
          ))}
        </Box>
      ) : (
        locked && <Typography color="text.secondary">No decisions recorded.</Typography>
      )}
      {!locked && (
        <TextField
          label="Add a decision"
          value={text}
          onChange={(e) => draft.set({ text: e.target.value, why })}
          onKeyDown={enterAdds}
          fullWidth
          size="small"
          helperText={text.trim() ? 'Not added yet: Enter adds it' : 'Enter adds it'}
          inputRef={inputRef}
          slotProps={{ htmlInput: { autoComplete: 'off' } }}
        />
      )}
      {!locked && (
        <TextField
          label="Why (optional)"
          value={why}
          onChange={(e) => draft.set({ text, why: e.target.value })}
          onKeyDown={enterAdds}
          fullWidth
          size="small"
          sx={{ mt: 1 }}
          helperText="Why the meeting decided this: printed under the decision in the minutes"
          slotProps={{ htmlInput: { autoComplete: 'off' } }}
        />
      )}
    </Box>
  );
}
