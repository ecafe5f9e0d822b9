import { Alert, Box, Chip, Link, Paper, Stack, Typography } from '@mui/material';
import { shortMeetingLabel } from '../../../shared/protocol';
import { formatLongDateTime } from '../../../shared/time/london';
import { href } from '../app/router';
import { useQuery } from '../api/useQuery';
import { RecordEscalationButton } from '../due/RecordEscalationButton';
import { RecordNotificationButton } from '../due/RecordNotificationButton';

const STAGE_COLOURS = ['success', 'warning', 'error', 'error'] as const;

/** Under the child's header: the protocol stage and why, who chairs, and the next deadlines. */
export function ProtocolPanel({ childId }: { childId: string }) {
  const q = useQuery('protocol.child', { childId });
  if (q.error) return <Alert severity="error">The protocol could not be evaluated: {q.error}</Alert>;
  if (!q.data) return null;
  const { evaluation, profile, profileBecause, due, stageMeetingHeld } = q.data;
  const { stage } = evaluation;
  // The stage's meeting held: the frame no longer warns, and the panel links the meeting instead.
  const frame = stageMeetingHeld ? 'info' : STAGE_COLOURS[stage.level];
  return (
    <Paper
      component="section"
      aria-label="Protocol"
      sx={{ p: 2, borderLeft: 6, borderLeftColor: `${frame}.main` }}
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
          {stageMeetingHeld && (
            <Typography sx={{ mt: 0.5 }} data-testid="stage-meeting-held">
              {shortMeetingLabel(stageMeetingHeld.label)} held on{' '}
              {formatLongDateTime(stageMeetingHeld.heldAt)}:{' '}
              <Link href={href({ name: 'meeting', id: stageMeetingHeld.meetingId })}>
                open the meeting held
              </Link>
            </Typography>
          )}
          {/* What the protocol calls the child (W-CP 2.0 "repeat missing"): a label asks nothing, so it is not on Due. */}
          {evaluation.labels.map((l) => (
            <Stack
              key={l.kind}
              direction="row"
              sx={{ mt: 0.5, gap: 1, alignItems: 'center', flexWrap: 'wrap' }}
              data-testid="protocol-label"
            >
              <Chip size="small" color="warning" variant="outlined" label={l.label} />
              <Typography variant="body2">{l.reason}</Typography>
            </Stack>
          ))}
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
              {due.map((d) => (
                <Box
                  component="li"
                  key={d.key}
                  data-testid="child-due-item"
                  sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
                >
                  <Chip
                    size="small"
                    color={d.overdue ? 'error' : 'warning'}
                    variant={d.overdue ? 'filled' : 'outlined'}
                    label={d.overdue ? 'Overdue' : 'Due'}
                  />
                  <Typography variant="body2">{d.text}</Typography>
                  {/* A notification names its section, as on Due, beside the item rather than in its words. */}
                  {d.kind === 'notification' && d.source && (
                    <Typography variant="caption" component="span" color="text.secondary">
                      {d.source}
                    </Typography>
                  )}
                  <RecordNotificationButton item={d} />
                  <RecordEscalationButton item={d} />
                </Box>
              ))}
            </Stack>
          )}
        </Box>
      </Stack>
    </Paper>
  );
}
