import { audit } from '../audit/audit';
import { getChild } from '../children/queries';
import { invalid, notFound } from '../errors';
import type { Handlers } from '../handler';
import { newId } from '../ids';
import { londonToday } from '../meetings/guard';
import { mutation } from '../mutation';
import { insertStatutoryReview, listStatutoryReviewsForChild } from './queries';

export const statutoryReviewsHandlers: Handlers<'statutoryReviews.listForChild' | 'statutoryReviews.add'> = {
  'statutoryReviews.listForChild': ({ childId }, ctx) =>
    mutation(ctx, async (tx) => {
      if (!(await getChild(tx.db, childId))) throw notFound('The child');
      const reviews = await listStatutoryReviewsForChild(tx.db, childId);
      await audit(tx, 'view', 'statutory-reviews', childId, childId);
      return reviews;
    }),
  // A review is a fact of the past: one still to come is not held, and would start the IRO's report early.
  'statutoryReviews.add': (input, ctx) =>
    mutation(ctx, async (tx) => {
      const child = await getChild(tx.db, input.childId);
      if (!child) throw notFound('The child');
      if (input.heldOn > londonToday(tx))
        throw invalid([{ field: 'heldOn', message: 'Date held cannot be in the future.' }]);
      const now = tx.now().toISOString();
      const review = await insertStatutoryReview(tx.db, {
        id: newId(),
        child_id: child.id,
        held_on: input.heldOn,
        iro_name: input.iroName,
        recorded_at: now,
        recorded_by: tx.user(),
      });
      tx.changed('statutory_reviews');
      // The day, never the IRO's name: the audit holds no personal data.
      await audit(tx, 'create', 'statutory-review', review.id, child.id, `heldOn ${review.heldOn}`);
      return review;
    }),
};
