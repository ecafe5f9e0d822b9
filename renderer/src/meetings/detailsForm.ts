import type { FieldIssue } from '../../../shared/api';
import type { Meeting } from '../../../shared/domain/meeting';
import { formatUkDateTime, parseUkDateTime } from '../../../shared/time/london';

/** A meeting's details as typed: the date stays text until saved, so nothing typed is lost to a parse. */
export interface DetailsDraft {
  scheduledAt: string;
  venue: string;
  chairRole: string;
  chairName: string;
  minuteTaker: string;
  reason: string;
}

export type DetailsErrors = Partial<Record<keyof DetailsDraft | 'general', string>>;

export const draftFromMeeting = (m: Meeting): DetailsDraft => ({
  scheduledAt: formatUkDateTime(m.scheduledAt),
  venue: m.venue,
  chairRole: m.chairRole,
  chairName: m.chairName ?? '',
  minuteTaker: m.minuteTaker ?? '',
  reason: m.reason,
});

const FIELDS: ReadonlyArray<keyof DetailsDraft> = [
  'scheduledAt',
  'venue',
  'chairRole',
  'chairName',
  'minuteTaker',
  'reason',
];

export const DETAILS_LABELS: Record<keyof DetailsDraft, string> = {
  scheduledAt: 'Date and time',
  venue: 'Venue',
  chairRole: 'Chair’s role',
  chairName: 'Chair’s name',
  minuteTaker: 'Minute-taker',
  reason: 'Reason for the meeting',
};

/** The backend's issues under each field they name ("details.venue" or "venue"); the rest as one message. */
export function issuesToErrors(issues: readonly FieldIssue[] | undefined, message: string): DetailsErrors {
  const errors: DetailsErrors = {};
  const other: string[] = [];
  for (const issue of issues ?? []) {
    const field = FIELDS.find((f) => issue.field === f || issue.field === `details.${f}`);
    // Schema issues are fragments ("is required"); the backend's own checks are whole sentences.
    if (field)
      errors[field] = /^[a-z]/.test(issue.message)
        ? `${DETAILS_LABELS[field]} ${issue.message}.`
        : issue.message;
    else other.push(issue.message);
  }
  if (other.length > 0 || Object.keys(errors).length === 0)
    errors.general = other.length > 0 ? other.join(' ') : message;
  return errors;
}

export type ParsedDetails =
  | {
      ok: true;
      value: {
        scheduledAt: string;
        venue: string;
        chairRole: string;
        chairName: string | null;
        minuteTaker: string | null;
        reason: string;
      };
    }
  | { ok: false; errors: DetailsErrors };

/** Checks what the backend would refuse anyway, so the message sits under the field before a round trip. */
export function parseDetails(d: DetailsDraft): ParsedDetails {
  const errors: DetailsErrors = {};
  const when = d.scheduledAt.trim() ? parseUkDateTime(d.scheduledAt, '09:00') : null;
  if (when === null) errors.scheduledAt = 'Date and time is required.';
  else if (!when.ok) errors.scheduledAt = `Date and time ${when.message}.`;
  if (!d.chairRole.trim()) errors.chairRole = 'Chair’s role is required.';
  if (!d.reason.trim()) errors.reason = 'Reason for the meeting is required.';
  if (Object.keys(errors).length > 0 || !when?.ok) return { ok: false, errors };
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    ok: true,
    value: {
      scheduledAt: when.iso,
      venue: d.venue.trim(),
      chairRole: d.chairRole.trim(),
      chairName: orNull(d.chairName),
      minuteTaker: orNull(d.minuteTaker),
      reason: d.reason.trim(),
    },
  };
}
