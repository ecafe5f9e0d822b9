import { Alert, Box, Divider, Paper, Skeleton, Typography } from '@mui/material';
import type { Child } from '../../../shared/domain/child';
import type { Episode } from '../../../shared/domain/episode';
import { formatUkDate, formatUkDateTime, londonToday } from '../../../shared/time/london';
import { useQuery } from '../api/useQuery';
import { useNow } from '../app/status';
import { MissingEpisodesPanel } from './MissingEpisodesPanel';
import { PhotoPanel } from './PhotoPanel';
import { ProfileFormPanel } from './ProfileFormPanel';
import { SharesPanel } from './SharesPanel';

/** "Last reviewed 01/05/2026 · next review due by 01/11/2026 (overdue)". */
function ReviewLine({
  reviewedAt,
  dueOn,
  today,
}: {
  reviewedAt: string | null;
  dueOn: string | null;
  today: string;
}) {
  if (!reviewedAt || !dueOn)
    return (
      <Alert severity="warning" sx={{ mb: 2 }}>
        Part 1 has not been completed. The care provider completes it for every child placed.
      </Alert>
    );
  const overdue = dueOn < today;
  return (
    <Typography
      role="status"
      sx={{ mb: 2, color: overdue ? 'error.main' : 'text.secondary', fontWeight: overdue ? 700 : 400 }}
    >
      Last reviewed {formatUkDateTime(reviewedAt)} · next review due by {formatUkDate(dueOn)}
      {overdue ? ' (overdue)' : ''}
    </Typography>
  );
}

/** The Philomena Protocol profile on the child's page (W-CP 4.1, ST 16.3): Parts 1 and 2, the photo, Part 3. */
export function PhilomenaSection({ child, episodes }: { child: Child; episodes: Episode[] }) {
  const q = useQuery('philomena.get', { childId: child.id });
  const now = useNow();
  const name = `${child.givenName} ${child.familyName}`;
  return (
    <Paper component="section" aria-labelledby="philomena-heading" sx={{ p: 2.5, mt: 3 }}>
      <Typography id="philomena-heading" variant="h2" component="h2" sx={{ mb: 1 }}>
        Philomena profile (Parts 1 to 3)
      </Typography>
      {!q.data ? (
        q.error ? (
          <Alert severity="error">The Philomena profile could not be opened: {q.error}</Alert>
        ) : (
          <Skeleton variant="rectangular" height={200} />
        )
      ) : (
        <>
          <ReviewLine
            reviewedAt={q.data.reviewedAt}
            dueOn={q.data.reviewDueOn}
            today={londonToday(new Date(now))}
          />
          <MissingEpisodesPanel episodes={episodes} />
          <Divider sx={{ my: 2.5 }} />
          <Box sx={{ display: 'flex', gap: 3, flexDirection: { xs: 'column', md: 'row' } }}>
            <PhotoPanel profile={q.data} name={name} />
            <Box sx={{ flex: 1, minWidth: 0 }}>
              {/* A save is a review: the form starts again from the saved record once it is read back. */}
              <ProfileFormPanel key={q.data.reviewedAt ?? 'new'} profile={q.data} />
            </Box>
          </Box>
          <Divider sx={{ my: 2.5 }} />
          <SharesPanel profile={q.data} />
        </>
      )}
    </Paper>
  );
}
