import type { IStylesOptions } from 'docx';
import { COLOUR, FONT, LANGUAGE, SIZE, spacing } from './text';

const heading = (size: number, outlineLevel: number) => ({
  run: { font: FONT, size, bold: true, color: COLOUR.heading },
  paragraph: { outlineLevel, keepNext: true, keepLines: true },
});

/**
 * The built-in layout's styles. The run defaults set Arial and en-GB for the whole document, so text a chair adds in
 * Word later is spell-checked in British English and matches; the headings are Word's own Heading 1-3, which screen
 * readers, the navigation pane and PDF export all recognise.
 */
export const builtInStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: SIZE.body, color: COLOUR.text, language: { value: LANGUAGE } },
      paragraph: { spacing: spacing(0, 160) },
    },
    heading1: heading(SIZE.h1, 0),
    heading2: heading(SIZE.h2, 1),
    heading3: heading(SIZE.h3, 2),
    listParagraph: { run: { font: FONT, size: SIZE.body } },
  },
};
