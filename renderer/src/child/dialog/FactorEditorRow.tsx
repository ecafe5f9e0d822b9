import { Box, Button, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { FACTORS } from '../../../../shared/domain/factors';
import { usualDirection, type FactorDraft } from './episodeForm';
import { SelectField } from './SelectField';

/**
 * The factors offered for a row's direction: those usually that way, 'Other', and the one already chosen (a factor
 * picked under Push and then flipped to Pull stays as chosen).
 */
export const factorOptionsFor = (direction: FactorDraft['direction'], chosen: string) =>
  FACTORS.filter((f) => f.usual === direction || f.usual === 'either' || f.code === chosen).map((f) => ({
    value: f.code,
    label: f.label,
  }));

interface Props {
  index: number;
  factor: FactorDraft;
  errors: { code?: string; detail?: string };
  onChange: (factor: FactorDraft) => void;
  onRemove: () => void;
}

/** One push or pull factor: what, which way, and what was said. */
export function FactorEditorRow({ index, factor, errors, onChange, onRemove }: Props) {
  return (
    <Box
      data-testid="factor-row"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: '2fr auto 2fr auto' },
        gap: 1.5,
        alignItems: 'start',
      }}
    >
      <SelectField
        label="Factor"
        name={`factors.${index}.code`}
        value={factor.code}
        options={factorOptionsFor(factor.direction, factor.code)}
        error={errors.code}
        onChange={(code) => {
          // Picking a factor sets its usual direction; the user can still flip it.
          const usual = code ? usualDirection(code) : null;
          onChange({ ...factor, code, direction: usual ?? factor.direction });
        }}
      />
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        value={factor.direction}
        aria-label={`Direction of factor ${index + 1}`}
        onChange={(_, direction: FactorDraft['direction'] | null) =>
          direction && onChange({ ...factor, direction })
        }
        sx={{ height: 40 }}
      >
        <ToggleButton value="push" sx={{ px: 2, textTransform: 'none' }}>
          Push
        </ToggleButton>
        <ToggleButton value="pull" sx={{ px: 2, textTransform: 'none' }}>
          Pull
        </ToggleButton>
      </ToggleButtonGroup>
      <TextField
        label={factor.code === 'other' ? 'Detail (required for Other)' : 'Detail'}
        name={`factors.${index}.detail`}
        size="small"
        fullWidth
        value={factor.detail}
        onChange={(e) => onChange({ ...factor, detail: e.target.value })}
        error={Boolean(errors.detail)}
        helperText={errors.detail}
      />
      <Button
        onClick={onRemove}
        color="inherit"
        sx={{ height: 40 }}
        aria-label={`Remove factor ${index + 1}`}
      >
        Remove
      </Button>
    </Box>
  );
}
