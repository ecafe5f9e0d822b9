import { Box, Button, Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { Episode } from '../../../shared/domain/episode';
import { ChronologyChart } from './chart/ChronologyChart';
import { ChronologyLegend } from './chart/ChronologyLegend';

interface Props {
  episodes: Episode[];
  now: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onAdd: () => void;
  /** Further buttons beside "Add episode" (the Word export). */
  actions?: ReactNode;
}

/** The chronology heading, the "Add episode" action, and the timeline with its key. */
export function ChronologySection({ episodes, now, selectedId, onSelect, onAdd, actions }: Props) {
  return (
    <Paper component="section" aria-labelledby="chronology-heading" sx={{ p: 2, mb: 2 }}>
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          flexWrap: 'wrap',
          gap: 1,
          mb: 1,
        }}
      >
        <Typography variant="h2" component="h2" id="chronology-heading">
          Chronology
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {actions}
          <Button variant="contained" onClick={onAdd}>
            Add episode
          </Button>
        </Box>
      </Box>
      <ChronologyChart episodes={episodes} now={now} selectedId={selectedId} onSelect={onSelect} />
      <Box sx={{ mt: 1.5 }}>
        <ChronologyLegend />
      </Box>
    </Paper>
  );
}
