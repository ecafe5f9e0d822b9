import type { PushPullFactor } from '../../../shared/domain/episode';
import type { ReturnInterviewInput, ReturnInterviewRecord } from '../../../shared/domain/returnInterview';
import type { ReturnInterviewSummary } from '../../../shared/api/returnInterviews';
import type { Db, ReturnInterviewsTable } from '../db/schema';
import type { Selectable } from 'kysely';

type Row = Selectable<ReturnInterviewsTable>;

const flag = (v: boolean | null): number | null => (v === null ? null : v ? 1 : 0);
const unflag = (v: number | null): boolean | null => (v === null ? null : v === 1);

/** The record's columns from validated input (JSON for the answers, attempts and factors). */
const columns = (r: ReturnInterviewInput) => ({
  overview: r.overview,
  school_checked: flag(r.schoolChecked),
  school_detail: r.schoolDetail,
  health_checked: flag(r.healthChecked),
  health_detail: r.healthDetail,
  offered: flag(r.offered),
  independent: flag(r.independent),
  outcome: r.outcome,
  outcome_reason: r.outcomeReason,
  attempts: JSON.stringify(r.attempts),
  held_at: r.heldAt,
  late_reason: r.lateReason,
  place: r.place,
  coordinated_by: r.coordinatedBy,
  others_present: r.othersPresent,
  answers: JSON.stringify(r.answers),
  what_happened_before: r.whatHappenedBefore,
  what_happened_while_missing: r.whatHappenedWhileMissing,
  prevent_again: r.preventAgain,
  concerns: r.concerns,
  further_information: r.furtherInformation,
  child_protection_referral: flag(r.childProtectionReferral),
  child_protection_detail: r.childProtectionDetail,
  consent_to_share: flag(r.consentToShare),
  share_with: r.shareWith,
  completed_by: r.completedBy,
  authorised_by: r.authorisedBy,
  authorised_on: r.authorisedOn,
  forwarded_to_police_on: r.forwardedToPoliceOn,
  sent_to_placing_at: r.sentToPlacingAt,
  sent_to: r.sentTo,
  received_by_placing_at: r.receivedByPlacingAt,
  factors: JSON.stringify(r.factors),
  refused_by: r.refusedBy,
  refused_at: r.refusedAt,
  refusal_reason: r.refusalReason,
});

/** A stored row as the record (its JSON was validated against the shared schema when written; the casts restore types). */
export const rowToInput = (r: Row): ReturnInterviewInput => ({
  episodeId: r.episode_id,
  overview: r.overview,
  schoolChecked: unflag(r.school_checked),
  schoolDetail: r.school_detail,
  healthChecked: unflag(r.health_checked),
  healthDetail: r.health_detail,
  offered: unflag(r.offered),
  independent: unflag(r.independent),
  outcome: r.outcome as ReturnInterviewInput['outcome'],
  outcomeReason: r.outcome_reason,
  attempts: JSON.parse(r.attempts) as ReturnInterviewInput['attempts'],
  heldAt: r.held_at,
  lateReason: r.late_reason,
  place: r.place,
  coordinatedBy: r.coordinated_by,
  othersPresent: r.others_present,
  answers: JSON.parse(r.answers) as ReturnInterviewInput['answers'],
  whatHappenedBefore: r.what_happened_before,
  whatHappenedWhileMissing: r.what_happened_while_missing,
  preventAgain: r.prevent_again,
  concerns: r.concerns,
  furtherInformation: r.further_information,
  childProtectionReferral: unflag(r.child_protection_referral),
  childProtectionDetail: r.child_protection_detail,
  consentToShare: unflag(r.consent_to_share),
  shareWith: r.share_with,
  completedBy: r.completed_by,
  authorisedBy: r.authorised_by,
  authorisedOn: r.authorised_on,
  forwardedToPoliceOn: r.forwarded_to_police_on,
  sentToPlacingAt: r.sent_to_placing_at,
  sentTo: r.sent_to,
  receivedByPlacingAt: r.received_by_placing_at,
  factors: JSON.parse(r.factors) as PushPullFactor[],
  refusedBy: r.refused_by as ReturnInterviewInput['refusedBy'],
  refusedAt: r.refused_at,
  refusalReason: r.refusal_reason,
});

export type StoredInterview = Omit<ReturnInterviewRecord, 'heldInTime' | 'dueWithinHours'>;

const rowToStored = (r: Row): StoredInterview => ({
  ...rowToInput(r),
  id: r.id,
  childId: r.child_id,
  revision: r.revision,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export async function getInterviewForEpisode(db: Db, episodeId: string): Promise<StoredInterview | null> {
  const r = await db
    .selectFrom('return_interviews')
    .selectAll()
    .where('episode_id', '=', episodeId)
    .executeTakeFirst();
  return r ? rowToStored(r) : null;
}

export async function listInterviewsForChild(db: Db, childId: string): Promise<StoredInterview[]> {
  const rows = await db
    .selectFrom('return_interviews')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(rowToStored);
}

export async function insertInterview(
  db: Db,
  p: { id: string; childId: string; at: string; by: string },
  r: ReturnInterviewInput,
): Promise<void> {
  await db
    .insertInto('return_interviews')
    .values({
      id: p.id,
      episode_id: r.episodeId,
      child_id: p.childId,
      ...columns(r),
      created_at: p.at,
      updated_at: p.at,
      updated_by: p.by,
    })
    .execute();
}

/** Writes only when the stored revision is the one the form was based on; answers whether it wrote. */
export async function updateInterview(
  db: Db,
  p: { id: string; baseRevision: number; at: string; by: string },
  r: ReturnInterviewInput,
): Promise<boolean> {
  const res = await db
    .updateTable('return_interviews')
    .set((eb) => ({ ...columns(r), revision: eb('revision', '+', 1), updated_at: p.at, updated_by: p.by }))
    .where('id', '=', p.id)
    .where('revision', '=', p.baseRevision)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/**
 * The interview's findings onto its episode, so the chronology, the protocol engine and the factor summary read
 * them where they always have: the offer, outcome and time held, and each factor found that the episode does not
 * hold yet (appended; a factor the episode had from elsewhere is never taken away here). The episode's revision is
 * bumped as every update of it is.
 */
export async function feedEpisode(
  db: Db,
  r: ReturnInterviewInput,
  at: string,
): Promise<{ factorsAdded: number }> {
  const episode = await db
    .selectFrom('episodes')
    .select(['ri_offered_at'])
    .where('id', '=', r.episodeId)
    .executeTakeFirstOrThrow();
  const firstContact = [...r.attempts].map((a) => a.at).sort()[0] ?? r.heldAt;
  await db
    .updateTable('episodes')
    .set((eb) => ({
      ri_offered_at: r.offered === true ? (episode.ri_offered_at ?? firstContact ?? null) : null,
      ri_offered_by: r.offered === true ? r.coordinatedBy || null : null,
      ri_outcome: r.offered === false ? 'not-offered' : r.outcome,
      ri_not_offered_reason: r.outcome === 'accepted' ? null : r.outcomeReason || null,
      ri_held_at: r.heldAt,
      updated_at: at,
      revision: eb('revision', '+', 1),
    }))
    .where('id', '=', r.episodeId)
    .execute();
  const held = await db
    .selectFrom('episode_factors')
    .select(['position', 'direction', 'code', 'detail'])
    .where('episode_id', '=', r.episodeId)
    .orderBy('position')
    .execute();
  const has = (f: PushPullFactor) =>
    held.some(
      (h) =>
        h.direction === f.direction && h.code === f.code && (f.code !== 'other' || h.detail === f.detail),
    );
  const fresh = r.factors.filter((f) => !has(f));
  let next = held.reduce((max, h) => Math.max(max, h.position + 1), 0);
  if (fresh.length > 0)
    await db
      .insertInto('episode_factors')
      .values(
        fresh.map((f) => ({
          episode_id: r.episodeId,
          position: next++,
          direction: f.direction,
          code: f.code,
          detail: f.detail,
        })),
      )
      .execute();
  return { factorsAdded: fresh.length };
}

export const toSummary = (r: ReturnInterviewRecord): ReturnInterviewSummary => ({
  id: r.id,
  episodeId: r.episodeId,
  outcome: r.outcome,
  offered: r.offered,
  heldAt: r.heldAt,
  heldInTime: r.heldInTime,
  attempts: r.attempts.length,
  factors: r.factors.length,
  concerns: r.concerns,
  childProtectionReferral: r.childProtectionReferral,
  forwardedToPoliceOn: r.forwardedToPoliceOn,
  sentToPlacingAt: r.sentToPlacingAt,
  receivedByPlacingAt: r.receivedByPlacingAt,
  updatedAt: r.updatedAt,
});
