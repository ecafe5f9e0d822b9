import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import {
  GENDER_LABELS,
  GENDERS,
  LEGAL_STATUS_LABELS,
  LEGAL_STATUSES,
  PLACEMENT_ARRANGEMENT_LABELS,
  PLACEMENT_ARRANGEMENTS,
  PLACEMENT_TYPE_LABELS,
  PLACEMENT_TYPES,
  type Child,
  type ChildInput,
} from '../../../shared/domain/child';
import { ApiCallError, call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { SelectField } from '../child/dialog/SelectField';
import { londonToday } from '../../../shared/time/london';
import { useNow } from '../app/status';
import { ConflictNotice, differingFields } from '../conflict/ConflictNotice';
import {
  childFormErrors,
  childToForm,
  dateOfBirthError,
  emptyChildForm,
  formToChild,
  issuesByField,
  type ChildFormState,
} from './childForm';

/** The form's fields as the conflict notice names them. */
const FIELD_LABELS: Record<keyof ChildFormState, string> = {
  givenName: 'Given name',
  familyName: 'Family name',
  dateOfBirth: 'Date of birth',
  gender: 'Gender',
  caseReference: 'Case reference',
  legalStatus: 'Legal status',
  placingAuthority: 'Responsible (placing) authority',
  hostAuthority: 'Host authority',
  placementType: 'Placement type',
  placementStartedOn: 'Placement started',
  placementArrangement: 'Placement planned or emergency',
  allocatedWorker: 'Allocated worker',
  team: 'Team',
  protocolProfileId: 'Protocol profile',
  unaccompaniedAsylumSeeking: 'Unaccompanied asylum-seeking child',
  placementMissingRisk: 'Placed at risk of going missing or CSE',
};

interface Props {
  /** Edit this child; add a new one when absent. */
  child?: Child;
  onClose: () => void;
  onSaved: (child: Child) => void;
}

/** Add or edit a child's details. A refused save keeps everything typed and puts each message on its field. */
export function ChildDialog({ child, onClose, onSaved }: Props) {
  const [form, setForm] = useState<ChildFormState>(child ? childToForm(child) : emptyChildForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The saved record the form is based on: its revision goes with the save. A conflict moves it to the newer one.
  const [base, setBase] = useState<Child | undefined>(child);
  const [conflict, setConflict] = useState<{ message: string; newer: Child } | null>(null);
  const profiles = useQuery('protocol.profiles', {});
  /** A form's values as a person reads them (labels, not codes), for the conflict notice. */
  const readable = (f: ChildFormState): Record<keyof ChildFormState, string> => ({
    ...f,
    gender: f.gender ? GENDER_LABELS[f.gender] : '',
    legalStatus: f.legalStatus ? LEGAL_STATUS_LABELS[f.legalStatus] : '',
    placementType: f.placementType ? PLACEMENT_TYPE_LABELS[f.placementType] : '',
    placementArrangement: f.placementArrangement ? PLACEMENT_ARRANGEMENT_LABELS[f.placementArrangement] : '',
    protocolProfileId: f.protocolProfileId
      ? (profiles.data?.profiles.find((p) => p.id === f.protocolProfileId)?.name ?? f.protocolProfileId)
      : 'Automatic',
  });
  const today = londonToday(new Date(useNow()));
  const set = (field: keyof ChildFormState) => (value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors(({ [field]: _gone, ...rest }) => rest);
  };
  const text = (field: keyof ChildFormState, label: string, required = false) => (
    <TextField
      label={label}
      value={form[field]}
      onChange={(e) => set(field)(e.target.value)}
      // 31/02 or a date to come is said as soon as the field is left, not at save.
      onBlur={
        field === 'dateOfBirth'
          ? () => {
              const problem = dateOfBirthError(form.dateOfBirth, today);
              if (problem) setErrors((e) => ({ ...e, dateOfBirth: problem }));
            }
          : undefined
      }
      required={required}
      size="small"
      fullWidth
      error={Boolean(errors[field])}
      helperText={errors[field] ?? (field === 'dateOfBirth' ? 'dd/mm/yyyy' : ' ')}
    />
  );
  const save = async () => {
    const found = childFormErrors(form, today);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setMessage(Object.values(found).join(' '));
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const payload = formToChild(form) as ChildInput;
      const saved = base
        ? await call('children.update', { id: base.id, baseRevision: base.revision, child: payload })
        : await call('children.create', payload);
      onSaved(saved);
    } catch (e) {
      if (base && e instanceof ApiCallError && e.error.issues?.some((i) => i.field === 'baseRevision')) {
        // Someone saved first: the form keeps what was typed; the newer record is shown beside it to choose from.
        const newer = await call('children.get', { id: base.id }).catch(() => null);
        if (newer) {
          setConflict({ message: e.message, newer: newer.child });
          setMessage(null);
          setBusy(false);
          return;
        }
      }
      setMessage(e instanceof ApiCallError ? e.message : 'The child could not be saved.');
      setErrors(e instanceof ApiCallError ? issuesByField(e.error.issues ?? []) : {});
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="child-dialog-title">
      <DialogTitle id="child-dialog-title">{child ? 'Edit the child’s details' : 'Add a child'}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id="child-form"
          // Every problem is named under its field at once, not the browser's one field at a time.
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          sx={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(min(260px, 100%), 1fr))',
            gap: 2,
            pt: 1,
          }}
        >
          {conflict && (
            <ConflictNotice
              message={conflict.message}
              fields={differingFields(FIELD_LABELS, readable(childToForm(conflict.newer)), readable(form))}
              onUseTheirs={() => {
                setForm(childToForm(conflict.newer));
                setBase(conflict.newer);
                setErrors({});
                setConflict(null);
              }}
              onKeepMine={() => {
                // The next save is based on the newer record, so it replaces theirs knowingly.
                setBase(conflict.newer);
                setConflict(null);
                setMessage(null);
              }}
            />
          )}
          {message && (
            <Alert severity="error" role="alert" sx={{ gridColumn: '1 / -1' }}>
              {message}
            </Alert>
          )}
          {text('givenName', 'Given name', true)}
          {text('familyName', 'Family name', true)}
          {text('dateOfBirth', 'Date of birth', true)}
          <SelectField
            label="Gender"
            required
            value={form.gender}
            onChange={set('gender')}
            error={errors.gender}
            options={GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }))}
          />
          {text('caseReference', 'Case reference', true)}
          <SelectField
            label="Legal status"
            required
            value={form.legalStatus}
            onChange={set('legalStatus')}
            error={errors.legalStatus}
            options={LEGAL_STATUSES.map((s) => ({ value: s, label: LEGAL_STATUS_LABELS[s] }))}
          />
          {text('placingAuthority', 'Responsible (placing) authority', true)}
          {text('hostAuthority', 'Host authority, if placed elsewhere')}
          <SelectField
            label="Placement type"
            required
            value={form.placementType}
            onChange={set('placementType')}
            error={errors.placementType}
            options={PLACEMENT_TYPES.map((p) => ({ value: p, label: PLACEMENT_TYPE_LABELS[p] }))}
          />
          {text('placementStartedOn', 'Placement started (dd/mm/yyyy)')}
          <SelectField
            label="Placement planned or emergency"
            value={form.placementArrangement}
            onChange={set('placementArrangement')}
            emptyLabel="Not recorded"
            error={errors.placementArrangement}
            options={PLACEMENT_ARRANGEMENTS.map((a) => ({
              value: a,
              label: PLACEMENT_ARRANGEMENT_LABELS[a],
            }))}
          />
          <SelectField
            label="Placed at risk of going missing or CSE"
            value={form.placementMissingRisk}
            onChange={set('placementMissingRisk')}
            emptyLabel="No"
            error={errors.placementMissingRisk}
            options={[{ value: 'yes', label: 'Yes (the host authority’s Missing lead is told, EM)' }]}
          />
          {text('allocatedWorker', 'Allocated worker')}
          {text('team', 'Team')}
          <SelectField
            label="Protocol profile"
            value={form.protocolProfileId}
            onChange={set('protocolProfileId')}
            emptyLabel="Automatic (host or placing authority, else the default)"
            error={errors.protocolProfileId}
            options={(profiles.data?.profiles ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
          <SelectField
            label="Unaccompanied asylum-seeking child"
            value={form.unaccompaniedAsylumSeeking}
            onChange={set('unaccompaniedAsylumSeeking')}
            emptyLabel="No"
            error={errors.unaccompaniedAsylumSeeking}
            options={[{ value: 'yes', label: 'Yes (long-term missing: 6-monthly review, ST 23.3)' }]}
          />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form="child-form" variant="contained" disabled={busy}>
          Save child
        </Button>
      </DialogActions>
    </Dialog>
  );
}
