import type { FileToSave } from '../../../shared/api';
import { audit } from '../audit/audit';
import { getChild } from '../children/queries';
import type { BackendContext } from '../context';
import { notFound } from '../errors';
import { buildEscalationLogDocx } from '../exports/docx';
import { issuerFor } from '../exports/issuer';
import { toDocumentChild } from '../exports/mapping/child';
import { toDocumentEscalation } from '../exports/mapping/escalations';
import { letterheadOption, londonDay, meetingDocxFile } from '../exports/minutesModel';
import { mutation } from '../mutation';
import { listEscalationsForChild } from './queries';

/**
 * The child's whole escalation log (W-CP 5.0) as a Word document in the minutes' marked layout. It leaves the
 * building, so it is on the audit trail as an export of the child, with how many entries it held and never what
 * they say.
 */
export async function exportEscalationLog(ctx: BackendContext, childId: string): Promise<FileToSave> {
  const child = await getChild(ctx.db, childId);
  if (!child) throw notFound('The child');
  const entries = await listEscalationsForChild(ctx.db, childId);
  const bytes = await buildEscalationLogDocx(
    {
      issuer: await issuerFor(ctx, child.placingAuthority),
      child: toDocumentChild(child),
      producedAt: ctx.now().toISOString(),
      entries: entries.map((e) => toDocumentEscalation(e, null)),
    },
    await letterheadOption(ctx),
  );
  await mutation(ctx, (tx) =>
    audit(tx, 'export', 'escalations', childId, childId, `docx ${entries.length} entries`),
  );
  return meetingDocxFile(londonDay(ctx.now().toISOString()), 'Escalation log', [child.caseReference], bytes);
}
