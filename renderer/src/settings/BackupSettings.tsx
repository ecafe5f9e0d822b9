import { Typography } from '@mui/material';
import { formatLongDateTime } from '../../../shared/time/london';
import { useQuery } from '../api/useQuery';
import { SettingsSection } from './SettingsSection';

/** When the newest backup was made and where it is, so a manager can say so to information governance. */
export function BackupSettings() {
  const q = useQuery('app.backupStatus', {});
  const b = q.data;
  return (
    <SettingsSection
      title="Backups"
      intro="Homeward makes an encrypted backup of its database each day it starts, and before every upgrade, and keeps the last 14."
    >
      {b && b.engine === 'postgres' && (
        <Typography>
          This Homeward uses the council’s PostgreSQL server; its backups are the database server’s own.
        </Typography>
      )}
      {b && b.engine === 'sqlite' && (
        <>
          <Typography data-testid="last-backup">
            {b.lastBackupAt
              ? `Last backup: ${formatLongDateTime(b.lastBackupAt)}`
              : 'No backup has been made yet.'}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
            Kept in {b.folder}
          </Typography>
        </>
      )}
    </SettingsSection>
  );
}
