import { createContext, useContext } from 'react';

/**
 * The child the chair is on in a meeting about several children: the open agenda item's child, the pack shown and
 * the chronology opened are that child's (issue 12: Chronology opened the first child whatever item was open).
 */
export interface ChildFocus {
  childId: string | null;
  setChildId: (childId: string) => void;
}

export const ChildFocusContext = createContext<ChildFocus>({ childId: null, setChildId: () => undefined });

export const useChildFocus = (): ChildFocus => useContext(ChildFocusContext);
