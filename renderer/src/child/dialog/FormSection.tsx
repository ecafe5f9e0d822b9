import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled group of fields laid out on a three-column grid. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="fieldset" sx={{ border: 0, m: 0, p: 0, mb: 3, minWidth: 0 }}>
      <Typography component="legend" variant="h3" sx={{ mb: 1.5, p: 0 }}>
        {title}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(3, minmax(0, 1fr))' },
          columnGap: 2,
          rowGap: 2,
        }}
      >
        {children}
      </Box>
    </Box>
  );
}
