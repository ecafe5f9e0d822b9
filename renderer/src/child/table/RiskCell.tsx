import { Box } from '@mui/material';
import { POLICE_RISK_LABELS, type Episode, type PoliceRisk } from '../../../../shared/domain/episode';
import { formatUkDateTime } from '../../../../shared/time/london';
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

/**
 * Every grading with its time when it changed more than once in view: "Medium (report) → High 12:30 20/11/2026",
 * so the chair sees when the police changed it, not only the first and the latest.
 */
function GradingHistory({ gradings }: { gradings: Episode['policeGradings'] }) {
  return (
    <Box
      component="span"
      data-testid="grading-history"
      // One grading a line, its time wrapping under it when the column is narrow (the chronology fits 1024 px).
      sx={{ display: 'flex', flexDirection: 'column', rowGap: 0.25 }}
    >
      {gradings.map((g, i) => (
        <Box
          component="span"
          key={`${g.at}-${i}`}
          sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: 0.5 }}
        >
          {i > 0 && <span aria-label="then">→</span>}
          <Risk risk={g.risk} />
          <Box component="span" sx={{ color: 'text.secondary', fontSize: '0.75rem', whiteSpace: 'nowrap' }}>
            {g.atReport ? 'at report' : formatUkDateTime(g.at)}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

/** Police risk at report and each change: "Medium → High" when the grading changed. */
export function RiskCell({ episode }: { episode: Episode }) {
  const { policeRiskAtReport: atReport, policeRiskLatest: latest, policeGradings } = episode;
  if (policeGradings.length > 1) return <GradingHistory gradings={policeGradings} />;
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
