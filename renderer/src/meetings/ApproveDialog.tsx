import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useState } from 'react';
import { ApiCallError, call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { useWhoAmI } from '../signIn/access';
import { approverErrors, approverKnown, ApproverQuestion, type ApproverFields } from './Approver';
import { GapsList } from './GapsList';
import type { Gap } from './meetingGaps';

interface Props {
  /** Still empty or typed and not added: listed, and the button says the chair approves anyway. */
  gaps: readonly Gap[];
  chairName: string | null;
  /** Named invitees whose attendance is not recorded: approval waits for it (the minutes print each one's). */
  unrecordedAttendance: readonly string[];
  onCancel: () => void;
  /** Resolves to the reason it failed, or null when approved. */
  onApprove: () => Promise<string | null>;
}

/** Approving is the one step that cannot be undone: say what it does before it is done. */
export function ApproveDialog({ gaps, chairName, unrecordedAttendance, onCancel, onApprove }: Props) {
  const attendanceFirst = unrecordedAttendance.length > 0;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const me = useWhoAmI();
  const settings = useQuery('settings.get', {});
  const known = approverKnown(me, settings.data);
  // Asked only when this computer does not know who its user is yet; what it knows is filled in.
  const [asked, setAsked] = useState<ApproverFields | null>(null);
  const askFor =
    !known && settings.data
      ? (asked ?? { name: settings.data.displayName ?? '', role: settings.data.displayRole ?? '' })
      : null;
  const [tried, setTried] = useState(false);
  const errors = askFor && tried ? approverErrors(askFor) : {};
  const approve = async (): Promise<string | null> => {
    if (askFor) {
      setTried(true);
      if (Object.keys(approverErrors(askFor)).length > 0) return null;
      try {
        await call('settings.update', { displayName: askFor.name.trim(), displayRole: askFor.role.trim() });
      } catch (e) {
        return e instanceof ApiCallError ? e.message : 'Your name and role could not be saved.';
      }
    }
    return onApprove();
  };
  return (
    <Dialog
      open
      onClose={busy ? undefined : onCancel}
      maxWidth="sm"
      fullWidth
      aria-labelledby="approve-title"
    >
      <DialogTitle id="approve-title">Approve the minutes?</DialogTitle>
      {/* Focusable: a long list of what is not done scrolls, and a keyboard user must be able to scroll it (WCAG 2.1.1). */}
      <DialogContent
        dividers
        tabIndex={0}
        aria-label="Approving the minutes: what it means and what is not done yet"
      >
        {gaps.length > 0 && (
          <GapsList
            gaps={gaps}
            intro="Not done yet: what was typed and not added is discarded when the minutes are approved"
          />
        )}
        <Typography sx={{ mb: 1.5 }}>
          Approving locks the minutes as the record of this meeting. After that, a correction is recorded as
          an amendment, with its reason, and the approved text stays readable beside it.
        </Typography>
        <Typography sx={{ mb: 1.5 }}>
          The actions stay open for tracking: they can still be marked done or dropped.
        </Typography>
        {chairName ? (
          <Typography>
            Chair: <strong>{chairName}</strong>.{' '}
            {known ? (
              <>
                The minutes will say: approved by <strong>{known}</strong>, now.
              </>
            ) : (
              'The minutes will say who approved them, with their role, and when.'
            )}
          </Typography>
        ) : (
          <Alert severity="warning">
            Name the chair first (Edit details): approved minutes say who chaired.
          </Alert>
        )}
        {askFor && <ApproverQuestion value={askFor} onChange={setAsked} errors={errors} disabled={busy} />}
        {attendanceFirst && (
          <Alert severity="warning" sx={{ mt: 2 }} data-testid="attendance-first">
            Record attendance first (Attendance tab: attended, apologies, declined or no response) for{' '}
            {unrecordedAttendance.join(', ')}. Approved minutes print each person’s attendance.
          </Alert>
        )}
        {problem && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {problem}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button
          variant="contained"
          color="success"
          disabled={busy || !chairName || attendanceFirst || (!known && !settings.data)}
          onClick={() => {
            setBusy(true);
            setProblem(null);
            void approve().then((reason) => {
              setBusy(false);
              setProblem(reason);
            });
          }}
        >
          {busy
            ? 'Approving…'
            : gaps.length > 0
              ? 'Approve anyway and lock the minutes'
              : 'Approve and lock the minutes'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
