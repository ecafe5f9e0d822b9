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
import { DiscardChangesDialog } from './DiscardChangesDialog';
import { EpisodeBasicsFields } from './EpisodeBasicsFields';
import {
  draftFromEpisode,
  draftToInput,
  emptyDraft,
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

/** Adds or edits an episode. A rejected save keeps every keystroke and marks each field the backend named. */
export function EpisodeDialog({ childId, episode, onClose, onSaved }: Props) {
  const [initial] = useState(() => (episode ? draftFromEpisode(episode) : emptyDraft()));
  const [draft, setDraft] = useState<EpisodeDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
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
      const saved = episode
        ? await call('episodes.update', { id: episode.id, episode: result.input })
        : await call('episodes.create', result.input);
      onSaved(saved);
    } catch (e) {
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
