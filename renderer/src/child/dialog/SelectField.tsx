import { MenuItem, TextField } from '@mui/material';

export interface Option<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  label: string;
  value: T | '';
  onChange: (value: T | '') => void;
  options: ReadonlyArray<Option<T>>;
  /** Offered first, for "not recorded"; omitted for a required choice. */
  emptyLabel?: string;
  required?: boolean;
  error?: string;
  autoFocus?: boolean;
  name?: string;
}

/** A labelled choice from a controlled list; the label is wired to the control for assistive tech and tests. */
export function SelectField<T extends string>(props: Props<T>) {
  const { label, value, onChange, options, emptyLabel, required, error, autoFocus, name } = props;
  return (
    <TextField
      select
      label={label}
      value={value}
      name={name}
      required={required}
      autoFocus={autoFocus}
      fullWidth
      size="small"
      error={Boolean(error)}
      helperText={error}
      // Look the value up rather than cast: only a listed option (or '') can come back.
      onChange={(e) => onChange(options.find((o) => o.value === e.target.value)?.value ?? '')}
    >
      {emptyLabel !== undefined && (
        <MenuItem value="">
          <em>{emptyLabel}</em>
        </MenuItem>
      )}
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** Options from a list of codes and their labels. */
export const optionsOf = <T extends string>(
  codes: readonly T[],
  labels: Record<T, string>,
): Array<Option<T>> => codes.map((value) => ({ value, label: labels[value] }));
