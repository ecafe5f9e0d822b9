import type { PhilomenaIncident, PhilomenaProfile } from '../../../shared/api/philomena';
import {
  allChecks,
  reviewDueOn,
  type Part2Entry,
  type Part2Kind,
  type Part2Risk,
  type Part3CheckCode,
  type PhilomenaPart1,
  type PhilomenaPart3,
  type PhotoType,
  type ProfileShare,
} from '../../../shared/domain/philomena';
import type { Db } from '../db/schema';
import { listEpisodesForChild } from '../episodes/queries';
import { newId } from '../ids';

const EMPTY_PART1: PhilomenaPart1 = {
  description: '',
  distinguishingMarks: '',
  phoneNumbers: '',
  socialMedia: '',
  medicalNeeds: '',
  medication: '',
  school: '',
};

/** Parts 1 and 2 with what the rest of Homeward knows (the chronology), without the photograph's bytes. */
export async function readProfile(db: Db, childId: string): Promise<PhilomenaProfile> {
  const p = await db
    .selectFrom('philomena_profiles')
    .selectAll()
    .where('child_id', '=', childId)
    .executeTakeFirst();
  const places = await db
    .selectFrom('philomena_places')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('position')
    .execute();
  const shares = await db
    .selectFrom('philomena_shares')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('shared_on', 'desc')
    .orderBy('recorded_at', 'desc')
    .execute();
  const photo = await db
    .selectFrom('philomena_photos')
    .select(['mime_type', 'byte_size', 'uploaded_at'])
    .where('child_id', '=', childId)
    .executeTakeFirst();
  const episodes = await listEpisodesForChild(db, childId);
  return {
    childId,
    part1: p
      ? {
          description: p.description,
          distinguishingMarks: p.distinguishing_marks,
          phoneNumbers: p.phone_numbers,
          socialMedia: p.social_media,
          medicalNeeds: p.medical_needs,
          medication: p.medication,
          school: p.school,
        }
      : EMPTY_PART1,
    part2: places.map((r) => ({
      kind: r.kind as Part2Kind,
      name: r.name,
      details: r.details,
      risk: r.risk as Part2Risk,
      riskNotes: r.risk_notes,
    })),
    reviewedAt: p?.reviewed_at ?? null,
    reviewedBy: p?.reviewed_by ?? null,
    reviewDueOn: p ? reviewDueOn(p.reviewed_at) : null,
    shares: shares.map((s) => ({
      sharedOn: s.shared_on,
      sharedWith: s.shared_with,
      recordedAt: s.recorded_at,
      recordedBy: s.recorded_by,
    })),
    photo: photo
      ? { mimeType: photo.mime_type as PhotoType, byteSize: photo.byte_size, uploadedAt: photo.uploaded_at }
      : null,
    // Newest first: the police read the latest pattern first.
    previousEpisodes: episodes
      .map((e) => ({
        episodeId: e.id,
        category: e.category,
        reportedAt: e.reportedAt,
        foundAt: e.foundAt,
        whereFound: e.whereFound,
      }))
      .reverse(),
  };
}

/** Saves Parts 1 and 2 as a whole (Part 2 replaced in the order given) and stamps the review. */
export async function writeProfile(
  db: Db,
  childId: string,
  part1: PhilomenaPart1,
  part2: readonly Part2Entry[],
  at: string,
  by: string,
): Promise<void> {
  const row = {
    description: part1.description,
    distinguishing_marks: part1.distinguishingMarks,
    phone_numbers: part1.phoneNumbers,
    social_media: part1.socialMedia,
    medical_needs: part1.medicalNeeds,
    medication: part1.medication,
    school: part1.school,
    reviewed_at: at,
    reviewed_by: by,
  };
  await db
    .insertInto('philomena_profiles')
    .values({ child_id: childId, ...row })
    .onConflict((c) => c.column('child_id').doUpdateSet(row))
    .execute();
  await db.deleteFrom('philomena_places').where('child_id', '=', childId).execute();
  if (part2.length > 0) {
    await db
      .insertInto('philomena_places')
      .values(
        part2.map((e, position) => ({
          id: newId(),
          child_id: childId,
          position,
          kind: e.kind,
          name: e.name,
          details: e.details,
          risk: e.risk,
          risk_notes: e.riskNotes,
        })),
      )
      .execute();
  }
}

export async function insertShare(
  db: Db,
  childId: string,
  share: ProfileShare,
  at: string,
  by: string,
): Promise<void> {
  await db
    .insertInto('philomena_shares')
    .values({
      id: newId(),
      child_id: childId,
      shared_on: share.sharedOn,
      shared_with: share.sharedWith,
      recorded_at: at,
      recorded_by: by,
    })
    .execute();
}

export async function writePhoto(
  db: Db,
  childId: string,
  mimeType: PhotoType,
  content: Uint8Array,
  at: string,
  by: string,
): Promise<void> {
  const row = { mime_type: mimeType, content, byte_size: content.length, uploaded_at: at, uploaded_by: by };
  await db
    .insertInto('philomena_photos')
    .values({ child_id: childId, ...row })
    .onConflict((c) => c.column('child_id').doUpdateSet(row))
    .execute();
}

export async function deletePhoto(db: Db, childId: string): Promise<void> {
  await db.deleteFrom('philomena_photos').where('child_id', '=', childId).execute();
}

export async function readPhoto(
  db: Db,
  childId: string,
): Promise<{ mimeType: PhotoType; content: Uint8Array } | null> {
  const r = await db
    .selectFrom('philomena_photos')
    .select(['mime_type', 'content'])
    .where('child_id', '=', childId)
    .executeTakeFirst();
  return r ? { mimeType: r.mime_type as PhotoType, content: r.content } : null;
}

export async function readIncident(db: Db, episodeId: string, childId: string): Promise<PhilomenaIncident> {
  const r = await db
    .selectFrom('philomena_incidents')
    .selectAll()
    .where('episode_id', '=', episodeId)
    .executeTakeFirst();
  const checks = await db
    .selectFrom('philomena_checks')
    .selectAll()
    .where('episode_id', '=', episodeId)
    .execute();
  const part3: PhilomenaPart3 = {
    lastSeenAt: r?.last_seen_at ?? null,
    lastSeenWhere: r?.last_seen_where ?? '',
    clothing: r?.clothing ?? '',
    mayBeWith: r?.may_be_with ?? '',
    checks: allChecks(
      checks.map((c) => ({
        code: c.code as Part3CheckCode,
        done: c.done === 1,
        by: c.done_by,
        at: c.done_at,
        findings: c.findings,
      })),
    ),
  };
  return { episodeId, childId, part3, updatedAt: r?.updated_at ?? null, updatedBy: r?.updated_by ?? null };
}

export async function writeIncident(
  db: Db,
  episodeId: string,
  part3: PhilomenaPart3,
  at: string,
  by: string,
): Promise<void> {
  const row = {
    last_seen_at: part3.lastSeenAt === null ? null : new Date(part3.lastSeenAt).toISOString(),
    last_seen_where: part3.lastSeenWhere,
    clothing: part3.clothing,
    may_be_with: part3.mayBeWith,
    updated_at: at,
    updated_by: by,
  };
  await db
    .insertInto('philomena_incidents')
    .values({ episode_id: episodeId, ...row })
    .onConflict((c) => c.column('episode_id').doUpdateSet(row))
    .execute();
  await db.deleteFrom('philomena_checks').where('episode_id', '=', episodeId).execute();
  if (part3.checks.length > 0) {
    await db
      .insertInto('philomena_checks')
      .values(
        part3.checks.map((c) => ({
          episode_id: episodeId,
          code: c.code,
          done: c.done ? 1 : 0,
          done_by: c.by,
          done_at: c.at === null ? null : new Date(c.at).toISOString(),
          findings: c.findings,
        })),
      )
      .execute();
  }
}

/** Every child with a Part 1, and when it was last reviewed: what the Due list checks. */
export async function listProfileReviews(db: Db) {
  const rows = await db
    .selectFrom('philomena_profiles')
    .innerJoin('children', 'children.id', 'philomena_profiles.child_id')
    .select(['children.id', 'children.given_name', 'children.family_name', 'philomena_profiles.reviewed_at'])
    .execute();
  return rows.map((r) => ({
    childId: r.id,
    childName: `${r.given_name} ${r.family_name}`,
    reviewedAt: r.reviewed_at,
  }));
}
