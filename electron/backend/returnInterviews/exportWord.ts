import type { FileToSave } from '../../../shared/api';
import { audit } from '../audit/audit';
import { getChild } from '../children/queries';
import type { BackendContext } from '../context';
import { DomainError, notFound } from '../errors';
import { buildReturnInterviewDocx } from '../exports/docx/returnInterview';
import { issuerFor } from '../exports/issuer';
import { toDocumentChild } from '../exports/mapping/child';
import { letterheadOption, londonDay, meetingDocxFile } from '../exports/minutesModel';
import { mutation } from '../mutation';
import { interviewView } from './view';

/** The record as Word, audited as an export of the child's record (it leaves the building). */
export async function exportReturnInterview(ctx: BackendContext, episodeId: string): Promise<FileToSave> {
  const view = await interviewView(ctx, episodeId);
  if (!view.record)
    throw new DomainError(
      'not-found',
      'This episode has no return interview saved yet: save it, then export it.',
    );
  const child = await getChild(ctx.db, view.childId);
  if (!child) throw notFound('The child');
  const bytes = await buildReturnInterviewDocx(
    {
      issuer: await issuerFor(ctx, child.placingAuthority),
      child: toDocumentChild(child),
      producedAt: ctx.now().toISOString(),
      name: view.rules.name,
      episode: view.episode,
      record: view.record,
      placed: view.placed,
    },
    await letterheadOption(ctx),
  );
  await mutation(ctx, (tx) => audit(tx, 'export', 'return-interview', view.record!.id, child.id, 'docx'));
  return meetingDocxFile(
    londonDay(ctx.now().toISOString()),
    view.rules.shortName,
    [child.caseReference],
    bytes,
  );
}
