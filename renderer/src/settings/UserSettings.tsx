import { Alert, Box, Button, TextField } from '@mui/material';
import { useState } from 'react';
import { useQuery } from '../api/useQuery';
import { useAppStatus } from '../app/status';
import { SettingsSection } from './SettingsSection';
import { useSaveSettings } from './useSettingsForm';

export function UserSettings() {
  const q = useQuery('settings.get', {});
  const { status } = useAppStatus();
  return (
    <SettingsSection
      title="You"
      intro="The name the audit trail records for what you view and change. Left empty, Homeward uses your computer account's name."
    >
      {q.data && (
        <UserForm
          key={q.data.displayName ?? ''}
          initial={q.data.displayName ?? ''}
          current={status?.user}
          // settings.update makes the settings and the status stale: both read again by themselves.
          onSaved={() => undefined}
        />
      )}
    </SettingsSection>
  );
}

function UserForm({
  initial,
  current,
  onSaved,
}: {
  initial: string;
  current: string | undefined;
  onSaved: () => void;
}) {
  const [name, setName] = useState(initial);
  const s = useSaveSettings(onSaved);
  return (
    <Box
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        void s.save({ displayName: name.trim() || null });
      }}
      sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}
    >
      <TextField
        label="Display name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        size="small"
        sx={{ minWidth: { sm: 320 }, maxWidth: '100%' }}
        helperText={current ? `Recorded now as: ${current}` : ' '}
      />
      <Button type="submit" variant="contained" disabled={s.busy}>
        Save name
      </Button>
      {s.message && (
        <Alert severity={s.ok ? 'success' : 'error'} sx={{ py: 0 }}>
          {s.message}
        </Alert>
      )}
    </Box>
  );
}
