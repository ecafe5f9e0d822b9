import { Alert } from '@mui/material';
import { useQuery } from '../api/useQuery';
import { OverdueActionsTable } from './OverdueActionsTable';

/**
 * Actions agreed at meetings, still open and past their date (Europe/London): what the Due screen adds to the
 * protocol's deadlines. Shown only when there are some.
 */
export function OverdueActions() {
  const q = useQuery('actions.list', { overdue: true });
  if (q.error) {
    return (
      <Alert severity="error" sx={{ mb: 2 }}>
        Overdue actions could not be listed: {q.error}
      </Alert>
    );
  }
  const actions = q.data ?? [];
  return actions.length === 0 ? null : <OverdueActionsTable actions={actions} />;
}
