import { DateTime } from 'luxon';
import type { FileToSave } from '../../../shared/api';
import type { MeetingRecord } from '../../../shared/domain/meeting';
import type { MinutesDocument } from '../../../shared/exports/documents';
import { exportFileName } from '../../../shared/exports/fileName';
import { LONDON } from '../../../shared/time/london';
import type { BackendContext } from '../context';
import { londonToday } from '../meetings/guard';
import { buildPack } from '../meetings/pack';
import { buildRecord } from '../meetings/record';
import { issuerFor } from './issuer';
import { readLetterhead } from './letterhead';
import { readAllEpisodes, readChildDetails } from './mapping/history';
import { toMinutesDocument } from './mapping/meeting';
import { readOutcome } from '../outcomes/queries';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const londonDay = (iso: string) => DateTime.fromISO(iso, { zone: LONDON }).toFormat('yyyy-MM-dd');

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

export const meetingDay = (record: MeetingRecord) =>
  londonDay(record.meeting.startedAt ?? record.meeting.scheduledAt);

export const sourcesFor = async (ctx: BackendContext, record: MeetingRecord) => ({
  now: ctx.now().toISOString(),
  outcome: await readOutcome(ctx.db, record.meeting.id),
  allEpisodes: await readAllEpisodes(
    ctx.db,
    record.children.map((c) => c.id),
  ),
  childDetails: await readChildDetails(
    ctx.db,
    record.children.map((c) => c.id),
  ),
});

export const letterheadOption = async (ctx: BackendContext) => {
  const letterhead = await readLetterhead(ctx);
  return letterhead ? { letterhead } : {};
};

/** The whole minutes of a meeting as the documents print them: the record, its pack and each child's history. */
export async function minutesModel(
  ctx: BackendContext,
  meetingId: string,
): Promise<{ record: MeetingRecord; model: MinutesDocument }> {
  const record = await buildRecord(ctx.db, meetingId, londonToday(ctx));
  const pack = await buildPack(ctx, meetingId);
  const issuer = await issuerFor(ctx, record.children[0]?.placingAuthority ?? 'Children’s Services');
  return { record, model: toMinutesDocument(record, pack, issuer, await sourcesFor(ctx, record)) };
}
