import { CssBaseline, ThemeProvider } from '@mui/material';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { theme } from './app/theme';
import { outbox } from './api/client';
import { startLiveEvents } from './api/liveEvents';
import { queryClient } from './api/queryClient';

// One event stream for the window's life (browser mode): other windows' saves refresh what this one shows.
startLiveEvents();
// Saves an earlier page left waiting (closed while offline) are sent now; and again as soon as the network returns.
void outbox?.start();
window.addEventListener('online', () => void outbox?.drain());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <App />
      </ThemeProvider>
    </QueryClientProvider>
  </StrictMode>,
);
