import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { RISK_LEVEL_LABELS } from '../../../../shared/domain/riskAssessment';
import type { PackRiskAssessment as Risk } from '../../../../shared/meetings/pack';
import { formatUkDate } from '../meetingText';

/** The latest risk assessment's level and its plan's open actions (WG appendix a). */
export function PackRiskAssessment({ risk }: { risk: Risk | null }) {
  if (risk === null) return <Typography color="text.secondary">No risk assessment is recorded.</Typography>;
  return (
    <>
      <Typography data-testid="pack-risk-level">
        Overall level <strong>{RISK_LEVEL_LABELS[risk.overallLevel]}</strong> (version {risk.version}, date of
        review {formatUkDate(risk.assessedOn)}).
      </Typography>
      {risk.openActions.length === 0 ? (
        <Typography color="text.secondary">No open plan actions.</Typography>
      ) : (
        <List dense aria-label="Open plan actions">
          {risk.openActions.map((a) => (
            <ListItem key={a.id} disableGutters>
              <ListItemText
                primary={a.description}
                secondary={`${a.owner}${a.agency ? ` (${a.agency})` : ''}${a.dueOn ? `, due ${formatUkDate(a.dueOn)}` : ''}`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </>
  );
}
