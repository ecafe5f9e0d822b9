import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import type { FieldIssue } from '../../../shared/api';
import { ApiCallError, call } from '../api/client';

interface Props {
  sourceId: string;
  /** Duplicate: a new profile from this one; else edit this (council's own) profile. */
  duplicate: boolean;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/**
 * The profile as JSON, checked in full by the backend's schema; every problem is listed by its path
 * (e.g. profile.stages.0.threshold). Each rule keeps its `source` so the protocol section stays visible.
 */
export function ProfileEditor({ sourceId, duplicate, onClose, onSaved }: Props) {
  const [text, setText] = useState<string | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('protocol.getProfile', { id: sourceId }).then(
      (p) => {
        const copy = duplicate
          ? { ...p, id: `${p.id}-copy`, name: `${p.name} (copy)`, council: 'Your council' }
          : p;
        setText(JSON.stringify(copy, null, 2));
      },
      (e: Error) => setError(e.message),
    );
  }, [sourceId, duplicate]);

  const save = async () => {
    setIssues([]);
    setError(null);
    let profile: Record<string, unknown>;
    try {
      profile = JSON.parse(text ?? '') as Record<string, unknown>;
    } catch (e) {
      setError(
        `The profile is not valid JSON: ${e instanceof Error ? e.message : 'check the brackets and commas'}.`,
      );
      return;
    }
    try {
      const saved = await call('protocol.saveProfile', { profile });
      onSaved(saved.name);
    } catch (e) {
      if (e instanceof ApiCallError) {
        setError(e.message);
        setIssues(e.error.issues ?? []);
      } else setError('The profile could not be saved.');
    }
  };

  return (
    <Dialog open fullWidth maxWidth="md" onClose={onClose} aria-labelledby="profile-editor-title">
      <DialogTitle id="profile-editor-title">
        {duplicate ? 'Duplicate a protocol profile' : 'Edit a protocol profile'}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            Change the id, name and council, then the thresholds, window, chairs and clocks. Nothing is saved
            until the whole profile passes the checks.
          </Typography>
          {error && (
            <Alert severity="error">
              {error}
              {issues.length > 1 && (
                <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                  {issues.slice(0, 10).map((i) => (
                    <li key={`${i.field}${i.message}`}>
                      {i.field}: {i.message}
                    </li>
                  ))}
                </ul>
              )}
            </Alert>
          )}
          {text !== null && (
            <TextField
              label="Profile (JSON)"
              value={text}
              onChange={(e) => setText(e.target.value)}
              multiline
              minRows={18}
              maxRows={28}
              slotProps={{
                htmlInput: {
                  spellCheck: false,
                  style: { fontFamily: 'Consolas, "Liberation Mono", monospace', fontSize: 13 },
                },
              }}
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={() => void save()} disabled={text === null}>
          Save profile
        </Button>
      </DialogActions>
    </Dialog>
  );
}
