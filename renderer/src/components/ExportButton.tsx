import { Alert, Button, Snackbar, type ButtonProps } from '@mui/material';
import { useState } from 'react';
import type { FileToSave } from '../../../shared/api';
import { api } from '../api/client';

interface Props extends Omit<ButtonProps, 'onClick'> {
  /** Makes the file (a Word document, a CSV); throws with the backend's message when it cannot. */
  make: () => Promise<FileToSave>;
  /** Checks the form the export depends on first; false stops it (the form names the problem at its field). */
  ready?: () => boolean;
}

/** Exports a file: a save dialog in Electron, a download in browser mode; says when done or why not. */
export function ExportButton({ make, ready, children, ...button }: Props) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    if (ready && !ready()) return;
    setBusy(true);
    try {
      const file = await make();
      const saved = await api!.saveFile(file);
      if (saved) setMessage({ ok: true, text: `Saved ${file.fileName}` });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : 'The export failed.' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="outlined" {...button} disabled={busy || button.disabled} onClick={() => void run()}>
        {busy ? 'Preparing…' : children}
      </Button>
      <Snackbar open={message !== null} autoHideDuration={6000} onClose={() => setMessage(null)}>
        <Alert severity={message?.ok ? 'success' : 'error'} onClose={() => setMessage(null)} variant="filled">
          {message?.text}
        </Alert>
      </Snackbar>
    </>
  );
}
