import { Alert, Box, Button, LinearProgress, Link, Paper, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { ReturnInterviewView } from '../../../shared/api/returnInterviews';
import {
  RHI_SECTIONS,
  suggestedFactors,
  type ReturnInterviewInput,
} from '../../../shared/domain/returnInterview';
import { formatLongDateTime } from '../../../shared/time/london';
import { ApiCallError, call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { href } from '../app/router';
import { ExportButton } from '../components/ExportButton';
import { QuestionsTable } from './QuestionsTable';
import { RhiClosing, RhiFactors, RhiOpening } from './RhiSections';
import { RhiRefusal } from './RhiRefusal';
import { draftKey, emptyForm, fromForm, readDraft, sameForm, toForm, type RhiForm } from './rhiForm';

/** The return interview of one episode, as its own page so a reload reopens it with what was typed. */
export function ReturnInterviewPage({ episodeId }: { episodeId: string }) {
  const q = useQuery('returnInterviews.get', { episodeId });
  // Held here: a save brings a new revision, which remounts the form below, and the message must outlive that.
  const [message, setMessage] = useState<Message>(null);
  if (!q.data)
    return q.error ? (
      <Alert severity="error">The return interview could not be opened: {q.error}</Alert>
    ) : (
      <LinearProgress aria-label="Loading the return interview" />
    );
  return (
    <ReturnInterviewForm
      key={q.data.record?.revision ?? 0}
      view={q.data}
      message={message}
      setMessage={setMessage}
    />
  );
}

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

type Message = { ok: boolean; text: string } | null;

function ReturnInterviewForm({
  view,
  message,
  setMessage,
}: {
  view: ReturnInterviewView;
  message: Message;
  setMessage: (m: Message) => void;
}) {
  const episodeId = view.episode.id;
  const saved = view.record ? toForm(view.record) : emptyForm();
  const [form, setForm] = useState<RhiForm>(
    () => readDraft(storage()?.getItem(draftKey(episodeId)) ?? null) ?? saved,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const drafted = !sameForm(form, saved);

  // Written on every change, synchronously enough that a reload a moment later keeps the text.
  useEffect(() => {
    const s = storage();
    if (!s) return;
    if (drafted) s.setItem(draftKey(episodeId), JSON.stringify(form));
    else s.removeItem(draftKey(episodeId));
  }, [form, drafted, episodeId]);

  const update = <K extends keyof RhiForm>(key: K, value: RhiForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    // The field's old message goes once it is changed; the others stay until the next save.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => field !== key)));
  };

  const save = async () => {
    const parsed = fromForm(episodeId, form);
    if (!parsed.ok) {
      setErrors(Object.fromEntries(parsed.issues.map((i) => [i.field, i.message])));
      setMessage({ ok: false, text: parsed.issues.map((i) => i.message).join(' ') });
      return;
    }
    setBusy(true);
    try {
      await call('returnInterviews.save', {
        interview: parsed.input,
        baseRevision: view.record?.revision ?? null,
      });
      storage()?.removeItem(draftKey(episodeId));
      setErrors({});
      setMessage({ ok: true, text: 'Saved. The factors found are on the episode and the child’s page.' });
    } catch (e) {
      const issues = e instanceof ApiCallError ? (e.error.issues ?? []) : [];
      setErrors(Object.fromEntries(issues.map((i) => [i.field, i.message])));
      const text = issues.length
        ? issues.map((i) => i.message).join(' ')
        : e instanceof Error
          ? e.message
          : 'The save failed.';
      setMessage({ ok: false, text: `Not saved: ${text} Nothing you typed is lost.` });
    } finally {
      setBusy(false);
    }
  };

  const rule = view.rules.engagementAttempts;
  const ruleText = rule
    ? `at least ${rule.contacts} contacts${rule.differentMethods ? ', by different methods' : ''} (${rule.source})`
    : null;
  const dueBy = view.episode.foundAt
    ? formatLongDateTime(
        new Date(Date.parse(view.episode.foundAt) + view.rules.dueWithinHours * 3_600_000).toISOString(),
      )
    : null;

  return (
    <Box component="article" aria-labelledby="rhi-heading">
      <Link href={href({ name: 'child', id: view.childId })} sx={{ display: 'inline-block', mb: 1 }}>
        Back to the child’s page
      </Link>
      <Paper sx={{ p: 2.5, mb: 2 }}>
        <Typography variant="h1" id="rhi-heading" sx={{ fontSize: '1.7rem', mb: 1 }}>
          {view.rules.name}
        </Typography>
        <Typography>
          Missing from {formatLongDateTime(view.episode.reportedAt)}
          {view.episode.foundAt
            ? `, returned ${formatLongDateTime(view.episode.foundAt)}`
            : ', not yet returned'}
          .{view.episode.policeReference && ` Police log number ${view.episode.policeReference}.`}
        </Typography>
        {dueBy && (
          <Typography color="text.secondary">
            Due within {view.rules.dueWithinHours} hours of the return: by {dueBy} ({view.rules.source}).
          </Typography>
        )}
        {view.record && (
          <Typography color="text.secondary" data-testid="rhi-saved-line">
            Last saved {formatLongDateTime(view.record.updatedAt)} by {view.record.updatedBy}
            {view.record.heldInTime === false && `: held after ${view.rules.dueWithinHours} hours`}
          </Typography>
        )}
        {drafted && (
          <Alert severity="info" sx={{ mt: 1 }} role="status" data-testid="rhi-draft-note">
            Not saved yet: what you have typed is kept on this computer until you save.
          </Alert>
        )}
      </Paper>

      <Paper sx={{ p: 2.5, mb: 2 }}>
        <RhiOpening form={form} errors={errors} update={update} placed={view.placed} ruleText={ruleText} />
        <Typography variant="h2" sx={{ mt: 1, mb: 1.5 }}>
          The child’s answers
        </Typography>
        {RHI_SECTIONS.map((s) => (
          <QuestionsTable
            key={s.key}
            section={s.key}
            title={s.title}
            answers={form.answers}
            onChange={(code, a) => update('answers', { ...form.answers, [code]: a })}
          />
        ))}
        <RhiFactors form={form} suggested={suggestedFactors(answersOf(form))} update={update} />
        <RhiRefusal form={form} errors={errors} update={update} escalation={view.refusalEscalation} />
        <RhiClosing form={form} errors={errors} update={update} placed={view.placed} />
      </Paper>

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
          {busy ? 'Saving…' : 'Save return interview'}
        </Button>
        <ExportButton
          make={() => call('returnInterviews.exportWord', { episodeId })}
          disabled={!view.record || drafted}
        >
          Export to Word
        </ExportButton>
      </Box>
    </Box>
  );
}

/** The answers as the shared rule reads them (yes / no as booleans). */
const answersOf = (form: RhiForm): ReturnInterviewInput['answers'] =>
  Object.fromEntries(
    Object.entries(form.answers).map(([code, a]) => [
      code,
      { answer: a.answer === '' ? null : a.answer === 'yes', comments: a.comments },
    ]),
  );
