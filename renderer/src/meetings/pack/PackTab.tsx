import { Alert, Box, Button, LinearProgress } from '@mui/material';
import { useQuery } from '../../api/useQuery';
import { useChildFocus } from '../childFocus';
import { ChildStepper } from '../ChildStepper';
import { useMeeting } from '../meetingContext';
import { PackChildSection } from './PackChildSection';

/** The meeting pack: for each child, what happened since the last meeting of this kind. */
export function PackTab() {
  const { record } = useMeeting();
  const focus = useChildFocus();
  const q = useQuery('meetings.pack', { meetingId: record.meeting.id });
  if (q.error && !q.data) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={q.reload}>
            Try again
          </Button>
        }
      >
        The meeting pack could not be put together: {q.error}
      </Alert>
    );
  }
  if (!q.data) return <LinearProgress aria-label="Putting the pack together" />;
  const shown = focus.childId ?? q.data.children[0]?.child.id ?? null;
  if (q.data.children.length === 0) {
    return (
      <Alert severity="info">
        This meeting names no child, so there is no pack: the agenda has the items.
      </Alert>
    );
  }
  return (
    <Box>
      {q.loading && <LinearProgress sx={{ mb: 1 }} />}
      {/* One child at a time: seventeen children's packs on one page was a 19,000-pixel scroll (issue 12). */}
      <ChildStepper
        childId={shown}
        previousId={record.children[record.children.findIndex((c) => c.id === shown) - 1]?.id ?? null}
        nextId={record.children[record.children.findIndex((c) => c.id === shown) + 1]?.id ?? null}
        onMove={focus.setChildId}
      />
      {(q.data.children.length > 1
        ? q.data.children.filter((c) => c.child.id === shown)
        : q.data.children
      ).map((c) => (
        <PackChildSection key={c.child.id} pack={c} onChanged={() => undefined} />
      ))}
    </Box>
  );
}
