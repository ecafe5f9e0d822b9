import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  LinearProgress,
  MenuItem,
  Paper,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  AGREED_RISK_LABELS,
  AGREED_RISK_LEVELS,
  STRATEGY_OUTCOME_LABELS,
  STRATEGY_OUTCOMES,
  type MeetingOutcome,
  type MeetingOutcomeInput,
} from '../../../../shared/api/outcomes';
import { ApiCallError, call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { errorMessage, useMeeting } from '../meetingContext';

/** What the meeting agreed as a whole, printed in the minutes: locked with them once approved. */
export function OutcomePanel() {
  const { record } = useMeeting();
  const q = useQuery('meetings.getOutcome', { meetingId: record.meeting.id });
  if (q.error && !q.data)
    return <Alert severity="error">What the meeting agreed could not be read: {q.error}</Alert>;
  if (!q.data) return <LinearProgress aria-label="Loading what the meeting agreed" />;
  // Keyed by when it was saved, so a save from elsewhere resets the form to what is stored.
  return <OutcomeForm key={q.data.updatedAt ?? 'new'} stored={q.data} onSaved={q.reload} />;
}

function OutcomeForm({ stored, onSaved }: { stored: MeetingOutcome; onSaved: () => void }) {
  const { record, locked } = useMeeting();
  const strategy = record.meeting.kind === 'strategy';
  const [form, setForm] = useState<MeetingOutcomeInput>(() => pick(stored));
  const [problem, setProblem] = useState<{ field: string | null; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof MeetingOutcomeInput>(k: K, v: MeetingOutcomeInput[K]) =>
    setForm((f) => ({ ...f, [k]: v }));
  const save = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await call('meetings.setOutcome', { meetingId: record.meeting.id, outcome: form });
      onSaved();
    } catch (e) {
      const issue = e instanceof ApiCallError ? e.error.issues?.[0] : undefined;
      // A field's problem shows at the field, in its words; anything else above the button.
      setProblem({ field: issue?.field ?? null, text: issue ? `${issue.message}` : errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  const errorFor = (field: string) => (problem?.field === `outcome.${field}` ? problem.text : undefined);
  const changed = JSON.stringify(form) !== JSON.stringify(pick(stored));
  return (
    <Paper sx={{ p: 2, mt: 2 }} component="section" aria-labelledby="outcome-title">
      <Typography variant="h3" component="h3" id="outcome-title">
        What the meeting agreed
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Printed in the minutes{strategy ? '' : ' and the action plan'}. The police grading is printed beside
        the meeting’s own level.
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <TextField
          label="Comments on attendance"
          multiline
          minRows={2}
          value={form.attendanceComments}
          disabled={locked}
          onChange={(e) => set('attendanceComments', e.target.value)}
          error={!!errorFor('attendanceComments')}
          // The hint is for typing; once locked its greyed text would fail contrast and says nothing to act on.
          helperText={
            errorFor('attendanceComments') ?? (locked ? undefined : 'e.g. why an agency was not represented')
          }
          sx={{ gridColumn: '1 / -1' }}
        />
        <TextField
          select
          label="Overall risk agreed by the meeting"
          value={form.riskLevel ?? ''}
          disabled={locked}
          onChange={(e) => set('riskLevel', toLevel(e.target.value))}
        >
          <MenuItem value="">Not agreed</MenuItem>
          {AGREED_RISK_LEVELS.map((l) => (
            <MenuItem key={l} value={l}>
              {AGREED_RISK_LABELS[l]}
            </MenuItem>
          ))}
        </TextField>
        {strategy && (
          <TextField
            select
            label="Outcome of the strategy meeting"
            value={form.strategyOutcome ?? ''}
            disabled={locked}
            onChange={(e) => set('strategyOutcome', toOutcome(e.target.value))}
            error={!!errorFor('strategyOutcome')}
            helperText={errorFor('strategyOutcome')}
          >
            <MenuItem value="">Not recorded</MenuItem>
            {STRATEGY_OUTCOMES.map((o) => (
              <MenuItem key={o} value={o}>
                {STRATEGY_OUTCOME_LABELS[o]}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField
          label="Why this risk level"
          multiline
          minRows={2}
          value={form.riskRationale}
          disabled={locked}
          onChange={(e) => set('riskRationale', e.target.value)}
          error={!!errorFor('riskRationale')}
          helperText={errorFor('riskRationale')}
          sx={{ gridColumn: '1 / -1' }}
        />
        <FormControlLabel
          sx={{ gridColumn: '1 / -1' }}
          control={
            <Checkbox
              checked={form.familyReceives}
              disabled={locked}
              onChange={(e) => set('familyReceives', e.target.checked)}
            />
          }
          label="Send these professionals’ minutes to the child and family too (the chair’s choice; not by default)"
        />
      </Box>
      {problem && !problem.field?.startsWith('outcome.') && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {problem.text}
        </Alert>
      )}
      {!locked && (
        <Button variant="contained" sx={{ mt: 2 }} disabled={busy || !changed} onClick={() => void save()}>
          {busy ? 'Saving…' : changed ? 'Save what the meeting agreed' : 'Saved'}
        </Button>
      )}
    </Paper>
  );
}

const pick = (o: MeetingOutcome): MeetingOutcomeInput => ({
  attendanceComments: o.attendanceComments,
  riskLevel: o.riskLevel,
  riskRationale: o.riskRationale,
  strategyOutcome: o.strategyOutcome,
  familyReceives: o.familyReceives,
});
const toLevel = (v: string) => AGREED_RISK_LEVELS.find((l) => l === v) ?? null;
const toOutcome = (v: string) => STRATEGY_OUTCOMES.find((o) => o === v) ?? null;
