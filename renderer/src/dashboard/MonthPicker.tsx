import { FormControl, InputLabel, MenuItem, Select } from '@mui/material';
import { monthOptions } from './months';

/** The months a dashboard can show: the current London month and the two years before it. */
export function MonthPicker({
  current,
  value,
  onChange,
}: {
  current: string;
  value: string;
  onChange: (month: string) => void;
}) {
  return (
    <FormControl size="small" sx={{ minWidth: 200 }}>
      <InputLabel id="dashboard-month-label">Month</InputLabel>
      <Select
        labelId="dashboard-month-label"
        label="Month"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {monthOptions(current).map((m) => (
          <MenuItem key={m.value} value={m.value}>
            {m.label}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
