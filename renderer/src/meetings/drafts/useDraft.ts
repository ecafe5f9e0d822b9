import { useState, useSyncExternalStore } from 'react';
import type { MeetingDrafts } from './meetingDrafts';

export interface Draft<T> {
  value: T;
  /** Updates the field and keeps it in the draft store (dropped from the store when `isClean` says so). */
  set: (next: T | ((previous: T) => T)) => void;
  /** The text was added or saved: the field shows `to` (default: the starting value) and the store forgets it. */
  reset: (to?: T) => void;
  /** Forgets the stored copy without touching the field (what is in it has just been saved). */
  forget: () => void;
}

interface Options<T> {
  label: string;
  /** Where it is on the page, for the Conclude check's list. */
  order?: number;
  /** True when there is nothing to keep: empty, or the same as what is stored in the database. */
  isClean: (value: T) => boolean;
}

/**
 * A field group whose text survives reload, a closed window and a crash until it is added or saved: the React state
 * starts from the meeting's draft store and every change is written back to it.
 */
export function useDraft<T extends object>(
  drafts: MeetingDrafts,
  key: string,
  initial: T,
  { label, order = 0, isClean }: Options<T>,
): Draft<T> {
  const [value, setValue] = useState<T>(() => drafts.get(key, initial) ?? initial);
  const keep = (next: T) => {
    if (isClean(next)) drafts.remove(key);
    else drafts.put(key, label, next, order);
  };
  return {
    value,
    set: (next) => {
      setValue((previous) => {
        const v = typeof next === 'function' ? next(previous) : next;
        keep(v);
        return v;
      });
    },
    reset: (to = initial) => {
      drafts.remove(key);
      setValue(to);
    },
    forget: () => drafts.remove(key),
  };
}

/** Re-renders on every draft change (the Conclude button and the page's indicator read the list). */
export function useDraftsVersion(drafts: MeetingDrafts): number {
  return useSyncExternalStore(drafts.subscribe, drafts.getVersion);
}
