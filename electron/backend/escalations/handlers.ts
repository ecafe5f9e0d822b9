import { audit } from '../audit/audit';
import { getChild } from '../children/queries';
import { notFound } from '../errors';
import type { Handlers } from '../handler';
import { mutation } from '../mutation';
import { exportEscalationLog } from './exportWord';
import { listEscalationsForChild } from './queries';
import { addEscalation, hostMinutesView, saveHostMinutes, updateEscalation } from './record';

export const escalationsHandlers: Handlers<
  | 'escalations.listForChild'
  | 'escalations.add'
  | 'escalations.update'
  | 'escalations.export'
  | 'escalations.hostMinutes'
  | 'escalations.saveHostMinutes'
> = {
  'escalations.listForChild': ({ childId }, ctx) =>
    mutation(ctx, async (tx) => {
      if (!(await getChild(tx.db, childId))) throw notFound('The child');
      const entries = await listEscalationsForChild(tx.db, childId);
      await audit(tx, 'view', 'escalations', childId, childId);
      return entries;
    }),
  'escalations.add': (input, ctx) => addEscalation(ctx, input),
  'escalations.update': (input, ctx) => updateEscalation(ctx, input),
  'escalations.export': ({ childId }, ctx) => exportEscalationLog(ctx, childId),
  'escalations.hostMinutes': ({ meetingId }, ctx) => hostMinutesView(ctx, meetingId),
  'escalations.saveHostMinutes': (input, ctx) => saveHostMinutes(ctx, input),
};
