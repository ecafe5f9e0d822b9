import { Box, Button, TableCell, TableRow, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import type { MeetingAction } from '../../../../shared/domain/meeting';
import { ApiCallError, call } from '../../api/client';
import { useMeeting } from '../meetingContext';
import { childName } from '../meetingText';
import { withoutAction, withUpdatedAction } from '../recordUpdates';
import { ActionChangeDialog } from './ActionChangeDialog';
import { ActionChanges } from './ActionChanges';
import { ActionFields } from './ActionFields';
import { ActionStatusSelect } from './ActionStatusSelect';
import {
  actionIssues,
  draftFromAction,
  focusFirstError,
  ownersOf,
  parseAction,
  type ActionDraft,
  type ActionErrors,
} from './actionForm';
import { DueDate } from './DueDate';

interface Props {
  action: MeetingAction;
  /** A meeting about several children shows whose action it is. */
  showChild: boolean;
  columns: number;
}

/**
 * One agreed action. Its wording can be corrected until the minutes are approved (meetings.updateAction); its status
 * is tracked for as long as it lives.
 */
export function ActionRow({ action, showChild, columns }: Props) {
  const { record, update, fail, locked } = useMeeting();
  const [draft, setDraft] = useState<ActionDraft | null>(null);
  const [errors, setErrors] = useState<ActionErrors>({});
  const [busy, setBusy] = useState(false);
  const [changing, setChanging] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const child = record.children.find((c) => c.id === action.childId);

  const save = async () => {
    if (!draft || busy) return;
    const parsed = parseAction(draft, action.status);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      focusFirstError(container.current, parsed.errors);
      return;
    }
    setBusy(true);
    try {
      const saved = await call('meetings.updateAction', {
        meetingId: record.meeting.id,
        actionId: action.id,
        baseRevision: action.revision,
        action: parsed.value,
      });
      update((r) => withUpdatedAction(r, saved));
      setDraft(null);
    } catch (e) {
      setErrors(
        e instanceof ApiCallError
          ? actionIssues(e.error.issues, e.error.message)
          : { general: 'Nothing was saved.' },
      );
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    try {
      await call('meetings.removeAction', { meetingId: record.meeting.id, actionId: action.id });
      update((r) => withoutAction(r, action.id));
    } catch (e) {
      fail(e);
      setBusy(false);
    }
  };

  if (draft) {
    return (
      <TableRow>
        <TableCell colSpan={columns} sx={{ py: 1.5 }}>
          <ActionFields
            owners={ownersOf(record.attendees)}
            draft={draft}
            errors={errors}
            onChange={(key, value) => setDraft((d) => d && { ...d, [key]: value })}
            onSubmit={() => void save()}
            onCancel={() => setDraft(null)}
            childOptions={showChild ? record.children.map((c) => ({ id: c.id, name: childName(c) })) : null}
            groupLabel="Edit action"
            busy={busy}
            containerRef={container}
            buttons={
              <>
                <Button variant="contained" size="small" onClick={() => void save()} disabled={busy}>
                  Save
                </Button>
                <Button size="small" onClick={() => setDraft(null)} disabled={busy}>
                  Cancel
                </Button>
              </>
            }
          />
        </TableCell>
      </TableRow>
    );
  }

  const changes = record.actionChanges.some((c) => c.actionId === action.id);
  return (
    <>
      <TableRow
        data-testid="action-row"
        sx={{ '& td': { verticalAlign: 'top', ...(changes ? { borderBottom: 0 } : {}) } }}
      >
        <TableCell>
          <Typography
            sx={{
              whiteSpace: 'pre-wrap',
              textDecoration: action.status === 'dropped' ? 'line-through' : 'none',
            }}
          >
            {action.what}
          </Typography>
        </TableCell>
        <TableCell>
          {action.owner}
          {action.agency && (
            <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: '0.9rem' }}>
              {action.agency}
            </Box>
          )}
        </TableCell>
        <TableCell>
          <DueDate action={action} />
        </TableCell>
        {showChild && <TableCell>{child ? childName(child) : '—'}</TableCell>}
        <TableCell>
          <ActionStatusSelect action={action} />
        </TableCell>
        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
          {/* After approval the wording is the minutes; who, by when and with whom can still change, with a reason. */}
          {locked && action.status !== 'dropped' && (
            <Button
              size="small"
              onClick={() => setChanging(true)}
              aria-label={`Change the owner or due date of the action: ${action.what}`}
            >
              Change
            </Button>
          )}
          {changing && (
            <ActionChangeDialog action={action} mode="change" onClose={() => setChanging(false)} />
          )}
          {!locked && (
            <>
              <Button
                size="small"
                disabled={busy}
                onClick={() => {
                  setErrors({});
                  setDraft(draftFromAction(action));
                }}
                aria-label={`Edit the action: ${action.what}`}
              >
                Edit
              </Button>
              <Button
                size="small"
                color="inherit"
                disabled={busy}
                onClick={() => void remove()}
                aria-label={`Remove the action: ${action.what}`}
                sx={{ color: 'text.secondary' }}
              >
                Remove
              </Button>
            </>
          )}
        </TableCell>
      </TableRow>
      <ActionChanges actionId={action.id} columns={columns} />
    </>
  );
}
