import { Button } from '@mui/material';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { MeetingItem } from '../../../../shared/domain/meeting';
import { londonToday } from '../../../../shared/time/london';
import { ApiCallError, call } from '../../api/client';
import { useNow } from '../../app/status';
import { itemPlace } from '../drafts/meetingDrafts';
import { useDraft } from '../drafts/useDraft';
import { useMeeting } from '../meetingContext';
import { childName } from '../meetingText';
import { withAddedAction } from '../recordUpdates';
import { ActionFields } from './ActionFields';
import {
  actionIssues,
  emptyAction,
  focusFirstError,
  ownersOf,
  isEmptyAction,
  parseAction,
  type ActionDraft,
  type ActionErrors,
} from './actionForm';

interface Props {
  item: MeetingItem;
  whatRef: RefObject<HTMLTextAreaElement | null>;
}

/** The row a new action is typed into; after it is added, the row empties and the cursor is back in "What". */
export function NewAction({ item, whatRef }: Props) {
  const { record, update, drafts } = useMeeting();
  const place = itemPlace(record.items, item.id);
  // Typed but not yet added: kept through a change of item, a reload and a crash until Add stores it.
  const kept = useDraft<ActionDraft>(drafts, `action:${item.id}`, emptyAction(), {
    label: `Action typed under ${place.title}, not added`,
    order: place.order + 2,
    isClean: isEmptyAction,
  });
  // A draft kept before "Why this action" existed comes back with it empty (the store fills in the starting value).
  const draft = kept.value;
  const [errors, setErrors] = useState<ActionErrors>({});
  const [busy, setBusy] = useState(false);
  const now = useNow();
  // The past due date the minute-taker was warned about and chose to keep by adding again.
  const [pastAccepted, setPastAccepted] = useState<string | null>(null);
  const container = useRef<HTMLDivElement>(null);
  // Counts the actions added here: after each, once the fields are enabled again, the cursor goes back to "What".
  const [added, setAdded] = useState(0);
  useEffect(() => {
    if (added > 0) whatRef.current?.focus();
  }, [added, whatRef]);
  const childOptions =
    record.children.length > 1 ? record.children.map((c) => ({ id: c.id, name: childName(c) })) : null;

  const add = async () => {
    if (busy) return;
    const parsed = parseAction(draft, 'open');
    if (!parsed.ok) {
      setErrors(parsed.errors);
      focusFirstError(container.current, parsed.errors);
      return;
    }
    // A date already gone is usually a slip (2020 for 2026): say so once; adding again keeps it as typed.
    const dueOn = parsed.value.dueOn;
    if (dueOn && dueOn < londonToday(new Date(now)) && pastAccepted !== draft.due) {
      setPastAccepted(draft.due);
      const errors = { due: `Due date ${draft.due} is in the past: correct it, or add again to keep it.` };
      setErrors(errors);
      focusFirstError(container.current, errors);
      return;
    }
    setBusy(true);
    try {
      const action = await call('meetings.addAction', {
        meetingId: record.meeting.id,
        itemId: item.id,
        action: parsed.value,
      });
      update((r) => withAddedAction(r, action));
      kept.reset(emptyAction());
      setErrors({});
      setBusy(false);
      setAdded((n) => n + 1);
    } catch (e) {
      setBusy(false);
      const next =
        e instanceof ApiCallError
          ? actionIssues(e.error.issues, e.error.message)
          : { general: 'The action was not added.' };
      setErrors(next);
    }
  };

  return (
    <ActionFields
      owners={ownersOf(record.attendees)}
      draft={draft}
      errors={errors}
      onChange={(key, value) => {
        kept.set((d) => ({ ...d, [key]: value }));
        setErrors(({ [key]: _gone, general: _general, ...rest }) => rest);
      }}
      onSubmit={() => void add()}
      childOptions={childOptions}
      whatRef={whatRef}
      groupLabel="New action"
      busy={busy}
      containerRef={container}
      buttons={
        <Button variant="contained" onClick={() => void add()} disabled={busy} sx={{ whiteSpace: 'nowrap' }}>
          Add action
        </Button>
      }
    />
  );
}
