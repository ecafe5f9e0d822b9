import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { formatLongDateTime } from '../../../shared/time/london';
import { call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { useAppStatus } from '../app/status';
import { ExportButton } from '../components/ExportButton';
import { LoadDemo } from '../components/LoadDemo';
import { AuthoritiesSection } from './AuthoritiesSection';
import { Definitions } from './Definitions';
import { EpisodesSection } from './EpisodesSection';
import { FactorsSection } from './FactorsSection';
import { InterviewsSection } from './InterviewsSection';
import { MonthPicker } from './MonthPicker';
import { londonMonthOf } from './months';
import { RepeatSection } from './RepeatSection';
import { StagesSection } from './StagesSection';
import { Tiles } from './Tiles';
import { TrendSection } from './TrendSection';

/** The monthly missing dashboard for the Monthly Missing Meeting (WG 13, WG appendix f; EM). */
export function DashboardScreen() {
  const { status } = useAppStatus();
  if (!status) return <LinearProgress />;
  if (status.childCount === 0) return <LoadDemo />;
  // The backend's clock decides the current month, so a pinned clock (tests, demos) shows the right one.
  return <Dashboard current={londonMonthOf(status.now)} />;
}

function Dashboard({ current }: { current: string }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const month = chosen ?? current;
  const q = useQuery('dashboard.month', { month });
  const d = q.data;
  return (
    <Box>
      <Stack
        direction="row"
        sx={{ alignItems: 'flex-start', justifyContent: 'space-between', flexWrap: 'wrap', gap: 2, mb: 2 }}
      >
        <Box>
          <Typography variant="h1" component="h1">
            Monthly dashboard
          </Typography>
          <Typography color="text.secondary">
            For the Monthly Missing Meeting: episodes, return interviews, factors, repeat missing, stages and
            placed children (WG 13, EM). Months run midnight to midnight, UK time.
          </Typography>
          {d?.partial && (
            <Typography variant="body2" color="warning.main" sx={{ fontWeight: 600 }}>
              {d.label} is not over: the figures run to {formatLongDateTime(d.asOf)}.
            </Typography>
          )}
        </Box>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <MonthPicker current={current} value={month} onChange={setChosen} />
          <ExportButton make={() => call('dashboard.exportDocx', { month })}>Export to Word</ExportButton>
          <ExportButton make={() => call('dashboard.exportCsv', { month })}>Export CSV</ExportButton>
        </Stack>
      </Stack>
      {q.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {q.error}
        </Alert>
      )}
      {q.loading && <LinearProgress sx={{ mb: 1 }} />}
      {d && (
        <>
          <Tiles d={d} />
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' },
              gap: 2,
              alignItems: 'start',
            }}
          >
            <EpisodesSection d={d} />
            <InterviewsSection d={d} />
            <FactorsSection d={d} />
            <RepeatSection d={d} />
            <StagesSection d={d} />
            <AuthoritiesSection d={d} />
            <TrendSection d={d} />
            <Definitions definitions={d.definitions} />
          </Box>
        </>
      )}
    </Box>
  );
}
