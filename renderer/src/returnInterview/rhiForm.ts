import type { FieldIssue } from '../../../shared/api/result';
import type { PushPullFactor } from '../../../shared/domain/episode';
import { FACTOR_CODES } from '../../../shared/domain/factors';
import {
  CONTACT_METHODS,
  INTERVIEW_REFUSERS,
  RHI_OUTCOMES,
  RHI_QUESTIONS,
  type ContactMethod,
  type InterviewRefuser,
  type ReturnInterviewInput,
  type ReturnInterviewRecord,
  type RhiOutcome,
  type RhiQuestionCode,
} from '../../../shared/domain/returnInterview';
import { formatUkDate, formatUkDateTime, parseUkDate, parseUkDateTime } from '../../../shared/time/london';

// The return interview form as typed: every date and time is the text in its field, yes/no is '', 'yes' or 'no',
// so a draft holds exactly what the person typed (nothing is parsed away) and is turned into the record on save.

export type YesNo = '' | 'yes' | 'no';

export interface AttemptForm {
  at: string;
  method: ContactMethod | '';
  by: string;
  note: string;
}

export interface RhiForm {
  overview: string;
  schoolChecked: YesNo;
  schoolDetail: string;
  healthChecked: YesNo;
  healthDetail: string;
  offered: YesNo;
  independent: YesNo;
  outcome: RhiOutcome | '';
  outcomeReason: string;
  attempts: AttemptForm[];
  heldAt: string;
  lateReason: string;
  place: string;
  coordinatedBy: string;
  othersPresent: string;
  answers: Partial<Record<RhiQuestionCode, { answer: YesNo; comments: string }>>;
  whatHappenedBefore: string;
  whatHappenedWhileMissing: string;
  preventAgain: string;
  concerns: string;
  furtherInformation: string;
  childProtectionReferral: YesNo;
  childProtectionDetail: string;
  consentToShare: YesNo;
  shareWith: string;
  completedBy: string;
  authorisedBy: string;
  authorisedOn: string;
  forwardedToPoliceOn: string;
  sentToPlacingAt: string;
  sentTo: string;
  receivedByPlacingAt: string;
  factors: PushPullFactor[];
  refusedBy: InterviewRefuser | '';
  refusedAt: string;
  refusalReason: string;
}

const TEXT_KEYS = [
  'overview',
  'schoolDetail',
  'healthDetail',
  'outcomeReason',
  'heldAt',
  'lateReason',
  'place',
  'coordinatedBy',
  'othersPresent',
  'whatHappenedBefore',
  'whatHappenedWhileMissing',
  'preventAgain',
  'concerns',
  'furtherInformation',
  'childProtectionDetail',
  'shareWith',
  'completedBy',
  'authorisedBy',
  'authorisedOn',
  'forwardedToPoliceOn',
  'sentToPlacingAt',
  'sentTo',
  'receivedByPlacingAt',
  'refusedAt',
  'refusalReason',
] as const satisfies readonly (keyof RhiForm)[];
const YES_NO_KEYS = [
  'schoolChecked',
  'healthChecked',
  'offered',
  'independent',
  'childProtectionReferral',
  'consentToShare',
] as const satisfies readonly (keyof RhiForm)[];

const toYesNo = (v: boolean | null): YesNo => (v === null ? '' : v ? 'yes' : 'no');
const fromYesNo = (v: YesNo): boolean | null => (v === '' ? null : v === 'yes');

export const emptyForm = (): RhiForm => ({
  ...(Object.fromEntries(TEXT_KEYS.map((k) => [k, ''])) as Record<(typeof TEXT_KEYS)[number], string>),
  ...(Object.fromEntries(YES_NO_KEYS.map((k) => [k, ''])) as Record<(typeof YES_NO_KEYS)[number], YesNo>),
  outcome: '',
  refusedBy: '',
  attempts: [],
  answers: {},
  factors: [],
});

/** The saved record as the form shows it. */
export function toForm(r: ReturnInterviewRecord): RhiForm {
  const answers: RhiForm['answers'] = {};
  for (const [code, a] of Object.entries(r.answers) as [
    RhiQuestionCode,
    { answer: boolean | null; comments: string },
  ][])
    answers[code] = { answer: toYesNo(a.answer), comments: a.comments };
  return {
    ...emptyForm(),
    ...Object.fromEntries(TEXT_KEYS.map((k) => [k, typeof r[k] === 'string' ? r[k] : ''])),
    ...Object.fromEntries(YES_NO_KEYS.map((k) => [k, toYesNo(r[k])])),
    heldAt: r.heldAt ? formatUkDateTime(r.heldAt) : '',
    sentToPlacingAt: r.sentToPlacingAt ? formatUkDateTime(r.sentToPlacingAt) : '',
    receivedByPlacingAt: r.receivedByPlacingAt ? formatUkDateTime(r.receivedByPlacingAt) : '',
    authorisedOn: r.authorisedOn ? formatUkDate(r.authorisedOn) : '',
    forwardedToPoliceOn: r.forwardedToPoliceOn ? formatUkDate(r.forwardedToPoliceOn) : '',
    outcome: r.outcome ?? '',
    refusedBy: r.refusedBy ?? '',
    refusedAt: r.refusedAt ? formatUkDateTime(r.refusedAt) : '',
    attempts: r.attempts.map((a) => ({
      at: formatUkDateTime(a.at),
      method: a.method,
      by: a.by,
      note: a.note,
    })),
    answers,
    factors: r.factors,
  };
}

export type ParsedForm = { ok: true; input: ReturnInterviewInput } | { ok: false; issues: FieldIssue[] };

/** The form as the record to save; each date or time that does not parse is named, and nothing is sent. */
export function fromForm(episodeId: string, f: RhiForm): ParsedForm {
  const issues: FieldIssue[] = [];
  const instant = (field: string, label: string, text: string): string | null => {
    if (!text.trim()) return null;
    const p = parseUkDateTime(text);
    if (p.ok) return p.iso;
    issues.push({ field, message: `${label} ${p.message}.` });
    return null;
  };
  const date = (field: string, label: string, text: string): string | null => {
    if (!text.trim()) return null;
    const p = parseUkDate(text);
    if (p.ok) return p.date;
    issues.push({ field, message: `${label} ${p.message}.` });
    return null;
  };
  const attempts = f.attempts.map((a, i) => {
    if (!a.method)
      issues.push({
        field: `attempts.${i}.method`,
        message: `Attempt ${i + 1}: choose how contact was tried.`,
      });
    if (!a.at.trim())
      issues.push({ field: `attempts.${i}.at`, message: `Attempt ${i + 1}: the date and time is required.` });
    return {
      at: instant(`attempts.${i}.at`, `Attempt ${i + 1}: the date and time`, a.at) ?? '',
      method: a.method || 'phone',
      by: a.by,
      note: a.note,
    };
  });
  const answers: ReturnInterviewInput['answers'] = {};
  for (const [code, a] of Object.entries(f.answers) as [
    RhiQuestionCode,
    { answer: YesNo; comments: string },
  ][])
    if (a.answer !== '' || a.comments.trim())
      answers[code] = { answer: fromYesNo(a.answer), comments: a.comments };
  const input: ReturnInterviewInput = {
    episodeId,
    overview: f.overview,
    schoolChecked: fromYesNo(f.schoolChecked),
    schoolDetail: f.schoolDetail,
    healthChecked: fromYesNo(f.healthChecked),
    healthDetail: f.healthDetail,
    offered: fromYesNo(f.offered),
    independent: fromYesNo(f.independent),
    outcome: f.outcome || null,
    outcomeReason: f.outcomeReason,
    attempts,
    heldAt: instant('heldAt', 'Held', f.heldAt),
    lateReason: f.lateReason,
    place: f.place,
    coordinatedBy: f.coordinatedBy,
    othersPresent: f.othersPresent,
    answers,
    whatHappenedBefore: f.whatHappenedBefore,
    whatHappenedWhileMissing: f.whatHappenedWhileMissing,
    preventAgain: f.preventAgain,
    concerns: f.concerns,
    furtherInformation: f.furtherInformation,
    childProtectionReferral: fromYesNo(f.childProtectionReferral),
    childProtectionDetail: f.childProtectionDetail,
    consentToShare: fromYesNo(f.consentToShare),
    shareWith: f.shareWith,
    completedBy: f.completedBy,
    authorisedBy: f.authorisedBy,
    authorisedOn: date('authorisedOn', 'Authorised on', f.authorisedOn),
    forwardedToPoliceOn: date('forwardedToPoliceOn', 'Forwarded to police', f.forwardedToPoliceOn),
    sentToPlacingAt: instant('sentToPlacingAt', 'Sent to the placing authority', f.sentToPlacingAt),
    sentTo: f.sentTo,
    receivedByPlacingAt: instant(
      'receivedByPlacingAt',
      'Received by the placing authority',
      f.receivedByPlacingAt,
    ),
    factors: f.factors,
    refusedBy: f.refusedBy || null,
    refusedAt: instant('refusedAt', 'Refused on', f.refusedAt),
    refusalReason: f.refusalReason,
  };
  return issues.length ? { ok: false, issues } : { ok: true, input };
}

// --- The draft: the form as typed, in localStorage, read back against the form's shape. ---

export const draftKey = (episodeId: string) => `homeward.drafts.return-interview.${episodeId}`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const yn = (v: unknown): YesNo => (v === 'yes' || v === 'no' ? v : '');
const oneOf = <T extends string>(list: readonly T[], v: unknown): T | '' =>
  (list as readonly unknown[]).includes(v) ? (v as T) : '';

/** A stored draft, keeping only what fits the form (a value from an older version or an edited file is dropped). */
export function readDraft(raw: string | null): RhiForm | null {
  if (raw === null) return null;
  let d: unknown;
  try {
    d = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(d)) return null;
  const form = emptyForm();
  for (const k of TEXT_KEYS) form[k] = str(d[k]);
  for (const k of YES_NO_KEYS) form[k] = yn(d[k]);
  form.outcome = oneOf(RHI_OUTCOMES, d.outcome);
  form.refusedBy = oneOf(INTERVIEW_REFUSERS, d.refusedBy);
  if (Array.isArray(d.attempts))
    form.attempts = d.attempts.filter(isRecord).map((a) => ({
      at: str(a.at),
      method: oneOf(CONTACT_METHODS, a.method),
      by: str(a.by),
      note: str(a.note),
    }));
  if (isRecord(d.answers))
    for (const q of RHI_QUESTIONS) {
      const a = d.answers[q.code];
      if (isRecord(a)) form.answers[q.code] = { answer: yn(a.answer), comments: str(a.comments) };
    }
  if (Array.isArray(d.factors))
    form.factors = d.factors.filter(isRecord).flatMap((f) => {
      const code = oneOf(FACTOR_CODES, f.code);
      const direction = f.direction === 'push' || f.direction === 'pull' ? f.direction : null;
      return code && direction
        ? [{ code, direction, detail: typeof f.detail === 'string' ? f.detail : null }]
        : [];
    });
  return form;
}

export const sameForm = (a: RhiForm, b: RhiForm): boolean => JSON.stringify(a) === JSON.stringify(b);
