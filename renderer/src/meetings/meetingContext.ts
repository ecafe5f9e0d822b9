import { createContext, useContext } from 'react';
import type { MeetingRecord } from '../../../shared/domain/meeting';
import type { MeetingDrafts } from './drafts/meetingDrafts';
import type { MinutesAutosave } from './minutesAutosave';

export interface MeetingContextValue {
  record: MeetingRecord;
  /** Folds a save's answer into the record (see recordUpdates.ts). */
  update: (f: (r: MeetingRecord) => MeetingRecord) => void;
  /** Reads the whole meeting again (after a lock, an amendment, or another window's change). */
  reload: () => void;
  /** Shows why a save was refused, in the backend's words. */
  fail: (error: unknown) => void;
  autosave: MinutesAutosave;
  /** Text typed into the meeting's other fields and not yet added or saved (see drafts/meetingDrafts.ts). */
  drafts: MeetingDrafts;
  /** Minutes approved: the record is read-only except amendments and action tracking. */
  locked: boolean;
}

export const MeetingContext = createContext<MeetingContextValue | null>(null);

export function useMeeting(): MeetingContextValue {
  const value = useContext(MeetingContext);
  if (!value) throw new Error('useMeeting is used outside a meeting page');
  return value;
}

/** The backend's sentence (it names the field and the problem); a plain Error's message otherwise. */
export function errorMessage(error: unknown, fallback = 'Nothing was saved. Try again.'): string {
  if (typeof error === 'object' && error !== null && 'error' in error) {
    const e = (error as { error: { message?: unknown } }).error;
    if (typeof e.message === 'string') return e.message;
  }
  return error instanceof Error ? error.message : fallback;
}
