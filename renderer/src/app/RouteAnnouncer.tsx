import { Box } from '@mui/material';
import { useEffect, useState } from 'react';
import { visuallyHidden } from '../components/VisuallyHidden';
import { href, type Route } from './router';

/** What each screen is called in the window title and in the announcement (WCAG 2.4.2). */
export const ROUTE_LABELS: Record<Route['name'], string> = {
  due: 'Due',
  children: 'Children',
  child: 'Child',
  meetings: 'Meetings',
  meeting: 'Meeting',
  'daily-review': 'Daily Review',
  dashboard: 'Dashboard',
  settings: 'Settings',
  accounts: 'Accounts',
  'return-interview': 'Return interview',
  'risk-assessment': 'Risk assessment',
};

/** Once a screen's heading has loaded it names the page; a screen that never shows one is named by its route. */
const HEADING_WAIT_MS = 1500;

/**
 * Titles the window after the screen (its h1 where that says more, e.g. the child's name) and tells a screen reader
 * which screen has opened, in a polite live region (WCAG 4.1.3): a hash change reloads nothing, so without this
 * a route change is silent and every window is "Homeward". One place for every route.
 */
export function RouteAnnouncer({ route }: { route: Route }) {
  const [message, setMessage] = useState('');
  const key = href(route);
  const label = ROUTE_LABELS[route.name];
  useEffect(() => {
    let announced: string | null = null;
    const name = () => {
      const h1 = document.querySelector('main h1')?.textContent?.trim();
      return { heading: Boolean(h1), text: h1 && h1 !== label ? `${h1} · ${label}` : label };
    };
    const update = (force: boolean) => {
      const { heading, text } = name();
      document.title = `${text} – Homeward`;
      if ((heading || force) && text !== announced) {
        announced = text;
        setMessage(`${text} screen`);
      }
    };
    update(false);
    // Screens load their data after the route changes: the heading (and the child's name in it) comes later.
    const main = document.querySelector('main');
    const observer = new MutationObserver(() => update(false));
    if (main) observer.observe(main, { childList: true, subtree: true, characterData: true });
    const fallback = window.setTimeout(() => update(true), HEADING_WAIT_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(fallback);
    };
  }, [key, label]);
  return (
    <Box
      role="status"
      aria-live="polite"
      aria-atomic="true"
      sx={visuallyHidden}
      data-testid="route-announcement"
    >
      {message}
    </Box>
  );
}
