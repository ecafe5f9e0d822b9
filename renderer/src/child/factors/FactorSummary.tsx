import { Box, useTheme } from '@mui/material';
import { summariseFactors } from '../../../../shared/domain/chronology';
import type { Episode } from '../../../../shared/domain/episode';
import { FactorColumn } from './FactorColumn';

/** What keeps coming up in return interviews, across the whole chronology. */
export function FactorSummary({ episodes }: { episodes: Episode[] }) {
  const theme = useTheme();
  const rows = summariseFactors(episodes);
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
        gap: 2,
      }}
    >
      <FactorColumn
        title="Push factors"
        explanation="What pushes the child away from home or placement."
        colour={theme.palette.primary.main}
        rows={rows.filter((r) => r.direction === 'push')}
        episodeCount={episodes.length}
      />
      <FactorColumn
        title="Pull factors"
        explanation="What draws the child somewhere, or to someone."
        colour={theme.palette.secondary.main}
        rows={rows.filter((r) => r.direction === 'pull')}
        episodeCount={episodes.length}
      />
    </Box>
  );
}
