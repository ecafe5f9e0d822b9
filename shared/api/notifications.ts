import { z } from 'zod';
import { isoInstant } from '../domain/child';
import { apiId } from './text';

const required = (max: number) =>
  z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(max, `must be at most ${max} characters`);

/**
 * A notification the protocol asks for, recorded as made (issue 16): who was told and when. Who recorded it is the
 * signed-in person, kept with the record and in the audit trail. `ruleId` and `role` are the Due row's own.
 */
export const recordNotificationSchema = z
  .object({
    childId: apiId,
    /** The episode told of; null for a notice about a statutory review or a placement (`subjectId`). */
    episodeId: apiId.nullable().default(null),
    /** The Due row's subject when it is about no episode: a statutory review's id, or "placement:YYYY-MM-DD". */
    subjectId: z
      .string()
      .trim()
      .regex(
        /^(?:placement:\d{4}-\d{2}-\d{2}|[A-Za-z0-9_-]{1,64})$/,
        'must be a statutory review or a placement',
      )
      .nullable()
      .default(null),
    // A profile rule's slug: an id, bounded and printable ASCII (issue 11).
    ruleId: apiId.max(60, 'must be at most 60 characters'),
    role: required(500),
    /** The person or office told, e.g. "PC A. Example, Leicestershire Police control room". */
    toldWho: required(200),
    toldAt: isoInstant,
  })
  .refine((v) => (v.episodeId === null) !== (v.subjectId === null), {
    path: ['episodeId'],
    message: 'must name the episode, or else the review or placement, and not both',
  });
export type RecordNotificationInput = z.infer<typeof recordNotificationSchema>;

export interface NotificationRecord {
  id: string;
  childId: string;
  episodeId: string | null;
  subjectId: string | null;
  ruleId: string;
  role: string;
  toldWho: string;
  toldAt: string;
  recordedAt: string;
  recordedBy: string;
}

export const notificationsSchemas = {
  'notifications.record': recordNotificationSchema,
};

export interface NotificationsOutputs {
  'notifications.record': NotificationRecord;
}
