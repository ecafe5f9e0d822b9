import { Box } from '@mui/material';
import { POLICE_RISK_LABELS, type Episode, type PoliceRisk } from '../../../../shared/domain/episode';
import { riskColour } from '../episodeView';

function Risk({ risk }: { risk: PoliceRisk }) {
  return (
    <Box
      component="span"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }}
    >
      <Box component="span" sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: riskColour(risk) }} />
      {POLICE_RISK_LABELS[risk]}
    </Box>
  );
}

/** Police risk at report and latest: "Medium → High" when the grading changed. */
export function RiskCell({ episode }: { episode: Episode }) {
  const { policeRiskAtReport: atReport, policeRiskLatest: latest } = episode;
  if (!atReport && !latest)
    return (
      <Box component="span" sx={{ color: 'text.secondary' }}>
        Not graded
      </Box>
    );
  if (atReport && latest && atReport !== latest) {
    return (
      <Box
        component="span"
        sx={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 0.5 }}
      >
        <Risk risk={atReport} />
        <span aria-label="then">→</span>
        <Risk risk={latest} />
      </Box>
    );
  }
  const only = latest ?? atReport;
  return only ? <Risk risk={only} /> : null;
}
