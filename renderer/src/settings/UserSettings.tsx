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
      intro="The name the audit trail records for what you view and change, and the name and role approved minutes print (“Approved by …”). Left empty, the audit uses your computer account's name, and Homeward asks for both before your first approval."
    >
      {q.data && (
        <UserForm
          key={`${q.data.displayName ?? ''}|${q.data.displayRole ?? ''}`}
          initial={q.data.displayName ?? ''}
          initialRole={q.data.displayRole ?? ''}
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
  initialRole,
  current,
  onSaved,
}: {
  initial: string;
  initialRole: string;
  current: string | undefined;
  onSaved: () => void;
}) {
  const [name, setName] = useState(initial);
  const [role, setRole] = useState(initialRole);
  const s = useSaveSettings(onSaved);
  return (
    <Box
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        void s.save({ displayName: name.trim() || null, displayRole: role.trim() || null });
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
      <TextField
        label="Your role"
        placeholder="e.g. Missing Children Coordinator"
        value={role}
        onChange={(e) => setRole(e.target.value)}
        size="small"
        sx={{ minWidth: { sm: 280 }, maxWidth: '100%' }}
        helperText="Printed beside your name when you approve minutes"
      />
      <Button type="submit" variant="contained" disabled={s.busy}>
        Save name and role
      </Button>
      {s.message && (
        <Alert severity={s.ok ? 'success' : 'error'} sx={{ py: 0 }}>
          {s.message}
        </Alert>
      )}
    </Box>
  );
}
