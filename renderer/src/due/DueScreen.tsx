import {
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
  Paper,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { DUE_PAGE, MAX_DUE_PAGE } from '../../../shared/api/protocol';
import type { DueShow } from '../../../shared/protocol';
import { useQuery } from '../api/useQuery';
import { useAppStatus } from '../app/status';
import { LoadDemo } from '../components/LoadDemo';
import { DueMeetingActions } from '../meetings/DueMeetingActions';
import { OverdueActions } from '../meetings/OverdueActions';
import { DueTable } from './DueTable';
import { RecordEscalationButton } from './RecordEscalationButton';
import { RecordNotificationButton } from './RecordNotificationButton';

const FILTERS: Array<{ value: DueShow; label: string }> = [
  { value: 'all', label: 'Everything' },
  { value: 'meeting', label: 'Meetings' },
  { value: 'notification', label: 'Notifications' },
  { value: 'escalation', label: 'Escalations' },
  { value: 'return', label: 'Return interviews' },
];

/** The home screen: what each child's protocol requires now, most urgent first. */
export function DueScreen() {
  const { status } = useAppStatus();
  const [show, setShow] = useState<DueShow>('all');
  // A county's list runs to thousands of items: the screen asks for the most urgent page, and more as it is read.
  const [limit, setLimit] = useState(DUE_PAGE);
  const q = useQuery('protocol.due', { show, limit });
  // Meetings already arranged: their Due rows offer "Open meeting" rather than a second "Create meeting".
  const upcoming = useQuery('meetings.list', { when: 'upcoming', limit: 500 });
  if (status && status.childCount === 0)
    return (
      // Loading the demo makes every read stale (shared/api/invalidation.ts): nothing to refresh by hand.
      <LoadDemo />
    );
  const shown = q.data?.items ?? [];
  const counts = q.data?.counts;
  const overdue = counts?.overdue ?? 0;
  const ofShow = counts?.[show] ?? 0;
  return (
    <Box>
      <Stack
        direction="row"
        sx={{ alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap', gap: 2, mb: 2 }}
      >
        <Box>
          <Typography variant="h1" component="h1">
            Due
          </Typography>
          <Typography color="text.secondary">
            Meetings, notifications and return interviews each child’s protocol requires now, most urgent
            first.
          </Typography>
        </Box>
        {q.data && (
          <Stack direction="row" spacing={1}>
            {/* Red only when something is overdue: a red "0 overdue" reads as an alarm about nothing. */}
            <Chip
              color={overdue > 0 ? 'error' : 'default'}
              variant={overdue > 0 ? 'filled' : 'outlined'}
              label={`${overdue} overdue`}
            />
            <Chip variant="outlined" label={`${counts?.all ?? 0} in all`} />
          </Stack>
        )}
      </Stack>
      <Paper sx={{ p: 1.5, mb: 2 }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={show}
          onChange={(_e, v: DueShow | null) => {
            if (!v) return;
            setShow(v);
            setLimit(DUE_PAGE);
          }}
          aria-label="Show"
          // Four filters do not fit a 320 px line: they wrap rather than push the screen sideways.
          sx={{ flexWrap: 'wrap' }}
        >
          {FILTERS.map((f) => (
            <ToggleButton key={f.value} value={f.value} sx={{ textTransform: 'none', px: 2 }}>
              {f.label} ({counts?.[f.value] ?? 0})
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Paper>
      {q.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {q.error}
        </Alert>
      )}
      {q.data && <OverdueActions />}
      {q.loading && <LinearProgress />}
      {q.data && (
        <DueTable
          items={shown}
          actions={(item) =>
            item.kind === 'meeting' ? (
              <DueMeetingActions item={item} upcoming={upcoming.data ?? []} />
            ) : item.kind === 'notification' ? (
              <RecordNotificationButton item={item} />
            ) : item.escalationKey !== null ? (
              <RecordEscalationButton item={item} />
            ) : null
          }
        />
      )}
      {q.data && shown.length < ofShow && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mt: 2 }}>
          <Typography color="text.secondary" role="status">
            Showing the {shown.length} most urgent of {ofShow}.
          </Typography>
          {limit < MAX_DUE_PAGE ? (
            <Button
              variant="outlined"
              disabled={q.loading}
              onClick={() => setLimit((l) => Math.min(l + DUE_PAGE, MAX_DUE_PAGE))}
            >
              Show {Math.min(DUE_PAGE, ofShow - shown.length)} more
            </Button>
          ) : (
            <Typography color="text.secondary">A filter above shows the rest of its kind.</Typography>
          )}
        </Stack>
      )}
      {q.data && shown.length === 0 && (
        <Alert severity="success" sx={{ mt: 2 }}>
          Nothing is due.
        </Alert>
      )}
    </Box>
  );
}
