import { CssBaseline, ThemeProvider, useMediaQuery } from '@mui/material';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { reducedMotionTheme, theme } from './app/theme';
import { outbox } from './api/client';
import { startLiveEvents } from './api/liveEvents';
import { queryClient } from './api/queryClient';

// One event stream for the window's life (browser mode): other windows' saves refresh what this one shows.
startLiveEvents();
// Saves an earlier page left waiting (closed while offline) are sent now; and again as soon as the network returns.
void outbox?.start();
window.addEventListener('online', () => void outbox?.drain());

/** The theme, without motion when the system asks for less (followed as the setting changes). */
function Themed({ children }: { children: ReactNode }) {
  const reduce = useMediaQuery('(prefers-reduced-motion: reduce)', { noSsr: true });
  return <ThemeProvider theme={reduce ? reducedMotionTheme : theme}>{children}</ThemeProvider>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Themed>
        <CssBaseline />
        <App />
      </Themed>
    </QueryClientProvider>
  </StrictMode>,
);
