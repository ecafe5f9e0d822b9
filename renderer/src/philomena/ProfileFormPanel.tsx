import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { PhilomenaProfile } from '../../../shared/api/philomena';
import type { Part2Entry, PhilomenaPart1 } from '../../../shared/domain/philomena';
import { call } from '../api/client';
import { draftKey, profileFormSchema, useStoredDraft, type ProfileForm } from './drafts';
import { saveProblems } from './fieldErrors';
import { Part2Editor } from './Part2Editor';

const PART1_FIELDS: ReadonlyArray<{ key: keyof PhilomenaPart1; label: string; hint: string; rows: number }> =
  [
    { key: 'description', label: 'Description', hint: 'Height, build, hair, eyes, ethnicity', rows: 3 },
    {
      key: 'distinguishingMarks',
      label: 'Distinguishing marks',
      hint: 'Scars, tattoos, piercings, glasses',
      rows: 2,
    },
    { key: 'phoneNumbers', label: 'Phone numbers', hint: 'Every number the child uses', rows: 1 },
    { key: 'socialMedia', label: 'Social media', hint: 'Accounts and user names', rows: 2 },
    { key: 'medicalNeeds', label: 'Medical needs', hint: 'Conditions the police must know', rows: 2 },
    { key: 'medication', label: 'Medication', hint: 'What, how often, what happens without it', rows: 2 },
    { key: 'school', label: 'School', hint: 'School or college attended', rows: 1 },
  ];

const PART1_LABELS: Record<string, string> = Object.fromEntries(
  PART1_FIELDS.map((f) => [`part1.${f.key}`, f.label]),
);

const fieldLabel = (field: string) => {
  const m = /^part2\.(\d+)\.(\w+)$/.exec(field);
  if (m) return `Part 2 entry ${Number(m[1]) + 1}, ${m[2] === 'riskNotes' ? 'why this risk' : m[2]}`;
  return PART1_LABELS[field] ?? field;
};

const formOf = (p: PhilomenaProfile): ProfileForm => ({
  part1: { ...p.part1 },
  part2: p.part2.map((e) => ({ ...e })),
});

/** Parts 1 and 2 as one form: saving it is the review the protocol asks for at least every 6 months. */
export function ProfileFormPanel({ profile }: { profile: PhilomenaProfile }) {
  const draft = useStoredDraft(draftKey('profile', profile.childId), profileFormSchema, formOf(profile));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = draft.value;

  const save = async () => {
    setBusy(true);
    try {
      await call('philomena.save', {
        childId: profile.childId,
        part1: form.part1,
        // Sent as typed: the backend names an entry whose type or risk is not chosen.
        part2: form.part2 as Part2Entry[],
      });
      draft.clear();
      setErrors({});
      setSummary(null);
    } catch (e) {
      const p = saveProblems(e, fieldLabel);
      setErrors(p.byField);
      setSummary(p.summary);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box
      component="form"
      noValidate
      aria-label="Philomena Parts 1 and 2"
      onSubmit={(e) => (e.preventDefault(), void save())}
    >
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        Part 1: the child
      </Typography>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, mb: 2 }}>
        {PART1_FIELDS.map((f) => (
          <TextField
            key={f.key}
            label={f.label}
            value={form.part1[f.key]}
            multiline={f.rows > 1}
            minRows={f.rows}
            onChange={(e) => draft.set({ ...form, part1: { ...form.part1, [f.key]: e.target.value } })}
            error={Boolean(errors[`part1.${f.key}`])}
            helperText={errors[`part1.${f.key}`] ?? f.hint}
          />
        ))}
      </Box>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        Part 2: known associates, addresses and hotspots
      </Typography>
      <Part2Editor entries={form.part2} onChange={(part2) => draft.set({ ...form, part2 })} errors={errors} />
      {summary && (
        <Alert severity="error" sx={{ mt: 2 }}>
          Not saved. {summary}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mt: 2, flexWrap: 'wrap' }}>
        <Button type="submit" variant="contained" disabled={busy}>
          {busy ? 'Saving…' : 'Save and mark reviewed'}
        </Button>
        {draft.unsaved && (
          <Typography role="status" color="warning.main" sx={{ fontWeight: 600 }}>
            Changes not saved yet (kept on this computer if the page is closed)
          </Typography>
        )}
      </Box>
    </Box>
  );
}
