import type { AuthorityRow } from '../../../../shared/api/dashboard';
import type { BackendContext } from '../../context';
import type { LondonMonth } from '../months';
import { INTERVIEW_HOURS, interviewNotDoneWith } from './interviews';

/**
 * The East Midlands analysis: for children placed by one authority in another's area (a host authority recorded
 * and different from the placing authority), per pair of authorities, the episodes reported in the month, the
 * episodes that ended in it, and of those the return interviews outstanding: 72 hours passed and none held, declined
 * or not engaged with (EM: the placing authority owes the interview and its update to the host authority).
 */
export async function placedChildrenByAuthority(
  ctx: BackendContext,
  m: LondonMonth,
  now: string,
): Promise<AuthorityRow[]> {
  const cutoff = new Date(new Date(now).getTime() - INTERVIEW_HOURS * 3_600_000).toISOString();
  const rows = await ctx.db
    .with('placed', (db) =>
      db
        .selectFrom('children')
        .select((eb) => [
          'id',
          eb.fn<string>('trim', ['placing_authority']).as('placing'),
          eb.fn<string>('trim', ['host_authority']).as('host'),
        ])
        .where('host_authority', 'is not', null)
        .where((eb) => eb(eb.fn('trim', ['host_authority']), '<>', ''))
        .where((eb) =>
          eb(
            eb.fn('lower', [eb.fn('trim', ['host_authority'])]),
            '<>',
            eb.fn('lower', [eb.fn('trim', ['placing_authority'])]),
          ),
        ),
    )
    .selectFrom('placed as p')
    .innerJoin('episodes as e', 'e.child_id', 'p.id')
    .select((eb) => {
      const reported = eb.and([eb('e.reported_at', '>=', m.start), eb('e.reported_at', '<', m.end)]);
      const returned = eb.and([eb('e.found_at', '>=', m.start), eb('e.found_at', '<', m.end)]);
      const c = { heldAt: eb.ref('e.ri_held_at'), outcome: eb.ref('e.ri_outcome') };
      return [
        'p.placing',
        'p.host',
        eb.fn.count<number>('p.id').distinct().as('children'),
        eb.fn.countAll<number>().filterWhere(reported).as('episodes'),
        eb.fn.countAll<number>().filterWhere(returned).as('returned'),
        eb.fn
          .countAll<number>()
          .filterWhere(eb.and([returned, interviewNotDoneWith(eb, c), eb('e.found_at', '<', cutoff)]))
          .as('interviewsOutstanding'),
      ];
    })
    .where((eb) =>
      eb.or([
        eb.and([eb('e.reported_at', '>=', m.start), eb('e.reported_at', '<', m.end)]),
        eb.and([eb('e.found_at', '>=', m.start), eb('e.found_at', '<', m.end)]),
      ]),
    )
    .groupBy(['p.placing', 'p.host'])
    .orderBy('interviewsOutstanding', 'desc')
    .orderBy('episodes', 'desc')
    .orderBy('p.placing')
    .orderBy('p.host')
    .execute();
  return rows.map((r) => ({
    placingAuthority: r.placing,
    hostAuthority: r.host,
    children: Number(r.children),
    episodes: Number(r.episodes),
    returned: Number(r.returned),
    interviewsOutstanding: Number(r.interviewsOutstanding),
  }));
}
