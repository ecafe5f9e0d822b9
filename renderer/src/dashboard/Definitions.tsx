import { Box, Paper, Typography } from '@mui/material';
import type { Definition } from '../../../shared/api/dashboard';

/** What each figure counts: the same words the Word and CSV exports print. */
export function Definitions({ definitions }: { definitions: readonly Definition[] }) {
  return (
    <Paper
      component="section"
      aria-labelledby="dashboard-definitions"
      sx={{ p: 2, gridColumn: { lg: '1 / -1' } }}
    >
      <Typography variant="h2" component="h2" id="dashboard-definitions" sx={{ mb: 1 }}>
        What the figures count
      </Typography>
      <Box
        component="dl"
        sx={{
          m: 0,
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: '260px 1fr' },
          columnGap: 2,
          rowGap: 0.75,
        }}
      >
        {definitions.map((d) => (
          <Box key={d.term} sx={{ display: 'contents' }}>
            <Typography component="dt" sx={{ fontWeight: 600 }}>
              {d.term}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }} color="text.secondary">
              {d.definition}
            </Typography>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
