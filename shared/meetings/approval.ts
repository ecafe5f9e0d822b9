import type { Meeting } from '../domain/meeting';
import { formatLongDateTime } from '../time/london';

/**
 * "Approved by A. Example, Team Manager on Tue 1 Dec 2026, 10:15": the minutes, the lock banner and the Word file
 * say it the same way. Minutes approved before Homeward asked for a role (migration 0021) have a name only.
 */
export function approvalLine(m: Pick<Meeting, 'approvedAt' | 'approvedBy' | 'approvedByRole'>): string {
  const who = m.approvedBy ?? 'the chair';
  return `Approved by ${m.approvedByRole ? `${who}, ${m.approvedByRole}` : who} on ${formatLongDateTime(m.approvedAt)}`;
}
