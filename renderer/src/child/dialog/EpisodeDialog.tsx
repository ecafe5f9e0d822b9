import {
  Alert,
  AlertTitle,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { Episode } from '../../../../shared/domain/episode';
import { formatUkDateTime } from '../../../../shared/time/london';
import { ApiCallError, call } from '../../api/client';
import { ConflictNotice, type ConflictField } from '../../conflict/ConflictNotice';
import { DiscardChangesDialog } from './DiscardChangesDialog';
import { EpisodeBasicsFields } from './EpisodeBasicsFields';
import {
  draftFromEpisode,
  draftToInput,
  emptyDraft,
  FIELD_LABELS,
  issuesToErrors,
  withoutErrors,
  type EpisodeDraft,
  type FieldErrors,
  type SetField,
  type SetInterviewField,
} from './episodeForm';
import { RiskCell } from '../table/RiskCell';
import { FactorsEditor } from './FactorsEditor';
import { GradingWarnings } from './GradingWarnings';
import { ReturnFields } from './ReturnFields';
import { ReturnInterviewFields } from './ReturnInterviewFields';

interface Props {
  childId: string;
  /** The episode to edit, or null to add one. */
  episode: Episode | null;
  onClose: () => void;
  onSaved: (episode: Episode) => void;
}

interface Problem {
  message: string;
  more: string[];
}

const FORM_ID = 'episode-form';

/** A draft as the conflict notice compares it: each labelled field's text, the factors as their codes. */
function flatDraft(d: EpisodeDraft): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const key of Object.keys(FIELD_LABELS)) {
    const [top, sub] = key.split('.') as [keyof EpisodeDraft, string | undefined];
    const value: unknown = sub ? (d[top] as unknown as Record<string, unknown>)[sub] : d[top];
    flat[key] = typeof value === 'string' ? value : '';
  }
  flat.factors = d.factors.map((f) => `${f.direction} ${f.code}`.trim()).join('; ');
  return flat;
}

function differences(theirs: EpisodeDraft, mine: EpisodeDraft): ConflictField[] {
  const [a, b] = [flatDraft(theirs), flatDraft(mine)];
  const labels: Record<string, string> = { ...FIELD_LABELS, factors: 'Push and pull factors' };
  return Object.keys(labels)
    .filter((k) => a[k] !== b[k])
    .map((k) => ({ label: labels[k] ?? k, theirs: a[k] ?? '', mine: b[k] ?? '' }));
}

/** Adds or edits an episode. A rejected save keeps every keystroke and marks each field the backend named. */
export function EpisodeDialog({ childId, episode, onClose, onSaved }: Props) {
  const [initial] = useState(() => (episode ? draftFromEpisode(episode) : emptyDraft()));
  const [draft, setDraft] = useState<EpisodeDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  // The saved episode the draft is based on: its revision goes with the save; a conflict moves it to the newer one.
  const [base, setBase] = useState<Episode | null>(episode);
  const [conflict, setConflict] = useState<{ message: string; newer: Episode } | null>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);

  const set: SetField = (key, value) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => withoutErrors(e, key));
  };
  const setInterview: SetInterviewField = (key, value) => {
    setDraft((d) => ({ ...d, returnInterview: { ...d.returnInterview, [key]: value } }));
    setErrors((e) => withoutErrors(e, `returnInterview.${key}`));
  };

  const requestClose = () => {
    if (busy) return;
    if (dirty) setConfirmDiscard(true);
    else onClose();
  };

  const save = async () => {
    const result = draftToInput(draft, childId);
    if (!result.ok) {
      setErrors(result.errors);
      setProblem({
        message: result.messages[0] ?? 'Check the highlighted fields.',
        more: result.messages.slice(1),
      });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const saved = base
        ? await call('episodes.update', {
            id: base.id,
            baseRevision: base.revision,
            episode: result.input,
          })
        : await call('episodes.create', result.input);
      onSaved(saved);
    } catch (e) {
      if (base && e instanceof ApiCallError && e.error.issues?.some((i) => i.field === 'baseRevision')) {
        // Someone saved this episode first: the draft stays as typed; the newer episode is shown to choose from.
        const record = await call('children.get', { id: childId }).catch(() => null);
        const newer = record?.episodes.find((x) => x.id === base.id);
        if (newer) {
          setConflict({ message: e.message, newer });
          setProblem(null);
          setBusy(false);
          return;
        }
      }
      const error = e instanceof ApiCallError ? e.error : { message: (e as Error).message, issues: [] };
      const issues = error.issues ?? [];
      setErrors(issuesToErrors(issues));
      setProblem({
        message: error.message,
        more: issues.map((i) => i.message).filter((m) => m !== error.message && /^[A-Z]/.test(m)),
      });
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      onClose={requestClose}
      maxWidth="md"
      fullWidth
      scroll="paper"
      aria-labelledby="episode-dialog-title"
    >
      <DialogTitle id="episode-dialog-title">
        {episode ? `Edit episode of ${formatUkDateTime(episode.reportedAt)}` : 'Add episode'}
      </DialogTitle>
      {conflict && (
        <Box sx={{ px: 3, pb: 1 }}>
          <ConflictNotice
            message={conflict.message}
            fields={differences(draftFromEpisode(conflict.newer), draft)}
            onUseTheirs={() => {
              setDraft(draftFromEpisode(conflict.newer));
              setBase(conflict.newer);
              setErrors({});
              setConflict(null);
            }}
            onKeepMine={() => {
              // The next save is based on the newer episode, so it replaces theirs knowingly.
              setBase(conflict.newer);
              setConflict(null);
            }}
          />
        </Box>
      )}
      {problem && (
        <Box sx={{ px: 3, pb: 1 }}>
          <Alert severity="error" data-testid="episode-save-error">
            <AlertTitle sx={{ mb: problem.more.length ? 0.5 : 0 }}>{problem.message}</AlertTitle>
            {problem.more.length > 0 && (
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {problem.more.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </Box>
            )}
          </Alert>
        </Box>
      )}
      <DialogContent dividers>
        <Box
          component="form"
          id={FORM_ID}
          noValidate
          onSubmit={(e) => {
            // Enter in a field saves; on failure everything typed stays where it was.
            e.preventDefault();
            void save();
          }}
        >
          <EpisodeBasicsFields draft={draft} errors={errors} set={set} />
          <GradingWarnings childId={childId} draft={draft} />
          {episode && episode.policeGradings.length > 1 && (
            <Box sx={{ mb: 2 }} data-testid="episode-grading-history">
              <Typography variant="subtitle2" component="h3">
                Police grading history
              </Typography>
              <RiskCell episode={episode} />
            </Box>
          )}
          <ReturnFields draft={draft} errors={errors} set={set} />
          <ReturnInterviewFields interview={draft.returnInterview} errors={errors} set={setInterview} />
          <FactorsEditor
            factors={draft.factors}
            errors={errors}
            onChange={(factors, touched) => {
              setDraft((d) => ({ ...d, factors }));
              if (touched) setErrors((e) => withoutErrors(e, touched));
            }}
          />
          <TextField
            label="Notes"
            name="notes"
            multiline
            minRows={3}
            fullWidth
            value={draft.notes}
            onChange={(e) => set('notes', e.target.value)}
            error={Boolean(errors.notes)}
            helperText={errors.notes}
          />
        </Box>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={requestClose} disabled={busy}>
          Cancel
        </Button>
        <Button
          type="submit"
          form={FORM_ID}
          variant="contained"
          disabled={busy}
          startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          Save episode
        </Button>
      </DialogActions>
      <DiscardChangesDialog
        open={confirmDiscard}
        onKeep={() => setConfirmDiscard(false)}
        onDiscard={onClose}
      />
    </Dialog>
  );
}
