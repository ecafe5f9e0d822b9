import { Box, Typography } from '@mui/material';
import { POLICE_RISK_LABELS } from '../../../../shared/domain/episode';
import type { PoliceRiskChange } from '../../../../shared/meetings/pack';
import { RISK_TEXT_COLOURS } from '../../app/theme';
import { formatUkDateTime } from '../meetingText';

/** Episodes whose police risk grading changed after the report (ST 6). */
export function PoliceRiskChanges({ changes }: { changes: PoliceRiskChange[] }) {
  if (changes.length === 0) {
    return <Typography color="text.secondary">No grading changed after the report.</Typography>;
  }
  const risk = (r: PoliceRiskChange['latest']) => (
    <Box component="strong" sx={{ color: RISK_TEXT_COLOURS[r] ?? 'text.primary' }}>
      {POLICE_RISK_LABELS[r]}
    </Box>
  );
  return (
    <Box component="ul" sx={{ m: 0, pl: 3 }}>
      {changes.map((c) => (
        <li key={c.episodeId}>
          Reported {formatUkDateTime(c.reportedAt)}: {risk(c.atReport)} at report, now {risk(c.latest)}
        </li>
      ))}
    </Box>
  );
}
