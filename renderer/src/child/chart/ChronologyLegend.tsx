import { Box } from '@mui/material';
import { POLICE_RISK_LABELS, POLICE_RISKS } from '../../../../shared/domain/episode';
import { riskColour } from '../episodeView';

const swatch = {
  width: 22,
  height: 12,
  borderRadius: '2px',
  display: 'inline-block',
  flexShrink: 0,
} as const;

/** The key to the chart's colours and marks, in words as well as colour. */
export function ChronologyLegend() {
  return (
    <Box
      component="ul"
      aria-label="Chart key"
      sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexWrap: 'wrap', gap: 2.5, fontSize: '0.9rem' }}
    >
      <Box component="li" sx={{ color: 'text.secondary' }}>
        Police risk (latest):
      </Box>
      {[...POLICE_RISKS, null].map((risk) => (
        <Box component="li" key={risk ?? 'none'} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
          <Box component="span" sx={{ ...swatch, bgcolor: riskColour(risk) }} />
          {risk ? POLICE_RISK_LABELS[risk] : 'Not graded'}
        </Box>
      ))}
      <Box component="li" sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
        <Box
          component="span"
          sx={{
            ...swatch,
            border: '1.5px solid #555',
            background: 'repeating-linear-gradient(45deg, #555 0 2px, #fff 2px 5px)',
          }}
        />
        Still missing (runs to now)
      </Box>
    </Box>
  );
}
