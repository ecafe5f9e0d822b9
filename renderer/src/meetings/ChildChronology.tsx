import { Alert, Box, LinearProgress, Link, Typography } from '@mui/material';
import { useState } from 'react';
import type { Episode } from '../../../shared/domain/episode';
import { useQuery } from '../api/useQuery';
import { href } from '../app/router';
import { useNow } from '../app/status';
import { EpisodeDialog } from '../child/dialog/EpisodeDialog';
import { ChronologyTable } from '../child/table/ChronologyTable';
import { childName } from './meetingText';

/** One child's episodes, newest first, as on the child's page; an episode can be corrected from here. */
export function ChildChronology({ childId }: { childId: string }) {
  const now = useNow();
  const q = useQuery('children.get', { id: childId });
  const [editing, setEditing] = useState<{ episode: Episode; n: number } | null>(null);
  if (q.error && !q.data) return <Alert severity="error">The chronology could not be read: {q.error}</Alert>;
  if (!q.data) return <LinearProgress aria-label="Loading the chronology" />;
  const { child, episodes } = q.data;
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        <Link href={href({ name: 'child', id: child.id })} underline="hover" color="inherit">
          {childName(child)}
        </Link>{' '}
        <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
          ({episodes.length} episode{episodes.length === 1 ? '' : 's'})
        </Box>
      </Typography>
      <ChronologyTable
        childId={child.id}
        episodes={episodes}
        now={now}
        selectedId={null}
        onEdit={(episode) => setEditing((e) => ({ episode, n: (e?.n ?? 0) + 1 }))}
      />
      {editing && (
        <EpisodeDialog
          key={editing.n}
          childId={child.id}
          episode={editing.episode}
          onClose={() => setEditing(null)}
          // An episode save makes the child's record stale: the chronology reads again by itself.
          onSaved={() => setEditing(null)}
        />
      )}
    </Box>
  );
}
