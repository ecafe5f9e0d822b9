import { Alert, Box, Button, Paper, Typography } from '@mui/material';
import { useState } from 'react';
import { call } from '../api/client';
import { navigate } from '../app/router';
import { ChildDialog } from '../children/ChildDialog';

/** What an empty database offers: the synthetic demo set, so a new user can see every screen working. */
/** `onLoaded` is for the page's own follow-up (opening the child just added); the cache refreshes itself. */
export function LoadDemo({ onLoaded = () => undefined }: { onLoaded?: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  return (
    <Paper sx={{ p: 4, maxWidth: 640, mx: 'auto', mt: 4, textAlign: 'center' }}>
      <Typography variant="h2" component="h2" gutterBottom>
        No children recorded yet
      </Typography>
      <Typography sx={{ mb: 3 }} color="text.secondary">
        Add a child, or load the demo data: about 40 obviously fictional children and 600 missing episodes
        over 18 months, to see how Homeward works. Never mix demo data with real records.
      </Typography>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 2, justifyContent: 'center' }}>
        <Button variant="outlined" onClick={() => setAdding(true)}>
          Add a child
        </Button>
        <Button
          variant="contained"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            call('app.loadDemo', {}).then(onLoaded, (e: Error) => {
              setError(e.message);
              setBusy(false);
            });
          }}
        >
          {busy ? 'Loading…' : 'Load demo data'}
        </Button>
      </Box>
      {adding && (
        <ChildDialog
          onClose={() => setAdding(false)}
          onSaved={(child) => {
            onLoaded();
            navigate({ name: 'child', id: child.id });
          }}
        />
      )}
    </Paper>
  );
}
