import { useEffect, useState, useSyncExternalStore } from 'react';
import type { MeetingItem } from '../../../shared/domain/meeting';
import { call, outbox } from '../api/client';
import { MinutesAutosave, type ItemSnapshot, type Summary } from './minutesAutosave';

/**
 * The meeting's autosave, made once per meeting page. Besides the per-keystroke debounce it saves everything typed
 * when the page is hidden or left (tab switch, window closed, another screen chosen), and warns before the window
 * closes with a save still pending. A save refused because the minutes were approved meanwhile calls `onLocked`
 * (the page reads the meeting again and shows it locked).
 */
export function useMinutesAutosave(
  meetingId: string,
  items: readonly MeetingItem[],
  onLocked: () => void,
): MinutesAutosave {
  const [store] = useState(() => {
    const s = new MinutesAutosave({
      save: (itemId, minutes, baseRevision) =>
        call('meetings.saveItemMinutes', { meetingId, itemId, minutes, baseRevision }),
      typedWhileSaving: (itemId, minutes) => void outbox?.retypedMinutes(itemId, minutes),
      fetch: async (itemId) => {
        const record = await call('meetings.get', { meetingId });
        const item = record.items.find((i) => i.id === itemId);
        if (!item) throw new Error('The agenda item is no longer on this meeting.');
        return { minutes: item.minutes, revision: item.revision, savedAt: item.savedAt };
      },
    });
    s.seed(items);
    return s;
  });

  // Only the lock flag, so the page does not re-render on every save.
  const locked = useSyncExternalStore(store.subscribe, () => store.getSummary().locked);
  useEffect(() => {
    if (locked) onLocked();
  }, [locked, onLocked]);

  // A reloaded record brings other windows' saves for the items this one has nothing unsaved in.
  useEffect(() => store.seed(items), [store, items]);

  useEffect(() => {
    const flush = () => void store.flushAll();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!store.hasUnsaved()) return;
      flush();
      e.preventDefault();
      // Older Chromium (and Electron's) only ask when returnValue is set.
      e.returnValue = '';
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('hashchange', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('hashchange', flush);
      // Leaving the meeting (another route): what is typed is sent; the saves land after the page has gone.
      flush();
    };
  }, [store]);

  return store;
}

const EMPTY: ItemSnapshot = { text: '', revision: 0, savedAt: null, state: { kind: 'saved' } };

export function useItemMinutes(store: MinutesAutosave, itemId: string): ItemSnapshot {
  return useSyncExternalStore(store.subscribe, () => store.get(itemId) ?? EMPTY);
}

export function useSaveSummary(store: MinutesAutosave): Summary {
  return useSyncExternalStore(store.subscribe, store.getSummary);
}
