import type { FieldIssue } from '../api/result';
import type { ProtocolProfile } from '../protocol/schema';
import { returnInterviewHeldInTime } from '../protocol/returnInterviewRule';
import { formatUkDateTime } from '../time/london';
import { CONTACT_METHOD_LABELS, type ReturnInterviewInput } from './returnInterview';

/** What a return interview is checked against: its episode, the child's profile's rule, and now. */
export interface ReturnInterviewCheckContext {
  episode: { reportedAt: string; foundAt: string | null };
  rules: Pick<ProtocolProfile['returnInterview'], 'dueWithinHours' | 'engagementAttempts' | 'shortName'>;
  now: string;
}

const ms = (iso: string) => new Date(iso).getTime();
/** A few minutes' grace for a clock a little ahead of the server's. */
const FUTURE_GRACE_MS = 5 * 60_000;

/**
 * The checks on save, each naming the field as the form labels it and saying what is wrong. A rejected save
 * changes nothing; the form keeps what was typed.
 */
export function checkReturnInterview(
  r: ReturnInterviewInput,
  ctx: ReturnInterviewCheckContext,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  const now = ms(ctx.now) + FUTURE_GRACE_MS;
  const today = ctx.now.slice(0, 10);
  const name = ctx.rules.shortName;

  if (!ctx.episode.foundAt) {
    add(
      'episodeId',
      `A ${name} is for a child who has returned: this episode has no Found / returned time yet.`,
    );
    return issues;
  }
  const returned = ms(ctx.episode.foundAt);

  if (r.offered === false && r.outcome !== null)
    add('outcome', `Accepted or declined cannot be recorded when the ${name} was not offered.`);
  if (r.offered === false && !r.outcomeReason)
    add('outcomeReason', `Reason is required: say why the ${name} was not offered.`);
  if (r.offered === true && r.independent === null)
    add(
      'independent',
      'Independent is required: say whether the interviewer was independent of the child’s care.',
    );
  if ((r.outcome === 'declined' || r.outcome === 'not-engaged') && !r.outcomeReason)
    add(
      'outcomeReason',
      `Reason is required when the ${name} was ${r.outcome === 'declined' ? 'declined' : 'not engaged with'}.`,
    );

  // W-CP 7.0: a refusal is recorded whole (who, when, why), so that it can be escalated to a senior manager.
  if (r.refusedBy !== null || r.refusedAt !== null || r.refusalReason) {
    if (r.refusedBy === null)
      add('refusedBy', 'Refused by is required: the allocated social worker or the carer.');
    if (r.refusedAt === null) add('refusedAt', 'Refused on is required: when the refusal was made.');
    else if (ms(r.refusedAt) > now) add('refusedAt', 'Refused on must not be in the future.');
    else if (ms(r.refusedAt) < returned)
      add('refusedAt', 'Refused on must not be before the child returned.');
    if (!r.refusalReason)
      add('refusalReason', 'Reason for the refusal is required: it goes to the senior manager.');
  }

  if (r.heldAt) {
    if (r.outcome !== 'accepted')
      add('outcome', `Accepted is the only outcome for a ${name} that was held (Held is set).`);
    const held = ms(r.heldAt);
    if (held > now) add('heldAt', 'Held must not be in the future.');
    if (held < returned)
      add(
        'heldAt',
        `Held (${formatUkDateTime(r.heldAt)}) is before the child returned (${formatUkDateTime(ctx.episode.foundAt)}).`,
      );
    else if (!returnInterviewHeldInTime(ctx.rules, returned, held) && !r.lateReason)
      add(
        'lateReason',
        `Why not within ${ctx.rules.dueWithinHours} hours is required: held more than ${ctx.rules.dueWithinHours} hours after the return.`,
      );
  }

  r.attempts.forEach((a, i) => {
    if (ms(a.at) > now) add(`attempts.${i}.at`, `Attempt ${i + 1}: the time must not be in the future.`);
    if (ms(a.at) < ms(ctx.episode.reportedAt))
      add(`attempts.${i}.at`, `Attempt ${i + 1}: the time is before the episode was reported.`);
  });
  const rule = ctx.rules.engagementAttempts;
  if (r.outcome === 'not-engaged' && rule) {
    if (r.attempts.length < rule.contacts)
      add(
        'attempts',
        `Attempts: the protocol asks for at least ${rule.contacts} contacts before "not engaged" (${rule.source}); ${r.attempts.length} recorded.`,
      );
    const methods = new Set(r.attempts.map((a) => a.method));
    if (rule.differentMethods && r.attempts.length >= rule.contacts && methods.size < rule.contacts)
      add(
        'attempts',
        `Attempts: the protocol asks for ${rule.contacts} different methods of contact (${rule.source}); only ${[...methods].map((m) => CONTACT_METHOD_LABELS[m].toLowerCase()).join(', ')} recorded.`,
      );
  }

  if (r.schoolChecked === true && !r.schoolDetail)
    add('schoolDetail', 'Detail of attendance is required when school was checked.');
  if (r.healthChecked === true && !r.healthDetail)
    add('healthDetail', 'Detail of health concerns is required when health was checked.');
  if (r.childProtectionReferral === true && !r.childProtectionDetail)
    add('childProtectionDetail', 'Referral detail is required when a child protection referral was made.');
  if (r.consentToShare === true && !r.shareWith)
    add('shareWith', 'Shared with is required when the child consents to the form being shared.');
  if (r.authorisedOn && !r.authorisedBy)
    add('authorisedBy', 'Authorised by is required when Authorised on is set.');
  if (r.authorisedOn && r.authorisedOn > today)
    add('authorisedOn', 'Authorised on must not be in the future.');
  if (r.forwardedToPoliceOn && r.forwardedToPoliceOn > today)
    add('forwardedToPoliceOn', 'Forwarded to police must not be in the future.');
  if (r.forwardedToPoliceOn && r.heldAt && r.forwardedToPoliceOn < r.heldAt.slice(0, 10))
    add('forwardedToPoliceOn', 'Forwarded to police is before the interview was held.');

  if (r.sentToPlacingAt) {
    if (ms(r.sentToPlacingAt) > now)
      add('sentToPlacingAt', 'Sent to the placing authority must not be in the future.');
    if (!r.sentTo)
      add('sentTo', 'Sent to is required: name who at the placing authority received the record.');
  }
  if (r.receivedByPlacingAt) {
    if (!r.sentToPlacingAt)
      add(
        'receivedByPlacingAt',
        'Received by the placing authority needs Sent to the placing authority first.',
      );
    else if (ms(r.receivedByPlacingAt) < ms(r.sentToPlacingAt))
      add('receivedByPlacingAt', 'Received by the placing authority is before it was sent.');
    if (ms(r.receivedByPlacingAt) > now)
      add('receivedByPlacingAt', 'Received by the placing authority must not be in the future.');
  }
  const seen = new Set<string>();
  r.factors.forEach((f, i) => {
    const key = `${f.direction}:${f.code}:${f.detail ?? ''}`;
    if (seen.has(key)) add(`factors.${i}`, `Factor ${i + 1} is listed twice.`);
    seen.add(key);
    if (f.code === 'other' && !f.detail) add(`factors.${i}.detail`, `Factor ${i + 1}: say what "Other" is.`);
  });
  return issues;
}
