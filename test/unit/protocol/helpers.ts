import { DateTime } from 'luxon';
import type { LegalStatus } from '../../../shared/domain/child';
import {
  evaluateChild,
  getProfile,
  type ChildEvaluation,
  type ChildFacts,
  type EpisodeFacts,
  type MeetingHeld,
  type NotificationMade,
  type ProfileId,
} from '../../../shared/protocol';

/** A London wall-clock time "2025-01-06 14:30" as an ISO instant in UTC. */
export function london(local: string): string {
  const dt = DateTime.fromFormat(local, 'yyyy-MM-dd HH:mm', { zone: 'Europe/London' });
  if (!dt.isValid) throw new Error(`bad local time ${local}`);
  return dt.toUTC().toISO({ suppressMilliseconds: false }) ?? '';
}

/** Instant plus elapsed hours. */
export const plusHours = (iso: string, hours: number): string =>
  new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

let nextId = 1;
export function episode(reportedAt: string, extra: Partial<EpisodeFacts> = {}): EpisodeFacts {
  const id = extra.id ?? `e${nextId++}`;
  return {
    id,
    reportedAt,
    foundAt: plusHours(reportedAt, 3),
    category: 'missing',
    policeRisk: 'medium',
    ...extra,
  };
}

/** An episode still open (not found). */
export const openEpisode = (reportedAt: string, extra: Partial<EpisodeFacts> = {}): EpisodeFacts =>
  episode(reportedAt, { foundAt: null, ...extra });

/** Missing episodes reported at 10:00 London time on each of the given dates, returned 3 hours later, RHI done. */
export const missingOn = (...dates: string[]): EpisodeFacts[] =>
  dates.map((d) => {
    const reportedAt = london(`${d} 10:00`);
    return episode(reportedAt, { returnInterviewHeldAt: plusHours(reportedAt, 4) });
  });

export const CHILD: ChildFacts = {
  dateOfBirth: '2010-05-01',
  legalStatus: 'child-in-need',
  placingAuthority: 'Staffordshire',
};
export const childWith = (legalStatus: LegalStatus, extra: Partial<ChildFacts> = {}): ChildFacts => ({
  ...CHILD,
  legalStatus,
  ...extra,
});

export function evaluate(
  profileId: ProfileId,
  episodes: EpisodeFacts[],
  asOf: string,
  extra: { child?: ChildFacts; meetingsHeld?: MeetingHeld[]; notificationsMade?: NotificationMade[] } = {},
): ChildEvaluation {
  return evaluateChild({
    profile: getProfile(profileId),
    child: extra.child ?? CHILD,
    episodes,
    asOf,
    meetingsHeld: extra.meetingsHeld,
    notificationsMade: extra.notificationsMade,
  });
}

/** The London wall-clock rendering of an instant, "2025-01-08 14:30", for readable assertions. */
export const wall = (iso: string): string =>
  DateTime.fromISO(iso, { zone: 'Europe/London' }).toFormat('yyyy-MM-dd HH:mm');
