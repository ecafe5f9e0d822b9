import { Alert, Button, Menu, MenuItem, Snackbar } from '@mui/material';
import { useId, useState } from 'react';
import { authoritiesWithSomeChildren, childrenOf } from '../../../shared/exports/extract';
import { call, api } from '../api/client';
import { useMeeting } from './meetingContext';

/**
 * A multi-child meeting's minutes go whole to no authority that placed or hosts only some of the children: each gets
 * its extract, and any one child's extract can be made for that child's file. Shown only when the meeting covers
 * children of more than one authority or more than one child.
 */
export function ExtractMenu() {
  const { record } = useMeeting();
  const meetingId = record.meeting.id;
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (record.children.length < 2) return null;
  const authorities = authoritiesWithSomeChildren(record.children);
  const make = async (input: { authority: string } | { caseReference: string }) => {
    setAnchor(null);
    setBusy(true);
    try {
      const file = await call('exports.minutesExtract', { meetingId, ...input });
      if (await api!.saveFile(file)) setMessage({ ok: true, text: `Saved ${file.fileName}` });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : 'The export failed.' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        variant="outlined"
        size="small"
        disabled={busy}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        {busy ? 'Preparing…' : 'Export an extract (Word)'}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {authorities.map((authority) => {
          const n = childrenOf(record.children, authority).length;
          return (
            <MenuItem key={`a:${authority}`} onClick={() => void make({ authority })}>
              For {authority} ({n} {n === 1 ? 'child' : 'children'})
            </MenuItem>
          );
        })}
        {record.children.map((c) => (
          <MenuItem key={`c:${c.id}`} onClick={() => void make({ caseReference: c.caseReference })}>
            For one child: {c.caseReference}
          </MenuItem>
        ))}
      </Menu>
      <Snackbar open={message !== null} autoHideDuration={6000} onClose={() => setMessage(null)}>
        <Alert severity={message?.ok ? 'success' : 'error'} onClose={() => setMessage(null)} variant="filled">
          {message?.text}
        </Alert>
      </Snackbar>
    </>
  );
}
