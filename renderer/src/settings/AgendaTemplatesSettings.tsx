import { Alert, Box, FormControl, InputLabel, MenuItem, Select } from '@mui/material';
import { useState } from 'react';
import { useQuery } from '../api/useQuery';
import { AgendaTemplateEditor } from './AgendaTemplateEditor';
import { SettingsSection } from './SettingsSection';

/** The agendas meetings start from, taken from the protocols; editing one changes only meetings created later. */
export function AgendaTemplatesSettings() {
  const q = useQuery('agendaTemplates.list', {});
  const [kind, setKind] = useState<string>('mim');
  const template = q.data?.find((t) => t.kind === kind);
  return (
    <SettingsSection
      title="Agenda templates"
      intro="Each kind of meeting starts from this agenda, drawn from the protocols (each item keeps its section reference). Changing a template does not change meetings already created."
    >
      {q.error && <Alert severity="error">{q.error}</Alert>}
      {q.data && (
        <Box>
          <FormControl size="small" sx={{ minWidth: { xs: '100%', sm: 360 }, mb: 2 }}>
            <InputLabel id="template-kind">Meeting</InputLabel>
            <Select
              labelId="template-kind"
              label="Meeting"
              value={kind}
              onChange={(e) => setKind(e.target.value)}
            >
              {q.data.map((t) => (
                <MenuItem key={t.kind} value={t.kind}>
                  {t.label}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          {template && (
            <AgendaTemplateEditor
              key={`${template.kind}-${template.revision}`}
              template={template}
              onSaved={() => undefined}
            />
          )}
        </Box>
      )}
    </SettingsSection>
  );
}
