import { TextField } from '@mui/material';
import { MISSING_FROM, RETURN_METHOD_LABELS, RETURN_METHODS } from '../../../../shared/domain/episode';
import { MISSING_FROM_LABELS } from '../episodeView';
import type { EpisodeDraft, FieldErrors, SetField } from './episodeForm';
import { FormSection } from './FormSection';
import { optionsOf, SelectField } from './SelectField';

const places = optionsOf(MISSING_FROM, MISSING_FROM_LABELS);
const methods = optionsOf(RETURN_METHODS, RETURN_METHOD_LABELS);

/** Where the child went missing from, where they were found and how they came back. */
export function ReturnFields({
  draft,
  errors,
  set,
}: {
  draft: EpisodeDraft;
  errors: FieldErrors;
  set: SetField;
}) {
  return (
    <FormSection title="Where from and return">
      <SelectField
        label="Where from"
        name="missingFrom"
        emptyLabel="Not recorded"
        value={draft.missingFrom}
        onChange={(v) => set('missingFrom', v)}
        options={places}
        error={errors.missingFrom}
      />
      <TextField
        label="Where found"
        name="whereFound"
        size="small"
        fullWidth
        value={draft.whereFound}
        onChange={(e) => set('whereFound', e.target.value)}
        error={Boolean(errors.whereFound)}
        helperText={errors.whereFound}
      />
      <SelectField
        label="How returned"
        name="returnMethod"
        emptyLabel="Not recorded"
        value={draft.returnMethod}
        onChange={(v) => set('returnMethod', v)}
        options={methods}
        error={errors.returnMethod}
      />
    </FormSection>
  );
}
