import { DateTime } from 'luxon';
import { formatLongDateTime, LONDON } from '../time/london';

/**
 * A meeting's two times, each where it belongs: when it was scheduled for, and when it was actually held (started,
 * and ended once concluded). One wording for the meeting page, the Meetings list and the minutes, so a meeting set
 * for 10:00 and started at 07:51 never reads as 07:51 in one place and 10:00 in another.
 */
export interface MeetingTimes {
  scheduledAt: string;
  startedAt: string | null;
  concludedAt: string | null;
}

const clock = (iso: string) => DateTime.fromISO(iso, { zone: LONDON }).toFormat('HH:mm');
const sameDay = (a: string, b: string) =>
  DateTime.fromISO(a, { zone: LONDON }).hasSame(DateTime.fromISO(b, { zone: LONDON }), 'day');

/** "Scheduled for Fri 20 Nov 2026, 10:00". */
export const scheduledWords = (m: MeetingTimes): string =>
  `Scheduled for ${formatLongDateTime(m.scheduledAt)}`;

/**
 * What actually happened, or null before it starts: "Held 07:51 to 08:40", "Started 07:51, in progress"; the
 * date is given too when it is not the scheduled day.
 */
export function heldWords(m: MeetingTimes): string | null {
  if (m.startedAt === null) return null;
  const start = sameDay(m.startedAt, m.scheduledAt) ? clock(m.startedAt) : formatLongDateTime(m.startedAt);
  if (m.concludedAt === null) return `Started ${start}, in progress`;
  const end = sameDay(m.concludedAt, m.startedAt) ? clock(m.concludedAt) : formatLongDateTime(m.concludedAt);
  return `Held ${start} to ${end}`;
}

/** Both on one line, for a compact header: "Scheduled for Fri 20 Nov 2026, 10:00 · Started 07:51, in progress". */
export const meetingTimesLine = (m: MeetingTimes): string =>
  [scheduledWords(m), heldWords(m)].filter((w): w is string => w !== null).join(' · ');
