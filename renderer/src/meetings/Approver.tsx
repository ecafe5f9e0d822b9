import { Box, TextField, Typography } from '@mui/material';
import { ROLE_LABELS } from '../../../shared/auth/roles';
import type { Settings } from '../../../shared/api/app';
import type { WhoAmI } from '../../../shared/api/accounts';

export interface ApproverFields {
  name: string;
  role: string;
}

/** Who the minutes will say approved them: the signed-in account (team mode), else the name and role given here. */
export function approverKnown(me: WhoAmI | null, settings: Settings | undefined): string | null {
  if (me?.account) return `${me.account.displayName}, ${ROLE_LABELS[me.account.role]}`;
  if (settings?.displayName && settings.displayRole)
    return `${settings.displayName}, ${settings.displayRole}`;
  return null;
}

interface Props {
  value: ApproverFields;
  onChange: (v: ApproverFields) => void;
  errors: Partial<Record<keyof ApproverFields, string>>;
  disabled: boolean;
}

/**
 * Asked once, before the first approval on this computer: the minutes print "Approved by <name>, <role>", never the
 * computer's account. Kept in Settings ("You"), where it can be changed later.
 */
export function ApproverQuestion({ value, onChange, errors, disabled }: Props) {
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 2 }} data-testid="approver-question">
      <Typography component="legend" sx={{ fontWeight: 600, mb: 1 }}>
        Who is approving? The minutes print your name and role; Homeward keeps them for next time (Settings,
        You).
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <TextField
          label="Your name"
          value={value.name}
          onChange={(e) => onChange({ ...value, name: e.target.value })}
          error={Boolean(errors.name)}
          helperText={errors.name ?? ' '}
          disabled={disabled}
          size="small"
          sx={{ flex: '1 1 200px' }}
          slotProps={{ htmlInput: { maxLength: 100 } }}
        />
        <TextField
          label="Your role"
          placeholder="e.g. Missing Children Coordinator"
          value={value.role}
          onChange={(e) => onChange({ ...value, role: e.target.value })}
          error={Boolean(errors.role)}
          helperText={errors.role ?? ' '}
          disabled={disabled}
          size="small"
          sx={{ flex: '1 1 200px' }}
          slotProps={{ htmlInput: { maxLength: 100 } }}
        />
      </Box>
    </Box>
  );
}

/** Both are needed, each named: a blank one would print "Approved by , ". */
export function approverErrors(v: ApproverFields): Partial<Record<keyof ApproverFields, string>> {
  return {
    ...(v.name.trim() ? {} : { name: 'Your name is required: the minutes print who approved them.' }),
    ...(v.role.trim() ? {} : { role: 'Your role is required: the minutes print it beside your name.' }),
  };
}
