import { Box, Button, ClickAwayListener } from '@mui/material';
import { useEffect, useState } from 'react';
import type { ApiMethod } from '../../../shared/api';
import { connection } from '../api/client';
import { useCan } from '../signIn/access';
import { href, type Route } from './router';

/** Each link with the read its screen needs: a screen the person may not read is not offered (team mode). */
const NAV: Array<{ label: string; route: Route; needs: ApiMethod; teamOnly?: true }> = [
  { label: 'Due', route: { name: 'due' }, needs: 'protocol.due' },
  { label: 'Children', route: { name: 'children' }, needs: 'children.list' },
  { label: 'Meetings', route: { name: 'meetings' }, needs: 'meetings.list' },
  { label: 'Daily Review', route: { name: 'daily-review' }, needs: 'dailyReview.board' },
  { label: 'Dashboard', route: { name: 'dashboard' }, needs: 'dashboard.month' },
  { label: 'Settings', route: { name: 'settings' }, needs: 'settings.get' },
  // Accounts exist only on a council's server; on this computer there is no one to add.
  { label: 'Accounts', route: { name: 'accounts' }, needs: 'accounts.list', teamOnly: true },
];

function isCurrent(route: Route, item: Route): boolean {
  if (item.name === 'children')
    return (
      route.name === 'children' ||
      route.name === 'child' ||
      route.name === 'return-interview' ||
      route.name === 'risk-assessment'
    );
  if (item.name === 'meetings') return route.name === 'meetings' || route.name === 'meeting';
  return route.name === item.name;
}

/**
 * The main navigation. From 900 CSS px (a laptop at 100-125% zoom) the six links sit in the app bar; narrower (a
 * phone, or 200% zoom and more) they fold behind a Menu button that shows them as a list under the bar, since in a
 * row they ran off a 320 px screen (WCAG 1.4.10). A disclosure, not an ARIA menu: they stay plain links.
 */
export function MainNav({ route }: { route: Route }) {
  const [open, setOpen] = useState(false);
  const can = useCan();
  const key = href(route);
  // A link chosen from the folded list has done its job: the list closes on the new screen.
  const [shownFor, setShownFor] = useState(key);
  if (shownFor !== key) {
    setShownFor(key);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  // The open panel lies over the top of the screen: it closes when a click or the keyboard's focus goes elsewhere,
  // so it never hides what is clicked or focused next (WCAG 2.4.11).
  return (
    <ClickAwayListener onClickAway={() => setOpen(false)}>
      <Box
        component="nav"
        aria-label="Main"
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
        }}
        sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', flex: '1 1 auto' }}
      >
        <Button
          color="inherit"
          aria-expanded={open}
          aria-controls="main-nav-links"
          onClick={() => setOpen((o) => !o)}
          sx={{
            display: { xs: 'inline-flex', md: 'none' },
            ml: 'auto',
            border: '1px solid rgba(255,255,255,0.7)',
            '&.Mui-focusVisible': { outlineColor: '#ffffff' },
          }}
        >
          Menu
        </Button>
        <Box
          component="ul"
          id="main-nav-links"
          sx={{
            listStyle: 'none',
            m: 0,
            p: 0,
            gap: 0.5,
            display: { xs: open ? 'flex' : 'none', md: 'flex' },
            flexDirection: { xs: 'column', md: 'row' },
            // Folded, the list opens as a panel under the whole bar, over the top of the screen.
            position: { xs: 'absolute', md: 'static' },
            top: '100%',
            left: 0,
            right: 0,
            px: { xs: 1, md: 0 },
            pb: { xs: 1, md: 0 },
            bgcolor: 'primary.main',
            borderBottom: { xs: '1px solid rgba(255,255,255,0.7)', md: 0 },
          }}
        >
          {NAV.filter((item) => can(item.needs) && (!item.teamOnly || connection === 'team')).map((item) => {
            const current = isCurrent(route, item.route);
            return (
              <li key={item.label}>
                <Button
                  href={href(item.route)}
                  color="inherit"
                  aria-current={current ? 'page' : undefined}
                  sx={{
                    fontWeight: current ? 700 : 400,
                    borderBottom: current ? '2px solid white' : '2px solid transparent',
                    borderRadius: 0,
                    justifyContent: { xs: 'flex-start', md: 'center' },
                    width: { xs: '100%', md: 'auto' },
                    '&.Mui-focusVisible': { outlineColor: '#ffffff' },
                  }}
                >
                  {item.label}
                </Button>
              </li>
            );
          })}
        </Box>
      </Box>
    </ClickAwayListener>
  );
}
