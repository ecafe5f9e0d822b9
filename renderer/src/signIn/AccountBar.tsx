import { Box, Button, Typography } from '@mui/material';
import { ROLE_LABELS } from '../../../shared/auth/roles';
import { useWhoAmI } from './access';
import { postAuth } from './authClient';

const leave = (path: string) =>
  void postAuth(path, {}).then(() => window.dispatchEvent(new Event('homeward:signed-out')));

/** Team mode: who is signed in, and the ways out. Nothing in local mode. */
export function AccountBar() {
  const me = useWhoAmI();
  if (me?.mode !== 'team' || !me.account) return null;
  const light = {
    border: '1px solid rgba(255,255,255,0.7)',
    '&.Mui-focusVisible': { outlineColor: '#ffffff' },
  };
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', ml: 'auto' }}>
      <Typography component="span" variant="body2">
        {me.account.displayName} ({ROLE_LABELS[me.account.role]})
      </Typography>
      <Button color="inherit" size="small" sx={light} onClick={() => leave('sign-out')}>
        Sign out
      </Button>
      <Button color="inherit" size="small" sx={light} onClick={() => leave('sign-out-everywhere')}>
        Sign out everywhere
      </Button>
    </Box>
  );
}
