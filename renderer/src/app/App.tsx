import { Alert, AppBar, Container, Toolbar, Typography } from '@mui/material';
import { useRef } from 'react';
import { api, outbox } from '../api/client';
import { OfflineBanner } from '../offline/OfflineBanner';
import { ChildPage } from '../child/ChildPage';
import { ChildrenList } from '../children/ChildrenList';
import { DailyReviewScreen } from '../dailyReview/DailyReviewScreen';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { DueScreen } from '../due/DueScreen';
import { MeetingPage } from '../meetings/MeetingPage';
import { MeetingsScreen } from '../meetings/MeetingsScreen';
import { SettingsPage } from '../settings/SettingsPage';
import { AccountsScreen } from '../accounts/AccountsScreen';
import { AccountBar } from '../signIn/AccountBar';
import { TeamGate } from '../signIn/TeamGate';
import { MainNav } from './MainNav';
import { RouteAnnouncer } from './RouteAnnouncer';
import { useRoute, type Route } from './router';
import { useStickyHeight } from './stickyLayout';
import { AppStatusProvider } from './status';
import { ReturnInterviewPage } from '../returnInterview/ReturnInterviewPage';
import { RiskAssessmentPage } from '../riskAssessment/RiskAssessmentPage';

export function App() {
  const route = useRoute();
  if (!api) {
    return (
      <Container sx={{ mt: 6 }}>
        <Alert severity="error">
          This page is not connected to Homeward. Open the address printed by <code>npm run serve</code>,
          which carries the access token.
        </Alert>
      </Container>
    );
  }
  return (
    <TeamGate>
      <AppStatusProvider>
        <TopBar route={route} />
        <RouteAnnouncer route={route} />
        <OfflineBanner outbox={outbox} />
        <Container component="main" maxWidth="xl" sx={{ py: 3, px: { xs: 1, sm: 2, md: 3 } }}>
          <Screen route={route} />
        </Container>
      </AppStatusProvider>
    </TeamGate>
  );
}

/**
 * The app bar, measured once it is on the page: in team mode it appears only after sign-in (TeamGate), so it is
 * its own component and its height reaches the scroll padding whenever it mounts.
 */
function TopBar({ route }: { route: Route }) {
  const appBar = useRef<HTMLElement>(null);
  useStickyHeight(appBar, '--homeward-sticky-top');
  return (
    <AppBar position="sticky" elevation={0} ref={appBar}>
      <Toolbar variant="dense" sx={{ gap: 1, flexWrap: 'wrap', px: { xs: 1, sm: 2 } }}>
        <Typography component="span" sx={{ fontWeight: 700, mr: 3, fontSize: '1.15rem', lineHeight: '48px' }}>
          Homeward
        </Typography>
        <MainNav route={route} />
        <AccountBar />
      </Toolbar>
    </AppBar>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'child':
      return <ChildPage key={route.id} id={route.id} />;
    case 'meetings':
      return <MeetingsScreen />;
    case 'meeting':
      return <MeetingPage key={route.id} id={route.id} />;
    case 'daily-review':
      return <DailyReviewScreen />;
    case 'dashboard':
      return <DashboardScreen />;
    case 'settings':
      return <SettingsPage />;
    case 'accounts':
      return <AccountsScreen />;
    case 'return-interview':
      return <ReturnInterviewPage key={route.episodeId} episodeId={route.episodeId} />;
    case 'risk-assessment':
      return (
        <RiskAssessmentPage
          key={`${route.childId}/${route.mode}`}
          childId={route.childId}
          mode={route.mode}
        />
      );
    case 'due':
      return <DueScreen />;
    case 'children':
    default:
      return <ChildrenList />;
  }
}
