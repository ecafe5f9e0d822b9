import { DomainError } from '../errors';
import type { Handlers } from '../handler';
import { buildBoard } from './board';
import { dashboardCsv, dashboardDocx } from './exports';
import { buildMonthDashboard } from './month/build';
import { monthOf } from './months';
import { addChildToReview, removeChildFromReview } from './reviewChildren';
import { startDailyReview } from './startReview';
import type { BackendContext } from '../context';

/** A month still to come has no figures: refused rather than shown as a month of zeros. */
function checkMonth(ctx: BackendContext, month: string): string {
  if (month > monthOf(ctx.now())) {
    throw new DomainError('invalid', 'The dashboard can only show the current month or earlier months.', [
      { field: 'month', message: 'is after the current month' },
    ]);
  }
  return month;
}

/** The Daily Review board and the monthly missing dashboard, with its Word and CSV exports. */
export const dashboardHandlers: Handlers<
  | 'dailyReview.board'
  | 'dailyReview.start'
  | 'dailyReview.addChild'
  | 'dailyReview.removeChild'
  | 'dashboard.month'
  | 'dashboard.exportDocx'
  | 'dashboard.exportCsv'
> = {
  'dailyReview.board': (_args, ctx) => buildBoard(ctx),
  'dailyReview.start': (_args, ctx) => startDailyReview(ctx),
  'dailyReview.addChild': (args, ctx) => addChildToReview(ctx, args),
  'dailyReview.removeChild': (args, ctx) => removeChildFromReview(ctx, args),
  'dashboard.month': ({ month }, ctx) => buildMonthDashboard(ctx, checkMonth(ctx, month)),
  'dashboard.exportDocx': async ({ month }, ctx) =>
    dashboardDocx(ctx, await buildMonthDashboard(ctx, checkMonth(ctx, month))),
  'dashboard.exportCsv': async ({ month }, ctx) =>
    dashboardCsv(ctx, await buildMonthDashboard(ctx, checkMonth(ctx, month))),
};
