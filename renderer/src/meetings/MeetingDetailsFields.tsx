import { Box, TextField } from '@mui/material';
import { DateTimeField } from '../components/DateTimeField';
import type { DetailsDraft, DetailsErrors } from './detailsForm';

interface Props {
  draft: DetailsDraft;
  errors: DetailsErrors;
  onChange: (key: keyof DetailsDraft, value: string) => void;
  /** The chair the protocol names, shown under the chair's role so a changed role is a choice, not a slip. */
  protocolChair?: string | null;
}

/** When, where and who: the details a meeting is arranged with and edited by until its minutes are approved. */
export function MeetingDetailsFields({ draft, errors, onChange, protocolChair }: Props) {
  const text = (
    key: keyof DetailsDraft,
    label: string,
    extra: { required?: boolean; helper?: string } = {},
  ) => (
    <TextField
      label={label}
      value={draft[key]}
      onChange={(e) => onChange(key, e.target.value)}
      required={extra.required}
      error={Boolean(errors[key])}
      helperText={errors[key] ?? extra.helper ?? ' '}
      size="small"
      fullWidth
      slotProps={{ htmlInput: { autoComplete: 'off' } }}
    />
  );
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, rowGap: 1 }}>
      <DateTimeField
        label="Date and time"
        value={draft.scheduledAt}
        onChange={(v) => onChange('scheduledAt', v)}
        error={errors.scheduledAt ?? null}
        required
        autoFocus
        defaultTime="09:00"
      />
      {text('venue', 'Venue', { helper: 'A room, an address, or Teams' })}
      {text('chairName', 'Chair’s name', { helper: 'Needed before the minutes are approved' })}
      {text('chairRole', 'Chair’s role', {
        required: true,
        helper: protocolChair ? `The protocol says: ${protocolChair}` : ' ',
      })}
      {text('minuteTaker', 'Minute-taker')}
      <Box sx={{ gridColumn: '1 / -1' }}>
        <TextField
          label="Reason for the meeting"
          value={draft.reason}
          onChange={(e) => onChange('reason', e.target.value)}
          required
          multiline
          minRows={2}
          error={Boolean(errors.reason)}
          helperText={errors.reason ?? ' '}
          size="small"
          fullWidth
        />
      </Box>
    </Box>
  );
}
