import { Alert, Box, Chip, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '../api/useQuery';

const STAGE_COLOURS = ['success', 'warning', 'error', 'error'] as const;

/** Under the child's header: the protocol stage and why, who chairs, and the next deadlines. */
export function ProtocolPanel({ childId }: { childId: string }) {
  const q = useQuery('protocol.child', { childId });
  if (q.error) return <Alert severity="error">The protocol could not be evaluated: {q.error}</Alert>;
  if (!q.data) return null;
  const { evaluation, profile, profileBecause, due } = q.data;
  const { stage } = evaluation;
  return (
    <Paper
      component="section"
      aria-label="Protocol"
      sx={{ p: 2, borderLeft: 6, borderLeftColor: `${STAGE_COLOURS[stage.level]}.main` }}
    >
      <Stack
        direction="row"
        sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}
      >
        <Box sx={{ flex: '1 1 420px' }}>
          <Typography variant="h3" component="h2" data-testid="protocol-stage">
            {evaluation.inScope
              ? stage.level === 0
                ? 'No threshold reached'
                : stage.label
              : 'Outside the protocol (18 or over)'}
          </Typography>
          {stage.level > 0 && <Typography sx={{ mt: 0.5 }}>{stage.reason}</Typography>}
          {stage.chair && (
            <Typography sx={{ mt: 0.5 }}>
              Chair: <strong data-testid="protocol-chair">{stage.chair}</strong>
            </Typography>
          )}
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {profile.name} ({profileBecause}){stage.source ? ` · ${stage.source}` : ''}
          </Typography>
        </Box>
        <Box sx={{ flex: '1 1 380px' }}>
          <Typography variant="subtitle2" component="h3" gutterBottom>
            Next deadlines
          </Typography>
          {due.length === 0 ? (
            <Typography color="text.secondary">Nothing due.</Typography>
          ) : (
            <Stack spacing={0.5} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
              {due.slice(0, 5).map((d) => (
                <Box component="li" key={d.key} sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                  <Chip
                    size="small"
                    color={d.overdue ? 'error' : 'warning'}
                    variant={d.overdue ? 'filled' : 'outlined'}
                    label={d.overdue ? 'Overdue' : 'Due'}
                  />
                  <Typography variant="body2">{d.text}</Typography>
                </Box>
              ))}
            </Stack>
          )}
          {/* After the list, not in it: a list holds only its items (WCAG 1.3.1). */}
          {due.length > 5 && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              and {due.length - 5} more on the Due screen
            </Typography>
          )}
        </Box>
      </Stack>
    </Paper>
  );
}
