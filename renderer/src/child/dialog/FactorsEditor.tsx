import { Box, Button, Typography } from '@mui/material';
import { newFactorDraft, type FactorDraft, type FieldErrors } from './episodeForm';
import { FactorEditorRow } from './FactorEditorRow';

interface Props {
  factors: FactorDraft[];
  errors: FieldErrors;
  onChange: (factors: FactorDraft[], touched: string) => void;
}

/** Push and pull factors from the controlled list, each with a direction and optional detail. */
export function FactorsEditor({ factors, errors, onChange }: Props) {
  return (
    <Box component="fieldset" sx={{ border: 0, m: 0, p: 0, mb: 3, minWidth: 0 }}>
      <Typography component="legend" variant="h3" sx={{ mb: 0.5, p: 0 }}>
        Push and pull factors
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        What pushed the child away, and what pulled them somewhere, as told at the return interview.
      </Typography>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        {factors.map((f, i) => (
          <FactorEditorRow
            key={f.key}
            index={i}
            factor={f}
            errors={{ code: errors[`factors.${i}.code`], detail: errors[`factors.${i}.detail`] }}
            onChange={(next) =>
              onChange(
                factors.map((x) => (x.key === f.key ? next : x)),
                `factors.${i}`,
              )
            }
            // Removing a row renumbers the rest, so every factor error is cleared.
            onRemove={() =>
              onChange(
                factors.filter((x) => x.key !== f.key),
                'factors',
              )
            }
          />
        ))}
      </Box>
      <Button
        sx={{ mt: 1.5 }}
        variant="outlined"
        onClick={() => onChange([...factors, newFactorDraft()], '')}
      >
        Add factor
      </Button>
    </Box>
  );
}
