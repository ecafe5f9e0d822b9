import { z } from 'zod';
import { apiId } from '../api/text';
import { isoDate, isoInstant } from './child';
import { factorSchema, type PushPullFactor } from './episode';

// The return home interview as the council's own form holds it (WG appendix e, "Missing Person Return Interview"),
// with what W-CP 7.0, the carers' pack and EM add: the attempts to engage when a child declines or does not
// engage, why an interview was not within the profile's hours, and the host authority sharing the record with the
// placing authority. Questions are data (one list below), so the form, the checks and the Word export read the
// same words.

export const RHI_SECTIONS = [
  { key: 'why', title: 'Why?' },
  { key: 'whenOut', title: 'When out' },
  { key: 'returning', title: 'Returning' },
] as const;
export type RhiSection = (typeof RHI_SECTIONS)[number]['key'];

interface RhiQuestion {
  code: string;
  section: RhiSection;
  text: string;
  /** A "yes" suggests this factor (the form ticks it; the interviewer confirms). */
  suggests?: Pick<PushPullFactor, 'direction' | 'code'>;
}

/** The appendix's questions, in its order and its words (lightly tidied). */
export const RHI_QUESTIONS = [
  {
    code: 'home',
    section: 'why',
    text: 'Anything in the home?',
    suggests: { direction: 'push', code: 'conflict-at-home' },
  },
  {
    code: 'peer-pressure',
    section: 'why',
    text: 'Peer pressure?',
    suggests: { direction: 'pull', code: 'peer-pressure' },
  },
  {
    code: 'drugs-alcohol',
    section: 'why',
    text: 'Going to get drugs or alcohol?',
    suggests: { direction: 'pull', code: 'drugs-alcohol' },
  },
  {
    code: 'family-contact',
    section: 'why',
    text: 'Wanting family contact?',
    suggests: { direction: 'pull', code: 'family-contact' },
  },
  {
    code: 'clear-head',
    section: 'why',
    text: 'To clear your head?',
    suggests: { direction: 'push', code: 'clear-head' },
  },
  { code: 'planned', section: 'why', text: 'Did you plan to run away (take food, clothes, money)?' },
  { code: 'stayed-out', section: 'why', text: 'Did you just stay out?' },
  {
    code: 'friends-encouraged',
    section: 'why',
    text: 'Did friends encourage you to stay out?',
    suggests: { direction: 'pull', code: 'peer-pressure' },
  },
  {
    code: 'kept-against-will',
    section: 'why',
    text: 'Were you kept against your will?',
    suggests: { direction: 'pull', code: 'kept-against-will' },
  },
  { code: 'scared-to-return', section: 'whenOut', text: 'Were you scared to return?' },
  { code: 'wanted-to-return', section: 'whenOut', text: 'Did you at any point want to return?' },
  {
    code: 'harmed',
    section: 'whenOut',
    text: 'Did anything bad happen to you (hurt, injured, drugged, abused)?',
  },
  {
    code: 'held-captive',
    section: 'whenOut',
    text: 'Were you held captive?',
    suggests: { direction: 'pull', code: 'kept-against-will' },
  },
  {
    code: 'offered-drink-drugs',
    section: 'whenOut',
    text: 'Were you offered drink or drugs?',
    suggests: { direction: 'pull', code: 'drugs-alcohol' },
  },
  {
    code: 'somewhere-to-stay',
    section: 'whenOut',
    text: 'Did you have anywhere to stay? Where did you go?',
    suggests: { direction: 'pull', code: 'somewhere-to-stay' },
  },
  { code: 'food-money-clothing', section: 'whenOut', text: 'Were food, money and clothing an issue?' },
  {
    code: 'contact-made',
    section: 'whenOut',
    text: 'Did you make contact with anyone while away (friends, family, carers)?',
  },
  { code: 'police-involvement', section: 'whenOut', text: 'Did you get involved with the police?' },
  {
    code: 'crime',
    section: 'whenOut',
    text: 'Did you commit crime (alone, with someone, asked by someone)?',
    suggests: { direction: 'pull', code: 'offending' },
  },
  { code: 'ran-from-police', section: 'whenOut', text: 'Did you run from the police?' },
  { code: 'own-accord', section: 'returning', text: 'Did you return of your own accord?' },
  { code: 'returned-by-someone', section: 'returning', text: 'Were you returned by someone?' },
  { code: 'asked-pick-up', section: 'returning', text: 'Did you ask to be picked up?' },
  { code: 'scared-to-come-back', section: 'returning', text: 'Were you scared to come back?' },
  { code: 'feel-now', section: 'returning', text: 'How do you feel now that you are back?' },
  { code: 'needs', section: 'returning', text: 'Is there anything that you need?' },
  { code: 'treated-since', section: 'returning', text: 'How have you been treated since you got back?' },
] as const satisfies readonly RhiQuestion[];

export type RhiQuestionCode = (typeof RHI_QUESTIONS)[number]['code'];
export const RHI_QUESTION_CODES = RHI_QUESTIONS.map((q) => q.code) as [RhiQuestionCode, ...RhiQuestionCode[]];

/** Accepted, declined or not engaged with: "not offered" is the episode's own outcome when nothing was offered. */
export const RHI_OUTCOMES = ['accepted', 'declined', 'not-engaged'] as const;
export type RhiOutcome = (typeof RHI_OUTCOMES)[number];
export const RHI_OUTCOME_LABELS: Record<RhiOutcome, string> = {
  accepted: 'Accepted',
  declined: 'Declined',
  'not-engaged': 'Not engaged',
};

/** Who may not refuse a return interview, yet did (W-CP 7.0). */
export const INTERVIEW_REFUSERS = ['allocated-social-worker', 'carer'] as const;
export type InterviewRefuser = (typeof INTERVIEW_REFUSERS)[number];
export const INTERVIEW_REFUSER_LABELS: Record<InterviewRefuser, string> = {
  'allocated-social-worker': 'The allocated social worker',
  carer: 'The carer or support provider',
};

/** The carers' pack's methods of contact (telephone call, text, parent/carer/school, social media). */
export const CONTACT_METHODS = [
  'phone',
  'text',
  'visit',
  'carer',
  'school',
  'social-media',
  'letter',
] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const CONTACT_METHOD_LABELS: Record<ContactMethod, string> = {
  phone: 'Telephone call',
  text: 'Text message',
  visit: 'Visit',
  carer: 'Through parent or carer',
  school: 'Through school',
  'social-media': 'Social media',
  letter: 'Letter',
};

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).default('');
const yesNo = z.boolean().nullable().default(null);

export const rhiAnswerSchema = z.object({
  answer: yesNo,
  comments: text(1000),
});
export type RhiAnswer = z.infer<typeof rhiAnswerSchema>;

export const contactAttemptSchema = z.object({
  at: isoInstant,
  method: z.enum(CONTACT_METHODS, { error: 'must be one of the listed methods of contact' }),
  by: text(100),
  note: text(500),
});
export type ContactAttempt = z.infer<typeof contactAttemptSchema>;

export const returnInterviewInputSchema = z.object({
  episodeId: apiId,
  overview: text(4000),
  schoolChecked: yesNo,
  schoolDetail: text(2000),
  healthChecked: yesNo,
  healthDetail: text(2000),
  offered: yesNo,
  independent: yesNo,
  outcome: z.enum(RHI_OUTCOMES).nullable().default(null),
  /** Why declined, or why not engaged, or why not offered. */
  outcomeReason: text(2000),
  attempts: z.array(contactAttemptSchema).max(30, 'must list at most 30 attempts').default([]),
  heldAt: isoInstant.nullable().default(null),
  /** Why the interview was not within the profile's hours of the return. */
  lateReason: text(2000),
  place: text(200),
  coordinatedBy: text(100),
  othersPresent: text(500),
  answers: z.partialRecord(z.enum(RHI_QUESTION_CODES), rhiAnswerSchema).default({}),
  whatHappenedBefore: text(4000),
  whatHappenedWhileMissing: text(4000),
  preventAgain: text(4000),
  concerns: text(4000),
  furtherInformation: text(4000),
  childProtectionReferral: yesNo,
  childProtectionDetail: text(2000),
  consentToShare: yesNo,
  shareWith: text(500),
  completedBy: text(100),
  authorisedBy: text(100),
  authorisedOn: isoDate.nullable().default(null),
  forwardedToPoliceOn: isoDate.nullable().default(null),
  /** EM: the host authority's interviewer sends the record to the placing authority, who acknowledge it. */
  sentToPlacingAt: isoInstant.nullable().default(null),
  sentTo: text(200),
  receivedByPlacingAt: isoInstant.nullable().default(null),
  factors: z.array(factorSchema).max(60, 'must list at most 60 factors').default([]),
  /**
   * W-CP 7.0: "Allocated Social Workers and/or responsible Carers/support providers cannot refuse a RHI": a refusal
   * is recorded (who, when, why) and escalated to a senior manager; the interview is still due.
   */
  refusedBy: z
    .enum(INTERVIEW_REFUSERS, { error: 'must be the allocated social worker or the carer' })
    .nullable()
    .default(null),
  refusedAt: isoInstant.nullable().default(null),
  refusalReason: text(2000),
});
export type ReturnInterviewInput = z.infer<typeof returnInterviewInputSchema>;

export interface ReturnInterviewRecord extends ReturnInterviewInput {
  id: string;
  childId: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  /** Held within the profile's hours of the return; null until held. */
  heldInTime: boolean | null;
  dueWithinHours: number;
}

/** The factors a form's "yes" answers suggest, once each. */
export function suggestedFactors(answers: ReturnInterviewInput['answers']): PushPullFactor[] {
  const out: PushPullFactor[] = [];
  for (const q of RHI_QUESTIONS) {
    if (!('suggests' in q) || answers[q.code]?.answer !== true) continue;
    if (out.some((f) => f.code === q.suggests.code && f.direction === q.suggests.direction)) continue;
    out.push({ ...q.suggests, detail: null });
  }
  return out;
}

/** An empty form for an episode: what the renderer starts from. */
export const emptyReturnInterview = (episodeId: string): ReturnInterviewInput =>
  returnInterviewInputSchema.parse({ episodeId });
