import {
  CONCERNS,
  RISK_LEVEL_LABELS,
  RISK_LEVELS,
  type Circumstances,
  type Pattern,
} from '../../../shared/domain/riskAssessment';
import { TextBox } from '../returnInterview/fields';
import { AnswerField, ChoiceField, Section, type Errors } from './RaFields';
import type { RaForm } from './raForm';

/** Changes the form and clears the message of the field changed; the others stay until the next save. */
export type SetForm = (field: string, change: (f: RaForm) => RaForm) => void;

export interface SectionProps {
  form: RaForm;
  errors: Errors;
  set: SetForm;
}

export const LEVEL_OPTIONS = RISK_LEVELS.map((l) => [l, RISK_LEVEL_LABELS[l]] as const);

const PATTERN_TEXTS: [Exclude<keyof Pattern, 'runningToOrFrom'>, string][] = [
  ['usualCircumstances', 'Usual circumstances in which the young person goes missing'],
  ['usualLeavingTime', 'Usual time of leaving'],
  ['lastEpisodeAndPattern', 'When were they last missing, and the pattern of episodes'],
  ['usualDestinations', 'Where do they usually go, and with whom'],
  ['destinationRisks', 'Known risks at those places'],
  ['maturity', 'Maturity and ability to keep themselves safe'],
  ['pastReturnMethod', 'How have they returned in the past'],
];

export function PatternSection({ form, errors, set }: SectionProps) {
  return (
    <Section title="Pattern and history" min={560}>
      <ChoiceField
        label="Is the young person running to someone or from a situation?"
        name="pattern.runningToOrFrom"
        value={form.pattern.runningToOrFrom}
        options={[
          ['to-someone', 'To someone'],
          ['from-a-situation', 'From a situation'],
          ['both', 'Both'],
          ['not-known', 'Not known'],
        ]}
        onChange={(v) =>
          set('assessment.pattern.runningToOrFrom', (f) => ({
            ...f,
            pattern: { ...f.pattern, runningToOrFrom: v },
          }))
        }
      />
      {PATTERN_TEXTS.map(([key, label]) => {
        const field = `assessment.pattern.${key}`;
        return (
          <TextBox
            key={key}
            label={label}
            name={field}
            rows={2}
            value={form.pattern[key]}
            error={errors[field]}
            onChange={(v) => set(field, (f) => ({ ...f, pattern: { ...f.pattern, [key]: v } }))}
          />
        );
      })}
    </Section>
  );
}

export function ConcernsSection({ form, errors, set }: SectionProps) {
  return (
    <Section title="Concerns and vulnerabilities">
      {CONCERNS.map(([code, label]) => {
        const c = form.concerns[code];
        const field = `assessment.concerns.${code}`;
        return (
          <div key={code} style={{ display: 'grid', gap: 8, alignContent: 'start' }}>
            <AnswerField
              label={label}
              name={`${field}.answer`}
              value={c.answer}
              error={errors[`${field}.answer`]}
              onChange={(v) =>
                set(`${field}.answer`, (f) => ({
                  ...f,
                  concerns: { ...f.concerns, [code]: { ...f.concerns[code], answer: v } },
                }))
              }
            />
            <TextBox
              label="Detail"
              name={`${field}.detail`}
              rows={1}
              value={c.detail}
              error={errors[`${field}.detail`]}
              onChange={(v) =>
                set(`${field}.detail`, (f) => ({
                  ...f,
                  concerns: { ...f.concerns, [code]: { ...f.concerns[code], detail: v } },
                }))
              }
            />
          </div>
        );
      })}
      <AnswerField
        label="Have CSE protocols been activated (a CSE strategy meeting held)?"
        name="assessment.concerns.cseProtocolsActivated"
        value={form.concerns.cseProtocolsActivated}
        onChange={(v) =>
          set('assessment.concerns.cseProtocolsActivated', (f) => ({
            ...f,
            concerns: { ...f.concerns, cseProtocolsActivated: v },
          }))
        }
      />
    </Section>
  );
}

const CIRCUMSTANCE_TEXTS: [keyof Circumstances, string][] = [
  ['comingInTimes', 'Agreed coming-in times'],
  ['missedTimeConsequences', 'What happens when the time is missed'],
  ['money', 'Money the young person usually has'],
  ['whoCanCollect', 'Who can collect the young person'],
  ['behaviourWhenCollected', 'Their behaviour when collected'],
  ['furtherInformation', 'Further information'],
  ['preventionStrategies', 'Further action to reduce the likelihood of going missing'],
];
const CIRCUMSTANCE_ANSWERS: [keyof Circumstances, string][] = [
  ['usesPublicTransport', 'Uses public transport?'],
  ['carriesBusPass', 'Carries a bus pass?'],
  ['familiarWithArea', 'Familiar with the area?'],
  ['mobilePhone', 'Has a mobile phone?'],
];

export function CircumstancesSection({ form, errors, set }: SectionProps) {
  const c = form.circumstances;
  const put = (key: keyof Circumstances, v: string) =>
    set(`assessment.circumstances.${key}`, (f) => ({
      ...f,
      circumstances: { ...f.circumstances, [key]: v },
    }));
  return (
    <Section title="Current circumstances" min={560}>
      {CIRCUMSTANCE_ANSWERS.map(([key, label]) => (
        <AnswerField
          key={key}
          label={label}
          name={`assessment.circumstances.${key}`}
          value={c[key] as (typeof c)['mobilePhone']}
          onChange={(v) => put(key, v)}
        />
      ))}
      <ChoiceField
        label="Phone credit"
        name="assessment.circumstances.phoneCredit"
        value={c.phoneCredit}
        options={[
          ['contract', 'On a contract'],
          ['usually-credit', 'Usually has credit'],
          ['often-no-credit', 'Often has no credit'],
          ['not-known', 'Not known'],
        ]}
        onChange={(v) => put('phoneCredit', v)}
      />
      {CIRCUMSTANCE_TEXTS.map(([key, label]) => (
        <TextBox
          key={key}
          label={label}
          name={`assessment.circumstances.${key}`}
          rows={2}
          value={c[key]}
          error={errors[`assessment.circumstances.${key}`]}
          onChange={(v) => put(key, v)}
        />
      ))}
    </Section>
  );
}

export function LevelsSection({ form, errors, set }: SectionProps) {
  return (
    <Section title="Level of risk">
      <TextBox
        label="Date of review (dd/mm/yyyy)"
        name="assessment.assessedOn"
        value={form.assessedOn}
        error={errors['assessment.assessedOn']}
        onChange={(v) => set('assessment.assessedOn', (f) => ({ ...f, assessedOn: v }))}
      />
      <ChoiceField
        label="Care provider’s level"
        name="assessment.careProviderLevel"
        value={form.careProviderLevel}
        options={LEVEL_OPTIONS}
        error={errors['assessment.careProviderLevel']}
        onChange={(v) => set('assessment.careProviderLevel', (f) => ({ ...f, careProviderLevel: v }))}
      />
      <ChoiceField
        label="Social worker’s level"
        name="assessment.socialWorkerLevel"
        value={form.socialWorkerLevel}
        options={LEVEL_OPTIONS}
        error={errors['assessment.socialWorkerLevel']}
        onChange={(v) => set('assessment.socialWorkerLevel', (f) => ({ ...f, socialWorkerLevel: v }))}
      />
    </Section>
  );
}
