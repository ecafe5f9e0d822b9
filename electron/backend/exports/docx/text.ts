import { HeadingLevel, LineRuleType, Paragraph, Tab, TabStopType, TextRun, type ParagraphChild } from 'docx';

/**
 * Typography shared by every document. Arial at 12 pt or more, left-aligned, dark text on white: what the UK
 * public-sector accessibility guidance asks of documents, and what partner agencies expect from a council.
 *
 * Runs and paragraphs carry their font, size, language and spacing directly as well as through the styles, because a
 * council's letterhead brings its own styles (often Calibri, en-US) and the patched content must look and read the
 * same in it as in the built-in layout.
 */
export const FONT = 'Arial';
export const LANGUAGE = 'en-GB';

/** Sizes in half-points, as Word stores them. Nothing below 24 (12 pt), tables and page frame included. */
export const SIZE = {
  body: 24,
  table: 24,
  frame: 24,
  h1: 40,
  h2: 30,
  h3: 26,
  lead: 28,
} as const;

/** Colours chosen for contrast well above WCAG AA on white (and on the light fills). */
export const COLOUR = {
  text: '1A1A1A',
  heading: '1F3A5F',
  muted: '404040',
  rule: '8C8C8C',
  headerFill: 'DCE6F1',
  bandFill: 'F3F6FA',
} as const;

/** Twips per centimetre, for readable layout constants. */
export const CM = 567;

// Characters XML 1.0 forbids. Minute-takers paste from e-mail and case systems; one stray control character would make
// Word refuse to open the whole file, so they are dropped rather than escaped.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// Half of a surrogate pair on its own (text cut mid-emoji) is just as invalid.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe to put in a run: no XML-invalid characters, no stray carriage returns. */
export const clean = (text: string): string =>
  text.replace(/\r\n?/g, '\n').replace(XML_INVALID, '').replace(LONE_SURROGATE, '');

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  colour?: string;
  /** Line breaks before the text, for a second line in the same paragraph. */
  breakBefore?: number;
}

export const run = (text: string, style: RunStyle = {}): TextRun =>
  new TextRun({
    text: clean(text),
    font: FONT,
    language: { value: LANGUAGE },
    size: style.size ?? SIZE.body,
    color: style.colour ?? COLOUR.text,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.breakBefore ? { break: style.breakBefore } : {}),
  });

/** Lines of one paragraph, joined by line breaks rather than new paragraphs, with the same style. */
export const lineRuns = (lines: readonly string[], style: RunStyle = {}): TextRun[] =>
  lines.map((line, i) => run(line, { ...style, ...(i > 0 ? { breakBefore: 1 } : {}) }));

export interface ParaOptions {
  /** Space after in twips; 160 (8 pt) by default. */
  after?: number;
  before?: number;
  keepNext?: boolean;
}

/**
 * Paragraph spacing in twips, with 1.15 line spacing by default: easier to read than single, as compact as a chair
 * wants on screen. The line rule is written out because a letterhead's own defaults must not turn it into an exact
 * height, which would make lines of large text overlap.
 */
export const spacing = (before: number, after: number, line = 276) => ({
  before,
  after,
  line,
  lineRule: LineRuleType.AUTO,
});

export const para = (children: readonly ParagraphChild[], options: ParaOptions = {}): Paragraph =>
  new Paragraph({
    children: [...children],
    spacing: spacing(options.before ?? 0, options.after ?? 160),
    ...(options.keepNext ? { keepNext: true } : {}),
  });

export const textPara = (text: string, style: RunStyle = {}, options: ParaOptions = {}): Paragraph =>
  para([run(text, style)], options);

const HEADING = {
  1: { level: HeadingLevel.HEADING_1, size: SIZE.h1, before: 0, after: 120 },
  2: { level: HeadingLevel.HEADING_2, size: SIZE.h2, before: 400, after: 160 },
  3: { level: HeadingLevel.HEADING_3, size: SIZE.h3, before: 280, after: 120 },
} as const;

/**
 * A real heading: the Heading 1-3 style (so screen readers and Word's navigation pane list it) and its outline level,
 * kept with what follows so a heading never sits alone at the foot of a page.
 */
export const heading = (level: 1 | 2 | 3, text: string): Paragraph => {
  const h = HEADING[level];
  return new Paragraph({
    heading: h.level,
    outlineLevel: level - 1,
    keepNext: true,
    keepLines: true,
    spacing: spacing(h.before, h.after),
    children: [run(text, { bold: true, size: h.size, colour: COLOUR.heading })],
  });
};

/**
 * Free text as typed: paragraphs split on blank lines, single line breaks kept within a paragraph. Empty text gives
 * no paragraphs, so callers decide what an empty section says.
 */
export const prose = (text: string, style: RunStyle = {}): Paragraph[] =>
  clean(text)
    .split(/\n[ \t]*\n+/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0),
    )
    .filter((lines) => lines.length > 0)
    .map((lines) => para(lineRuns(lines, style)));

export const bullet = (text: string): Paragraph =>
  new Paragraph({
    bullet: { level: 0 },
    spacing: spacing(0, 80),
    children: [run(text)],
  });

const LABEL_WIDTH = Math.round(4.2 * CM);

/**
 * "Label    value" lines for the facts at the top of a document (date, venue, chair). Paragraphs with a tab and a
 * hanging indent rather than a table: they read in order with a screen reader, as "Venue, Room 2", and a wrapped
 * value still lines up under the first line.
 */
export const fact = (label: string, value: string | readonly string[]): Paragraph => {
  const lines = typeof value === 'string' ? [value] : value;
  return new Paragraph({
    spacing: spacing(0, 80),
    indent: { left: LABEL_WIDTH, hanging: LABEL_WIDTH },
    tabStops: [{ type: TabStopType.LEFT, position: LABEL_WIDTH }],
    children: [
      run(label, { bold: true }),
      new TextRun({ children: [new Tab()], font: FONT, size: SIZE.body, language: { value: LANGUAGE } }),
      ...lineRuns(lines.length > 0 ? lines : ['Not recorded']),
    ],
  });
};
