import { useEffect, useRef } from 'react';

export interface AgendaShortcuts {
  next: () => void;
  previous: () => void;
  /** Alt+Page Down / Alt+Page Up: the next or previous child's first item (a meeting about several children). */
  nextChild: () => void;
  previousChild: () => void;
  /** Alt+M: back to the minutes editor. */
  minutes: () => void;
  /** Alt+D: the "Add a decision" field. */
  decision: () => void;
  /** Alt+A: the new action's "What" field. */
  action: () => void;
}

/**
 * Run mode's keys, listened for on the whole document so they work from any field (and from nowhere): a minute-taker
 * moves through the agenda without reaching for the mouse. Keys are matched by physical key (`code`) so Alt+letter
 * works on a Mac, where Option changes the character. A dialog open over the agenda (an amendment) gets its keys.
 */
export function useAgendaShortcuts(handlers: AgendaShortcuts): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('[role="dialog"], [role="listbox"], [role="menu"]')) return;
      // Alt+↓ on a native select (an action's status) opens its list, as the platform does.
      if (target instanceof HTMLSelectElement) return;
      const h = ref.current;
      const run = (f: () => void) => {
        e.preventDefault();
        f();
      };
      if (e.altKey && !e.ctrlKey && !e.metaKey) {
        if (e.key === 'PageDown') run(h.nextChild);
        else if (e.key === 'PageUp') run(h.previousChild);
        else if (e.key === 'ArrowDown') run(h.next);
        else if (e.key === 'ArrowUp') run(h.previous);
        else if (e.code === 'KeyM') run(h.minutes);
        else if (e.code === 'KeyD') run(h.decision);
        else if (e.code === 'KeyA') run(h.action);
      } else if ((e.ctrlKey || e.metaKey) && !e.altKey) {
        if (e.code === 'BracketRight') run(h.next);
        else if (e.code === 'BracketLeft') run(h.previous);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
