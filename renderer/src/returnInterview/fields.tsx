import {
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { useId } from 'react';
import type { YesNo } from './rhiForm';

/** Yes / No / not recorded, as the council's form asks it; a radio group reads as one question to a screen reader. */
export function YesNoField({
  label,
  value,
  onChange,
  error,
  name,
}: {
  label: string;
  value: YesNo;
  onChange: (v: YesNo) => void;
  error?: string | undefined;
  name: string;
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
        onChange={(e) => onChange(e.target.value as YesNo)}
      >
        <FormControlLabel value="yes" control={<Radio size="small" />} label="Yes" />
        <FormControlLabel value="no" control={<Radio size="small" />} label="No" />
        <FormControlLabel value="" control={<Radio size="small" />} label="Not recorded" />
      </RadioGroup>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}

/** A labelled text box; `rows` makes it several lines for what the child said. */
export function TextBox({
  label,
  value,
  onChange,
  error,
  rows,
  name,
  wide,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  rows?: number;
  name: string;
  /** Spans the section's whole width. */
  wide?: boolean;
}) {
  return (
    <TextField
      label={label}
      name={name}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={Boolean(error)}
      helperText={error}
      multiline={rows !== undefined}
      minRows={rows}
      fullWidth
      sx={wide ? { gridColumn: '1 / -1' } : undefined}
    />
  );
}
