import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Paper,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { EscalationEntry } from '../../../shared/api/escalations';
import { formatUkDateTime, parseUkDateTime } from '../../../shared/time/london';
import { ApiCallError, call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { useNow } from '../app/status';
import { DateTimeField } from '../components/DateTimeField';
import { ExportButton } from '../components/ExportButton';

type Values = Record<string, string>;
interface FieldSpec {
  key: string;
  label: string;
  kind: 'text' | 'when';
  multiline?: boolean;
}

/** One small dialog for both the hand entry and the outcome: fields by spec, the backend's field message shown. */
export function EntryDialog({
  title,
  fields,
  initial,
  onSave,
  onClose,
}: {
  title: string;
  fields: FieldSpec[];
  initial: Values;
  onSave: (v: Values) => Promise<void>;
  onClose: () => void;
}) {
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Values>({});
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const next: Values = {};
    for (const f of fields)
      if (f.kind === 'when' && values[f.key]?.trim()) {
        const p = parseUkDateTime(values[f.key] ?? '');
        if (!p.ok) next[f.key] = `${f.label} ${p.message}`;
      }
    setErrors(next);
    if (Object.keys(next).length) return;
    setBusy(true);
    try {
      await onSave(values);
      onClose();
    } catch (e) {
      const field = e instanceof ApiCallError ? e.error.issues?.[0]?.field : undefined;
      const message = e instanceof Error ? e.message : 'Not saved.';
      setErrors(field && fields.some((f) => f.key === field) ? { [field]: message } : { form: message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={() => !busy && onClose()} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {fields.map((f) =>
            f.kind === 'when' ? (
              <DateTimeField
                key={f.key}
                label={f.label}
                name={f.key}
                value={values[f.key] ?? ''}
                onChange={(v) => setValues({ ...values, [f.key]: v })}
                error={errors[f.key] ?? null}
              />
            ) : (
              <TextField
                key={f.key}
                label={f.label}
                name={f.key}
                value={values[f.key] ?? ''}
                onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
                error={errors[f.key] !== undefined}
                helperText={errors[f.key]}
                multiline={f.multiline}
                minRows={f.multiline ? 2 : undefined}
              />
            ),
          )}
          {errors.form && <Alert severity="error">{errors.form}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export const instant = (text: string | undefined): string | null => {
  const p = parseUkDateTime(text ?? '');
  return text?.trim() && p.ok ? p.iso : null;
};

/**
 * The child's escalation log (W-CP 5.0): each escalation, from whom, to whom, about what, its outcome and when.
 * The protocol's own escalations arrive here when recorded as escalated from Due; others are added by hand.
 */
export function EscalationLog({ childId }: { childId: string }) {
  const q = useQuery('escalations.listForChild', { childId });
  const now = useNow();
  const [adding, setAdding] = useState(false);
  const [outcomeOf, setOutcomeOf] = useState<EscalationEntry | null>(null);
  return (
    <Paper component="section" aria-labelledby="escalations-heading" sx={{ p: 2.5, mt: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <Typography id="escalations-heading" variant="h2" component="h2" sx={{ flexGrow: 1 }}>
          Escalation log
        </Typography>
        <Button variant="outlined" onClick={() => setAdding(true)}>
          Add an escalation
        </Button>
        <ExportButton make={() => call('escalations.export', { childId })}>
          Escalation log to Word
        </ExportButton>
      </Box>
      <Typography color="text.secondary" sx={{ mb: 1.5 }}>
        Escalations and disagreements about this child, and what came of them (W-CP 5.0).
      </Typography>
      {!q.data ? (
        q.error ? (
          <Alert severity="error">The escalation log could not be opened: {q.error}</Alert>
        ) : (
          <Skeleton variant="rectangular" height={80} />
        )
      ) : q.data.length === 0 ? (
        <Typography>No escalations recorded.</Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-label="Escalation log">
            <TableHead>
              <TableRow>
                <TableCell>Escalated</TableCell>
                <TableCell>From and to</TableCell>
                <TableCell>About</TableCell>
                <TableCell>Outcome</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {q.data.map((e) => (
                <TableRow key={e.id} data-testid="escalation-entry">
                  <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                    {formatUkDateTime(e.escalatedAt)}
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>
                    {e.fromWho} to {e.toWho}
                    <Typography variant="body2" color="text.secondary">
                      Recorded by {e.recordedBy}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top', overflowWrap: 'anywhere' }}>
                    {e.about}
                    {e.section && ` (${e.section})`}
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>
                    {e.outcome ? (
                      <>
                        {e.outcome}
                        <Typography variant="body2" color="text.secondary">
                          {e.outcomeAt && formatUkDateTime(e.outcomeAt)}
                        </Typography>
                      </>
                    ) : (
                      <Button size="small" onClick={() => setOutcomeOf(e)}>
                        Record outcome
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {adding && (
        <EntryDialog
          title="Add an escalation"
          fields={[
            { key: 'fromWho', label: 'Escalated by', kind: 'text' },
            { key: 'toWho', label: 'Escalated to', kind: 'text' },
            { key: 'about', label: 'About', kind: 'text', multiline: true },
            { key: 'escalatedAt', label: 'Escalated on', kind: 'when' },
          ]}
          initial={{ escalatedAt: formatUkDateTime(now) }}
          onClose={() => setAdding(false)}
          onSave={async (v) => {
            await call('escalations.add', {
              childId,
              fromWho: v.fromWho ?? '',
              toWho: v.toWho ?? '',
              about: v.about ?? '',
              escalatedAt: instant(v.escalatedAt) ?? '',
            });
          }}
        />
      )}
      {outcomeOf && (
        <EntryDialog
          title="Record the outcome"
          fields={[
            { key: 'outcome', label: 'Outcome', kind: 'text', multiline: true },
            { key: 'outcomeAt', label: 'Outcome on', kind: 'when' },
          ]}
          initial={{ outcomeAt: formatUkDateTime(now) }}
          onClose={() => setOutcomeOf(null)}
          onSave={async (v) => {
            await call('escalations.update', {
              id: outcomeOf.id,
              baseRevision: outcomeOf.revision,
              outcome: v.outcome ?? '',
              outcomeAt: instant(v.outcomeAt),
            });
          }}
        />
      )}
    </Paper>
  );
}
