import { z } from 'zod';
import { apiId, safeFileName } from './text';
import type { FileToSave } from './index';

const id = apiId;

export const exportsSchemas = {
  /** A child's whole chronology as a Word document. */
  'exports.chronology': z.object({ childId: id }),
  /** The minutes of a meeting, with the pack's episodes and factors and the action plan. */
  'exports.minutes': z.object({ meetingId: id }),
  /**
   * One reader's extract of a multi-child meeting's minutes: an authority's (the children it placed or hosts) or one
   * child's (by case reference). Exactly one of the two.
   */
  'exports.minutesExtract': z
    .object({
      meetingId: id,
      authority: z.string().trim().min(1, 'is required').max(200).optional(),
      caseReference: z.string().trim().min(1, 'is required').max(100).optional(),
    })
    .refine((x) => (x.authority === undefined) !== (x.caseReference === undefined), {
      message: 'must name either an authority or one child’s case reference, not both',
      path: ['authority'],
    }),
  /** A meeting's action plan on its own. */
  'exports.actionPlan': z.object({ meetingId: id }),
  /** The council's letterhead: a .docx with {{body}}, {{marking}} and {{page}} placeholders. */
  'settings.setLetterhead': z.object({
    fileName: z
      .string()
      .trim()
      .min(1, 'is required')
      .max(200)
      .regex(/\.docx$/i, { error: 'must be a Word .docx file' })
      .transform((name) => safeFileName(name)),
    base64: z.string().min(1, 'is required').max(20_000_000, 'is too large (10 MB at most)'),
  }),
  'settings.clearLetterhead': z.object({}),
};

export interface LetterheadInfo {
  fileName: string | null;
}

export interface ExportsOutputs {
  'exports.chronology': FileToSave;
  'exports.minutes': FileToSave;
  'exports.minutesExtract': FileToSave;
  'exports.actionPlan': FileToSave;
  'settings.setLetterhead': LetterheadInfo;
  'settings.clearLetterhead': LetterheadInfo;
}
