import type { FileToSave } from '../../../shared/api';
import type { MinutesDocument } from '../../../shared/exports/documents';
import { childExtract, childrenOf, ExtractError, minutesExtract } from '../../../shared/exports/extract';
import { isMultiChild } from '../../../shared/meetings/kinds';
import { audit } from '../audit/audit';
import type { BackendContext } from '../context';
import { DomainError } from '../errors';
import { mutation } from '../mutation';
import { buildMinutesDocx } from './docx';
import { minutesModel, meetingDay, meetingDocxFile, letterheadOption } from './minutesModel';

const refuse = (field: 'authority' | 'caseReference', message: string) =>
  new DomainError('invalid', message, [{ field, message }]);

/**
 * One reader's extract of a multi-child meeting's minutes (a Daily Review covers children of several authorities):
 * only the children that reader is entitled to, so no authority receives another's children's details. The audit
 * records, for each child in the extract (and only them), that their minutes left the building and for whom.
 */
export async function exportMinutesExtract(
  ctx: BackendContext,
  p: { meetingId: string; authority?: string | undefined; caseReference?: string | undefined },
): Promise<FileToSave> {
  const { record, model } = await minutesModel(ctx, p.meetingId);
  const field = p.authority !== undefined ? 'authority' : 'caseReference';
  if (!isMultiChild(record.meeting.kind) || record.children.length < 2) {
    throw refuse(
      field,
      'An extract is for minutes about several children: these minutes are about one child.',
    );
  }
  let extract: MinutesDocument;
  try {
    if (p.authority !== undefined) {
      const theirs = childrenOf(model.children, p.authority).length;
      if (theirs === model.children.length) {
        throw refuse(
          'authority',
          `${p.authority} placed or hosts every child in these minutes: send it the full minutes.`,
        );
      }
      extract = minutesExtract(model, p.authority);
    } else {
      extract = childExtract(model, p.caseReference ?? '');
    }
  } catch (error) {
    if (error instanceof ExtractError) throw refuse(field, error.message);
    throw error;
  }
  const bytes = await buildMinutesDocx(extract, await letterheadOption(ctx));
  const kept = new Set(extract.children.map((c) => c.caseReference));
  const recipient = p.authority ?? `child ${p.caseReference ?? ''}`;
  const what =
    record.meeting.status === 'approved' ? 'approved minutes extract docx' : 'draft minutes extract docx';
  await mutation(ctx, async (tx) => {
    for (const c of record.children.filter((x) => kept.has(x.caseReference)))
      await audit(tx, 'export', 'meeting', p.meetingId, c.id, `${what} for ${recipient}`);
  });
  // The case references say whose extract it is; the authority, when it is one, who it is for.
  const label = `${record.meeting.status === 'approved' ? '' : 'DRAFT '}Minutes extract${
    p.authority ? ` for ${p.authority}` : ''
  }`;
  return meetingDocxFile(meetingDay(record), label, [...kept], bytes);
}
