import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One labelled fact in the header: a small caption over a readable value. */
export function HeaderFact({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography
        component="dt"
        variant="caption"
        color="text.secondary"
        sx={{ display: 'block', textTransform: 'uppercase', letterSpacing: '0.04em', fontWeight: 600 }}
      >
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, fontSize: '1.02rem' }} data-testid={testId}>
        {children}
      </Typography>
    </Box>
  );
}
