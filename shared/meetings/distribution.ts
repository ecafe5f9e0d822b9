import {
  ATTENDEE_ROLE_LABELS,
  type Attendee,
  type AttendanceStatus,
  type DistributionEntry,
  type MeetingChild,
  type MeetingKind,
} from '../domain/meeting';
import { hasIro, isPlacedOutOfArea } from './invitees';

const ATTENDANCE_REASON: Record<AttendanceStatus, string> = {
  invited: 'Invited',
  attended: 'Attended',
  apologies: 'Sent apologies',
  declined: 'Declined to attend',
  'no-response': 'Invited: no response',
};

/** Meetings whose minutes go to the child's IRO: ST 14.4 (urgent care review), WG 12 (strategy), EM (placed). */
const IRO_RECEIVES: readonly MeetingKind[] = ['mim', 'strategy', 'urgent-care-review'];

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Who receives the minutes: everyone invited who has a name or an agency; the host authority of a child placed out
 * of area, which "should always receive the minutes" (EM) whether or not it attended; the child's IRO where there is
 * one (ST 14.4, WG 12); and for an urgent care review the children's social care lead (ST 14.4).
 */
export function distributionList(
  kind: MeetingKind,
  attendees: readonly Attendee[],
  children: readonly MeetingChild[],
): DistributionEntry[] {
  const out: DistributionEntry[] = attendees
    .filter((a) => a.name !== '' || a.agency !== '')
    .map((a) => ({
      name: a.name === '' ? null : a.name,
      role: ATTENDEE_ROLE_LABELS[a.role],
      agency: a.agency,
      reason: ATTENDANCE_REASON[a.status],
    }));
  const has = (role: string, agency: string) => out.some((e) => e.role === role && same(e.agency, agency));

  for (const c of children) {
    const host = c.hostAuthority;
    if (host !== null && isPlacedOutOfArea(c) && !has(ATTENDEE_ROLE_LABELS['host-authority'], host)) {
      out.push({
        name: null,
        role: ATTENDEE_ROLE_LABELS['host-authority'],
        agency: host,
        reason: 'Host authority: always receives the minutes (EM)',
      });
    }
    if (IRO_RECEIVES.includes(kind) && hasIro(c) && !attendees.some((a) => a.role === 'iro')) {
      out.push({
        name: null,
        role: ATTENDEE_ROLE_LABELS.iro,
        agency: c.placingAuthority,
        reason: 'The child’s Independent Reviewing Officer (ST 14.4, WG 12, EM)',
      });
    }
    if (kind === 'urgent-care-review') {
      out.push({
        name: null,
        role: 'Children’s social care lead',
        agency: c.placingAuthority,
        reason: 'Minutes of the urgent care review go to the social care lead (ST 14.4)',
      });
    }
  }
  return out;
}
