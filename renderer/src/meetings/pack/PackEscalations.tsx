import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { PackEscalations as Escalations } from '../../../../shared/meetings/pack';
import { formatUkDateTime } from '../../../../shared/time/london';

/**
 * The child's escalation log as the pack holds it (W-CP 5.0): what was escalated in the period, and anything earlier
 * still waiting for an outcome, so the meeting can chase it.
 */
export function PackEscalations({ log }: { log: Escalations }) {
  const earlier =
    log.earlierResolved > 0
      ? `${log.earlierResolved} earlier ${log.earlierResolved === 1 ? 'escalation has its' : 'escalations have their'} outcome recorded: the child’s page holds the whole log.`
      : null;
  if (log.entries.length === 0)
    return (
      <Typography color="text.secondary">
        No escalations in the period, and none waiting for an outcome.{earlier && ` ${earlier}`}
      </Typography>
    );
  return (
    <>
      <TableContainer>
        <Table size="small" aria-label="Escalation log in the pack">
          <TableHead>
            <TableRow>
              <TableCell>Escalated</TableCell>
              <TableCell>From and to</TableCell>
              <TableCell>About</TableCell>
              <TableCell>Outcome</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {log.entries.map((e) => (
              <TableRow key={e.id} data-testid="pack-escalation">
                <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                  {formatUkDateTime(e.escalatedAt)}
                </TableCell>
                <TableCell sx={{ verticalAlign: 'top' }}>
                  {e.fromWho} to {e.toWho}
                </TableCell>
                <TableCell sx={{ verticalAlign: 'top', overflowWrap: 'anywhere' }}>
                  {e.about}
                  {e.section && ` (${e.section})`}
                </TableCell>
                <TableCell sx={{ verticalAlign: 'top', overflowWrap: 'anywhere' }}>
                  {e.outcome ? (
                    <>
                      {e.outcome}
                      {e.outcomeAt && (
                        <Typography variant="body2" color="text.secondary">
                          {formatUkDateTime(e.outcomeAt)}
                        </Typography>
                      )}
                    </>
                  ) : (
                    <strong>No outcome yet</strong>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {earlier && (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          {earlier}
        </Typography>
      )}
    </>
  );
}
