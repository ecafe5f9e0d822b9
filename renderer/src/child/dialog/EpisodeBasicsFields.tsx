import { Box, Checkbox, FormControlLabel, TextField } from '@mui/material';
import {
  EPISODE_CATEGORIES,
  EPISODE_CATEGORY_LABELS,
  POLICE_RISK_LABELS,
  POLICE_RISKS,
} from '../../../../shared/domain/episode';
import { DateTimeField } from '../../components/DateTimeField';
import type { EpisodeDraft, FieldErrors, SetField } from './episodeForm';
import { FormSection } from './FormSection';
import { optionsOf, SelectField } from './SelectField';

const categories = optionsOf(EPISODE_CATEGORIES, EPISODE_CATEGORY_LABELS);
const risks = optionsOf(POLICE_RISKS, POLICE_RISK_LABELS);

interface Props {
  draft: EpisodeDraft;
  errors: FieldErrors;
  set: SetField;
}

/** What happened and when, and how the police graded it. */
export function EpisodeBasicsFields({ draft, errors, set }: Props) {
  return (
    <FormSection title="Episode">
      <Box sx={{ gridColumn: { sm: 'span 2' } }}>
        <SelectField
          label="Category"
          name="category"
          required
          autoFocus
          value={draft.category}
          onChange={(v) => set('category', v)}
          options={categories}
          error={errors.category}
        />
      </Box>
      <TextField
        label="Police reference"
        name="policeReference"
        size="small"
        fullWidth
        value={draft.policeReference}
        onChange={(e) => set('policeReference', e.target.value)}
        error={Boolean(errors.policeReference)}
        helperText={errors.policeReference}
      />
      <DateTimeField
        label="Last seen"
        name="lastSeenAt"
        value={draft.lastSeenAt}
        onChange={(v) => set('lastSeenAt', v)}
        error={errors.lastSeenAt}
      />
      <DateTimeField
        label="Reported"
        name="reportedAt"
        required
        value={draft.reportedAt}
        onChange={(v) => set('reportedAt', v)}
        error={errors.reportedAt}
      />
      <DateTimeField
        label="Found / returned"
        name="foundAt"
        hint="Leave empty while still missing"
        value={draft.foundAt}
        onChange={(v) => set('foundAt', v)}
        error={errors.foundAt}
      />
      <SelectField
        label="Police risk at report"
        name="policeRiskAtReport"
        emptyLabel="Not graded"
        value={draft.policeRiskAtReport}
        onChange={(v) => set('policeRiskAtReport', v)}
        options={risks}
        error={errors.policeRiskAtReport}
      />
      <SelectField
        label="Police risk (latest)"
        name="policeRiskLatest"
        emptyLabel="Not graded"
        value={draft.policeRiskLatest}
        onChange={(v) => set('policeRiskLatest', v)}
        options={risks}
        error={errors.policeRiskLatest}
      />
      <Box sx={{ gridColumn: { sm: 'span 2' } }}>
        <FormControlLabel
          control={
            <Checkbox
              name="traffickingConcern"
              checked={draft.traffickingConcern}
              onChange={(e) => set('traffickingConcern', e.target.checked)}
            />
          }
          label="Trafficking suspected (ST 10.4, 23.3: a section 47 strategy discussion and an NRM referral)"
        />
      </Box>
    </FormSection>
  );
}
