import { Box, Chip, Typography } from '@mui/material';
import { FACTOR_LABELS } from '../../../../shared/domain/factors';
import type { FactorChanges as Changes, FactorSeen } from '../../../../shared/meetings/pack';
import { formatUkDate } from '../meetingText';

const key = (f: FactorSeen) => `${f.direction}:${f.code}:${f.detail ?? ''}`;
const label = (f: FactorSeen) =>
  `${f.direction === 'push' ? 'Push' : 'Pull'} · ${f.code === 'other' && f.detail ? f.detail : FACTOR_LABELS[f.code]}`;

/**
 * What runs the child away and draws them (ST 13.22): the factors seen since the last meeting, those new since
 * then marked "new", and those no longer seen listed apart.
 */
export function FactorChanges({ factors }: { factors: Changes }) {
  const newKeys = new Set(factors.new.map(key));
  return (
    <Box>
      {factors.current.length === 0 ? (
        <Typography color="text.secondary">No push or pull factors recorded in the period.</Typography>
      ) : (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }} data-testid="pack-factors">
          {factors.current.map((f) => {
            const isNew = newKeys.has(key(f));
            return (
              <Chip
                key={key(f)}
                variant={isNew ? 'filled' : 'outlined'}
                color={f.direction === 'push' ? 'primary' : 'secondary'}
                label={`${label(f)}${isNew ? ' (new)' : ''}${f.episodeIds.length > 1 ? ` ×${f.episodeIds.length}` : ''}`}
                title={f.detail ?? undefined}
              />
            );
          })}
        </Box>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {factors.comparedWith
          ? `Compared with ${formatUkDate(factors.comparedWith.from)} to ${formatUkDate(factors.comparedWith.to)}, before the last meeting.`
          : 'No earlier meeting to compare with: nothing is marked new or no longer seen.'}
      </Typography>
      {factors.noLongerSeen.length > 0 && (
        <Box sx={{ mt: 1 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            No longer seen:
          </Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 0.5 }}>
            {factors.noLongerSeen.map((f) => (
              <Chip
                key={key(f)}
                variant="outlined"
                label={label(f)}
                sx={{ textDecoration: 'line-through' }}
              />
            ))}
          </Box>
        </Box>
      )}
    </Box>
  );
}
