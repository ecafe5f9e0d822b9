import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { InterviewRowKey, MonthDashboard } from '../../../../shared/api/dashboard';
import type { BackendContext } from '../../context';
import { instantPlusHours } from '../../db/dialect';
import { share, type LondonMonth } from '../months';

/** Every shipped profile gives 72 hours from the return (W-CP 7.0, WG 9, ST 13.9). */
export const INTERVIEW_HOURS = 72;

interface InterviewColumns {
  foundAt: Expression<string | null>;
  heldAt: Expression<string | null>;
  outcome: Expression<string | null>;
}

/** The return interview was held within 72 hours of the return, in elapsed time. */
export const heldWithin72 = <DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  engine: BackendContext['engine'],
  c: InterviewColumns,
): Expression<SqlBool> =>
  eb.and([
    eb(c.heldAt, 'is not', null),
    eb(c.heldAt, '<=', instantPlusHours(engine, c.foundAt, INTERVIEW_HOURS)),
  ]);

/**
 * Something still to do about the interview: not held, declined or not engaged with (as the protocol engine reads
 * it). Written so a missing outcome reads as "not declined" rather than as unknown.
 */
export const interviewNotDoneWith = <DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  c: Pick<InterviewColumns, 'heldAt' | 'outcome'>,
): Expression<SqlBool> =>
  eb.and([
    eb(c.heldAt, 'is', null),
    eb.or([eb(c.outcome, 'is', null), eb(c.outcome, 'not in', ['declined', 'not-engaged'])]),
  ]);

const LABELS: Record<InterviewRowKey, string> = {
  offered: 'Offered',
  accepted: 'Accepted',
  held: 'Held',
  'held-within-72-hours': 'Held within 72 hours of the return',
  declined: 'Declined',
  'not-engaged': 'Not engaged',
  'not-offered': 'Not offered (reason recorded)',
  'no-outcome': 'No outcome recorded yet',
  outstanding: 'Outstanding: 72 hours passed, not held, declined or not engaged',
  'not-yet-due': 'Not yet held, still within the 72 hours',
};

const ORDER = Object.keys(LABELS) as InterviewRowKey[];

/**
 * Return interviews after the episodes that ended in the month (the denominator: every figure is a share of it).
 * Held, declined, not engaged, outstanding and not yet due add up to the episodes returned.
 */
export async function returnInterviews(
  ctx: BackendContext,
  m: LondonMonth,
  now: string,
): Promise<MonthDashboard['returnInterviews']> {
  const cutoff = new Date(new Date(now).getTime() - INTERVIEW_HOURS * 3_600_000).toISOString();
  const row = await ctx.db
    .selectFrom('episodes')
    .select((eb) => {
      const c = { foundAt: eb.ref('found_at'), heldAt: eb.ref('ri_held_at'), outcome: eb.ref('ri_outcome') };
      const count = (when: Expression<SqlBool>) => eb.fn.countAll<number>().filterWhere(when);
      return [
        eb.fn.countAll<number>().as('returned'),
        count(
          eb.or([
            eb('ri_outcome', 'in', ['accepted', 'declined', 'not-engaged']),
            eb.and([
              eb('ri_outcome', 'is', null),
              eb.or([eb('ri_offered_at', 'is not', null), eb('ri_held_at', 'is not', null)]),
            ]),
          ]),
        ).as('offered'),
        count(eb('ri_outcome', '=', 'accepted')).as('accepted'),
        count(eb('ri_held_at', 'is not', null)).as('held'),
        count(heldWithin72(eb, ctx.engine, c)).as('held-within-72-hours'),
        count(eb.and([eb('ri_outcome', '=', 'declined'), eb('ri_held_at', 'is', null)])).as('declined'),
        count(eb.and([eb('ri_outcome', '=', 'not-engaged'), eb('ri_held_at', 'is', null)])).as('not-engaged'),
        count(eb('ri_outcome', '=', 'not-offered')).as('not-offered'),
        count(eb('ri_outcome', 'is', null)).as('no-outcome'),
        count(eb.and([interviewNotDoneWith(eb, c), eb('found_at', '<', cutoff)])).as('outstanding'),
        count(eb.and([interviewNotDoneWith(eb, c), eb('found_at', '>=', cutoff)])).as('not-yet-due'),
      ];
    })
    .where('found_at', '>=', m.start)
    .where('found_at', '<', m.end)
    .executeTakeFirstOrThrow();
  const returned = Number(row.returned);
  return {
    returned,
    rows: ORDER.map((key) => ({ key, label: LABELS[key], ...share(Number(row[key]), returned) })),
  };
}
