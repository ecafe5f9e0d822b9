/** What recording an automatic escalation in the child's log answers: the Due row's key, without the child. */

/** The log's due key of a return interview's escalation step (shared/protocol/dueList.ts shows it). */
export const returnStepEscalationKey = (episodeId: string, stepId: string): string =>
  `return-step|${episodeId}|${stepId}`;
export const refusalEscalationKey = (episodeId: string): string => `rhi-refused|${episodeId}`;
export const minutesEscalationKey = (meetingId: string, stepId: string): string =>
  `minutes|${meetingId}|${stepId}`;
