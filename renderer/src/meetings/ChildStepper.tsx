import { Box, Button, Paper, Typography } from '@mui/material';
import { useState } from 'react';
import { useMeeting } from './meetingContext';
import { childName } from './meetingText';
import { ReviewChildDialog } from './ReviewChildDialog';

interface Props {
  /** The child in hand; null on an item for the meeting as a whole. */
  childId: string | null;
  previousId: string | null;
  nextId: string | null;
  /** Moves to a child (the agenda opens their first item; the pack shows theirs). */
  onMove: (childId: string) => void;
  /** Shown with the buttons, e.g. "Alt+Page Down". */
  keys?: boolean;
}

/**
 * "Child 3 of 16": who the chair is on in a meeting about several children, why they are on the list, and the
 * buttons (and keys) to the previous and next child. A Daily Review's chair adds or removes a child here.
 */
export function ChildStepper({ childId, previousId, nextId, onMove, keys = false }: Props) {
  const { record, update, locked } = useMeeting();
  const [dialog, setDialog] = useState<'add' | 'remove' | null>(null);
  const { children } = record;
  const index = children.findIndex((c) => c.id === childId);
  const child = children[index];
  const isReview = record.meeting.kind === 'daily-review';
  if (children.length < 2 && !isReview) return null;
  const previous = children.find((c) => c.id === previousId);
  const next = children.find((c) => c.id === nextId);
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label="Child under discussion"
      data-testid="child-stepper"
      sx={{ p: 1.5, mb: 2, display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}
    >
      <Box sx={{ flex: '1 1 320px', minWidth: 0 }}>
        <Typography variant="body2" color="text.secondary">
          {child ? `Child ${index + 1} of ${children.length}` : `${children.length} children`}
        </Typography>
        <Typography component="h2" variant="h3" data-testid="child-in-focus">
          {child ? childName(child) : 'The meeting as a whole'}{' '}
          {child && (
            <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400, whiteSpace: 'nowrap' }}>
              ({child.caseReference})
            </Box>
          )}
        </Typography>
        {child?.reason && (
          <Typography variant="body2" data-testid="child-reason">
            On today’s list: {child.reason}
          </Typography>
        )}
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button
          variant="outlined"
          disabled={!previous}
          onClick={() => previous && onMove(previous.id)}
          aria-keyshortcuts={keys ? 'Alt+PageUp' : undefined}
          title={keys ? 'Alt+Page Up' : undefined}
        >
          ← Previous child
        </Button>
        <Button
          variant="contained"
          disabled={!next}
          onClick={() => next && onMove(next.id)}
          aria-keyshortcuts={keys ? 'Alt+PageDown' : undefined}
          title={keys ? 'Alt+Page Down' : undefined}
        >
          Next child →
        </Button>
        {isReview && !locked && (
          <>
            <Button onClick={() => setDialog('add')}>Add a child</Button>
            {child && children.length > 1 && (
              <Button color="warning" onClick={() => setDialog('remove')}>
                Remove {child.givenName}
              </Button>
            )}
          </>
        )}
      </Box>
      {dialog && (
        <ReviewChildDialog
          record={record}
          removing={dialog === 'remove' && child ? { id: child.id, name: childName(child) } : null}
          onCancel={() => setDialog(null)}
          onDone={(r) => {
            setDialog(null);
            update(() => r);
            const added = r.children.find((c) => !record.meeting.childIds.includes(c.id));
            const stay = r.children[Math.min(Math.max(index, 0), r.children.length - 1)];
            onMove(added?.id ?? stay?.id ?? '');
          }}
        />
      )}
    </Paper>
  );
}
