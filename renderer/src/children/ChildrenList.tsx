import {
  Alert,
  Box,
  Button,
  Chip,
  FormControl,
  FormControlLabel,
  InputLabel,
  LinearProgress,
  Link,
  MenuItem,
  Paper,
  Select,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useDeferredValue, useState } from 'react';
import { ChildDialog } from './ChildDialog';
import { LEGAL_STATUS_LABELS, LEGAL_STATUSES, type LegalStatus } from '../../../shared/domain/child';
import { ageAt, formatDuration } from '../../../shared/time/london';
import { useQuery } from '../api/useQuery';
import { href, navigate } from '../app/router';
import { useAppStatus, useNow } from '../app/status';
import { LoadDemo } from '../components/LoadDemo';

export function ChildrenList() {
  const now = useNow();
  const { status } = useAppStatus();
  const [search, setSearch] = useState('');
  const [missingNow, setMissingNow] = useState(false);
  const [legalStatus, setLegalStatus] = useState<LegalStatus | ''>('');
  const [adding, setAdding] = useState(false);
  const deferredSearch = useDeferredValue(search);
  const q = useQuery('children.list', {
    search: deferredSearch,
    missingNow,
    legalStatus: legalStatus || null,
  });

  if (status && status.childCount === 0) {
    return <LoadDemo />;
  }
  return (
    <Box>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="h1" component="h1">
          Children
        </Typography>
        <Button variant="contained" onClick={() => setAdding(true)}>
          Add a child
        </Button>
      </Box>
      {adding && (
        <ChildDialog
          onClose={() => setAdding(false)}
          // children.create makes the list and the status stale: they read again by themselves.
          onSaved={(child) => navigate({ name: 'child', id: child.id })}
        />
      )}
      <Paper sx={{ p: 2, mb: 2, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          label="Search by name or case reference"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          size="small"
          sx={{ minWidth: { sm: 320 }, width: { xs: '100%', sm: 'auto' } }}
          autoFocus
        />
        <FormControl size="small" sx={{ minWidth: { xs: '100%', sm: 240 } }}>
          <InputLabel id="legal-status-label">Legal status</InputLabel>
          <Select
            labelId="legal-status-label"
            label="Legal status"
            value={legalStatus}
            onChange={(e) => setLegalStatus(e.target.value)}
          >
            <MenuItem value="">Any</MenuItem>
            {LEGAL_STATUSES.map((s) => (
              <MenuItem key={s} value={s}>
                {LEGAL_STATUS_LABELS[s]}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <FormControlLabel
          control={<Switch checked={missingNow} onChange={(e) => setMissingNow(e.target.checked)} />}
          label="Missing now only"
        />
      </Paper>
      {q.error && <Alert severity="error">{q.error}</Alert>}
      <TableContainer component={Paper}>
        {q.loading && <LinearProgress />}
        <Table size="small" aria-label="Children">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Case reference</TableCell>
              <TableCell>Age</TableCell>
              <TableCell>Legal status</TableCell>
              <TableCell>Authority</TableCell>
              <TableCell>Allocated worker</TableCell>
              <TableCell align="right">Episodes (90 days)</TableCell>
              <TableCell>Now</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {q.data?.map((c) => (
              <TableRow key={c.id} hover>
                <TableCell>
                  <Link href={href({ name: 'child', id: c.id })} underline="hover" sx={{ fontWeight: 600 }}>
                    {c.givenName} {c.familyName}
                  </Link>
                </TableCell>
                {/* A reference is read and typed whole: never broken across lines. */}
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{c.caseReference}</TableCell>
                <TableCell>{ageAt(c.dateOfBirth, now)}</TableCell>
                <TableCell>{LEGAL_STATUS_LABELS[c.legalStatus]}</TableCell>
                <TableCell>
                  {c.placingAuthority}
                  {c.hostAuthority && c.hostAuthority !== c.placingAuthority && (
                    <Typography component="span" variant="body2" color="text.secondary">
                      {' '}
                      (placed in {c.hostAuthority})
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{c.allocatedWorker ?? '—'}</TableCell>
                <TableCell align="right">{c.episodesLast90Days}</TableCell>
                <TableCell>
                  {c.missingSince && (
                    <Chip
                      size="small"
                      color="error"
                      label={`Missing now, ${formatDuration(new Date(now).getTime() - new Date(c.missingSince).getTime())}`}
                    />
                  )}
                </TableCell>
              </TableRow>
            ))}
            {q.data?.length === 0 && (
              <TableRow>
                <TableCell colSpan={8}>No child matches.</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {q.data && q.data.length >= 500 && (
        <Typography variant="body2" sx={{ mt: 1 }} color="text.secondary">
          Showing the first 500 children: narrow the search to find others.
        </Typography>
      )}
    </Box>
  );
}
