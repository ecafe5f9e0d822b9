import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import type { Settings } from '../../../shared/api/app';
import { ApiCallError, call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { FilePickerButton } from '../components/FilePickerButton';
import { SettingsSection } from './SettingsSection';
import { useSaveSettings } from './useSettingsForm';

export function DocumentsSettings() {
  const q = useQuery('settings.get', {});
  return (
    <SettingsSection
      title="Documents"
      intro="How exported minutes, action plans and chronologies are headed. A council letterhead (.docx) replaces the built-in heading: it must contain {{body}}, {{marking}} and {{page}} placeholders, and may contain {{title}}."
    >
      {q.data && (
        <IssuerForm
          key={`${q.data.organisation}|${q.data.service}`}
          settings={q.data}
          onSaved={() => undefined}
        />
      )}
      {q.data && <LetterheadForm fileName={q.data.letterheadFileName} onChanged={() => undefined} />}
    </SettingsSection>
  );
}

function IssuerForm({ settings, onSaved }: { settings: Settings; onSaved: () => void }) {
  const [organisation, setOrganisation] = useState(settings.organisation ?? '');
  const [service, setService] = useState(settings.service ?? '');
  const s = useSaveSettings(onSaved);
  return (
    <Box
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        void s.save({ organisation: organisation.trim() || null, service: service.trim() || null });
      }}
      sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap', mb: 3 }}
    >
      <TextField
        label="Organisation"
        value={organisation}
        onChange={(e) => setOrganisation(e.target.value)}
        size="small"
        sx={{ minWidth: { sm: 300 }, maxWidth: '100%' }}
        helperText="e.g. Exampleshire County Council"
      />
      <TextField
        label="Service"
        value={service}
        onChange={(e) => setService(e.target.value)}
        size="small"
        sx={{ minWidth: { sm: 300 }, maxWidth: '100%' }}
        helperText="e.g. Children’s Services, Missing Team"
      />
      <Button type="submit" variant="contained" disabled={s.busy}>
        Save heading
      </Button>
      {s.message && (
        <Alert severity={s.ok ? 'success' : 'error'} sx={{ py: 0 }}>
          {s.message}
        </Alert>
      )}
    </Box>
  );
}

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

function LetterheadForm({ fileName, onChanged }: { fileName: string | null; onChanged: () => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      await call('settings.setLetterhead', { fileName: file.name, base64: await toBase64(file) });
      setMessage({ ok: true, text: `Letterhead ${file.name} will be used for every export.` });
      onChanged();
    } catch (error) {
      setMessage({
        ok: false,
        text: error instanceof ApiCallError ? error.message : 'The letterhead could not be read.',
      });
    }
  };
  return (
    <Stack spacing={1.5}>
      <Typography>
        Letterhead: <strong>{fileName ?? 'none (built-in layout)'}</strong>
      </Typography>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <FilePickerButton accept=".docx" inputLabel="Letterhead file" onFile={(e) => void upload(e)}>
          Choose letterhead (.docx)…
        </FilePickerButton>
        {fileName && (
          <Button
            color="warning"
            onClick={() =>
              void call('settings.clearLetterhead', {}).then(() => {
                setMessage({ ok: true, text: 'Back to the built-in layout.' });
                onChanged();
              })
            }
          >
            Use the built-in layout
          </Button>
        )}
      </Box>
      {message && <Alert severity={message.ok ? 'success' : 'error'}>{message.text}</Alert>}
    </Stack>
  );
}
