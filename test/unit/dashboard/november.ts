import type { Backend } from '../../../electron/backend/backend';
import { freshBackend } from '../support/backend';
import { addChild, addEpisode, held } from './fixtures';

/** Now is early December, so November is a whole month behind us (GMT all month: the clocks went back on 25 Oct). */
export const NOW = '2026-12-05T10:00:00.000Z';

/**
 * A small known set. November 2026 holds: A's two missing and one absent episodes, B's away episode and a missing
 * episode reported at 23:30 on the 30th (found on 1 December), D's missing episode at the first instant of the month.
 * C went missing at 23:30 on 31 October and came back on 1 November with no interview since.
 */
export async function november(): Promise<Backend & { dir: string }> {
  const b = await freshBackend(NOW);
  const a = await addChild(b, { placingAuthority: 'Warwickshire County Council', givenName: 'Alpha' });
  await addEpisode(b, a.id, '2026-03-10T10:00:00Z', '2026-03-10T18:00:00Z', {
    returnInterview: held('2026-03-11T10:00:00Z'),
  });
  await addEpisode(b, a.id, '2026-11-02T10:00:00Z', '2026-11-02T20:00:00Z', {
    policeRiskAtReport: 'medium',
    policeRiskLatest: 'high',
    returnInterview: held('2026-11-03T10:00:00Z'),
    factors: [
      { direction: 'push', code: 'conflict-at-home' },
      { direction: 'pull', code: 'peer-pressure' },
    ],
  });
  await addEpisode(b, a.id, '2026-11-10T10:00:00Z', '2026-11-11T10:00:00Z', {
    policeRiskAtReport: 'medium',
    returnInterview: { outcome: 'declined', offeredAt: '2026-11-11T12:00:00Z' },
    factors: [
      { direction: 'push', code: 'conflict-at-home' },
      { direction: 'pull', code: 'criminal-exploitation' },
    ],
  });
  await addEpisode(b, a.id, '2026-11-20T08:00:00Z', '2026-11-20T12:00:00Z', {
    category: 'absent',
    returnInterview: { outcome: 'not-engaged', offeredAt: '2026-11-20T13:00:00Z' },
  });

  const placedB = await addChild(b, {
    givenName: 'Bravo',
    placingAuthority: 'Derby City Council',
    hostAuthority: 'Nottinghamshire County Council',
  });
  // Held 96 hours after the return: held, but not within 72 hours.
  await addEpisode(b, placedB.id, '2026-11-05T10:00:00Z', '2026-11-05T12:00:00Z', {
    category: 'away',
    policeRiskAtReport: 'no-apparent-risk',
    returnInterview: held('2026-11-09T12:00:00Z'),
    factors: [{ direction: 'push', code: 'placement-difficulty' }],
  });
  await addEpisode(b, placedB.id, '2026-11-30T23:30:00Z', '2026-12-01T02:00:00Z', {
    policeRiskAtReport: 'high',
  });

  const placedC = await addChild(b, {
    givenName: 'Charlie',
    placingAuthority: 'Leicester City Council',
    hostAuthority: 'Derby City Council',
  });
  await addEpisode(b, placedC.id, '2026-10-31T23:30:00Z', '2026-11-01T01:00:00Z');

  // Four missing episodes in 90 days at the end of November: Warwickshire stage 1 (W-KC).
  const d = await addChild(b, { placingAuthority: 'Warwickshire County Council', givenName: 'Delta' });
  for (const day of ['2026-09-10', '2026-09-20', '2026-10-01'])
    await addEpisode(b, d.id, `${day}T10:00:00Z`, `${day}T11:00:00Z`, {
      returnInterview: held(`${day}T12:00:00Z`),
    });
  await addEpisode(b, d.id, '2026-11-01T00:00:00.000Z', '2026-11-01T06:00:00Z', {
    returnInterview: held('2026-11-01T08:00:00Z'),
  });
  await addEpisode(b, d.id, '2026-12-01T00:00:00.000Z', '2026-12-01T03:00:00Z', {
    returnInterview: held('2026-12-01T05:00:00Z'),
  });
  return b;
}
