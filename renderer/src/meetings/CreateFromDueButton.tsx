import { Button, Tooltip } from '@mui/material';
import { useState } from 'react';
import type { DueItem } from '../../../shared/protocol';
import { call } from '../api/client';
import { CreateMeetingDialog } from './CreateMeetingDialog';
import { prefillFromRequirement, requirementFor, type MeetingPrefill } from './prefill';

/**
 * "Create meeting" on a Due row. The row names the requirement in words; the child's evaluation gives its kind and
 * stage, so it is read when the button is pressed (and is current then, not when the list loaded).
 */
export function CreateFromDueButton({ item }: { item: DueItem }) {
  const [prefill, setPrefill] = useState<MeetingPrefill | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const open = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const { evaluation } = await call('protocol.child', { childId: item.childId });
      const required = requirementFor(item, evaluation.meetings);
      const p = required && prefillFromRequirement(item, required);
      if (p) setPrefill(p);
      else setProblem('This meeting is no longer required: reload the Due screen.');
    } catch (e) {
      setProblem(e instanceof Error ? e.message : 'The protocol could not be read.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Tooltip title={problem ?? ''} open={problem !== null} onClose={() => setProblem(null)} arrow>
        <Button
          size="small"
          variant="outlined"
          disabled={busy}
          onClick={() => void open()}
          aria-label={`Create meeting: ${item.what} for ${item.childName}`}
          sx={{ whiteSpace: 'nowrap' }}
        >
          {busy ? 'Opening…' : 'Create meeting'}
        </Button>
      </Tooltip>
      {prefill && <CreateMeetingDialog prefill={prefill} onClose={() => setPrefill(null)} />}
    </>
  );
}
