import { DAY_MS } from '../time/london';
import type { Episode, EpisodeCategory, PushPullFactor } from './episode';
import { FACTOR_LABELS, type FactorCode } from './factors';

type Span = Pick<Episode, 'reportedAt' | 'foundAt' | 'category'>;

const t = (iso: string) => new Date(iso).getTime();

/** Episodes reported in the `days` before `asOf` (and not after it). */
export function countEpisodesSince(
  episodes: readonly Span[],
  asOf: string,
  days: number,
  categories?: readonly EpisodeCategory[],
): number {
  const to = t(asOf);
  const from = to - days * DAY_MS;
  return episodes.filter((e) => {
    const at = t(e.reportedAt);
    return at >= from && at <= to && (!categories || categories.includes(e.category));
  }).length;
}

/** How long an episode lasted, or has lasted so far when still open. */
export const episodeDurationMs = (e: Span, asOf: string): number =>
  (e.foundAt ? t(e.foundAt) : t(asOf)) - t(e.reportedAt);

export const openEpisode = <E extends Span>(episodes: readonly E[]): E | undefined =>
  episodes.find((e) => !e.foundAt);

export interface FactorSummaryRow {
  direction: PushPullFactor['direction'];
  code: FactorCode;
  label: string;
  /** Episodes in which the factor was recorded. */
  count: number;
  firstSeen: string;
  lastSeen: string;
  /** Free-text details given with it, most recent first. */
  details: string[];
}

/** How often each push and pull factor appears across a chronology, most frequent first. */
export function summariseFactors(
  episodes: ReadonlyArray<Pick<Episode, 'reportedAt' | 'factors'>>,
): FactorSummaryRow[] {
  const rows = new Map<string, FactorSummaryRow>();
  const sorted = [...episodes].sort((a, b) => t(a.reportedAt) - t(b.reportedAt));
  for (const e of sorted) {
    const seenHere = new Set<string>();
    for (const f of e.factors) {
      const key = `${f.direction}:${f.code}:${f.code === 'other' ? (f.detail ?? '') : ''}`;
      const row =
        rows.get(key) ??
        ({
          direction: f.direction,
          code: f.code,
          label: f.code === 'other' && f.detail ? f.detail : FACTOR_LABELS[f.code],
          count: 0,
          firstSeen: e.reportedAt,
          lastSeen: e.reportedAt,
          details: [],
        } satisfies FactorSummaryRow);
      if (!seenHere.has(key)) {
        row.count += 1;
        seenHere.add(key);
      }
      row.lastSeen = e.reportedAt;
      if (f.detail && f.code !== 'other') row.details.unshift(f.detail);
      rows.set(key, row);
    }
  }
  return [...rows.values()].sort((a, b) => b.count - a.count || t(b.lastSeen) - t(a.lastSeen));
}

/** Return interview within 72 hours of return (W-CP 7.0, WG 9, ST 13.9): held, and held in time. */
export function returnInterviewWithin72h(e: Pick<Episode, 'foundAt' | 'returnInterview'>): boolean | null {
  if (!e.foundAt || !e.returnInterview.heldAt) return null;
  return t(e.returnInterview.heldAt) - t(e.foundAt) <= 72 * 3_600_000;
}
