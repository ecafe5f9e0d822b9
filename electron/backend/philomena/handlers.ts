import type { Episode } from '../../../shared/domain/episode';
import { POLICE_RISK_LABELS } from '../../../shared/domain/episode';
import { part3Problems } from '../../../shared/domain/philomena';
import { audit } from '../audit/audit';
import { getChild } from '../children/queries';
import type { BackendContext } from '../context';
import { invalid, notFound } from '../errors';
import { getEpisode } from '../episodes/queries';
import { toDocumentChild } from '../exports/mapping/child';
import { issuerFor } from '../exports/issuer';
import { letterheadOption, londonDay, meetingDocxFile } from '../exports/minutesModel';
import type { Handlers } from '../handler';
import { londonToday } from '../meetings/guard';
import { mutation } from '../mutation';
import { buildPhilomenaDocx } from './document';
import { checkedPhoto } from './photo';
import {
  deletePhoto,
  insertShare,
  readIncident,
  readPhoto,
  readProfile,
  writeIncident,
  writePhoto,
  writeProfile,
} from './queries';

type Methods =
  | 'philomena.get'
  | 'philomena.save'
  | 'philomena.recordShare'
  | 'philomena.setPhoto'
  | 'philomena.removePhoto'
  | 'philomena.photo'
  | 'philomena.getIncident'
  | 'philomena.saveIncident'
  | 'philomena.export';

async function requireChild(ctx: BackendContext, childId: string) {
  const child = await getChild(ctx.db, childId);
  if (!child) throw notFound('The child');
  return child;
}

/** Part 3 is the form for a child whose whereabouts are not known: a missing episode, not absent or away. */
async function requireMissingEpisode(ctx: BackendContext, episodeId: string): Promise<Episode> {
  const episode = await getEpisode(ctx.db, episodeId);
  if (!episode) throw notFound('The episode');
  if (episode.category !== 'missing')
    throw invalid([
      {
        field: 'episodeId',
        message:
          'Philomena Part 3 is for a missing episode (whereabouts not known); this episode is recorded as absent or away.',
      },
    ]);
  return episode;
}

/**
 * The Philomena Protocol's three parts. Every read of them is a view of the child on the audit trail and every save
 * an update; the audit names the part, never what was written.
 */
export const philomenaHandlers: Handlers<Methods> = {
  'philomena.get': ({ childId }, ctx) =>
    mutation(ctx, async (tx) => {
      await requireChild(tx, childId);
      await audit(tx, 'view', 'philomena', childId, childId);
      return readProfile(tx.db, childId);
    }),

  'philomena.save': ({ childId, part1, part2 }, ctx) =>
    mutation(ctx, async (tx) => {
      await requireChild(tx, childId);
      await writeProfile(tx.db, childId, part1, part2, tx.now().toISOString(), tx.user());
      await audit(tx, 'update', 'philomena', childId, childId, `part 1, part 2 (${part2.length} entries)`);
      tx.changed('philomena_profiles');
      return readProfile(tx.db, childId);
    }),

  'philomena.recordShare': ({ childId, share }, ctx) =>
    mutation(ctx, async (tx) => {
      await requireChild(tx, childId);
      if (share.sharedOn > londonToday(tx))
        throw invalid([{ field: 'share.sharedOn', message: 'Shared on is in the future.' }]);
      await insertShare(tx.db, childId, share, tx.now().toISOString(), tx.user());
      await audit(tx, 'update', 'philomena', childId, childId, 'shared with police SPOC');
      tx.changed('philomena_profiles');
      return readProfile(tx.db, childId);
    }),

  'philomena.setPhoto': ({ childId, mimeType, base64 }, ctx) =>
    mutation(ctx, async (tx) => {
      await requireChild(tx, childId);
      const photo = checkedPhoto(mimeType, base64);
      await writePhoto(tx.db, childId, photo.mimeType, photo.bytes, tx.now().toISOString(), tx.user());
      await audit(tx, 'update', 'philomena', childId, childId, 'photograph');
      tx.changed('philomena_profiles');
      return readProfile(tx.db, childId);
    }),

  'philomena.removePhoto': ({ childId }, ctx) =>
    mutation(ctx, async (tx) => {
      await requireChild(tx, childId);
      await deletePhoto(tx.db, childId);
      await audit(tx, 'update', 'philomena', childId, childId, 'photograph removed');
      tx.changed('philomena_profiles');
      return readProfile(tx.db, childId);
    }),

  'philomena.photo': ({ childId }, ctx) =>
    mutation(ctx, async (tx) => {
      await requireChild(tx, childId);
      const photo = await readPhoto(tx.db, childId);
      if (photo) await audit(tx, 'view', 'philomena', childId, childId, 'photograph');
      return photo
        ? { mimeType: photo.mimeType, base64: Buffer.from(photo.content).toString('base64') }
        : null;
    }),

  'philomena.getIncident': ({ episodeId }, ctx) =>
    mutation(ctx, async (tx) => {
      const episode = await requireMissingEpisode(tx, episodeId);
      await audit(tx, 'view', 'philomena', episodeId, episode.childId, 'part 3');
      return readIncident(tx.db, episodeId, episode.childId);
    }),

  'philomena.saveIncident': ({ episodeId, part3 }, ctx) =>
    mutation(ctx, async (tx) => {
      const episode = await requireMissingEpisode(tx, episodeId);
      const problems = part3Problems(part3, tx.now().toISOString());
      if (problems.length > 0) throw invalid(problems);
      await writeIncident(tx.db, episodeId, part3, tx.now().toISOString(), tx.user());
      await audit(tx, 'update', 'philomena', episodeId, episode.childId, 'part 3');
      tx.changed('philomena_incidents');
      return readIncident(tx.db, episodeId, episode.childId);
    }),

  'philomena.export': async ({ episodeId }, ctx) => {
    const episode = await requireMissingEpisode(ctx, episodeId);
    const child = await requireChild(ctx, episode.childId);
    const [profile, incident, photo] = await Promise.all([
      readProfile(ctx.db, child.id),
      readIncident(ctx.db, episodeId, child.id),
      readPhoto(ctx.db, child.id),
    ]);
    const risk = episode.policeRiskLatest ?? episode.policeRiskAtReport;
    const bytes = await buildPhilomenaDocx(
      {
        issuer: await issuerFor(ctx, child.placingAuthority),
        child: toDocumentChild(child),
        producedAt: ctx.now().toISOString(),
        profile,
        episode: {
          reportedAt: episode.reportedAt,
          policeReference: episode.policeReference,
          policeRisk: risk ? POLICE_RISK_LABELS[risk] : null,
        },
        incident,
        photo,
      },
      await letterheadOption(ctx),
    );
    // The profile leaves the building for the police: on the audit trail as an export of the child.
    await mutation(ctx, (tx) => audit(tx, 'export', 'philomena', episodeId, child.id, 'docx parts 1-3'));
    return meetingDocxFile(
      londonDay(ctx.now().toISOString()),
      'Philomena profile',
      [child.caseReference],
      bytes,
    );
  },
};
