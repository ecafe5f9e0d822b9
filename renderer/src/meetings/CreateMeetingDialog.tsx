import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { MEETING_KINDS, STAGE_LABELS, STAGE_LEVELS, type MeetingKind } from '../../../shared/domain/meeting';
import { KIND_RULES } from '../../../shared/meetings/kinds';
import { ApiCallError, call } from '../api/client';
import { navigate } from '../app/router';
import { useNow } from '../app/status';
import { SelectField } from '../child/dialog/SelectField';
import { issuesToErrors, parseDetails, type DetailsDraft, type DetailsErrors } from './detailsForm';
import { MeetingDetailsFields } from './MeetingDetailsFields';
import { formatDeadline, meetingTitle, nextQuarterHour } from './meetingText';
import type { MeetingPrefill } from './prefill';

interface Props {
  prefill: MeetingPrefill;
  /** Arranged by hand from the child's page: the kind and stage are chosen here, not given by a due item. */
  chooseKind?: boolean;
  onClose: () => void;
}

const KIND_OPTIONS = MEETING_KINDS.map((k) => ({ value: k, label: KIND_RULES[k].label }));
const STAGE_OPTIONS = STAGE_LEVELS.map((s) => ({ value: String(s), label: STAGE_LABELS[s] ?? String(s) }));

/**
 * Arranges a meeting: what the protocol requires comes filled in (kind, stage, child, chair's role, reason and
 * deadline); the chair confirms when and where and who chairs and takes the minutes. Opens the meeting when made.
 */
export function CreateMeetingDialog({ prefill, chooseKind = false, onClose }: Props) {
  const now = useNow();
  const [kind, setKind] = useState<MeetingKind>(prefill.kind);
  const [stage, setStage] = useState<string>(String(prefill.stageLevel ?? 1));
  const [draft, setDraft] = useState<DetailsDraft>(() => ({
    scheduledAt: nextQuarterHour(now),
    venue: '',
    chairRole: prefill.chairRole,
    chairName: '',
    minuteTaker: '',
    reason: prefill.reason,
  }));
  const [errors, setErrors] = useState<DetailsErrors>({});
  const [busy, setBusy] = useState(false);

  const stageLevel = KIND_RULES[kind].staged ? Number(stage) : null;
  // The deadline and the triggering episodes belong to the requirement: a different kind or stage is another meeting.
  const asRequired = kind === prefill.kind && stageLevel === prefill.stageLevel;
  const title = meetingTitle(kind, stageLevel);
  const childNames = prefill.children.map((c) => c.name).join(', ');

  const submit = async () => {
    const parsed = parseDetails(draft);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setBusy(true);
    try {
      const record = await call('meetings.create', {
        kind,
        stageLevel,
        childIds: prefill.children.map((c) => c.id),
        ...parsed.value,
        dueBy: asRequired ? prefill.dueBy : null,
        trigger: asRequired ? prefill.trigger : [],
      });
      navigate({ name: 'meeting', id: record.meeting.id });
    } catch (e) {
      setErrors(
        e instanceof ApiCallError
          ? issuesToErrors(e.error.issues, e.error.message)
          : { general: 'The meeting could not be created.' },
      );
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      maxWidth="md"
      fullWidth
      aria-labelledby="create-meeting-title"
    >
      <DialogTitle id="create-meeting-title">
        Create meeting: {title}
        <Typography component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: '1rem' }}>
          for {childNames}
        </Typography>
      </DialogTitle>
      <DialogContent dividers>
        <Box
          component="form"
          id="create-meeting-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {chooseKind ? (
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr' }, gap: 2, mb: 2 }}>
              <SelectField
                label="Kind of meeting"
                value={kind}
                options={KIND_OPTIONS}
                onChange={(v) => v && setKind(v)}
                required
              />
              {KIND_RULES[kind].staged && (
                <SelectField
                  label="Stage"
                  value={stage}
                  options={STAGE_OPTIONS}
                  onChange={(v) => v && setStage(v)}
                  required
                />
              )}
            </Box>
          ) : null}
          {asRequired && (
            <Box
              sx={{ mb: 2, p: 1.5, bgcolor: 'action.hover', borderRadius: 1, display: 'grid', gap: 0.5 }}
              data-testid="create-meeting-requirement"
            >
              <Typography>
                <strong>Deadline:</strong> {formatDeadline(prefill.dueBy)}
              </Typography>
              {prefill.trigger.length > 0 && (
                <Typography variant="body2" color="text.secondary">
                  Called by {prefill.trigger.length} episode{prefill.trigger.length === 1 ? '' : 's'}; the
                  meeting pack looks back over them.
                </Typography>
              )}
            </Box>
          )}
          <MeetingDetailsFields
            draft={draft}
            errors={errors}
            protocolChair={asRequired ? prefill.chairRole : null}
            onChange={(key, value) => {
              setDraft((d) => ({ ...d, [key]: value }));
              setErrors(({ [key]: _gone, general: _general, ...rest }) => rest);
            }}
          />
          {errors.general && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {errors.general}
            </Alert>
          )}
        </Box>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" form="create-meeting-form" variant="contained" disabled={busy}>
          {busy ? 'Creating…' : 'Create meeting'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
