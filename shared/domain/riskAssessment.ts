import { z } from 'zod';
import { apiId } from '../api/text';
import { ACTION_STATUSES } from './meeting';
import { isoDate } from './child';

// The Missing From Care Risk Assessment and Action Plan (WG appendix a): the grid's risk indicators as fields, in
// the appendix's order and words, the action plan to follow when the child is absent, and who agreed it. Each
// version is a record of its own: a review is a new assessment, the one before stays as it was agreed.

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).default('');
const requiredText = (max: number) =>
  z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

export const ANSWERS = ['yes', 'no', 'not-known'] as const;
export type Answer = (typeof ANSWERS)[number];
export const ANSWER_LABELS: Record<Answer, string> = { yes: 'Yes', no: 'No', 'not-known': 'Not known' };
const answer = z.enum(ANSWERS, { error: 'must be yes, no or not known' }).default('not-known');

export const RISK_LEVELS = ['high', 'medium', 'low'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { high: 'High', medium: 'Medium', low: 'Low' };
const level = z.enum(RISK_LEVELS, { error: 'is required: high, medium or low' });

/** Pattern and history. */
export const patternSchema = z.object({
  /** "Is the young person running to someone or from a situation?" */
  runningToOrFrom: z.enum(['to-someone', 'from-a-situation', 'both', 'not-known']).default('not-known'),
  usualCircumstances: text(2000),
  usualLeavingTime: text(300),
  lastEpisodeAndPattern: text(2000),
  usualDestinations: text(2000),
  destinationRisks: text(2000),
  maturity: text(2000),
  pastReturnMethod: text(1000),
});
export type Pattern = z.infer<typeof patternSchema>;

/** Concerns and vulnerabilities: each a yes/no/not known with what lies behind it, in the appendix's order. */
export const CONCERNS = [
  ['mentalHealth', 'Any mental health issues?'],
  ['selfHarm', 'Risk of suicide or self-harm, and the indicators or triggers'],
  ['medication', 'Medication or medical conditions'],
  ['disability', 'Physical or learning disability or difficulties'],
  ['substanceUse', 'Likely use of drugs, alcohol or solvents (type and amount)'],
  ['sexualExploitation', 'Risk of sexual exploitation'],
  ['harmWhileAbsent', 'Any previous harm suffered while absent?'],
  ['associates', 'Any concerns about friends, partners or associates?'],
  ['offending', 'Past involvement in offending, and in what form'],
  ['riskToCommunity', 'Behaviour likely to be a risk to the community'],
  ['bullying', 'Experiencing bullying, racial or homophobic abuse'],
  ['abuseInPlacement', 'Signs of difficulties or abuse in the placement'],
  ['wantsPlacement', 'Does the young person want to live in the current placement?'],
  ['abduction', 'Concern of abduction or being prevented from returning'],
  ['forcedMarriage', 'Risk of forced marriage'],
  ['trafficking', 'Risk of trafficking, or a victim of trafficking before'],
  ['familyEvents', 'Known issues or events in the family or among close friends'],
] as const;
export type ConcernCode = (typeof CONCERNS)[number][0];

const concernSchema = z.object({ answer, detail: text(2000) });
export type Concern = z.infer<typeof concernSchema>;

export const concernsSchema = z.object({
  ...(Object.fromEntries(
    CONCERNS.map(([code]) => [code, concernSchema.default({ answer: 'not-known', detail: '' })]),
  ) as {
    [K in ConcernCode]: z.ZodDefault<typeof concernSchema>;
  }),
  /** "Have CSE protocols been activated, i.e. has a CSE strategy meeting been held?" */
  cseProtocolsActivated: answer,
});
export type Concerns = z.infer<typeof concernsSchema>;

/** Current circumstances. */
export const circumstancesSchema = z.object({
  comingInTimes: text(1000),
  missedTimeConsequences: text(1000),
  money: text(1000),
  usesPublicTransport: answer,
  carriesBusPass: answer,
  familiarWithArea: answer,
  mobilePhone: answer,
  phoneCredit: z.enum(['contract', 'usually-credit', 'often-no-credit', 'not-known']).default('not-known'),
  whoCanCollect: text(1000),
  behaviourWhenCollected: text(1000),
  furtherInformation: text(2000),
  /** "Any further action to be taken to reduce the likelihood of the young person going missing". */
  preventionStrategies: text(2000),
});
export type Circumstances = z.infer<typeof circumstancesSchema>;

/** Whom to try when the child is absent (the plan's "family / relatives / friends"). */
export const CONTACT_GROUPS = [
  ['parents', 'Parents'],
  ['family', 'Grandparents or other family members'],
  ['siblings', 'Brothers or sisters'],
  ['friends', 'Friends'],
] as const;
export type ContactGroup = (typeof CONTACT_GROUPS)[number][0];

/** "Do not delay reporting to Police for a period longer than 6 hours." */
export const MAX_HOURS_BEFORE_POLICE = 6;
const hoursBeforePolice = z
  .number({ error: 'must be a number of hours' })
  .min(0, 'cannot be negative')
  .max(
    MAX_HOURS_BEFORE_POLICE,
    `must be at most ${MAX_HOURS_BEFORE_POLICE} hours: the plan says not to delay reporting to police longer`,
  );

export const planAddressSchema = z.object({
  address: requiredText(300),
  risk: level,
  action: text(1000),
  /** "Is there need to make a 'Concern for Welfare' report to police?" */
  concernForWelfare: z.boolean().default(false),
  maxHoursBeforePolice: hoursBeforePolice,
});
export type PlanAddress = z.infer<typeof planAddressSchema>;

export const planActionSchema = z.object({
  /** Kept across saves of the same version, so Due's key for the action does not change. */
  id: apiId.max(64, 'is not an id').nullable().default(null),
  description: requiredText(500),
  owner: requiredText(100),
  agency: text(200),
  dueOn: isoDate.nullable().default(null),
  status: z.enum(ACTION_STATUSES).default('open'),
});
export type PlanAction = z.infer<typeof planActionSchema>;

export const planSchema = z.object({
  tryYoungPerson: text(500),
  contacts: z
    .array(
      z.object({
        group: z.enum(CONTACT_GROUPS.map(([g]) => g) as [ContactGroup, ...ContactGroup[]]),
        contact: answer,
        details: text(1000),
      }),
    )
    .max(CONTACT_GROUPS.length)
    .default([]),
  addresses: z.array(planAddressSchema).max(30, 'can hold at most 30 addresses').default([]),
  /** "If absent for more than N hours after due back ... report to Police". */
  reportAfterHours: hoursBeforePolice,
  onReturnWelfareCheck: text(1000),
  returnInterviewServices: text(1000),
  /** "Social Worker will visit following return within N days". */
  socialWorkerVisitWithinDays: z.number().int('must be whole days').min(0).max(28).nullable().default(null),
  actions: z.array(planActionSchema).max(40, 'can hold at most 40 actions').default([]),
});
export type Plan = z.infer<typeof planSchema>;

/** Who agreed it, in the appendix's order: carer and social worker always, the rest where they took part. */
export const AGREEMENT_ROLES = [
  ['carer', 'Residential staff member or foster carer'],
  ['socialWorker', 'Social worker'],
  ['youngPerson', 'Young person'],
  ['parents', 'Parent(s)'],
  ['familyPlacementOfficer', 'Family placement officer'],
  ['manager', 'Team manager or service manager'],
] as const;
export type AgreementRole = (typeof AGREEMENT_ROLES)[number][0];
const agreementSchema = z.object({ name: text(200), agreedOn: isoDate.nullable().default(null) });
export type Agreement = z.infer<typeof agreementSchema>;

export const agreementsSchema = z.object(
  Object.fromEntries(
    AGREEMENT_ROLES.map(([role]) => [role, agreementSchema.default({ name: '', agreedOn: null })]),
  ) as {
    [K in AgreementRole]: z.ZodDefault<typeof agreementSchema>;
  },
);
export type Agreements = z.infer<typeof agreementsSchema>;

export const riskAssessmentInputSchema = z.object({
  /** "Date of review": the day the meeting agreed it. */
  assessedOn: isoDate,
  /** The care provider's and the social worker's levels; where they disagree the higher stands (appendix a). */
  careProviderLevel: level,
  socialWorkerLevel: level,
  pattern: patternSchema.default(patternSchema.parse({})),
  concerns: concernsSchema.default(concernsSchema.parse({})),
  circumstances: circumstancesSchema.default(circumstancesSchema.parse({})),
  plan: planSchema,
  agreements: agreementsSchema.default(agreementsSchema.parse({})),
});
export type RiskAssessmentInput = z.infer<typeof riskAssessmentInputSchema>;

const RANK: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2 };
/** "In case of disagreement, the child or young person should be considered as being at higher risk." */
export const overallLevel = (a: RiskLevel, b: RiskLevel): RiskLevel => (RANK[a] >= RANK[b] ? a : b);

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * What the schema cannot see, as whole sentences naming the field as the form labels it: nothing dated after
 * today, the carer and social worker always named ("the meeting should always include the carer and Social
 * Worker"), an agreement dated and named together, and no address listed twice.
 */
export function riskAssessmentProblems(a: RiskAssessmentInput, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (a.assessedOn > today)
    problems.push({ field: 'assessment.assessedOn', message: 'Date of review is in the future.' });
  for (const [role, label] of AGREEMENT_ROLES) {
    const g = a.agreements[role];
    const field = `assessment.agreements.${role}`;
    if ((role === 'carer' || role === 'socialWorker') && g.name === '')
      problems.push({
        field: `${field}.name`,
        message: `${label}: the meeting always includes them; give their name.`,
      });
    if (g.name !== '' && g.agreedOn === null)
      problems.push({ field: `${field}.agreedOn`, message: `${label}: say when they agreed it.` });
    if (g.name === '' && g.agreedOn !== null)
      problems.push({ field: `${field}.name`, message: `${label}: a date is given but no name.` });
    if (g.agreedOn !== null && g.agreedOn > today)
      problems.push({ field: `${field}.agreedOn`, message: `${label}: the date agreed is in the future.` });
  }
  const seen = new Set<string>();
  a.plan.addresses.forEach((ad, i) => {
    const key = ad.address.toLowerCase();
    if (seen.has(key))
      problems.push({
        field: `assessment.plan.addresses.${i}.address`,
        message: 'This address is listed twice.',
      });
    seen.add(key);
  });
  const groups = new Set<string>();
  a.plan.contacts.forEach((c, i) => {
    if (groups.has(c.group))
      problems.push({
        field: `assessment.plan.contacts.${i}.group`,
        message: 'This contact group is listed twice.',
      });
    groups.add(c.group);
  });
  return problems;
}
