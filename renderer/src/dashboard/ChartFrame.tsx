import { Box } from '@mui/material';
import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/**
 * A chart as an image with a text alternative: screen readers read the label and then the table beside the chart,
 * which carries every number. The chart itself is for the eye.
 */
export function ChartFrame({
  label,
  height,
  children,
}: {
  label: string;
  height: number;
  children: ReactElement;
}) {
  return (
    <Box
      role="img"
      aria-label={label}
      data-testid="dashboard-chart"
      sx={{ width: '100%', height, minWidth: 0 }}
    >
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </Box>
  );
}
