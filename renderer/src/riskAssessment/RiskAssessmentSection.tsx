import { Alert, Box, Button, List, ListItem, ListItemText, Paper, Skeleton, Typography } from '@mui/material';
import type { Child } from '../../../shared/domain/child';
import { RISK_LEVEL_LABELS } from '../../../shared/domain/riskAssessment';
import { formatUkDate } from '../../../shared/time/london';
import { call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { href } from '../app/router';
import { ExportButton } from '../components/ExportButton';

/**
 * The child's Missing From Care Risk Assessment and Action Plan (WG appendix a): the latest version's level and
 * open plan actions, and every version with its Word export. When it is due shows in the child's next deadlines.
 */
export function RiskAssessmentSection({ child }: { child: Child }) {
  const q = useQuery('riskAssessments.list', { childId: child.id });
  const versions = q.data;
  const latest = versions?.[0];
  return (
    <Paper component="section" aria-labelledby="risk-heading" sx={{ p: 2.5, mt: 3 }}>
      <Typography id="risk-heading" variant="h2" component="h2" sx={{ mb: 1 }}>
        Risk assessment and action plan
      </Typography>
      {!versions ? (
        q.error ? (
          <Alert severity="error">The risk assessments could not be opened: {q.error}</Alert>
        ) : (
          <Skeleton variant="rectangular" height={80} />
        )
      ) : latest === undefined ? (
        <>
          <Typography color="text.secondary" sx={{ mb: 1 }}>
            No risk assessment is recorded.
          </Typography>
          <Button
            variant="contained"
            href={href({ name: 'risk-assessment', childId: child.id, mode: 'new' })}
          >
            New risk assessment
          </Button>
        </>
      ) : (
        <>
          <Typography data-testid="risk-latest">
            Overall level <strong>{RISK_LEVEL_LABELS[latest.overallLevel]}</strong> · version {latest.version}
            , date of review {formatUkDate(latest.assessedOn)} · report to police after{' '}
            {latest.plan.reportAfterHours} h
          </Typography>
          <List dense aria-label="Plan actions">
            {latest.plan.actions.map((a) => (
              <ListItem key={a.id} disableGutters>
                <ListItemText
                  primary={`${a.description} (${a.status})`}
                  secondary={`${a.owner}${a.agency ? ` (${a.agency})` : ''}${a.dueOn ? `, due ${formatUkDate(a.dueOn)}` : ''}`}
                />
              </ListItem>
            ))}
          </List>
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1 }}>
            {/* A review is a new version, the last one kept as agreed; an edit corrects the latest only. */}
            <Button
              variant="outlined"
              href={href({ name: 'risk-assessment', childId: child.id, mode: 'new' })}
            >
              Review (new version)
            </Button>
            <Button
              variant="outlined"
              href={href({ name: 'risk-assessment', childId: child.id, mode: 'edit' })}
            >
              Edit version {latest.version}
            </Button>
          </Box>
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            {versions.map((v) => (
              <ExportButton
                key={v.id}
                variant={v.latest ? 'contained' : 'outlined'}
                make={() => call('riskAssessments.export', { id: v.id })}
              >
                {`Version ${v.version} (${formatUkDate(v.assessedOn)}) to Word`}
              </ExportButton>
            ))}
          </Box>
        </>
      )}
    </Paper>
  );
}
