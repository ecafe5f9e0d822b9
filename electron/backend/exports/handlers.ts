import { DateTime } from 'luxon';
import type { FileToSave } from '../../../shared/api';
import { safeFileName } from '../../../shared/api/text';
import { LONDON } from '../../../shared/time/london';
import { audit } from '../audit/audit';
import { getChild } from '../children/queries';
import type { BackendContext } from '../context';
import { DomainError, notFound } from '../errors';
import { listEpisodesForChild } from '../episodes/queries';
import type { Handlers } from '../handler';
import { mutation } from '../mutation';
import type { MeetingRecord } from '../../../shared/domain/meeting';
import { KIND_RULES } from '../../../shared/meetings/kinds';
import { londonToday } from '../meetings/guard';
import { buildPack } from '../meetings/pack';
import { buildRecord } from '../meetings/record';
import {
  buildActionPlanDocx,
  buildChronologyDocx,
  buildMinutesDocx,
  inspectLetterhead,
  LetterheadError,
} from './docx';
import { toActionPlanDocument, toMinutesDocument } from './mapping/meeting';
import { issuerFor } from './issuer';
import { clearLetterhead, letterheadFileName, readLetterhead, saveLetterhead } from './letterhead';
import { toDocumentChild, toDocumentEpisode } from './mapping/child';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** File names carry the case reference, never the child's name: they end up in mail attachments and folders. */
export const docxFile = (ctx: BackendContext, stem: string, bytes: Buffer): FileToSave => ({
  fileName: safeFileName(
    `${stem} ${DateTime.fromJSDate(ctx.now(), { zone: LONDON }).toFormat('yyyy-MM-dd')}.docx`,
  ),
  mimeType: DOCX_MIME,
  base64: bytes.toString('base64'),
});

const caseReferences = (record: MeetingRecord) => record.children.map((c) => c.caseReference).join(' ');

const letterheadOption = async (ctx: BackendContext) => {
  const letterhead = await readLetterhead(ctx);
  return letterhead ? { letterhead } : {};
};

export const exportsHandlers: Handlers<
  | 'exports.chronology'
  | 'exports.minutes'
  | 'exports.actionPlan'
  | 'settings.setLetterhead'
  | 'settings.clearLetterhead'
> = {
  'exports.minutes': async ({ meetingId }, ctx) => {
    const record = await buildRecord(ctx.db, meetingId, londonToday(ctx));
    const pack = await buildPack(ctx, meetingId);
    const issuer = await issuerFor(ctx, record.children[0]?.placingAuthority ?? 'Children’s Services');
    const bytes = await buildMinutesDocx(
      toMinutesDocument(record, pack, issuer),
      await letterheadOption(ctx),
    );
    // Approved minutes leave the building: the audit says so in words a reviewer can search for.
    const what = record.meeting.status === 'approved' ? 'approved minutes docx' : 'draft minutes docx';
    await mutation(ctx, async (tx) => {
      for (const c of record.children) await audit(tx, 'export', 'meeting', meetingId, c.id, what);
    });
    return docxFile(ctx, `Minutes ${KIND_RULES[record.meeting.kind].label} ${caseReferences(record)}`, bytes);
  },

  'exports.actionPlan': async ({ meetingId }, ctx) => {
    const record = await buildRecord(ctx.db, meetingId, londonToday(ctx));
    const issuer = await issuerFor(ctx, record.children[0]?.placingAuthority ?? 'Children’s Services');
    const bytes = await buildActionPlanDocx(
      toActionPlanDocument(record, issuer, ctx.now().toISOString()),
      await letterheadOption(ctx),
    );
    await mutation(ctx, async (tx) => {
      for (const c of record.children)
        await audit(tx, 'export', 'meeting', meetingId, c.id, 'action plan docx');
    });
    return docxFile(ctx, `Action plan ${caseReferences(record)}`, bytes);
  },

  'exports.chronology': async ({ childId }, ctx) => {
    const child = await getChild(ctx.db, childId);
    if (!child) throw notFound('The child');
    const episodes = await listEpisodesForChild(ctx.db, childId);
    const letterhead = await readLetterhead(ctx);
    const bytes = await buildChronologyDocx(
      {
        issuer: await issuerFor(ctx, child.placingAuthority),
        child: toDocumentChild(child),
        producedAt: ctx.now().toISOString(),
        episodes: episodes.map((e) => toDocumentEpisode(e, null)),
      },
      letterhead ? { letterhead } : {},
    );
    await mutation(ctx, (tx) => audit(tx, 'export', 'chronology', childId, childId, 'docx'));
    return docxFile(ctx, `Chronology ${child.caseReference}`, bytes);
  },

  'settings.setLetterhead': async ({ fileName, base64 }, ctx) => {
    const bytes = Buffer.from(base64, 'base64');
    let missing: string[];
    try {
      ({ missing } = await inspectLetterhead(bytes));
    } catch (error) {
      const message =
        error instanceof LetterheadError
          ? error.message
          : 'That file could not be read as a Word .docx document.';
      throw new DomainError('invalid', message, [
        { field: 'letterhead', message: 'is not a Word .docx document Homeward can read' },
      ]);
    }
    if (missing.length > 0) {
      const list = missing.map((name) => `{{${name}}}`).join(', ');
      throw new DomainError(
        'invalid',
        `The letterhead needs these placeholders: ${list}. Nothing was changed.`,
        [{ field: 'letterhead', message: `is missing ${list}` }],
      );
    }
    // The letterhead and its audit row commit together, or neither does.
    await mutation(ctx, async (tx) => {
      await saveLetterhead(tx, fileName, bytes);
      tx.changed('settings');
      await audit(tx, 'update', 'settings', 'letterhead', null, 'letterhead');
    });
    return { fileName };
  },

  'settings.clearLetterhead': (_args, ctx) =>
    mutation(ctx, async (tx) => {
      await clearLetterhead(tx);
      tx.changed('settings');
      await audit(tx, 'update', 'settings', 'letterhead', null, 'letterhead cleared');
      return { fileName: await letterheadFileName(tx) };
    }),
};
