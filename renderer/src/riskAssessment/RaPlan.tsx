import { Box, Button, Checkbox, FormControlLabel, Paper, Typography } from '@mui/material';
import { ACTION_STATUSES } from '../../../shared/domain/meeting';
import {
  AGREEMENT_ROLES,
  CONTACT_GROUPS,
  MAX_HOURS_BEFORE_POLICE,
} from '../../../shared/domain/riskAssessment';
import { TextBox } from '../returnInterview/fields';
import { AnswerField, ChoiceField, FieldGrid, Section } from './RaFields';
import { emptyAction, emptyAddress, type AddressForm, type ActionForm, type RaForm } from './raForm';
import { LEVEL_OPTIONS, type SectionProps } from './RaSections';

const STATUS_OPTIONS = ACTION_STATUSES.map((s) => [s, s.charAt(0).toUpperCase() + s.slice(1)] as const);

/** The plan's rows: each an outlined box with its own fields and a button to take it off. */
function Row({
  title,
  onRemove,
  children,
}: {
  title: string;
  onRemove: () => void;
  children: React.ReactNode;
}) {
  return (
    <Paper variant="outlined" sx={{ p: 1.5, gridColumn: '1 / -1' }} role="group" aria-label={title}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography sx={{ fontWeight: 600 }}>{title}</Typography>
        <Button size="small" onClick={onRemove}>
          Remove {title.toLowerCase()}
        </Button>
      </Box>
      <FieldGrid min={420}>{children}</FieldGrid>
    </Paper>
  );
}

export function PlanSection({ form, errors, set }: SectionProps) {
  const p = form.plan;
  const plan = (field: string, change: (pl: RaForm['plan']) => RaForm['plan']) =>
    set(`assessment.plan.${field}`, (f) => ({ ...f, plan: change(f.plan) }));
  const address = (i: number, key: keyof AddressForm, v: AddressForm[keyof AddressForm]) =>
    plan(`addresses.${i}.${key}`, (pl) => ({
      ...pl,
      addresses: pl.addresses.map((a, j) => (j === i ? { ...a, [key]: v } : a)),
    }));
  const missingGroups = CONTACT_GROUPS.filter(([g]) => !p.contacts.some((c) => c.group === g));
  return (
    <Section title="The plan when the young person is absent" min={560}>
      <TextBox
        label="Try the young person (phone, social media)"
        name="assessment.plan.tryYoungPerson"
        value={p.tryYoungPerson}
        error={errors['assessment.plan.tryYoungPerson']}
        onChange={(v) => plan('tryYoungPerson', (pl) => ({ ...pl, tryYoungPerson: v }))}
      />
      {p.contacts.map((c, i) => {
        const label = CONTACT_GROUPS.find(([g]) => g === c.group)?.[1] ?? c.group;
        return (
          <Row
            key={c.group}
            title={`Contact: ${label}`}
            onRemove={() =>
              plan('contacts', (pl) => ({ ...pl, contacts: pl.contacts.filter((_, j) => j !== i) }))
            }
          >
            <AnswerField
              label={`Contact ${label.toLowerCase()}?`}
              name={`assessment.plan.contacts.${i}.contact`}
              value={c.contact}
              error={errors[`assessment.plan.contacts.${i}.group`]}
              onChange={(v) =>
                plan(`contacts.${i}.contact`, (pl) => ({
                  ...pl,
                  contacts: pl.contacts.map((x, j) => (j === i ? { ...x, contact: v } : x)),
                }))
              }
            />
            <TextBox
              label="Names and numbers"
              name={`assessment.plan.contacts.${i}.details`}
              value={c.details}
              error={errors[`assessment.plan.contacts.${i}.details`]}
              onChange={(v) =>
                plan(`contacts.${i}.details`, (pl) => ({
                  ...pl,
                  contacts: pl.contacts.map((x, j) => (j === i ? { ...x, details: v } : x)),
                }))
              }
            />
          </Row>
        );
      })}
      <Box sx={{ gridColumn: '1 / -1', display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {missingGroups.map(([g, label]) => (
          <Button
            key={g}
            size="small"
            variant="outlined"
            onClick={() =>
              plan('contacts', (pl) => ({
                ...pl,
                contacts: [...pl.contacts, { group: g, contact: 'yes', details: '' }],
              }))
            }
          >
            Add contact: {label}
          </Button>
        ))}
      </Box>
      {p.addresses.map((a, i) => {
        const field = `assessment.plan.addresses.${i}`;
        return (
          <Row
            key={i}
            title={`Address ${i + 1}`}
            onRemove={() =>
              plan('addresses', (pl) => ({ ...pl, addresses: pl.addresses.filter((_, j) => j !== i) }))
            }
          >
            <TextBox
              label="Address"
              name={`${field}.address`}
              value={a.address}
              error={errors[`${field}.address`]}
              onChange={(v) => address(i, 'address', v)}
            />
            <ChoiceField
              label="Risk at this address"
              name={`${field}.risk`}
              value={a.risk}
              options={LEVEL_OPTIONS}
              error={errors[`${field}.risk`]}
              onChange={(v) => address(i, 'risk', v)}
            />
            <TextBox
              label="Action"
              name={`${field}.action`}
              value={a.action}
              error={errors[`${field}.action`]}
              onChange={(v) => address(i, 'action', v)}
            />
            <TextBox
              label={`Maximum hours before reporting to police (0 to ${MAX_HOURS_BEFORE_POLICE})`}
              name={`${field}.maxHoursBeforePolice`}
              value={a.maxHoursBeforePolice}
              error={errors[`${field}.maxHoursBeforePolice`]}
              onChange={(v) => address(i, 'maxHoursBeforePolice', v)}
            />
            <FormControlLabel
              control={
                <Checkbox
                  checked={a.concernForWelfare}
                  onChange={(e) => address(i, 'concernForWelfare', e.target.checked)}
                />
              }
              label="Make a ‘Concern for Welfare’ report to police"
            />
          </Row>
        );
      })}
      <Box sx={{ gridColumn: '1 / -1' }}>
        <Button
          size="small"
          variant="outlined"
          onClick={() => plan('addresses', (pl) => ({ ...pl, addresses: [...pl.addresses, emptyAddress()] }))}
        >
          Add an address
        </Button>
      </Box>
      <TextBox
        label={`Report to police if absent this many hours after due back (at most ${MAX_HOURS_BEFORE_POLICE})`}
        name="assessment.plan.reportAfterHours"
        value={p.reportAfterHours}
        error={errors['assessment.plan.reportAfterHours']}
        onChange={(v) => plan('reportAfterHours', (pl) => ({ ...pl, reportAfterHours: v }))}
      />
    </Section>
  );
}

export function OnReturnSection({ form, errors, set }: SectionProps) {
  const p = form.plan;
  const put = (
    key: 'onReturnWelfareCheck' | 'returnInterviewServices' | 'socialWorkerVisitWithinDays',
    v: string,
  ) => set(`assessment.plan.${key}`, (f) => ({ ...f, plan: { ...f.plan, [key]: v } }));
  return (
    <Section title="On return" min={560}>
      <TextBox
        label="Welfare check on return"
        name="assessment.plan.onReturnWelfareCheck"
        rows={2}
        value={p.onReturnWelfareCheck}
        error={errors['assessment.plan.onReturnWelfareCheck']}
        onChange={(v) => put('onReturnWelfareCheck', v)}
      />
      <TextBox
        label="Return interview services"
        name="assessment.plan.returnInterviewServices"
        rows={2}
        value={p.returnInterviewServices}
        error={errors['assessment.plan.returnInterviewServices']}
        onChange={(v) => put('returnInterviewServices', v)}
      />
      <TextBox
        label="Social worker will visit following return within (days)"
        name="assessment.plan.socialWorkerVisitWithinDays"
        value={p.socialWorkerVisitWithinDays}
        error={errors['assessment.plan.socialWorkerVisitWithinDays']}
        onChange={(v) => put('socialWorkerVisitWithinDays', v)}
      />
    </Section>
  );
}

export function ActionsSection({ form, errors, set }: SectionProps) {
  const action = (i: number, key: keyof ActionForm, v: string) =>
    set(`assessment.plan.actions.${i}.${key}`, (f) => ({
      ...f,
      plan: { ...f.plan, actions: f.plan.actions.map((a, j) => (j === i ? { ...a, [key]: v } : a)) },
    }));
  return (
    <Section title="Actions">
      {form.plan.actions.map((a, i) => {
        const field = `assessment.plan.actions.${i}`;
        return (
          <Row
            key={a.id ?? `new-${i}`}
            title={`Action ${i + 1}`}
            onRemove={() =>
              set('assessment.plan.actions', (f) => ({
                ...f,
                plan: { ...f.plan, actions: f.plan.actions.filter((_, j) => j !== i) },
              }))
            }
          >
            <TextBox
              label="Action"
              name={`${field}.description`}
              value={a.description}
              error={errors[`${field}.description`]}
              onChange={(v) => action(i, 'description', v)}
            />
            <TextBox
              label="Owner"
              name={`${field}.owner`}
              value={a.owner}
              error={errors[`${field}.owner`]}
              onChange={(v) => action(i, 'owner', v)}
            />
            <TextBox
              label="Agency"
              name={`${field}.agency`}
              value={a.agency}
              error={errors[`${field}.agency`]}
              onChange={(v) => action(i, 'agency', v)}
            />
            <TextBox
              label="Due (dd/mm/yyyy)"
              name={`${field}.dueOn`}
              value={a.dueOn}
              error={errors[`${field}.dueOn`]}
              onChange={(v) => action(i, 'dueOn', v)}
            />
            <ChoiceField
              label="Status"
              name={`${field}.status`}
              value={a.status}
              options={STATUS_OPTIONS}
              error={errors[`${field}.status`]}
              onChange={(v) => action(i, 'status', v)}
            />
          </Row>
        );
      })}
      <Box sx={{ gridColumn: '1 / -1' }}>
        <Button
          size="small"
          variant="outlined"
          onClick={() =>
            set('assessment.plan.actions', (f) => ({
              ...f,
              plan: { ...f.plan, actions: [...f.plan.actions, emptyAction()] },
            }))
          }
        >
          Add an action
        </Button>
      </Box>
    </Section>
  );
}

export function AgreementsSection({ form, errors, set }: SectionProps) {
  return (
    <Section title="Who agreed the plan" min={560}>
      {AGREEMENT_ROLES.map(([role, label]) => {
        const field = `assessment.agreements.${role}`;
        const put = (key: 'name' | 'agreedOn', v: string) =>
          set(`${field}.${key}`, (f) => ({
            ...f,
            agreements: { ...f.agreements, [role]: { ...f.agreements[role], [key]: v } },
          }));
        return (
          <Box key={role} sx={{ display: 'grid', gap: 1, gridTemplateColumns: '3fr 2fr' }}>
            <TextBox
              label={`${label}: name`}
              name={`${field}.name`}
              value={form.agreements[role].name}
              error={errors[`${field}.name`]}
              onChange={(v) => put('name', v)}
            />
            <TextBox
              label="Agreed on (dd/mm/yyyy)"
              name={`${field}.agreedOn`}
              value={form.agreements[role].agreedOn}
              error={errors[`${field}.agreedOn`]}
              onChange={(v) => put('agreedOn', v)}
            />
          </Box>
        );
      })}
    </Section>
  );
}
