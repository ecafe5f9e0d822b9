import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { PhilomenaProfile } from '../../../shared/api/philomena';
import { formatUkDate, formatUkDateTime, parseUkDate } from '../../../shared/time/london';
import { call } from '../api/client';
import { saveProblems } from './fieldErrors';

const LABELS: Record<string, string> = { 'share.sharedOn': 'Shared on', 'share.sharedWith': 'Shared with' };

/** When and with whom the profile went to the police single point of contact (ST 16.3). */
export function SharesPanel({ profile }: { profile: PhilomenaProfile }) {
  const [on, setOn] = useState('');
  const [withWhom, setWithWhom] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const record = async () => {
    const date = parseUkDate(on.trim());
    if (!date.ok) {
      setErrors({ 'share.sharedOn': `Shared on ${date.message}` });
      return;
    }
    setBusy(true);
    try {
      await call('philomena.recordShare', {
        childId: profile.childId,
        share: { sharedOn: date.date, sharedWith: withWhom },
      });
      setOn('');
      setWithWhom('');
      setErrors({});
    } catch (e) {
      const p = saveProblems(e, (f) => LABELS[f] ?? f);
      setErrors(Object.keys(p.byField).length ? p.byField : { form: p.summary });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        Shared with the police SPOC
      </Typography>
      {profile.shares.length === 0 ? (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          Not yet shared with the police single point of contact.
        </Typography>
      ) : (
        <Box component="ul" sx={{ mt: 0, pl: 2.5 }}>
          {profile.shares.map((s) => (
            <li key={`${s.sharedOn}|${s.recordedAt}`}>
              {formatUkDate(s.sharedOn)}: {s.sharedWith}{' '}
              <Typography component="span" variant="body2" color="text.secondary">
                (recorded {formatUkDateTime(s.recordedAt)})
              </Typography>
            </li>
          ))}
        </Box>
      )}
      <Box
        component="form"
        noValidate
        aria-label="Record a share with the police SPOC"
        onSubmit={(e) => (e.preventDefault(), void record())}
        sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'flex-start' }}
      >
        <TextField
          label="Shared on"
          value={on}
          onChange={(e) => setOn(e.target.value)}
          placeholder="dd/mm/yyyy"
          error={Boolean(errors['share.sharedOn'])}
          helperText={errors['share.sharedOn'] ?? 'dd/mm/yyyy'}
          sx={{ width: 160 }}
        />
        <TextField
          label="Shared with"
          value={withWhom}
          onChange={(e) => setWithWhom(e.target.value)}
          error={Boolean(errors['share.sharedWith'])}
          helperText={errors['share.sharedWith'] ?? 'Name and role, e.g. PCSO, missing SPOC'}
          sx={{ flex: '1 1 240px' }}
        />
        <Button type="submit" variant="outlined" disabled={busy} sx={{ mt: 1 }}>
          Record share
        </Button>
      </Box>
      {errors.form && <Alert severity="error">{errors.form}</Alert>}
    </Box>
  );
}
