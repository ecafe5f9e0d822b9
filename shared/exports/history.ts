import type { DocumentEpisode, EpisodeHistory, IsoInstant } from './documents';

const DAY_MS = 86_400_000;
const ms = (iso: string) => new Date(iso).getTime();

/**
 * A child's whole history of episodes up to `asOf`: what the listed episodes are a part of. High risk is the police's
 * latest grading, as the documents print it.
 */
export function episodeHistory(
  all: readonly DocumentEpisode[],
  asOf: IsoInstant,
  listed: { since: IsoInstant; reason: string; count: number; child: string | null },
): EpisodeHistory {
  const to = ms(asOf);
  const upTo = all.filter((e) => ms(e.reportedAt) <= to);
  const within = (days: number) => upTo.filter((e) => ms(e.reportedAt) >= to - days * DAY_MS).length;
  const durations = upTo.flatMap((e) =>
    e.foundAt ? [Math.max(0, Math.floor((ms(e.foundAt) - ms(e.reportedAt)) / 60_000))] : [],
  );
  const first = upTo.reduce<string | null>(
    (min, e) => (min === null || ms(e.reportedAt) < ms(min) ? e.reportedAt : min),
    null,
  );
  return {
    child: listed.child,
    asOf,
    listedSince: listed.since,
    listedSinceReason: listed.reason,
    listed: listed.count,
    total: upTo.length,
    last90Days: within(90),
    last12Months: within(365),
    longestMinutes: durations.length > 0 ? Math.max(...durations) : null,
    highRisk: upTo.filter((e) => e.policeRisk === 'High').length,
    firstReportedAt: first,
  };
}
