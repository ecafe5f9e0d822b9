import {
  Alert,
  Box,
  Chip,
  LinearProgress,
  Paper,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { DueItem } from '../../../shared/protocol';
import { useQuery } from '../api/useQuery';
import { useAppStatus } from '../app/status';
import { LoadDemo } from '../components/LoadDemo';
import { DueMeetingActions } from '../meetings/DueMeetingActions';
import { OverdueActions } from '../meetings/OverdueActions';
import { DueTable } from './DueTable';
import { RecordEscalationButton } from './RecordEscalationButton';
import { RecordNotificationButton } from './RecordNotificationButton';

type Filter = 'all' | 'meeting' | 'notification' | 'escalation' | 'return';
const FILTERS: Array<{ value: Filter; label: string; matches: (i: DueItem) => boolean }> = [
  { value: 'all', label: 'Everything', matches: () => true },
  { value: 'meeting', label: 'Meetings', matches: (i) => i.kind === 'meeting' },
  { value: 'notification', label: 'Notifications', matches: (i) => i.kind === 'notification' },
  { value: 'escalation', label: 'Escalations', matches: (i) => i.escalationKey !== null },
  {
    value: 'return',
    label: 'Return interviews',
    matches: (i) => i.kind === 'return-interview' || i.kind === 'return-step',
  },
];

/** The home screen: what each child's protocol requires now, most urgent first. */
export function DueScreen() {
  const { status } = useAppStatus();
  const q = useQuery('protocol.due', {});
  // Meetings already arranged: their Due rows offer "Open meeting" rather than a second "Create meeting".
  const upcoming = useQuery('meetings.list', { when: 'upcoming', limit: 500 });
  const [filter, setFilter] = useState<Filter>('all');
  if (status && status.childCount === 0)
    return (
      // Loading the demo makes every read stale (shared/api/invalidation.ts): nothing to refresh by hand.
      <LoadDemo />
    );
  const items = q.data?.items ?? [];
  const shown = items.filter(FILTERS.find((f) => f.value === filter)!.matches);
  const overdue = items.filter((i) => i.overdue).length;
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
            <Chip variant="outlined" label={`${items.length} in all`} />
          </Stack>
        )}
      </Stack>
      <Paper sx={{ p: 1.5, mb: 2 }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={filter}
          onChange={(_e, v: Filter | null) => v && setFilter(v)}
          aria-label="Show"
          // Four filters do not fit a 320 px line: they wrap rather than push the screen sideways.
          sx={{ flexWrap: 'wrap' }}
        >
          {FILTERS.map((f) => (
            <ToggleButton key={f.value} value={f.value} sx={{ textTransform: 'none', px: 2 }}>
              {f.label} ({items.filter(f.matches).length})
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
      {q.data && shown.length === 0 && (
        <Alert severity="success" sx={{ mt: 2 }}>
          Nothing is due.
        </Alert>
      )}
    </Box>
  );
}
