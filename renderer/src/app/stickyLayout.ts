import { useLayoutEffect, type RefObject } from 'react';

/**
 * What sticks to the top of the window publishes its height in a CSS variable: the app bar in
 * `--homeward-sticky-top`, a screen's own sticky bar (the meeting's tabs) in `--homeward-sticky-extra`. The theme's
 * `scroll-padding-top` adds them up, so a control reached by Tab or Shift+Tab is scrolled into view below them
 * rather than under them (WCAG 2.4.11), and sticky things lower down sit below them at any zoom, not at a fixed 48 px.
 */
export type StickyVariable = '--homeward-sticky-top' | '--homeward-sticky-extra';

/** Below the app bar and a screen's sticky bar, plus a gap: where a lower sticky panel (the agenda) may sit. */
export const BELOW_STICKY =
  'calc(var(--homeward-sticky-top, 48px) + var(--homeward-sticky-extra, 0px) + 16px)';

/** Where a screen's own bar may stick: wide and tall enough that it leaves room to read and type under it. */
export const STICKY_BAR_MEDIA = '@media (min-width: 600px) and (min-height: 560px)';

export function useStickyHeight(ref: RefObject<HTMLElement | null>, variable: StickyVariable): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement.style;
    // An element that is not sticky at this size (the meeting's tabs on a small screen) takes no room at the top.
    const measure = () =>
      root.setProperty(variable, getComputedStyle(el).position === 'sticky' ? `${el.offsetHeight}px` : '0px');
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
      root.removeProperty(variable);
    };
  }, [ref, variable]);
}
