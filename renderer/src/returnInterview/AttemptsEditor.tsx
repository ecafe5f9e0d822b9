import { Box, Button, IconButton, MenuItem, TextField, Typography } from '@mui/material';
import {
  CONTACT_METHOD_LABELS,
  CONTACT_METHODS,
  type ContactMethod,
} from '../../../shared/domain/returnInterview';
import { DateTimeField } from '../components/DateTimeField';
import type { AttemptForm } from './rhiForm';

interface Props {
  attempts: AttemptForm[];
  errors: Record<string, string>;
  /** The profile's rule, in words ("at least 3 contacts, by different methods (W-CP 7.0)"), or null. */
  rule: string | null;
  onChange: (attempts: AttemptForm[]) => void;
}

/** The attempts made to reach the child: when, how, by whom. */
export function AttemptsEditor({ attempts, errors, rule, onChange }: Props) {
  const set = (i: number, next: AttemptForm) => onChange(attempts.map((a, j) => (j === i ? next : a)));
  return (
    <Box sx={{ gridColumn: '1 / -1' }}>
      <Typography variant="h3" component="h3" sx={{ mb: 0.5 }}>
        Attempts to make contact
      </Typography>
      <Typography variant="body2" color={errors.attempts ? 'error' : 'text.secondary'} sx={{ mb: 1 }}>
        {errors.attempts ??
          (rule
            ? `Before “not engaged”, the protocol asks for ${rule}.`
            : 'Each attempt to reach the child.')}
      </Typography>
      {attempts.map((a, i) => (
        <Box
          key={i}
          data-testid="rhi-attempt"
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: '1.2fr 1fr 1fr 1.4fr auto' },
            gap: 1.5,
            mb: 1.5,
            alignItems: 'start',
          }}
        >
          <DateTimeField
            label={`Attempt ${i + 1}: when`}
            value={a.at}
            onChange={(at) => set(i, { ...a, at })}
            error={errors[`attempts.${i}.at`] ?? null}
          />
          <TextField
            select
            label={`Attempt ${i + 1}: how`}
            value={a.method}
            onChange={(e) => set(i, { ...a, method: e.target.value as ContactMethod })}
            error={Boolean(errors[`attempts.${i}.method`])}
            helperText={errors[`attempts.${i}.method`]}
          >
            {CONTACT_METHODS.map((m) => (
              <MenuItem key={m} value={m}>
                {CONTACT_METHOD_LABELS[m]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={`Attempt ${i + 1}: by`}
            value={a.by}
            onChange={(e) => set(i, { ...a, by: e.target.value })}
          />
          <TextField
            label={`Attempt ${i + 1}: note`}
            value={a.note}
            onChange={(e) => set(i, { ...a, note: e.target.value })}
          />
          <IconButton
            aria-label={`Remove attempt ${i + 1}`}
            onClick={() => onChange(attempts.filter((_, j) => j !== i))}
            sx={{ mt: 1 }}
          >
            ×
          </IconButton>
        </Box>
      ))}
      <Button
        variant="outlined"
        size="small"
        onClick={() => onChange([...attempts, { at: '', method: '', by: '', note: '' }])}
      >
        Add an attempt
      </Button>
    </Box>
  );
}
