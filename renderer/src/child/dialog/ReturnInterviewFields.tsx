import { Box, TextField } from '@mui/material';
import {
  RETURN_INTERVIEW_OUTCOME_LABELS,
  RETURN_INTERVIEW_OUTCOMES,
} from '../../../../shared/domain/episode';
import { DateTimeField } from '../../components/DateTimeField';
import type { FieldErrors, ReturnInterviewDraft, SetInterviewField } from './episodeForm';
import { FormSection } from './FormSection';
import { optionsOf, SelectField } from './SelectField';

const outcomes = optionsOf(RETURN_INTERVIEW_OUTCOMES, RETURN_INTERVIEW_OUTCOME_LABELS);

interface Props {
  interview: ReturnInterviewDraft;
  errors: FieldErrors;
  set: SetInterviewField;
}

/** The return interview: offered, by whom, the outcome, and when it was held. */
export function ReturnInterviewFields({ interview, errors, set }: Props) {
  const e = (field: keyof ReturnInterviewDraft) => errors[`returnInterview.${field}`];
  return (
    <FormSection title="Return interview">
      <DateTimeField
        label="Return interview offered"
        name="returnInterview.offeredAt"
        value={interview.offeredAt}
        onChange={(v) => set('offeredAt', v)}
        error={e('offeredAt')}
      />
      <TextField
        label="Offered by"
        name="returnInterview.offeredBy"
        size="small"
        fullWidth
        value={interview.offeredBy}
        onChange={(ev) => set('offeredBy', ev.target.value)}
        error={Boolean(e('offeredBy'))}
        helperText={e('offeredBy')}
      />
      <SelectField
        label="Return interview outcome"
        name="returnInterview.outcome"
        emptyLabel="Not yet known"
        value={interview.outcome}
        onChange={(v) => set('outcome', v)}
        options={outcomes}
        error={e('outcome')}
      />
      {interview.outcome === 'not-offered' && (
        <Box sx={{ gridColumn: { sm: '1 / -1' } }}>
          <TextField
            label="Reason not offered"
            name="returnInterview.notOfferedReason"
            required
            size="small"
            fullWidth
            value={interview.notOfferedReason}
            onChange={(ev) => set('notOfferedReason', ev.target.value)}
            error={Boolean(e('notOfferedReason'))}
            helperText={e('notOfferedReason')}
          />
        </Box>
      )}
      <DateTimeField
        label="Return interview held"
        name="returnInterview.heldAt"
        hint="Within 72 hours of return"
        value={interview.heldAt}
        onChange={(v) => set('heldAt', v)}
        error={e('heldAt')}
      />
    </FormSection>
  );
}
