import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Alert,
  Box,
  Button,
  LinearProgress,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { RecordSeen } from '../../../shared/api/children';
import { formatLongDateTime } from '../../../shared/time/london';
import { useQuery } from '../api/useQuery';
import { useCan } from '../signIn/access';

/** "Viewed: Children list (one of 12 children)". */
function whatOf(r: RecordSeen): string {
  const verb = r.action === 'export' ? 'Exported' : 'Viewed';
  const many = r.children > 1 ? ` (one of ${r.children} children)` : '';
  return `${verb}: ${r.what}${many}`;
}

function SeenByTable({ childId }: { childId: string }) {
  const q = useQuery('children.seenBy', { childId });
  if (q.error) return <Alert severity="error">Who has seen this record could not be read: {q.error}</Alert>;
  if (!q.data) return <LinearProgress aria-label="Reading who has seen this record" />;
  return (
    <Box>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mb: 1, gap: 1 }}>
        <Typography variant="body2" color="text.secondary">
          Every view and export of this record from the audit trail, newest first (the latest 200).
        </Typography>
        <Button size="small" onClick={q.reload}>
          Refresh
        </Button>
      </Box>
      <Box sx={{ overflowX: 'auto' }}>
        <Box
          component="table"
          aria-label="Who has seen or exported this record"
          sx={{
            borderCollapse: 'collapse',
            width: '100%',
            '& th, & td': { textAlign: 'left', p: 0.75, borderBottom: 1, borderColor: 'divider' },
            '& th': { fontWeight: 600 },
          }}
        >
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {q.data.map((r, i) => (
              <tr key={`${r.at}-${i}`}>
                <td>{formatLongDateTime(r.at)}</td>
                <td>
                  {r.user}
                  {r.account && r.account !== r.user && (
                    <Typography component="span" variant="body2" color="text.secondary">
                      {' '}
                      (account {r.account})
                    </Typography>
                  )}
                </td>
                <td>{whatOf(r)}</td>
              </tr>
            ))}
          </tbody>
        </Box>
      </Box>
    </Box>
  );
}

/**
 * "Who has seen or exported this record" (issue 11), for managers and administrators: the server refuses anyone
 * else in team mode, and this panel is not offered to them. Read only when opened, so the page costs nothing more.
 */
export function SeenByPanel({ childId }: { childId: string }) {
  const can = useCan();
  const [open, setOpen] = useState(false);
  if (!can('children.seenBy')) return null;
  return (
    <Accordion expanded={open} onChange={(_e, v) => setOpen(v)} sx={{ mt: 3 }} disableGutters>
      <AccordionSummary aria-controls="seen-by-content" id="seen-by-header">
        <Typography variant="h2" component="h2" sx={{ fontSize: '1.1rem' }}>
          Who has seen or exported this record
        </Typography>
      </AccordionSummary>
      <AccordionDetails id="seen-by-content">{open && <SeenByTable childId={childId} />}</AccordionDetails>
    </Accordion>
  );
}
