import { Alert, Box } from '@mui/material';
import { useEffect, useRef, type RefObject } from 'react';
import { useChildFocus } from '../childFocus';
import { ChildStepper } from '../ChildStepper';
import { useMeeting } from '../meetingContext';
import { useSessionState } from '../useSessionState';
import { AddItemButton } from './AgendaEditButtons';
import { AgendaItemPane } from './AgendaItemPane';
import { AgendaList } from './AgendaList';
import { useAgendaShortcuts } from './useAgendaShortcuts';

type Focus = 'minutes' | 'decision' | 'action';

/** The fields run mode's keys move to; the pane attaches them to its inputs. */
export interface PaneRefs {
  minutes: RefObject<HTMLTextAreaElement | null>;
  decision: RefObject<HTMLInputElement | null>;
  action: RefObject<HTMLTextAreaElement | null>;
}

/**
 * Run mode: the agenda on the left, the item in hand on the right. Moving to another item saves the minutes of the
 * one left (no wait for the debounce) and puts the cursor in the new item's minutes.
 */
export function AgendaTab({ focusRequest }: { focusRequest: number }) {
  const { record, autosave } = useMeeting();
  const { items } = record;
  const [storedId, setStoredId] = useSessionState<string>(
    `homeward.meeting.${record.meeting.id}.item`,
    items[0]?.id ?? '',
    (v): v is string => items.some((i) => i.id === v),
  );
  const index = Math.max(
    0,
    items.findIndex((i) => i.id === storedId),
  );
  const item = items[index];
  const minutesRef = useRef<HTMLTextAreaElement>(null);
  const decisionRef = useRef<HTMLInputElement>(null);
  const actionRef = useRef<HTMLTextAreaElement>(null);
  const refs: PaneRefs = { minutes: minutesRef, decision: decisionRef, action: actionRef };
  // Focus waits for the new item's pane to mount.
  const focusNext = useRef<Focus | null>(null);

  const childFocus = useChildFocus();
  const select = (itemId: string, focus: Focus | null = 'minutes') => {
    if (item && item.id !== itemId) void autosave.flush(item.id);
    focusNext.current = focus;
    setStoredId(itemId);
    const childId = items.find((i) => i.id === itemId)?.childId;
    if (childId) childFocus.setChildId(childId);
  };
  const move = (step: number) => {
    const target = items[index + step];
    if (target) select(target.id);
  };
  /** To a child's first item: the chair takes the children one by one. */
  const pendingChild = useRef<string | null>(null);
  const toChild = (childId: string) => {
    const first = items.find((i) => i.childId === childId);
    if (first) select(first.id);
    // A child just added: their items arrive with the record the next render holds.
    else pendingChild.current = childId;
  };
  useEffect(() => {
    const childId = pendingChild.current;
    const first = childId === null ? undefined : items.find((i) => i.childId === childId);
    if (!first) return;
    pendingChild.current = null;
    select(first.id);
  });
  const { children } = record;
  const firstChildItem = items.findIndex((i) => i.childId !== null);
  // On an item for the meeting as a whole: before the children's sections, or after them.
  const at =
    item?.childId != null
      ? children.findIndex((c) => c.id === item.childId)
      : index < firstChildItem
        ? -1
        : children.length;
  const previousChild = children[at - 1]?.id ?? null;
  const nextChild = children[at + 1]?.id ?? null;
  const moveChild = (step: number) => {
    const target = step > 0 ? nextChild : previousChild;
    if (target) toChild(target);
  };
  // The open item's child is the one the pack and the chronology show (a reload reopens the same item).
  const itemChild = item?.childId ?? null;
  useEffect(() => {
    if (itemChild && itemChild !== childFocus.childId) childFocus.setChildId(itemChild);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follow the item only, not each focus change
  }, [itemChild]);

  useEffect(() => {
    const f = focusNext.current;
    if (f === null) return;
    focusNext.current = null;
    refs[f].current?.focus();
  });

  // The meeting has just started (or the minute-taker came back to the agenda after it did): straight to typing.
  useEffect(() => {
    if (focusRequest > 0) minutesRef.current?.focus();
  }, [focusRequest]);

  useAgendaShortcuts({
    next: () => move(1),
    previous: () => move(-1),
    nextChild: () => moveChild(1),
    previousChild: () => moveChild(-1),
    minutes: () => refs.minutes.current?.focus(),
    decision: () => refs.decision.current?.focus(),
    action: () => refs.action.current?.focus(),
  });

  if (!item) return <Alert severity="info">This meeting has no agenda items.</Alert>;
  return (
    <>
      <ChildStepper
        childId={item?.childId ?? null}
        previousId={previousChild}
        nextId={nextChild}
        onMove={toChild}
        keys
      />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: {
            xs: 'minmax(0, 1fr)',
            md: '300px minmax(0, 1fr)',
            xl: '340px minmax(0, 1fr)',
          },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <AgendaList
          items={items}
          selectedId={item.id}
          onSelect={(id) => select(id)}
          footer={<AddItemButton current={item} onAdded={(id) => select(id)} />}
        />
        <AgendaItemPane key={item.id} item={item} number={index + 1} refs={refs} />
      </Box>
    </>
  );
}
