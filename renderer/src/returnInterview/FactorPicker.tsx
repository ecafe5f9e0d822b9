import { Box, Checkbox, FormControlLabel, Typography } from '@mui/material';
import type { PushPullFactor } from '../../../shared/domain/episode';
import { FACTORS, FACTOR_LABELS } from '../../../shared/domain/factors';

interface Props {
  factors: PushPullFactor[];
  /** What the "yes" answers point to: marked, so the interviewer can confirm them. */
  suggested: PushPullFactor[];
  onChange: (factors: PushPullFactor[]) => void;
}

type Choice = Pick<PushPullFactor, 'direction' | 'code'>;
const same = (a: Choice, b: Choice) => a.direction === b.direction && a.code === b.code;

const CHOICES: Record<'push' | 'pull', Choice[]> = {
  push: FACTORS.filter((f) => f.usual !== 'pull' && f.code !== 'other').map((f) => ({
    direction: 'push',
    code: f.code,
  })),
  pull: FACTORS.filter((f) => f.usual !== 'push' && f.code !== 'other').map((f) => ({
    direction: 'pull',
    code: f.code,
  })),
};

/** The push and pull factors the interview found; saved, they join the episode's factors and the child's summary. */
export function FactorPicker({ factors, suggested, onChange }: Props) {
  const toggle = (c: Choice, on: boolean) =>
    onChange(on ? [...factors, { ...c, detail: null }] : factors.filter((f) => !same(f, c)));
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
      {(['push', 'pull'] as const).map((direction) => (
        <Box key={direction} component="fieldset" sx={{ border: 0, m: 0, p: 0, minWidth: 0 }}>
          <Typography component="legend" variant="h3" sx={{ mb: 0.5 }}>
            {direction === 'push'
              ? 'Push factors (away from home or placement)'
              : 'Pull factors (towards somewhere or someone)'}
          </Typography>
          {CHOICES[direction].map((c) => {
            const hinted = suggested.some((s) => same(s, c));
            return (
              <FormControlLabel
                key={c.code}
                sx={{ display: 'flex' }}
                control={
                  <Checkbox
                    size="small"
                    checked={factors.some((f) => same(f, c))}
                    onChange={(e) => toggle(c, e.target.checked)}
                  />
                }
                label={
                  <span>
                    {FACTOR_LABELS[c.code]}
                    {hinted && (
                      <Box
                        component="span"
                        sx={{ ml: 1, color: 'primary.main', fontWeight: 600, fontSize: '0.85rem' }}
                      >
                        suggested by the answers
                      </Box>
                    )}
                  </span>
                }
              />
            );
          })}
        </Box>
      ))}
    </Box>
  );
}
