/** Word exports: minutes, action plans and chronologies, in the built-in layout or a council's letterhead. */
export { buildMinutesDocx, checkDistribution, minutesTitle } from './minutes';
export { buildActionPlanDocx, actionPlanTitle } from './actionPlan';
export { buildChronologyDocx, chronologyTitle } from './chronology';
export { buildEscalationLogDocx } from './escalationLog';
export { DocumentModelError } from './errors';
export {
  LETTERHEAD_PLACEHOLDERS,
  LetterheadError,
  inspectLetterhead,
  type LetterheadPlaceholder,
} from './letterhead';
export { PROTECTIVE_MARKING } from './pageFrame';
export type { DocxExportOptions } from './render';
export { buildDashboardDocx, dashboardTitle } from './dashboard';
