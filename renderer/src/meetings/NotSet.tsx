import { Box } from '@mui/material';

/** A detail not filled in yet, in grey italics so it reads as a gap rather than a value. */
export function NotSet({ children }: { children: string }) {
  return (
    <Box component="span" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
      {children}
    </Box>
  );
}
