import { Alert, CircularProgress, Container } from '@mui/material';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { WhoAmI } from '../../../shared/api/accounts';
import { call, connection } from '../api/client';
import { AccessProvider } from './access';
import { teamStatus, type TeamStatus } from './authClient';
import { SetupPage, SignInPage } from './SignInPages';

type Gate =
  | { state: 'loading' }
  | { state: 'not-connected' }
  | { state: 'setup' }
  | { state: 'sign-in'; status: TeamStatus }
  | { state: 'in'; me: WhoAmI };

async function resolveGate(): Promise<Gate> {
  if (connection === 'team') {
    const status = await teamStatus();
    if (!status) return { state: 'not-connected' };
    if (status.setupNeeded) return { state: 'setup' };
    if (!status.signedIn) return { state: 'sign-in', status };
  }
  try {
    return { state: 'in', me: await call('app.whoAmI', {}) };
  } catch {
    return connection === 'team' ? resolveGate() : { state: 'not-connected' };
  }
}

/** Team mode's front door (setup, sign-in) and who is signed in; this computer's modes go straight in. */
export function TeamGate({ children }: { children: ReactNode }) {
  const [gate, setGate] = useState<Gate>({ state: 'loading' });
  const refresh = useCallback(() => void resolveGate().then(setGate), []);
  useEffect(() => {
    refresh();
    // A call answered 401 (idle too long, signed out elsewhere): back to the sign-in page.
    window.addEventListener('homeward:signed-out', refresh);
    return () => window.removeEventListener('homeward:signed-out', refresh);
  }, [refresh]);
  switch (gate.state) {
    case 'loading':
      return (
        <Container sx={{ mt: 6 }}>
          <CircularProgress aria-label="Connecting to Homeward" />
        </Container>
      );
    case 'not-connected':
      return (
        <Container sx={{ mt: 6 }}>
          <Alert severity="error">
            This page is not connected to Homeward. Open the address printed by <code>npm run serve</code>,
            which carries the access token, or your council’s Homeward server.
          </Alert>
        </Container>
      );
    case 'setup':
      return <SetupPage onDone={refresh} />;
    case 'sign-in':
      return <SignInPage onSignedIn={refresh} singleSignOn={gate.status.singleSignOn} />;
    case 'in':
      return <AccessProvider me={gate.me}>{children}</AccessProvider>;
  }
}
