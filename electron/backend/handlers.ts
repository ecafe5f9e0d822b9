import type { ApiMethod } from '../../shared/api';
import { appHandlers } from './app/handlers';
import { childrenHandlers } from './children/handlers';
import { episodesHandlers } from './episodes/handlers';
import { exportsHandlers } from './exports/handlers';
import { protocolHandlers } from './protocol/handlers';
import { meetingsHandlers } from './meetings/handlers';
import type { Handlers } from './handler';
import { importExportHandlers } from './importExport/handlers';
import { dashboardHandlers } from './dashboard/handlers';
import { outcomesHandlers } from './outcomes/handlers';
import { accountsHandlers } from './accounts/handlers';
import { returnInterviewsHandlers } from './returnInterviews/handlers';
import { philomenaHandlers } from './philomena/handlers';
import { notificationsHandlers } from './notifications/handlers';
import { riskAssessmentsHandlers } from './riskAssessments/handlers';
import { escalationsHandlers } from './escalations/handlers';
import { statutoryReviewsHandlers } from './statutoryReviews/handlers';

/** Every API method's handler; the type makes a method without a handler a compile error. */
export const handlers: Handlers<ApiMethod> = {
  ...appHandlers,
  ...childrenHandlers,
  ...episodesHandlers,
  ...exportsHandlers,
  ...protocolHandlers,
  ...meetingsHandlers,
  ...importExportHandlers,
  ...dashboardHandlers,
  ...outcomesHandlers,
  ...accountsHandlers,
  ...returnInterviewsHandlers,
  ...philomenaHandlers,
  ...notificationsHandlers,
  ...riskAssessmentsHandlers,
  ...escalationsHandlers,
  ...statutoryReviewsHandlers,
};
