import { Alert, Box, Button, LinearProgress, Link, Paper, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { RiskAssessment } from '../../../shared/api/riskAssessments';
import { formatLongDateTime, londonToday } from '../../../shared/time/london';
import { ApiCallError, call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { href, navigate, type RiskFormMode } from '../app/router';
import { useNow } from '../app/status';
import { ConflictNotice, isConflict, type ConflictField } from '../conflict/ConflictNotice';
import { draftKey, emptyForm, flatten, fromForm, readDraft, sameForm, toForm, type RaForm } from './raForm';
import { ActionsSection, AgreementsSection, OnReturnSection, PlanSection } from './RaPlan';
import {
  CircumstancesSection,
  ConcernsSection,
  LevelsSection,
  PatternSection,
  type SetForm,
} from './RaSections';

/**
 * The Missing From Care Risk Assessment and Action Plan (WG appendix a) as a page of its own, so a reload reopens
 * it with what was typed. `new` is a first assessment or a review (a new version starting from the last one's
 * answers); `edit` corrects the latest version from the revision it was opened on.
 */
export function RiskAssessmentPage({ childId, mode }: { childId: string; mode: RiskFormMode }) {
  const q = useQuery('riskAssessments.list', { childId });
  if (!q.data)
    return q.error ? (
      <Alert severity="error">The risk assessment could not be opened: {q.error}</Alert>
    ) : (
      <LinearProgress aria-label="Loading the risk assessment" />
    );
  const latest = q.data[0] ?? null;
  if (mode === 'edit' && !latest)
    return <Alert severity="info">There is no risk assessment to edit yet; start a new one.</Alert>;
  return <RiskAssessmentForm childId={childId} mode={mode} latest={latest} />;
}

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

type Message = { ok: boolean; text: string } | null;
interface Conflict {
  message: string;
  theirs: RiskAssessment;
  fields: ConflictField[];
}

function RiskAssessmentForm({
  childId,
  mode,
  latest,
}: {
  childId: string;
  mode: RiskFormMode;
  latest: RiskAssessment | null;
}) {
  const editing = mode === 'edit' && latest !== null;
  const key = draftKey(childId, editing ? `edit.${latest.id}` : 'new');
  const [saved, setSaved] = useState<RaForm>(() => (latest ? toForm(latest, !editing) : emptyForm()));
  const [baseRevision, setBaseRevision] = useState(latest?.revision ?? 0);
  const [form, setForm] = useState<RaForm>(() => readDraft(storage()?.getItem(key) ?? null) ?? saved);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<Message>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  const drafted = !sameForm(form, saved);
  // The backend's clock, not this computer's: "in the future" must mean what the save will be checked against.
  const now = useNow();

  // Written on every change, so a reload a moment later keeps the text.
  useEffect(() => {
    const s = storage();
    if (!s) return;
    if (drafted) s.setItem(key, JSON.stringify(form));
    else s.removeItem(key);
  }, [form, drafted, key]);

  const set: SetForm = (field, change) => {
    setForm(change);
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([f]) => f !== field)));
  };

  const showIssues = (issues: { field: string; message: string }[], lead: string) => {
    setErrors(Object.fromEntries(issues.map((i) => [i.field, i.message])));
    setMessage({
      ok: false,
      text: `${lead} ${issues.length === 1 ? 'One field needs' : `${issues.length} fields need`} attention (marked in the form). Nothing you typed is lost.`,
    });
  };

  const save = async () => {
    const parsed = fromForm(form, londonToday(new Date(now)));
    if (!parsed.ok) return showIssues(parsed.issues, 'Not saved:');
    setBusy(true);
    try {
      if (editing)
        await call('riskAssessments.update', { id: latest.id, baseRevision, assessment: parsed.input });
      else await call('riskAssessments.create', { childId, assessment: parsed.input });
      storage()?.removeItem(key);
      navigate({ name: 'child', id: childId });
    } catch (e) {
      if (editing && isConflict(e)) {
        const list = await call('riskAssessments.list', { childId }).catch(() => []);
        const theirs = list.find((a) => a.id === latest.id);
        if (theirs) {
          const t = flatten(toForm(theirs));
          const m = flatten(form);
          const fields = Object.keys(m)
            .filter((k) => t[k] !== m[k])
            .map((k) => ({ label: k, theirs: t[k] ?? '', mine: m[k] ?? '' }));
          setConflict({ message: e.message, theirs, fields });
          setMessage(null);
          return;
        }
      }
      const issues = e instanceof ApiCallError ? (e.error.issues ?? []) : [];
      if (issues.length) showIssues(issues, 'Not saved:');
      else
        setMessage({
          ok: false,
          text: `Not saved: ${e instanceof Error ? e.message : 'the save failed.'} Nothing you typed is lost.`,
        });
    } finally {
      setBusy(false);
    }
  };

  const props = { form, errors, set };
  const title = editing
    ? `Edit version ${latest.version}`
    : latest
      ? `Review: version ${latest.version + 1}`
      : 'New risk assessment';
  return (
    <Box component="article" aria-labelledby="ra-heading">
      <Link href={href({ name: 'child', id: childId })} sx={{ display: 'inline-block', mb: 1 }}>
        Back to the child’s page
      </Link>
      <Paper sx={{ p: 2.5, mb: 2 }}>
        <Typography variant="h1" id="ra-heading" sx={{ fontSize: '1.7rem', mb: 1 }}>
          Missing From Care Risk Assessment and Action Plan: {title}
        </Typography>
        {latest && (
          <Typography color="text.secondary">
            {editing
              ? `Correcting the version last saved ${formatLongDateTime(latest.updatedAt)} by ${latest.updatedBy}.`
              : `Starts from version ${latest.version}'s answers; that version stays as it was agreed.`}
          </Typography>
        )}
        {drafted && (
          <Alert severity="info" sx={{ mt: 1 }} role="status" data-testid="ra-draft-note">
            Not saved yet: what you have typed is kept on this computer until you save.
          </Alert>
        )}
      </Paper>
      <Paper sx={{ p: 2.5, mb: 2 }}>
        <LevelsSection {...props} />
        <PatternSection {...props} />
        <ConcernsSection {...props} />
        <CircumstancesSection {...props} />
        <PlanSection {...props} />
        <OnReturnSection {...props} />
        <ActionsSection {...props} />
        <AgreementsSection {...props} />
      </Paper>
      {conflict && (
        <Box sx={{ mb: 2 }}>
          <ConflictNotice
            message={conflict.message}
            fields={conflict.fields}
            onUseTheirs={() => {
              const theirs = toForm(conflict.theirs);
              setSaved(theirs);
              setForm(theirs);
              setBaseRevision(conflict.theirs.revision);
              setErrors({});
              setConflict(null);
            }}
            onKeepMine={() => {
              // Saving again from the newer revision writes what is typed over theirs, now that it was seen.
              setSaved(toForm(conflict.theirs));
              setBaseRevision(conflict.theirs.revision);
              setConflict(null);
              setMessage({
                ok: true,
                text: 'Your version is kept in the form: save to write it over theirs.',
              });
            }}
          />
        </Box>
      )}
      {message && (
        <Alert
          severity={message.ok ? 'success' : 'error'}
          sx={{ mb: 2 }}
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 4 }}>
        <Button variant="contained" onClick={() => void save()} disabled={busy}>
          {busy ? 'Saving…' : 'Save risk assessment'}
        </Button>
      </Box>
    </Box>
  );
}
