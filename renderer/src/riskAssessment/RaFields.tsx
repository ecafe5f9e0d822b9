import {
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { ANSWER_LABELS, ANSWERS, type Answer } from '../../../shared/domain/riskAssessment';

/** The field's message, by the backend's path for it. */
export type Errors = Record<string, string>;

/** Yes / No / Not known, the appendix's three answers; a radio group reads as one question to a screen reader. */
export function AnswerField({
  label,
  value,
  onChange,
  name,
  error,
}: {
  label: string;
  value: Answer;
  onChange: (v: Answer) => void;
  name: string;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <FormControl error={Boolean(error)} component="fieldset" sx={{ minWidth: 0 }}>
      <FormLabel id={id} component="legend" sx={{ fontSize: '0.9rem' }}>
        {label}
      </FormLabel>
      <RadioGroup
        row
        aria-labelledby={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value as Answer)}
      >
        {ANSWERS.map((a) => (
          <FormControlLabel key={a} value={a} control={<Radio size="small" />} label={ANSWER_LABELS[a]} />
        ))}
      </RadioGroup>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}

/** A labelled choice from a fixed list; '' is "not chosen" where the list allows it. */
export function ChoiceField<T extends string>({
  label,
  value,
  options,
  onChange,
  name,
  error,
}: {
  label: string;
  value: T | '';
  options: readonly (readonly [T, string])[];
  onChange: (v: T) => void;
  name: string;
  error?: string | undefined;
}) {
  return (
    <TextField
      select
      label={label}
      name={name}
      value={value}
      onChange={(e) => onChange(e.target.value as T)}
      error={Boolean(error)}
      helperText={error}
      fullWidth
    >
      {options.map(([v, l]) => (
        <MenuItem key={v} value={v}>
          {l}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** One of the appendix's sections: a heading and its fields in a grid that folds to one column when narrow. */
export function Section({
  title,
  children,
  min = 320,
}: {
  title: string;
  children: ReactNode;
  /** The narrowest a column may be: wider where a text box's label is long, so the label is not cut off. */
  min?: number;
}) {
  return (
    <section>
      <Typography variant="h2" sx={{ mt: 2, mb: 1.5 }}>
        {title}
      </Typography>
      <FieldGrid min={min}>{children}</FieldGrid>
    </section>
  );
}

export function FieldGrid({ children, min = 320 }: { children: ReactNode; min?: number }) {
  return (
    <div
      style={{
        display: 'grid',
        gap: 16,
        gridTemplateColumns: `repeat(auto-fill, minmax(min(100%, ${min}px), 1fr))`,
      }}
    >
      {children}
    </div>
  );
}
