import { Alert, AppBar, Box, Button, Container, Toolbar, Typography } from '@mui/material';
import { api } from '../api/client';
import { ChildPage } from '../child/ChildPage';
import { ChildrenList } from '../children/ChildrenList';
import { DailyReviewScreen } from '../dailyReview/DailyReviewScreen';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { DueScreen } from '../due/DueScreen';
import { MeetingPage } from '../meetings/MeetingPage';
import { MeetingsScreen } from '../meetings/MeetingsScreen';
import { SettingsPage } from '../settings/SettingsPage';
import { href, useRoute, type Route } from './router';
import { AppStatusProvider } from './status';

const NAV: Array<{ label: string; route: Route }> = [
  { label: 'Due', route: { name: 'due' } },
  { label: 'Children', route: { name: 'children' } },
  { label: 'Meetings', route: { name: 'meetings' } },
  { label: 'Daily Review', route: { name: 'daily-review' } },
  { label: 'Dashboard', route: { name: 'dashboard' } },
  { label: 'Settings', route: { name: 'settings' } },
];

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
    <AppStatusProvider>
      <AppBar position="sticky" elevation={0}>
        <Toolbar variant="dense" sx={{ gap: 1 }}>
          <Typography component="span" sx={{ fontWeight: 700, mr: 3, fontSize: '1.15rem' }}>
            Homeward
          </Typography>
          <Box component="nav" aria-label="Main" sx={{ display: 'flex', gap: 0.5 }}>
            {NAV.map((item) => (
              <Button
                key={item.label}
                href={href(item.route)}
                color="inherit"
                aria-current={isCurrent(route, item.route) ? 'page' : undefined}
                sx={{
                  fontWeight: isCurrent(route, item.route) ? 700 : 400,
                  borderBottom: isCurrent(route, item.route) ? '2px solid white' : '2px solid transparent',
                  borderRadius: 0,
                }}
              >
                {item.label}
              </Button>
            ))}
          </Box>
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="xl" sx={{ py: 3 }}>
        <Screen route={route} />
      </Container>
    </AppStatusProvider>
  );
}

function isCurrent(route: Route, item: Route): boolean {
  if (item.name === 'children') return route.name === 'children' || route.name === 'child';
  if (item.name === 'meetings') return route.name === 'meetings' || route.name === 'meeting';
  return route.name === item.name;
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
    case 'due':
      return <DueScreen />;
    case 'children':
    default:
      return <ChildrenList />;
  }
}
