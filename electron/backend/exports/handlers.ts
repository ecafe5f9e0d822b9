import { DateTime } from 'luxon';
import type { FileToSave } from '../../../shared/api';
import { LONDON } from '../../../shared/time/london';
import { audit } from '../audit/audit';
import { getChild } from '../children/queries';
import type { BackendContext } from '../context';
import { DomainError, notFound } from '../errors';
import { listEpisodesForChild } from '../episodes/queries';
import type { Handlers } from '../handler';
import { buildChronologyDocx, inspectLetterhead, LetterheadError } from './docx';
import { issuerFor } from './issuer';
import { clearLetterhead, letterheadFileName, readLetterhead, saveLetterhead } from './letterhead';
import { toDocumentChild, toDocumentEpisode } from './mapping/child';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** File names carry the case reference, never the child's name: they end up in mail attachments and folders. */
export const docxFile = (ctx: BackendContext, stem: string, bytes: Buffer): FileToSave => ({
  fileName: `${stem} ${DateTime.fromJSDate(ctx.now(), { zone: LONDON }).toFormat('yyyy-MM-dd')}.docx`,
  mimeType: DOCX_MIME,
  base64: bytes.toString('base64'),
});

export const exportsHandlers: Handlers<
  'exports.chronology' | 'settings.setLetterhead' | 'settings.clearLetterhead'
> = {
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
        episodes: episodes.map((e) => toDocumentEpisode(e, null)),
      },
      letterhead ? { letterhead } : {},
    );
    audit(ctx, 'export', 'chronology', childId, childId, 'docx');
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
