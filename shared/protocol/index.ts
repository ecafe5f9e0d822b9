/**
 * The protocol engine: missing-children protocols as data (profiles), and a pure evaluation of one child against
 * a profile as of an instant. No I/O, no Node modules: the renderer and the backend both use it.
 */
export { evaluateChild, inScope } from './evaluate';
export { buildDueList, compareDueItems, dueEvaluationOf, shortMeetingLabel } from './dueList';
export type { DueEvaluation, DueItem, DueItemKind, DueListRow, DueNotification } from './dueList';
export { DUE_SHOWS, NO_DUE_COUNTS, RETURN_KINDS, addDueCounts, countDueItems, dueItemShows } from './dueShow';
export type { DueCounts, DueShow } from './dueShow';
export {
  deadlineMs,
  describeDeadline,
  formatDay,
  formatDuration,
  formatShortDay,
  formatTime,
  formatTimeAndDay,
} from './format';
export {
  addWorkingDays,
  addWorkingDaysToDay,
  isWorkingDay,
  isWorkingDayNumber,
  workingDaysAfterInstant,
} from './workingDays';
export {
  BANK_HOLIDAY_DATA_YEARS,
  bankHolidaysOf,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  isBankHolidayDay,
  standardBankHolidays,
} from './bankHolidays';
export {
  dayFromIsoDate,
  isoDateFromDay,
  LONDON,
  londonDay,
  londonDayStart,
  londonOffsetMinutes,
  plusLondonDays,
  plusLondonMonths,
} from './london';
export {
  duplicateProfile,
  getProfile,
  isProfileId,
  listProfiles,
  PROFILE_IDS,
  profileIdForChild,
} from './profiles';
export type { ProfileId } from './profiles';
export { isPlacedChild } from './returnInterviews';
export { gradingWarnings } from './gradings';
export type { GradedEpisode, GradingWarning } from './gradings';
export { protocolProfileSchema } from './schema';
export type {
  ChairRule,
  DurationClock,
  GradingRule,
  PromptRule,
  ProtocolProfile,
  ProtocolProfileInput,
  ProtocolStage,
  ReturnStep,
} from './schema';
export type {
  ChildEvaluation,
  ChildFacts,
  Consideration,
  EpisodeFacts,
  EscalationDue,
  EscalationFacts,
  EvaluateChildInput,
  LongTermMissing,
  MeetingHeld,
  MeetingKind,
  MissingInterventionMeeting,
  Notification,
  NotificationMade,
  Prompt,
  ProtocolLabel,
  RequiredMeeting,
  ReturnInterviewDue,
  ReturnStepDue,
  StageLevel,
  StageResult,
  UpcomingClock,
} from './types';
