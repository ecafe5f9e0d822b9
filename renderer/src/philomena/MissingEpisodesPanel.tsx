import { Box, Button, Typography } from '@mui/material';
import { useState } from 'react';
import type { Episode } from '../../../shared/domain/episode';
import { formatLongDateTime } from '../../../shared/time/london';
import { call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { ExportButton } from '../components/ExportButton';
import { Part3Dialog } from './Part3Dialog';

/** How many past missing episodes keep their Part 3 at hand; older ones are history, in the chronology. */
const SHOWN = 3;

function Part3Opener({ episode, onClose }: { episode: Episode; onClose: () => void }) {
  const q = useQuery('philomena.getIncident', { episodeId: episode.id });
  return q.data ? <Part3Dialog episode={episode} incident={q.data} onClose={onClose} /> : null;
}

/**
 * Part 3 and the export belong to a missing episode (whereabouts not known): the open one first, then the latest few,
 * each one click from the Word file the police ask for.
 */
export function MissingEpisodesPanel({ episodes }: { episodes: Episode[] }) {
  const [open, setOpen] = useState<Episode | null>(null);
  const missing = episodes
    .filter((e) => e.category === 'missing')
    .sort(
      (a, b) =>
        (a.foundAt === null ? -1 : 0) - (b.foundAt === null ? -1 : 0) ||
        (a.reportedAt < b.reportedAt ? 1 : -1),
    )
    .slice(0, SHOWN);
  return (
    <Box>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        Part 3: when the child’s whereabouts are not known
      </Typography>
      {missing.length === 0 && (
        <Typography color="text.secondary">No missing episodes are recorded.</Typography>
      )}
      {missing.map((e) => (
        <Box
          key={e.id}
          data-testid={`philomena-episode-${e.id}`}
          sx={{
            display: 'flex',
            gap: 1.5,
            alignItems: 'center',
            flexWrap: 'wrap',
            py: 1,
            borderTop: 1,
            borderColor: 'divider',
          }}
        >
          <Typography sx={{ flex: '1 1 260px', fontWeight: e.foundAt === null ? 700 : 400 }}>
            {e.foundAt === null ? 'Missing now, since ' : 'Missing '}
            {formatLongDateTime(e.reportedAt)}
          </Typography>
          <Button variant="outlined" onClick={() => setOpen(e)}>
            Part 3 form
          </Button>
          <ExportButton
            variant={e.foundAt === null ? 'contained' : 'outlined'}
            make={() => call('philomena.export', { episodeId: e.id })}
          >
            Export Philomena profile (Word)
          </ExportButton>
        </Box>
      ))}
      {open && <Part3Opener key={open.id} episode={open} onClose={() => setOpen(null)} />}
    </Box>
  );
}
