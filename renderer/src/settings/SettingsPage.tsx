import { Box, Typography } from '@mui/material';
import { DocumentsSettings } from './DocumentsSettings';
import { UserSettings } from './UserSettings';

/** Settings an administrator or user changes rarely; each section saves on its own. */
export function SettingsPage() {
  return (
    <Box sx={{ maxWidth: 960 }}>
      <Typography variant="h1" component="h1" gutterBottom>
        Settings
      </Typography>
      <UserSettings />
      <DocumentsSettings />
    </Box>
  );
}
