import { isProfileId, listProfiles } from '../../../shared/protocol';
import { audit } from '../audit/audit';
import { getChild } from '../children/queries';
import { notFound } from '../errors';
import type { Handlers } from '../handler';
import { mutation } from '../mutation';
import { buildDue, childProtocol } from './evaluate';
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
  'protocol.profiles': async (_args, ctx) => ({
    profiles: [...listProfiles(), ...(await customProfiles(ctx))].map((p) => ({
      id: p.id,
      name: p.name,
      council: p.council,
      shipped: isProfileId(p.id),
    })),
    defaultProfileId: await defaultProfileId(ctx),
    authorityProfiles: await authorityProfiles(ctx),
  }),

  'protocol.getProfile': async ({ id }, ctx) => {
    const profile = await findProfile(ctx, id);
    if (!profile) throw notFound('The profile');
    return profile;
  },

  'protocol.saveProfile': ({ profile }, ctx) =>
    mutation(ctx, async (tx) => {
      const saved = await saveCustomProfile(tx, profile);
      tx.changed('settings');
      tx.profileChanged(saved.id);
      await audit(tx, 'update', 'protocol-profile', saved.id, null);
      return { id: saved.id, name: saved.name, council: saved.council, shipped: false };
    }),

  'protocol.deleteProfile': ({ id }, ctx) =>
    mutation(ctx, async (tx) => {
      await deleteCustomProfile(tx, id);
      tx.changed('settings');
      tx.profileChanged(id);
      await audit(tx, 'update', 'protocol-profile', id, null, 'deleted');
      return { deleted: id };
    }),

  'protocol.child': async ({ childId }, ctx) => {
    const child = await getChild(ctx.db, childId);
    if (!child) throw notFound('The child');
    const found = await childProtocol(ctx, child);
    if (!found) throw notFound('The child');
    return found;
  },

  'protocol.due': (args, ctx) => buildDue(ctx, args),
};
