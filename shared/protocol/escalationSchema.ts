import { z } from 'zod';

/**
 * The protocol's own escalations beyond a late return interview (issue 16 "Escalations", issue 17 W-CP 5.0): each is
 * a task on Due, with its section and sentence, until someone records it as escalated in the child's escalation log.
 */
const source = z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters');
const words = z.string().trim().min(1, 'is required').max(500, 'must be at most 500 characters');
const quote = z.string().trim().min(1, 'is required').max(600, 'must be at most 600 characters');
const kind = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. mim')
  .max(60, 'must be at most 60 characters');

/** W-CP 7.0: a return interview refused by the allocated social worker or carer goes to a senior manager. */
export const refusedInterviewEscalationSchema = z.object({
  /** Who it is escalated to. */
  role: words,
  action: words,
  quote,
  source,
});

/**
 * EM: the host authority always receives the minutes of a meeting about a placed child; minutes not received are
 * escalated "as described above", so on the return interview's own escalation steps, counted from the meeting.
 */
export const minutesEscalationSchema = z.object({
  meetingKinds: z.array(kind).min(1, 'must name at least one meeting kind').max(10),
  placedChildrenOnly: z.boolean().default(true),
  quote,
  source,
});

export const escalationRulesSchema = z
  .object({
    refusedReturnInterview: refusedInterviewEscalationSchema.nullable().default(null),
    minutesNotReceived: minutesEscalationSchema.nullable().default(null),
  })
  .default({ refusedReturnInterview: null, minutesNotReceived: null });

export type EscalationRules = z.output<typeof escalationRulesSchema>;
