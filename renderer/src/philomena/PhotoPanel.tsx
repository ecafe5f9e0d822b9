import { Alert, Box, Button, Typography } from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import type { PhilomenaProfile } from '../../../shared/api/philomena';
import { MAX_PHOTO_BYTES } from '../../../shared/domain/philomena';
import { formatUkDateTime } from '../../../shared/time/london';
import { call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { FilePickerButton } from '../components/FilePickerButton';

const toBase64 = (buffer: ArrayBuffer): string => {
  let binary = '';
  const bytes = new Uint8Array(buffer);
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/** The photograph the police ask for first: stored in the database, shown here from it. */
export function PhotoPanel({ profile, name }: { profile: PhilomenaProfile; name: string }) {
  const photo = useQuery('philomena.photo', { childId: profile.childId });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setProblem(null);
    if (file.size > MAX_PHOTO_BYTES) {
      setProblem(
        `The photograph is ${(file.size / 1048576).toFixed(1)} MB; the largest it can be is 5.0 MB.`,
      );
      return;
    }
    setBusy(true);
    try {
      await call('philomena.setPhoto', {
        childId: profile.childId,
        mimeType: file.type,
        base64: toBase64(await file.arrayBuffer()),
      });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The photograph could not be saved.');
    } finally {
      setBusy(false);
    }
  };

  const shown = photo.data;
  return (
    <Box sx={{ width: { xs: '100%', sm: 200 }, flexShrink: 0 }}>
      <Box
        sx={{
          width: 180,
          height: 240,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          overflow: 'hidden',
          bgcolor: 'grey.100',
          mb: 1,
        }}
      >
        {shown ? (
          <img
            src={`data:${shown.mimeType};base64,${shown.base64}`}
            alt={`Photograph of ${name}`}
            style={{ maxWidth: '100%', maxHeight: '100%' }}
          />
        ) : (
          <Typography color="text.secondary" sx={{ p: 2, textAlign: 'center' }}>
            No photograph held
          </Typography>
        )}
      </Box>
      {profile.photo && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          Uploaded {formatUkDateTime(profile.photo.uploadedAt)}
        </Typography>
      )}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <FilePickerButton
          accept="image/jpeg,image/png"
          inputLabel="Photograph file (JPEG or PNG, up to 5 MB)"
          onFile={(e) => void upload(e)}
          disabled={busy}
        >
          {profile.photo ? 'Replace photograph' : 'Add photograph'}
        </FilePickerButton>
        {profile.photo && (
          <Button
            color="error"
            disabled={busy}
            onClick={() => void call('philomena.removePhoto', { childId: profile.childId })}
          >
            Remove
          </Button>
        )}
      </Box>
      {problem && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {problem}
        </Alert>
      )}
    </Box>
  );
}
