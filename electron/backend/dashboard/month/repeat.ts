import type { MonthDashboard } from '../../../../shared/api/dashboard';
import type { BackendContext } from '../../context';
import { londonMonth, shiftMonth, type LondonMonth } from '../months';

/**
 * Children with repeat episodes: 2 or more episodes of any category reported in the month (WG 13), and "repeat
 * missing", a child reported missing in the month who was reported missing more than once in the 12 months to the
 * end of the month (W-CP 2.0: "reported as missing on more than one occasion within the previous 12 months").
 */
export async function repeatEpisodes(ctx: BackendContext, m: LondonMonth): Promise<MonthDashboard['repeat']> {
  const yearStart = londonMonth(shiftMonth(m.month, -11)).start;
  const rows = await ctx.db
    .with('month', (db) =>
      db
        .selectFrom('episodes')
        .select((eb) => [
          'child_id',
          eb.fn.countAll<number>().as('n'),
          eb.fn.countAll<number>().filterWhere('category', '=', 'missing').as('missing'),
        ])
        .where('reported_at', '>=', m.start)
        .where('reported_at', '<', m.end)
        .groupBy('child_id'),
    )
    .selectFrom('month as m')
    .innerJoin('children as c', 'c.id', 'm.child_id')
    .select((eb) => [
      'c.id',
      'c.given_name',
      'c.family_name',
      'c.case_reference',
      'm.n',
      'm.missing',
      // Each month's child's own year of missing episodes, one range of episodes_by_child (child_id,
      // reported_at) per child. Grouping the whole year's missing episodes first (45,000 rows on the bench's
      // county, for its 2,800 children of the month) was half the dashboard's time on SQLite; a semi-join on the
      // month's children was worse on PostgreSQL, which planned it as a loop over the year per child (6.5 s).
      eb
        .selectFrom('episodes as y')
        .select((yb) => yb.fn.countAll<number>().as('n'))
        .whereRef('y.child_id', '=', 'm.child_id')
        .where('y.category', '=', 'missing')
        .where('y.reported_at', '>=', yearStart)
        .where('y.reported_at', '<', m.end)
        .as('missingIn12Months'),
    ])
    .orderBy('m.n', 'desc')
    .orderBy('missingIn12Months', 'desc')
    .orderBy('c.family_name')
    .orderBy('c.given_name')
    .execute();
  const children = rows.map((r) => {
    const missingIn12Months = Number(r.missingIn12Months);
    return {
      childId: r.id,
      childName: `${r.given_name} ${r.family_name}`,
      caseReference: r.case_reference,
      episodesInMonth: Number(r.n),
      missingIn12Months,
      repeatMissing: Number(r.missing) > 0 && missingIn12Months > 1,
    };
  });
  return {
    children: children.length,
    withRepeatEpisodes: children.filter((c) => c.episodesInMonth >= 2).length,
    repeatMissing: children.filter((c) => c.repeatMissing).length,
    list: children.filter((c) => c.episodesInMonth >= 2 || c.repeatMissing),
  };
}
