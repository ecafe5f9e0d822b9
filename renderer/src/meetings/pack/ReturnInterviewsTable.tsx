import {
  Box,
  Link,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { RETURN_INTERVIEW_OUTCOME_LABELS } from '../../../../shared/domain/episode';
import type { ReturnInterviewOutcome } from '../../../../shared/meetings/pack';
import { DateTimeText } from '../../child/table/DateTimeText';
import { href } from '../../app/router';

const HOURS_72 = 72 * 3_600_000;

/** Whether each return interview was offered and held, and within 72 hours of the return (ST 13.5-13.9, WG 9). */
export function ReturnInterviewsTable({ interviews }: { interviews: ReturnInterviewOutcome[] }) {
  if (interviews.length === 0)
    return <Typography color="text.secondary">No returns in the period.</Typography>;
  const none = (
    <Box component="span" sx={{ color: 'text.secondary' }}>
      —
    </Box>
  );
  return (
    <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" aria-label="Return interviews">
        <TableHead>
          <TableRow>
            <TableCell>Returned</TableCell>
            <TableCell>Offered</TableCell>
            <TableCell>Offered by</TableCell>
            <TableCell>Outcome</TableCell>
            <TableCell>Held</TableCell>
            <TableCell>Within 72 hours</TableCell>
            <TableCell>Record</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {interviews.map((r) => {
            const within = r.heldAt !== null && Date.parse(r.heldAt) - Date.parse(r.foundAt) <= HOURS_72;
            return (
              <TableRow key={r.episodeId} sx={{ '& td': { verticalAlign: 'top' } }}>
                <TableCell>
                  <DateTimeText iso={r.foundAt} />
                </TableCell>
                <TableCell>
                  {r.offeredAt ? (
                    <DateTimeText iso={r.offeredAt} />
                  ) : (
                    <Box component="span" sx={{ color: 'error.main', fontWeight: 600 }}>
                      Not recorded
                    </Box>
                  )}
                </TableCell>
                <TableCell>{r.offeredBy ?? none}</TableCell>
                <TableCell>
                  {r.outcome ? RETURN_INTERVIEW_OUTCOME_LABELS[r.outcome] : none}
                  {r.notOfferedReason && (
                    <Box
                      component="span"
                      sx={{ display: 'block', color: 'text.secondary', fontSize: '0.9rem' }}
                    >
                      {r.notOfferedReason}
                    </Box>
                  )}
                </TableCell>
                <TableCell>{r.heldAt ? <DateTimeText iso={r.heldAt} /> : none}</TableCell>
                <TableCell>
                  {r.heldAt === null ? (
                    none
                  ) : (
                    <Box component="strong" sx={{ color: within ? 'success.main' : 'error.main' }}>
                      {within ? 'Yes' : 'No'}
                    </Box>
                  )}
                </TableCell>
                <TableCell>
                  {/* The full interview (appendix e's answers, concerns, consent) is one click away. */}
                  <Link href={href({ name: 'return-interview', episodeId: r.episodeId })}>
                    Interview record
                  </Link>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
