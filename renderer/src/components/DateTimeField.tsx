import { TextField } from '@mui/material';
import { useState } from 'react';
import { formatLongDateTime, formatUkDateTime, parseUkDateTime } from '../../../shared/time/london';

export interface DateTimeFieldProps {
  label: string;
  /** The text as typed, `dd/mm/yyyy hh:mm`; the parent parses it on save so nothing typed is ever lost. */
  value: string;
  onChange: (text: string) => void;
  /** An error from outside (a failed save); the field's own parse error takes precedence. */
  error?: string | null;
  required?: boolean;
  /** Shown while the field is empty; defaults to the expected format. */
  hint?: string;
  name?: string;
  autoFocus?: boolean;
  disabled?: boolean;
  /** Time assumed when only a date is typed; without one, the time must be typed (never a silent 00:00). */
  defaultTime?: string | null;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A UK date and time typed as text (Europe/London wall clock). Typing is never interrupted: the text is checked on
 * blur, tidied to `dd/mm/yyyy hh:mm` when it parses, and the long form ("Tue 6 Jan 2026, 14:30") is shown under it
 * so a swapped day and month is caught by eye before saving.
 */
export function DateTimeField({
  label,
  value,
  onChange,
  error,
  required,
  hint = 'dd/mm/yyyy hh:mm',
  name,
  autoFocus,
  disabled,
  defaultTime = null,
}: DateTimeFieldProps) {
  const [parseError, setParseError] = useState<string | null>(null);
  const parsed = value.trim() ? parseUkDateTime(value, defaultTime) : null;
  const shownError = parseError ?? error ?? null;
  const helper = shownError ?? (parsed?.ok ? formatLongDateTime(parsed.iso) : hint);

  const commit = () => {
    if (!value.trim()) {
      setParseError(null);
      return;
    }
    const result = parseUkDateTime(value, defaultTime);
    if (result.ok) {
      setParseError(null);
      const tidy = formatUkDateTime(result.iso);
      if (tidy !== value) onChange(tidy);
    } else {
      setParseError(`${capitalise(label)} ${result.message}.`);
    }
  };

  return (
    <TextField
      label={label}
      value={value}
      name={name}
      required={required}
      autoFocus={autoFocus}
      disabled={disabled}
      fullWidth
      size="small"
      placeholder="dd/mm/yyyy hh:mm"
      error={Boolean(shownError)}
      helperText={helper}
      onChange={(e) => {
        // Typing clears the complaint; it is checked again on blur.
        setParseError(null);
        onChange(e.target.value);
      }}
      onBlur={commit}
      slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
    />
  );
}
