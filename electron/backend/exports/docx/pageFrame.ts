import { Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { COLOUR, FONT, LANGUAGE, SIZE, clean, run, spacing } from './text';

/**
 * The protective marking of every document Homeward exports: they name children, their whereabouts and the risks to
 * them. The Government Security Classifications ask for it at the top and bottom of every page.
 */
export const PROTECTIVE_MARKING = 'OFFICIAL-SENSITIVE';

const frameRunOptions = {
  font: FONT,
  language: { value: LANGUAGE },
  size: SIZE.frame,
  color: COLOUR.muted,
} as const;

/** Printed beside the marking on every page of minutes not yet approved, so no page can pass as final. */
export const DRAFT_MARKING = 'DRAFT: NOT APPROVED';

/** The marking as runs, for the built-in frame and for a letterhead's `{{marking}}`; with DRAFT on a draft. */
export const markingRuns = (draft = false): TextRun[] => [
  run(PROTECTIVE_MARKING, { bold: true, size: SIZE.frame }),
  ...(draft ? [run(`   ${DRAFT_MARKING}`, { bold: true, size: SIZE.frame })] : []),
];

/** "Page 2 of 7" with real PAGE and NUMPAGES fields, so the numbers stay right when the document is edited. */
export const pageOfRuns = (): TextRun[] => [
  new TextRun({
    ...frameRunOptions,
    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
  }),
];

const framePara = (children: TextRun[], after: number) =>
  new Paragraph({ spacing: spacing(0, after, 240), children });

export const builtInHeader = (draft = false): Header =>
  new Header({ children: [framePara(markingRuns(draft), 0)] });

/**
 * The marking, then "Page X of Y" and the document's title, so a printed page that strays from its pile can be put
 * back. The title carries no child's name: footers show on every page, including those handed round a room.
 */
export const builtInFooter = (documentTitle: string, draft = false): Footer =>
  new Footer({
    children: [
      framePara(markingRuns(draft), 40),
      framePara(
        [...pageOfRuns(), new TextRun({ ...frameRunOptions, text: ` · ${clean(documentTitle)}` })],
        0,
      ),
    ],
  });
