import { Box, Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** What the figures count and their denominator, in a sentence. */
  intro?: ReactNode;
  source?: string;
  children: ReactNode;
  /** Spans both columns of the dashboard on a wide screen. */
  wide?: boolean;
}

export function Section({ title, intro, source, children, wide }: Props) {
  const id = `dashboard-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Paper
      component="section"
      aria-labelledby={id}
      sx={{ p: 2, minWidth: 0, ...(wide ? { gridColumn: { lg: '1 / -1' } } : {}) }}
    >
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, mb: 0.5 }}>
        <Typography variant="h2" component="h2" id={id}>
          {title}
        </Typography>
        {source && (
          <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>
            {source}
          </Typography>
        )}
      </Box>
      {intro && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {intro}
        </Typography>
      )}
      {children}
    </Paper>
  );
}
