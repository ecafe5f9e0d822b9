import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { COLOUR, SIZE, clean, run, spacing } from './text';

export interface Column {
  header: string;
  /** Share of the table's width, in percent; a table's columns add up to 100. */
  width: number;
}

/** A cell's text: one string, or lines that each become a paragraph of the cell (e.g. a list of factors). */
export type CellValue = string | readonly string[];

const border = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule } as const;
const BORDERS = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

// Padding enough to follow a row on a shared screen; the sides are narrower so a date ("26 Nov 2026") fits its
// column at 12 pt without wrapping. The compact layout (the chronology: 150 episodes in 15 pages) trims the rest.
const CELL_MARGINS = { top: 70, bottom: 70, left: 80, right: 80 };
const COMPACT_MARGINS = { top: 20, bottom: 20, left: 60, right: 60 };

export interface TableOptions {
  /** Tighter rows and line spacing, for long tables a chair scans rather than reads. */
  compact?: boolean;
}

const cellParagraphs = (value: CellValue, bold: boolean, compact = false): Paragraph[] => {
  const lines = (typeof value === 'string' ? [value] : value)
    .flatMap((v) => clean(v).split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  // A cell must hold a paragraph; an empty one would read as a blank to a screen reader, so it says so.
  const shown = lines.length > 0 ? lines : ['—'];
  return shown.map(
    (line, i) =>
      new Paragraph({
        spacing: spacing(0, i < shown.length - 1 ? (compact ? 0 : 60) : 0, compact ? 228 : 264),
        children: [run(line, { bold, size: SIZE.table })],
      }),
  );
};

/**
 * A data table: a shaded header row that Word and LibreOffice repeat at the top of every page (`w:tblHeader`), rows
 * that never split across a page, light banding so a long row can be followed across the screen. Widths are fixed
 * percentages of the text width, so the same table fits the built-in page and a council's letterhead.
 */
export const dataTable = (
  columns: readonly Column[],
  rows: readonly (readonly CellValue[])[],
  options: TableOptions = {},
): Table => {
  const compact = options.compact ?? false;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  if (Math.abs(total - 100) > 0.01) throw new Error(`Table columns add up to ${total}%, not 100%`);
  const widthOf = (i: number) => ({ size: columns[i]?.width ?? 0, type: WidthType.PERCENTAGE });

  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c, i) =>
        new TableCell({
          width: widthOf(i),
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.headerFill },
          verticalAlign: VerticalAlignTable.BOTTOM,
          children: cellParagraphs(c.header, true, compact),
        }),
    ),
  });

  const bodyRows = rows.map((cells, r) => {
    if (cells.length !== columns.length) {
      throw new Error(`A table row has ${cells.length} cells for ${columns.length} columns`);
    }
    return new TableRow({
      cantSplit: true,
      children: cells.map(
        (value, i) =>
          new TableCell({
            width: widthOf(i),
            ...(r % 2 === 1
              ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.bandFill } }
              : {}),
            children: cellParagraphs(value, false, compact),
          }),
      ),
    });
  });

  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: compact ? COMPACT_MARGINS : CELL_MARGINS,
    rows: [headerRow, ...bodyRows],
  });
};
