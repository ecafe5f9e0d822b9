import { Button, Tooltip } from '@mui/material';
import { useState } from 'react';
import { formatUkDateTime } from '../../../shared/time/london';
import { call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { useMeeting } from '../meetings/meetingContext';
import { EntryDialog, instant } from './EscalationLog';

/**
 * EM: "where the minutes are not received this will be escalated". Where a child's protocol tracks the host
 * authority's copy of the minutes, the held meeting records when they were sent, to whom, and when received; until
 * then the escalation steps show on Due. Nothing is shown where no protocol asks for it.
 */
export function HostMinutesButton() {
  const { record } = useMeeting();
  const meeting = record.meeting;
  const held = meeting.status === 'concluded' || meeting.status === 'approved';
  const q = useQuery('escalations.hostMinutes', { meetingId: meeting.id });
  const [open, setOpen] = useState(false);
  if (!held || !q.data?.rule) return null;
  const r = q.data.record;
  const label =
    r?.receivedAt != null
      ? `Host authority received the minutes ${formatUkDateTime(r.receivedAt)}`
      : r?.sentAt != null
        ? `Minutes sent to the host authority ${formatUkDateTime(r.sentAt)}: record when received`
        : 'Record the minutes sent to the host authority';
  return (
    <>
      <Tooltip title={`${q.data.rule.quote} (${q.data.rule.source})`}>
        <Button size="small" variant="outlined" onClick={() => setOpen(true)} data-testid="host-minutes">
          {label}
        </Button>
      </Tooltip>
      {open && (
        <EntryDialog
          title="The host authority’s copy of the minutes"
          fields={[
            { key: 'sentAt', label: 'Sent on', kind: 'when' },
            { key: 'sentTo', label: 'Sent to', kind: 'text' },
            { key: 'receivedAt', label: 'Received on', kind: 'when' },
          ]}
          initial={{
            sentAt: r?.sentAt ? formatUkDateTime(r.sentAt) : '',
            sentTo: r?.sentTo ?? '',
            receivedAt: r?.receivedAt ? formatUkDateTime(r.receivedAt) : '',
          }}
          onSave={async (v) => {
            await call('escalations.saveHostMinutes', {
              meetingId: meeting.id,
              baseRevision: r?.revision ?? null,
              sentAt: instant(v.sentAt),
              sentTo: v.sentTo ?? '',
              receivedAt: instant(v.receivedAt),
            });
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
