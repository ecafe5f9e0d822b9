import { Box, Typography } from '@mui/material';
import { BackupSettings } from './BackupSettings';
import { AgendaTemplatesSettings } from './AgendaTemplatesSettings';
import { ConnectionSettings } from './ConnectionSettings';
import { DocumentsSettings } from './DocumentsSettings';
import { ImportExportSettings } from './ImportExportSettings';
import { ProfilesSettings } from './ProfilesSettings';
import { UserSettings } from './UserSettings';

/** Settings an administrator or user changes rarely; each section saves on its own. */
export function SettingsPage() {
  return (
    <Box sx={{ maxWidth: 960 }}>
      <Typography variant="h1" component="h1" gutterBottom>
        Settings
      </Typography>
      <UserSettings />
      <ProfilesSettings />
      <AgendaTemplatesSettings />
      <DocumentsSettings />
      <ImportExportSettings />
      <BackupSettings />
      <ConnectionSettings />
    </Box>
  );
}
