import { Box, MenuItem, TextField, Typography } from '@mui/material';
import type { ReturnInterviewView } from '../../../shared/api/returnInterviews';
import {
  INTERVIEW_REFUSER_LABELS,
  INTERVIEW_REFUSERS,
  type InterviewRefuser,
} from '../../../shared/domain/returnInterview';
import { DateTimeField } from '../components/DateTimeField';
import { TextBox } from './fields';
import type { RhiForm } from './rhiForm';

type Update = <K extends keyof RhiForm>(key: K, value: RhiForm[K]) => void;

/**
 * A refusal by a professional (W-CP 7.0: the allocated social worker or carer "cannot refuse a RHI being
 * conducted"): who refused, when and why, so that it goes to a senior manager. The interview stays due.
 */
export function RhiRefusal({
  form: f,
  errors: e,
  update,
  escalation,
}: {
  form: RhiForm;
  errors: Record<string, string>;
  update: Update;
  escalation: ReturnInterviewView['refusalEscalation'];
}) {
  return (
    <Box component="section" sx={{ mb: 3 }} aria-label="Refused by a professional">
      <Typography variant="h2" sx={{ mb: 1 }}>
        Refused by a professional
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1.5 }}>
        {escalation
          ? `“${escalation.quote}” (${escalation.source}). A refusal recorded here goes on Due for the ${escalation.role.toLowerCase()} until it is recorded as escalated.`
          : 'Record who refused the interview, when and why.'}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(3, minmax(0, 1fr))' },
          gap: 2,
        }}
      >
        <TextField
          select
          label="Refused by"
          name="refusedBy"
          value={f.refusedBy}
          error={Boolean(e.refusedBy)}
          helperText={e.refusedBy}
          onChange={(ev) => update('refusedBy', ev.target.value as InterviewRefuser | '')}
        >
          <MenuItem value="">Not refused</MenuItem>
          {INTERVIEW_REFUSERS.map((r) => (
            <MenuItem key={r} value={r}>
              {INTERVIEW_REFUSER_LABELS[r]}
            </MenuItem>
          ))}
        </TextField>
        <DateTimeField
          label="Refused on"
          name="refusedAt"
          value={f.refusedAt}
          error={e.refusedAt ?? null}
          onChange={(v) => update('refusedAt', v)}
        />
        <Box />
        <TextBox
          name="refusalReason"
          label="Reason for the refusal"
          rows={2}
          wide
          value={f.refusalReason}
          error={e.refusalReason}
          onChange={(v) => update('refusalReason', v)}
        />
      </Box>
    </Box>
  );
}
