import { z } from 'zod';
import { isoDate } from '../domain/child';
import { apiId } from './text';

/**
 * A child's statutory (looked-after) review held: the day and the IRO who chaired it. ST 17.4 asks the IRO to
 * report the child's out-of-area missing episodes after each one, which Due shows until recorded as told.
 */
export interface StatutoryReview {
  id: string;
  childId: string;
  heldOn: string;
  iroName: string;
  recordedAt: string;
  recordedBy: string;
}

export const addStatutoryReviewSchema = z.object({
  childId: apiId,
  /** The day it was held (`YYYY-MM-DD`, London); not after today. */
  heldOn: isoDate,
  /** The Independent Reviewing Officer who chaired it, e.g. "A. Example (IRO service)". */
  iroName: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(200, 'must be at most 200 characters'),
});
export type AddStatutoryReviewInput = z.infer<typeof addStatutoryReviewSchema>;

export const statutoryReviewsSchemas = {
  'statutoryReviews.listForChild': z.object({ childId: apiId }),
  'statutoryReviews.add': addStatutoryReviewSchema,
};

export interface StatutoryReviewsOutputs {
  /** Newest first. */
  'statutoryReviews.listForChild': StatutoryReview[];
  'statutoryReviews.add': StatutoryReview;
}
