import {
  PatchType,
  patchDetector,
  patchDocument,
  type FileChild,
  type IPatch,
  type ParagraphChild,
} from 'docx';
import { checkFrameOf, councilHeadingStyles, finishLetterhead } from './letterheadFrame';
import { markingRuns, pageOfRuns } from './pageFrame';
import { run } from './text';

/**
 * The placeholders a council's letterhead (.docx made in Word) holds, each typed as `{{name}}` in a paragraph of its
 * own or inline:
 * - `{{body}}` (required): a paragraph on its own where the document goes, headings, tables and all.
 * - `{{marking}}` (required): the protective marking; put it in the letterhead's header and in its footer.
 * - `{{page}}` (required): "Page X of Y", usually in the footer.
 * - `{{title}}` (optional): the document's title as plain text, e.g. in a subject line or the footer.
 * Spaces inside the braces (`{{ body }}`) are allowed.
 */
export const LETTERHEAD_PLACEHOLDERS = {
  body: { required: true, purpose: 'where the document goes: a paragraph on its own in the page body' },
  marking: {
    required: true,
    purpose: 'the protective marking OFFICIAL-SENSITIVE, in the header and the footer',
  },
  page: { required: true, purpose: '"Page X of Y", usually in the footer' },
  title: { required: false, purpose: 'the document title as plain text' },
} as const;
export type LetterheadPlaceholder = keyof typeof LETTERHEAD_PLACEHOLDERS;

/** A letterhead Homeward cannot use as it is; the message tells the council's admin what to add. */
export class LetterheadError extends Error {
  constructor(
    message: string,
    readonly missing: readonly LetterheadPlaceholder[],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'LetterheadError';
  }
}

const NAMES = Object.keys(LETTERHEAD_PLACEHOLDERS) as LetterheadPlaceholder[];

/** Which placeholders a letterhead has and which required ones it lacks: for checking a letterhead on upload. */
export const inspectLetterhead = async (
  letterhead: Uint8Array,
): Promise<{ found: LetterheadPlaceholder[]; missing: LetterheadPlaceholder[]; problems: string[] }> => {
  let keys: readonly string[];
  try {
    keys = await patchDetector({ data: letterhead, trimPlaceholders: true });
  } catch (cause) {
    throw new LetterheadError('The letterhead is not a Word document (.docx) Homeward can read.', [], {
      cause,
    });
  }
  const found = NAMES.filter((name) => keys.includes(name));
  const missing = NAMES.filter((name) => LETTERHEAD_PLACEHOLDERS[name].required && !found.includes(name));
  // Placeholders anywhere are not enough: every header and footer the pages use must be there to carry them.
  return { found, missing, problems: checkFrameOf(letterhead).problems };
};

export interface LetterheadContent {
  title: string;
  subject: string;
  body: FileChild[];
  draft: boolean;
}

/**
 * Fills a letterhead with a document. Refuses one without the required placeholders rather than sending out minutes
 * without their marking or page numbers.
 */
export const fillLetterhead = async (letterhead: Uint8Array, content: LetterheadContent): Promise<Buffer> => {
  const { missing, problems } = await inspectLetterhead(letterhead);
  if (missing.length > 0) {
    const list = missing.map((name) => `{{${name}}} (${LETTERHEAD_PLACEHOLDERS[name].purpose})`).join('; ');
    throw new LetterheadError(`The letterhead needs these placeholders: ${list}.`, missing);
  }
  if (problems.length > 0) throw new LetterheadError(problems.join(' '), []);
  const inline = (children: ParagraphChild[]): IPatch => ({ type: PatchType.PARAGRAPH, children });
  const filled = await patchDocument({
    outputType: 'nodebuffer',
    data: letterhead,
    trimPlaceholders: true,
    // The runs carry their own font, size and language; the letterhead's formatting of the placeholder must not win.
    keepOriginalStyles: false,
    patches: {
      body: { type: PatchType.DOCUMENT, children: content.body },
      marking: inline(markingRuns(content.draft)),
      page: inline(pageOfRuns()),
      title: inline([run(content.title)]),
    },
    properties: {
      title: content.title,
      subject: content.subject,
      creator: 'Homeward',
      lastModifiedBy: 'Homeward',
    },
  });
  return finishLetterhead(filled, {
    title: content.title,
    subject: content.subject,
    draft: content.draft,
    headingStyles: councilHeadingStyles(letterhead),
    now: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  });
};
