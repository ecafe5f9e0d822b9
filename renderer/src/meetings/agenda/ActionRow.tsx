import { Box, Button, TableCell, TableRow, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import type { MeetingAction } from '../../../../shared/domain/meeting';
import { ApiCallError, call } from '../../api/client';
import { bothTexts, ConflictNotice, differingFields, isConflict } from '../../conflict/ConflictNotice';
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

const LABELS: Record<keyof ActionDraft, string> = {
  what: 'What',
  owner: 'Owner',
  agency: 'Agency',
  due: 'Due date',
  childId: 'Child',
  why: 'Why this action',
};

/** The newest stored version of one action, wherever the meeting shows it (its own item or a review). */
async function storedAction(meetingId: string, actionId: string): Promise<MeetingAction | null> {
  const r = await call('meetings.get', { meetingId }).catch(() => null);
  const all = r?.items.flatMap((i) => [...i.actions, ...i.reviewedActions]) ?? [];
  return all.find((a) => a.id === actionId) ?? null;
}

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
  // The action as it was when Edit was pressed: its revision goes with the save, so another window's save landing
  // meanwhile (and refreshing this row) is met as a conflict rather than saved over. A conflict moves it on.
  const [base, setBase] = useState<MeetingAction>(action);
  const [conflict, setConflict] = useState<{ message: string; newer: MeetingAction } | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const child = record.children.find((c) => c.id === action.childId);

  const childLabel = (id: string) => {
    const c = record.children.find((x) => x.id === id);
    return c ? childName(c) : '';
  };
  const readable = (d: ActionDraft): Record<keyof ActionDraft, string> => ({
    ...d,
    childId: childLabel(d.childId),
  });

  const save = async (values: ActionDraft | null = draft, on: MeetingAction = base) => {
    if (!values || busy) return;
    const parsed = parseAction(values, on.status);
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
        baseRevision: on.revision,
        action: parsed.value,
      });
      update((r) => withUpdatedAction(r, saved));
      setConflict(null);
      setDraft(null);
    } catch (e) {
      if (isConflict(e)) {
        // Someone saved this action first: what was typed stays in the fields; theirs is shown beside it to choose.
        const newer = await storedAction(record.meeting.id, action.id);
        if (newer) {
          setConflict({ message: e.message, newer });
          setErrors({});
          return;
        }
      }
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
          {conflict && (
            <ConflictNotice
              message={conflict.message}
              fields={differingFields(LABELS, readable(draftFromAction(conflict.newer)), readable(draft))}
              savesAtOnce
              busy={busy}
              onUseTheirs={() => {
                setDraft(draftFromAction(conflict.newer));
                setBase(conflict.newer);
                update((r) => withUpdatedAction(r, conflict.newer));
                setConflict(null);
              }}
              onKeepMine={() => void save(draft, conflict.newer)}
              onKeepBoth={
                draft.what.trim() !== conflict.newer.what.trim()
                  ? () => {
                      const both = { ...draft, what: bothTexts(conflict.newer.what, draft.what) };
                      setDraft(both);
                      void save(both, conflict.newer);
                    }
                  : undefined
              }
            />
          )}
          <ActionFields
            owners={ownersOf(record.attendees)}
            draft={draft}
            errors={errors}
            onChange={(key, value) => setDraft((d) => d && { ...d, [key]: value })}
            onSubmit={() => {
              // While a conflict is shown the choice is made there, so Enter cannot save over unseen.
              if (!conflict) void save();
            }}
            onCancel={() => {
              setConflict(null);
              setDraft(null);
            }}
            childOptions={showChild ? record.children.map((c) => ({ id: c.id, name: childName(c) })) : null}
            groupLabel="Edit action"
            busy={busy}
            containerRef={container}
            buttons={
              <>
                <Button
                  variant="contained"
                  size="small"
                  onClick={() => void save()}
                  disabled={busy || conflict !== null}
                >
                  Save
                </Button>
                <Button
                  size="small"
                  onClick={() => {
                    setConflict(null);
                    setDraft(null);
                  }}
                  disabled={busy}
                >
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
          {action.rationale && (
            <Typography sx={{ whiteSpace: 'pre-wrap', color: 'text.secondary', fontSize: '0.9rem' }}>
              Why: {action.rationale}
            </Typography>
          )}
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
                  setBase(action);
                  setConflict(null);
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
