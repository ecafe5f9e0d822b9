import { Box, Button, Chip, TableCell, TableRow, TextField } from '@mui/material';
import { useState } from 'react';
import {
  ATTENDANCE_STATUSES,
  ATTENDEE_ROLE_LABELS,
  type AttendanceStatus,
  type Attendee,
  type AttendeeInput,
} from '../../../../shared/domain/meeting';
import { call } from '../../api/client';
import { ConflictNotice, differingFields, isConflict } from '../../conflict/ConflictNotice';
import { useDraft } from '../drafts/useDraft';
import { useMeeting } from '../meetingContext';
import { ATTENDANCE_STATUS_LABELS } from '../meetingText';
import { withAttendees } from '../recordUpdates';

const LABELS = { name: 'Name', agency: 'Agency', status: 'Attendance' } as const;

const readable = (a: { name: string; agency: string; status: AttendanceStatus }) => ({
  name: a.name,
  agency: a.agency,
  status: ATTENDANCE_STATUS_LABELS[a.status],
});

const isStatus = (v: string): v is AttendanceStatus => (ATTENDANCE_STATUSES as readonly string[]).includes(v);

const inputOf = (a: Attendee): AttendeeInput => ({
  name: a.name,
  role: a.role,
  agency: a.agency,
  status: a.status,
  isChair: a.isChair,
  isMinuteTaker: a.isMinuteTaker,
});

/**
 * One invitee. Name and agency save when the field is left; attendance saves when chosen. The row's label names the
 * role, so "Name" and "Attendance" are unambiguous to a screen reader and to the tests.
 */
export function AttendeeRow({ attendee }: { attendee: Attendee }) {
  const { record, update, fail, locked, drafts } = useMeeting();
  const role = ATTENDEE_ROLE_LABELS[attendee.role];
  const stored = { name: attendee.name, agency: attendee.agency };
  const isStored = (d: { name: string; agency: string }) =>
    d.name.trim() === attendee.name && d.agency.trim() === attendee.agency;
  // What is typed is kept in the meeting's drafts until it is saved (on leaving the field), so a reload, a closed
  // window or a crash mid-name brings it back.
  const draft = useDraft(drafts, `attendee:${attendee.id}`, stored, {
    label: `${role}: name or agency typed in Attendance, not saved`,
    order: 200 + record.attendees.findIndex((a) => a.id === attendee.id),
    isClean: isStored,
  });
  const { name, agency } = draft.value;
  const [seen, setSeen] = useState(stored);
  const [busy, setBusy] = useState(false);
  // A save refused because another window saved this row first: the newer row, and the change this one tried.
  const [conflict, setConflict] = useState<{
    message: string;
    newer: Attendee;
    change: Partial<AttendeeInput>;
  } | null>(null);
  // The row as it was when typing into it began: its revision goes with the save, so another window's save landing
  // meanwhile (and refreshing this row) is met as a conflict rather than saved over.
  const [typedOn, setTypedOn] = useState<Attendee | null>(null);
  // Every save answers the whole list, so rows are new objects each time: only a value the server changed (the
  // chair renamed in the details) replaces what is in a field, never text typed into another row, nor text typed
  // into this field and not yet saved (that meets the newer value as a conflict when it is saved).
  if (attendee.name !== seen.name || attendee.agency !== seen.agency) {
    setSeen(stored);
    const next = {
      name: attendee.name !== seen.name && name.trim() === seen.name ? attendee.name : name,
      agency: attendee.agency !== seen.agency && agency.trim() === seen.agency ? attendee.agency : agency,
    };
    if (isStored(next)) draft.reset(next);
    else draft.set(next);
  }
  const typing = () => setTypedOn((t) => t ?? attendee);
  const setName = (v: string) => {
    typing();
    draft.set((d) => ({ ...d, name: v }));
  };
  const setAgency = (v: string) => {
    typing();
    draft.set((d) => ({ ...d, agency: v }));
  };
  const who = attendee.name || role;

  const save = async (change: Partial<AttendeeInput>, on: Attendee = typedOn ?? attendee) => {
    setBusy(true);
    try {
      const attendees = await call('meetings.updateAttendee', {
        meetingId: record.meeting.id,
        attendeeId: attendee.id,
        baseRevision: on.revision,
        // What is in the name and agency fields goes with every change, so a status chosen before a name's save
        // has landed cannot send the old name back.
        attendee: { ...inputOf(on), name: name.trim(), agency: agency.trim(), ...change },
      });
      setConflict(null);
      setTypedOn(null);
      update((r) => withAttendees(r, attendees));
    } catch (e) {
      // Someone saved this row first: what is typed stays in the fields; theirs is shown below to choose from.
      const fresh = isConflict(e)
        ? await call('meetings.get', { meetingId: record.meeting.id }).catch(() => null)
        : null;
      const newer = fresh?.attendees.find((a) => a.id === attendee.id);
      if (isConflict(e) && fresh && newer) setConflict({ message: e.message, newer, change });
      else fail(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    try {
      const attendees = await call('meetings.removeAttendee', {
        meetingId: record.meeting.id,
        attendeeId: attendee.id,
      });
      update((r) => withAttendees(r, attendees));
    } catch (e) {
      fail(e);
      setBusy(false);
    }
  };

  const textField = (label: string, value: string, set: (v: string) => void, key: 'name' | 'agency') => (
    <TextField
      size="small"
      fullWidth
      value={value}
      placeholder={key === 'name' ? 'Name' : 'Agency'}
      disabled={locked}
      onChange={(e) => set(e.target.value)}
      onBlur={() => !conflict && value.trim() !== attendee[key] && void save({ [key]: value.trim() })}
      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.querySelector('input')?.blur()}
      // Typed but not stored (kept as a draft): said under the field, so nobody assumes it went in.
      helperText={
        !locked && !busy && value.trim() !== attendee[key] ? 'Not saved yet: Enter saves it' : undefined
      }
      slotProps={{ htmlInput: { 'aria-label': label, autoComplete: 'off' } }}
    />
  );

  const mine = {
    name: name.trim(),
    agency: agency.trim(),
    status: conflict?.change.status ?? attendee.status,
  };
  const conflictRow = conflict && (
    <TableRow role="row">
      <TableCell role="cell" colSpan={5} sx={{ pt: 0 }}>
        <ConflictNotice
          message={conflict.message}
          fields={differingFields(LABELS, readable(conflict.newer), readable(mine))}
          savesAtOnce
          busy={busy}
          onUseTheirs={() => {
            draft.reset({ name: conflict.newer.name, agency: conflict.newer.agency });
            update((r) =>
              withAttendees(
                r,
                r.attendees.map((a) => (a.id === attendee.id ? conflict.newer : a)),
              ),
            );
            setConflict(null);
            setTypedOn(null);
          }}
          onKeepMine={() => void save(conflict.change, conflict.newer)}
        />
      </TableCell>
    </TableRow>
  );

  return (
    <>
      <TableRow
        role="row"
        data-testid="attendee-row"
        data-role={attendee.role}
        sx={{ '& td': { verticalAlign: 'middle' } }}
      >
        <TableCell role="cell" sx={{ minWidth: 200 }}>
          {textField(`Name: ${role}`, name, setName, 'name')}
        </TableCell>
        <TableCell role="cell">
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <span>{role}</span>
            {attendee.isChair && <Chip size="small" color="primary" label="Chair" />}
            {attendee.isMinuteTaker && <Chip size="small" color="secondary" label="Minute-taker" />}
          </Box>
        </TableCell>
        <TableCell role="cell" sx={{ minWidth: 180 }}>
          {textField(`Agency: ${role}`, agency, setAgency, 'agency')}
        </TableCell>
        <TableCell role="cell">
          <TextField
            select
            size="small"
            value={attendee.status}
            disabled={locked || busy || conflict !== null}
            onChange={(e) => isStatus(e.target.value) && void save({ status: e.target.value })}
            slotProps={{ select: { native: true }, htmlInput: { 'aria-label': `Attendance: ${role}` } }}
            sx={{ minWidth: 130 }}
          >
            {ATTENDANCE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ATTENDANCE_STATUS_LABELS[s]}
              </option>
            ))}
          </TextField>
        </TableCell>
        <TableCell role="cell" align="right">
          {!locked && (
            <Button
              size="small"
              color="inherit"
              disabled={busy}
              onClick={() => void remove()}
              aria-label={`Remove ${who}`}
              sx={{ color: 'text.secondary' }}
            >
              Remove
            </Button>
          )}
        </TableCell>
      </TableRow>
      {conflictRow}
    </>
  );
}
