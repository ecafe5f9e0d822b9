import { Alert, AlertTitle, Box } from '@mui/material';
import { gradingWarnings } from '../../../../shared/protocol';
import { parseUkDateTime } from '../../../../shared/time/london';
import { useQuery } from '../../api/useQuery';
import type { EpisodeDraft } from './episodeForm';

/**
 * Warns as the episode is typed when its category or grading at report breaks the child's protocol (ST 6, W-CP 3.2,
 * WG appendix a), citing the section. A warning, not a block: Homeward records what the police graded.
 */
export function GradingWarnings({ childId, draft }: { childId: string; draft: EpisodeDraft }) {
  const q = useQuery('protocol.child', { childId });
  const grading = q.data?.grading;
  if (!grading || !q.data || !draft.category) return null;
  const reported = parseUkDateTime(draft.reportedAt);
  const warnings = gradingWarnings(
    { gradingRules: grading.rules },
    {
      category: draft.category,
      // Until Reported is typed, the age rule reads the backend's today; it follows Reported once typed.
      reportedAt: reported.ok ? reported.iso : (q.data?.evaluation.asOf ?? ''),
      policeRiskAtReport: draft.policeRiskAtReport === '' ? null : draft.policeRiskAtReport,
    },
    grading.dateOfBirth,
  );
  if (warnings.length === 0) return null;
  return (
    <Box sx={{ mb: 2 }}>
      <Alert severity="warning" data-testid="grading-warning">
        <AlertTitle>Check against {q.data?.profile.name ?? 'the protocol'}</AlertTitle>
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {warnings.map((w) => (
            <li key={`${w.field}-${w.source}`}>{w.message}</li>
          ))}
        </Box>
      </Alert>
    </Box>
  );
}
