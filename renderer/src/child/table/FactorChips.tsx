import { Box, Chip } from '@mui/material';
import type { PushPullFactor } from '../../../../shared/domain/episode';
import { FACTOR_LABELS } from '../../../../shared/domain/factors';

/** Push factors in blue, pull in purple, each with its direction in words for a screen reader and on hover. */
export function FactorChips({ factors }: { factors: PushPullFactor[] }) {
  if (factors.length === 0)
    return (
      <Box component="span" sx={{ color: 'text.secondary' }}>
        None recorded
      </Box>
    );
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {factors.map((f, i) => {
        const label = f.code === 'other' && f.detail ? f.detail : FACTOR_LABELS[f.code];
        const direction = f.direction === 'push' ? 'Push' : 'Pull';
        const full = `${direction}: ${label}${f.detail && f.code !== 'other' ? ` (${f.detail})` : ''}`;
        return (
          <Chip
            key={`${f.direction}-${f.code}-${i}`}
            size="small"
            variant="outlined"
            color={f.direction === 'push' ? 'primary' : 'secondary'}
            label={`${direction} · ${label}`}
            title={full}
            sx={{ maxWidth: '100%' }}
          />
        );
      })}
    </Box>
  );
}
