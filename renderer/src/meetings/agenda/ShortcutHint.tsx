import { Box, Typography } from '@mui/material';

const KEYS: Array<[string, string]> = [
  ['Alt+↓ / Alt+↑ or Ctrl+] / Ctrl+[', 'next / previous item'],
  ['Alt+Page Down / Alt+Page Up', 'next / previous child'],
  ['Enter', 'adds a decision'],
  ['Ctrl+Enter', 'adds the action'],
  ['Alt+M', 'minutes'],
  ['Alt+D', 'decision'],
  ['Alt+A', 'new action'],
];

/** The run-mode keys, small and always in view, so they are learnt by use. */
export function ShortcutHint() {
  return (
    <Typography
      variant="caption"
      component="p"
      color="text.secondary"
      sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, rowGap: 0.5, m: 0 }}
      data-testid="shortcut-hint"
    >
      {KEYS.map(([keys, what]) => (
        <Box component="span" key={keys} sx={{ whiteSpace: { xs: 'normal', sm: 'nowrap' } }}>
          <Box
            component="kbd"
            sx={{
              fontFamily: 'inherit',
              fontWeight: 600,
              border: 1,
              borderColor: 'divider',
              borderRadius: 0.5,
              px: 0.5,
              bgcolor: 'background.paper',
            }}
          >
            {keys}
          </Box>{' '}
          {what}
        </Box>
      ))}
    </Typography>
  );
}
