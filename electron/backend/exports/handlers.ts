import { DateTime } from 'luxon';
import type { FileToSave } from '../../../shared/api';
import { LONDON } from '../../../shared/time/london';
import { audit } from '../audit/audit';
import { getChild } from '../children/queries';
import type { BackendContext } from '../context';
import { DomainError, notFound } from '../errors';
import { listEpisodesForChild } from '../episodes/queries';
import type { Handlers } from '../handler';
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
import { readAllEpisodes } from './mapping/history';
import { exportFileName } from '../../../shared/exports/fileName';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const londonDay = (iso: string) => DateTime.fromISO(iso, { zone: LONDON }).toFormat('yyyy-MM-dd');

/**
 * File names carry the case references, never the child's name (they end up in mail attachments and folders), start
 * with the meeting's date (or, for a chronology, the day it was made) and stay within 100 characters.
 */
export const meetingDocxFile = (
  date: string,
  what: string,
  references: readonly string[],
  bytes: Buffer,
): FileToSave => ({
  fileName: exportFileName(date, what, references),
  mimeType: DOCX_MIME,
  base64: bytes.toString('base64'),
});

/** The dashboard's name (no meeting, no child): what it is, then the day it was made. */
export const docxFile = (ctx: BackendContext, stem: string, bytes: Buffer): FileToSave => ({
  fileName: `${stem} ${londonDay(ctx.now().toISOString())}.docx`,
  mimeType: DOCX_MIME,
  base64: bytes.toString('base64'),
});

const caseReferences = (record: MeetingRecord) => record.children.map((c) => c.caseReference);
const meetingDay = (record: MeetingRecord) =>
  londonDay(record.meeting.startedAt ?? record.meeting.scheduledAt);
const sourcesFor = (ctx: BackendContext, record: MeetingRecord) => ({
  now: ctx.now().toISOString(),
  allEpisodes: readAllEpisodes(
    ctx.db,
    record.children.map((c) => c.id),
  ),
});

const letterheadOption = (ctx: BackendContext) => {
  const letterhead = readLetterhead(ctx);
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
    const record = buildRecord(ctx.db, meetingId, londonToday(ctx));
    const pack = buildPack(ctx, meetingId);
    const issuer = issuerFor(ctx, record.children[0]?.placingAuthority ?? 'Children’s Services');
    const bytes = await buildMinutesDocx(
      toMinutesDocument(record, pack, issuer, sourcesFor(ctx, record)),
      letterheadOption(ctx),
    );
    // Approved minutes leave the building: the audit says so in words a reviewer can search for.
    const audited = record.meeting.status === 'approved' ? 'approved minutes docx' : 'draft minutes docx';
    ctx.db.transaction(() => {
      for (const c of record.children) audit(ctx, 'export', 'meeting', meetingId, c.id, audited);
    })();
    const what = `${record.meeting.status === 'approved' ? '' : 'DRAFT '}Minutes ${KIND_RULES[record.meeting.kind].label}`;
    return meetingDocxFile(meetingDay(record), what, caseReferences(record), bytes);
  },

  'exports.actionPlan': async ({ meetingId }, ctx) => {
    const record = buildRecord(ctx.db, meetingId, londonToday(ctx));
    const issuer = issuerFor(ctx, record.children[0]?.placingAuthority ?? 'Children’s Services');
    const bytes = await buildActionPlanDocx(
      toActionPlanDocument(record, issuer, sourcesFor(ctx, record)),
      letterheadOption(ctx),
    );
    ctx.db.transaction(() => {
      for (const c of record.children) audit(ctx, 'export', 'meeting', meetingId, c.id, 'action plan docx');
    })();
    const what = `${record.meeting.status === 'approved' ? '' : 'DRAFT '}Action plan`;
    return meetingDocxFile(meetingDay(record), what, caseReferences(record), bytes);
  },

  'exports.chronology': async ({ childId }, ctx) => {
    const child = getChild(ctx.db, childId);
    if (!child) throw notFound('The child');
    const episodes = listEpisodesForChild(ctx.db, childId);
    const letterhead = readLetterhead(ctx);
    const bytes = await buildChronologyDocx(
      {
        issuer: issuerFor(ctx, child.placingAuthority),
        child: toDocumentChild(child),
        producedAt: ctx.now().toISOString(),
        episodes: episodes.map((e) => toDocumentEpisode(e, null, ctx.now().toISOString())),
      },
      letterhead ? { letterhead } : {},
    );
    audit(ctx, 'export', 'chronology', childId, childId, 'docx');
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
    saveLetterhead(ctx, fileName, bytes);
    audit(ctx, 'update', 'settings', 'letterhead', null, 'letterhead');
    return { fileName };
  },

  'settings.clearLetterhead': (_args, ctx) => {
    clearLetterhead(ctx);
    audit(ctx, 'update', 'settings', 'letterhead', null, 'letterhead cleared');
    return { fileName: letterheadFileName(ctx) };
  },
};
