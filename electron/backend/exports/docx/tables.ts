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

// Generous padding: tables are read on a shared screen as often as on paper, and cramped cells are hard to follow.
const CELL_MARGINS = { top: 80, bottom: 80, left: 110, right: 110 };

const cellParagraphs = (value: CellValue, bold: boolean): Paragraph[] => {
  const lines = (typeof value === 'string' ? [value] : value)
    .flatMap((v) => clean(v).split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  // A cell must hold a paragraph; an empty one would read as a blank to a screen reader, so it says so.
  const shown = lines.length > 0 ? lines : ['—'];
  return shown.map(
    (line, i) =>
      new Paragraph({
        spacing: spacing(0, i < shown.length - 1 ? 60 : 0, 264),
        children: [run(line, { bold, size: SIZE.table })],
      }),
  );
};

/**
 * A data table: a shaded header row that Word and LibreOffice repeat at the top of every page (`w:tblHeader`), rows
 * that never split across a page, light banding so a long row can be followed across the screen. Widths are fixed
 * percentages of the text width, so the same table fits the built-in page and a council's letterhead.
 */
export const dataTable = (columns: readonly Column[], rows: readonly (readonly CellValue[])[]): Table => {
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
          children: cellParagraphs(c.header, true),
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
            children: cellParagraphs(value, false),
          }),
      ),
    });
  });

  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: CELL_MARGINS,
    rows: [headerRow, ...bodyRows],
  });
};
