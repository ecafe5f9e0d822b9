import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { PhilomenaIncident } from '../../../shared/api/philomena';
import type { Episode } from '../../../shared/domain/episode';
import { PART3_CHECK_LABELS, type Part3CheckCode } from '../../../shared/domain/philomena';
import { formatLongDateTime, formatUkDateTime, parseUkDateTime } from '../../../shared/time/london';
import { call } from '../api/client';
import { DateTimeField } from '../components/DateTimeField';
import { draftKey, part3FormSchema, useStoredDraft, type Part3Form } from './drafts';
import { saveProblems } from './fieldErrors';

const formOf = (i: PhilomenaIncident): Part3Form => ({
  lastSeenAt: i.part3.lastSeenAt ? formatUkDateTime(i.part3.lastSeenAt) : '',
  lastSeenWhere: i.part3.lastSeenWhere,
  clothing: i.part3.clothing,
  mayBeWith: i.part3.mayBeWith,
  checks: i.part3.checks.map((c) => ({ ...c, at: c.at ? formatUkDateTime(c.at) : '' })),
});

const LABELS: Record<string, string> = {
  'part3.lastSeenAt': 'Last seen',
  'part3.lastSeenWhere': 'Last seen where',
  'part3.clothing': 'Clothing',
  'part3.mayBeWith': 'May be with',
};

/** The times typed, read as London time; a time that does not read is named at its field and nothing is sent. */
function parsed(form: Part3Form) {
  const errors: Record<string, string> = {};
  const instant = (text: string, field: string, label: string): string | null => {
    if (!text.trim()) return null;
    const r = parseUkDateTime(text);
    if (r.ok) return r.iso;
    errors[field] = `${label} ${r.message}.`;
    return null;
  };
  const part3 = {
    lastSeenAt: instant(form.lastSeenAt, 'part3.lastSeenAt', 'Last seen'),
    lastSeenWhere: form.lastSeenWhere,
    clothing: form.clothing,
    mayBeWith: form.mayBeWith,
    checks: form.checks.map((c, i) => ({
      code: c.code as Part3CheckCode,
      done: c.done,
      by: c.by,
      at: instant(c.at, `part3.checks.${i}.at`, 'When'),
      findings: c.findings,
    })),
  };
  return { part3, errors };
}

interface Props {
  episode: Episode;
  incident: PhilomenaIncident;
  onClose: () => void;
}

/** Part 3, the missing person incident form: what was checked, by whom and when; last seen, clothing, companions. */
export function Part3Dialog({ episode, incident, onClose }: Props) {
  const draft = useStoredDraft(draftKey('part3', episode.id), part3FormSchema, formOf(incident));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = draft.value;
  const setCheck = (i: number, patch: Partial<Part3Form['checks'][number]>) =>
    draft.set({ ...form, checks: form.checks.map((c, j) => (j === i ? { ...c, ...patch } : c)) });

  const save = async () => {
    const { part3, errors: typed } = parsed(form);
    if (Object.keys(typed).length > 0) {
      setErrors(typed);
      setSummary(Object.values(typed)[0] ?? null);
      return;
    }
    setBusy(true);
    try {
      await call('philomena.saveIncident', { episodeId: episode.id, part3 });
      draft.clear();
      onClose();
    } catch (e) {
      const p = saveProblems(e, (f) => LABELS[f] ?? f);
      setErrors(p.byField);
      setSummary(p.summary);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="part3-title">
      <DialogTitle id="part3-title">
        Philomena Part 3: missing since {formatLongDateTime(episode.reportedAt)}
      </DialogTitle>
      <DialogContent dividers>
        <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, mb: 2 }}>
          <DateTimeField
            label="Last seen"
            value={form.lastSeenAt}
            onChange={(lastSeenAt) => draft.set({ ...form, lastSeenAt })}
            error={errors['part3.lastSeenAt']}
          />
          <TextField
            size="small"
            label="Last seen where"
            value={form.lastSeenWhere}
            onChange={(e) => draft.set({ ...form, lastSeenWhere: e.target.value })}
            error={Boolean(errors['part3.lastSeenWhere'])}
            helperText={errors['part3.lastSeenWhere']}
          />
          <TextField
            size="small"
            multiline
            minRows={2}
            label="Clothing"
            value={form.clothing}
            onChange={(e) => draft.set({ ...form, clothing: e.target.value })}
            error={Boolean(errors['part3.clothing'])}
            helperText={errors['part3.clothing'] ?? 'What they were wearing and carrying'}
          />
          <TextField
            size="small"
            multiline
            minRows={2}
            label="May be with"
            value={form.mayBeWith}
            onChange={(e) => draft.set({ ...form, mayBeWith: e.target.value })}
            error={Boolean(errors['part3.mayBeWith'])}
            helperText={errors['part3.mayBeWith']}
          />
        </Box>
        <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
          Checks made
        </Typography>
        {form.checks.map((c, i) => {
          const label = PART3_CHECK_LABELS[c.code as Part3CheckCode] ?? c.code;
          const err = (f: string) => errors[`part3.checks.${i}.${f}`];
          return (
            <Box
              key={c.code}
              component="fieldset"
              data-testid={`check-${c.code}`}
              sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, mb: 1.5, mx: 0 }}
            >
              <Typography component="legend" sx={{ px: 0.5, fontWeight: 600 }}>
                {label}
              </Typography>
              <FormControlLabel
                control={
                  <Checkbox checked={c.done} onChange={(e) => setCheck(i, { done: e.target.checked })} />
                }
                label="Done"
              />
              <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 2fr' } }}>
                <TextField
                  size="small"
                  label={`${label}: by`}
                  value={c.by}
                  onChange={(e) => setCheck(i, { by: e.target.value })}
                  error={Boolean(err('by'))}
                  helperText={err('by')}
                />
                <DateTimeField
                  label={`${label}: when`}
                  value={c.at}
                  onChange={(at) => setCheck(i, { at })}
                  error={err('at')}
                />
                <TextField
                  size="small"
                  label={`${label}: what was found`}
                  value={c.findings}
                  onChange={(e) => setCheck(i, { findings: e.target.value })}
                  error={Boolean(err('findings'))}
                  helperText={err('findings')}
                />
              </Box>
            </Box>
          );
        })}
        {summary && (
          <Alert severity="error" sx={{ mt: 1 }}>
            Not saved. {summary}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        {draft.unsaved && (
          <Typography role="status" color="warning.main" sx={{ mr: 'auto', fontWeight: 600 }}>
            Not saved yet (kept on this computer)
          </Typography>
        )}
        <Button onClick={onClose}>Close</Button>
        <Button variant="contained" disabled={busy} onClick={() => void save()}>
          {busy ? 'Saving…' : 'Save Part 3'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
