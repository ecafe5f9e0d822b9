import { isProfileId, listProfiles } from '../../../shared/protocol';
import { audit } from '../audit/audit';
import { getChild } from '../children/queries';
import { notFound } from '../errors';
import { listEpisodesForChild } from '../episodes/queries';
import type { Handlers } from '../handler';
import { buildDue, evaluateOne } from './evaluate';
import {
  authorityProfiles,
  customProfiles,
  defaultProfileId,
  deleteCustomProfile,
  findProfile,
  saveCustomProfile,
} from './profiles';

type Methods =
  | 'protocol.profiles'
  | 'protocol.getProfile'
  | 'protocol.saveProfile'
  | 'protocol.deleteProfile'
  | 'protocol.child'
  | 'protocol.due';

export const protocolHandlers: Handlers<Methods> = {
  'protocol.profiles': (_args, ctx) => ({
    profiles: [...listProfiles(), ...customProfiles(ctx)].map((p) => ({
      id: p.id,
      name: p.name,
      council: p.council,
      shipped: isProfileId(p.id),
    })),
    defaultProfileId: defaultProfileId(ctx),
    authorityProfiles: authorityProfiles(ctx),
  }),

  'protocol.getProfile': ({ id }, ctx) => {
    const profile = findProfile(ctx, id);
    if (!profile) throw notFound('The profile');
    return profile;
  },

  'protocol.saveProfile': ({ profile }, ctx) =>
    ctx.db.transaction(() => {
      const saved = saveCustomProfile(ctx, profile);
      audit(ctx, 'update', 'protocol-profile', saved.id, null);
      return { id: saved.id, name: saved.name, council: saved.council, shipped: false };
    })(),

  'protocol.deleteProfile': ({ id }, ctx) =>
    ctx.db.transaction(() => {
      deleteCustomProfile(ctx, id);
      audit(ctx, 'update', 'protocol-profile', id, null, 'deleted');
      return { deleted: id };
    })(),

  'protocol.child': ({ childId }, ctx) => {
    const child = getChild(ctx.db, childId);
    if (!child) throw notFound('The child');
    return evaluateOne(ctx, child, listEpisodesForChild(ctx.db, childId));
  },

  'protocol.due': (_args, ctx) => buildDue(ctx),
};
