import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled part of a child's pack. */
export function PackSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ mt: 2.5 }}>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}
