import { useState } from 'react';

/**
 * State kept for this tab's session under a key: a reload (or a crash of the window) reopens the meeting on the same
 * tab and agenda item the minute-taker was on.
 */
export function useSessionState<T extends string>(
  key: string,
  initial: T,
  isValid: (v: string) => v is T,
): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(() => {
    const stored = sessionStorage.getItem(key);
    return stored !== null && isValid(stored) ? stored : initial;
  });
  const set = (v: T) => {
    sessionStorage.setItem(key, v);
    setValue(v);
  };
  return [value, set];
}
