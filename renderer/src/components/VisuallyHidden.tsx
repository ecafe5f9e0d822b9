import { Box } from '@mui/material';
import type { ReactNode } from 'react';

/** Off-screen but read by screen readers: a table header whose column needs no visible word, a live region. */
// In pixels as strings: MUI's sx reads a bare 1 as 100% and a bare -1 as a spacing unit.
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return (
    <Box component="span" sx={visuallyHidden}>
      {children}
    </Box>
  );
}
