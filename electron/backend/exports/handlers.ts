import type { FileToSave } from '../../../shared/api';
import { safeFileName } from '../../../shared/api/text';
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
import { buildRecord } from '../meetings/record';
import {
  buildActionPlanDocx,
  buildChronologyDocx,
  buildMinutesDocx,
  inspectLetterhead,
  LetterheadError,
} from './docx';
import { toActionPlanDocument } from './mapping/meeting';
import { issuerFor } from './issuer';
import { clearLetterhead, letterheadFileName, readLetterhead, saveLetterhead } from './letterhead';
import { toDocumentChild, toDocumentEpisode } from './mapping/child';
import { exportMinutesExtract } from './extractHandler';
import {
  DOCX_MIME,
  letterheadOption,
  londonDay,
  meetingDay,
  meetingDocxFile,
  minutesModel,
  sourcesFor,
} from './minutesModel';

export { DOCX_MIME, meetingDocxFile };

/** The dashboard's name (no meeting, no child): what it is, then the day it was made. */
export const docxFile = (ctx: BackendContext, stem: string, bytes: Buffer): FileToSave => ({
  fileName: safeFileName(`${stem} ${londonDay(ctx.now().toISOString())}.docx`),
  mimeType: DOCX_MIME,
  base64: bytes.toString('base64'),
});

const caseReferences = (record: MeetingRecord) => record.children.map((c) => c.caseReference);

export const exportsHandlers: Handlers<
  | 'exports.chronology'
  | 'exports.minutes'
  | 'exports.minutesExtract'
  | 'exports.actionPlan'
  | 'settings.setLetterhead'
  | 'settings.clearLetterhead'
> = {
  'exports.minutes': async ({ meetingId }, ctx) => {
    const { record, model } = await minutesModel(ctx, meetingId);
    const bytes = await buildMinutesDocx(model, await letterheadOption(ctx));
    // Approved minutes leave the building: the audit says so in words a reviewer can search for.
    const audited = record.meeting.status === 'approved' ? 'approved minutes docx' : 'draft minutes docx';
    await mutation(ctx, async (tx) => {
      for (const c of record.children) await audit(tx, 'export', 'meeting', meetingId, c.id, audited);
    });
    const what = `${record.meeting.status === 'approved' ? '' : 'DRAFT '}Minutes ${KIND_RULES[record.meeting.kind].label}`;
    return meetingDocxFile(meetingDay(record), what, caseReferences(record), bytes);
  },

  'exports.minutesExtract': (input, ctx) => exportMinutesExtract(ctx, input),

  'exports.actionPlan': async ({ meetingId }, ctx) => {
    const record = await buildRecord(ctx.db, meetingId, londonToday(ctx));
    const issuer = await issuerFor(ctx, record.children[0]?.placingAuthority ?? 'Children’s Services');
    const bytes = await buildActionPlanDocx(
      toActionPlanDocument(record, issuer, await sourcesFor(ctx, record)),
      await letterheadOption(ctx),
    );
    await mutation(ctx, async (tx) => {
      for (const c of record.children)
        await audit(tx, 'export', 'meeting', meetingId, c.id, 'action plan docx');
    });
    const what = `${record.meeting.status === 'approved' ? '' : 'DRAFT '}Action plan`;
    return meetingDocxFile(meetingDay(record), what, caseReferences(record), bytes);
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
        episodes: episodes.map((e) => toDocumentEpisode(e, null, ctx.now().toISOString())),
      },
      letterhead ? { letterhead } : {},
    );
    await mutation(ctx, (tx) => audit(tx, 'export', 'chronology', childId, childId, 'docx'));
    return meetingDocxFile(londonDay(ctx.now().toISOString()), 'Chronology', [child.caseReference], bytes);
  },

  'settings.setLetterhead': async ({ fileName, base64 }, ctx) => {
    const bytes = Buffer.from(base64, 'base64');
    let missing: string[];
    let problems: string[];
    try {
      ({ missing, problems } = await inspectLetterhead(bytes));
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
    if (problems.length > 0) {
      throw new DomainError('invalid', `${problems.join(' ')} Nothing was changed.`, [
        {
          field: 'letterhead',
          message: 'has a header or footer that cannot carry the marking and page number',
        },
      ]);
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
