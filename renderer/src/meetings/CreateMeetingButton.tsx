import { Button } from '@mui/material';
import { useState } from 'react';
import { call } from '../api/client';
import { CreateMeetingDialog } from './CreateMeetingDialog';
import { prefillFromRequirement, type MeetingPrefill } from './prefill';

interface Props {
  childId: string;
  childName: string;
}

/**
 * Arranges a meeting by hand from the child's page. It starts from what the protocol requires now, when it requires
 * a meeting (so the deadline and triggering episodes are kept), else from the child's stage; the kind can be changed.
 */
export function CreateMeetingButton({ childId, childName }: Props) {
  const [prefill, setPrefill] = useState<MeetingPrefill | null>(null);
  const [busy, setBusy] = useState(false);

  const open = async () => {
    setBusy(true);
    const plain: MeetingPrefill = {
      kind: 'mim',
      stageLevel: 1,
      children: [{ id: childId, name: childName }],
      chairRole: '',
      reason: '',
      dueBy: null,
      trigger: [],
    };
    try {
      const { evaluation } = await call('protocol.child', { childId });
      const first = evaluation.meetings[0];
      const fromRequirement = first ? prefillFromRequirement({ childId, childName }, first) : null;
      const level = evaluation.stage.level;
      setPrefill(
        fromRequirement ?? {
          ...plain,
          stageLevel: level >= 1 && level <= 3 ? level : 1,
          chairRole: evaluation.stage.chair ?? '',
        },
      );
    } catch {
      // The protocol could not be read: arranging a meeting by hand still works, from nothing.
      setPrefill(plain);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="contained" disabled={busy} onClick={() => void open()}>
        {busy ? 'Opening…' : 'Create meeting'}
      </Button>
      {prefill && <CreateMeetingDialog prefill={prefill} chooseKind onClose={() => setPrefill(null)} />}
    </>
  );
}
