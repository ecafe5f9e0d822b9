/**
 * Just enough reading of WordprocessingML for the tests: paragraphs with their style and text, tables and their rows.
 * Regular expressions suffice because docx writes flat, predictable XML and the documents have no nested tables.
 */

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export interface WordParagraph {
  /** Paragraph style id, e.g. "Heading1"; null for direct formatting only. */
  style: string | null;
  text: string;
}

export const paragraphs = (xml: string): WordParagraph[] =>
  [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1] ?? null;
    const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => unescapeXml(t[1] ?? ''))
      .join('');
    return { style, text };
  });

export const headingsOf = (xml: string, level: number): string[] =>
  paragraphs(xml)
    .filter((p) => p.style === `Heading${level}`)
    .map((p) => p.text);

export const tablesOf = (xml: string): string[] =>
  [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1] ?? '');

export const rowsOf = (tableXml: string): string[] =>
  [...tableXml.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1] ?? '');

/** Every font size (half-points) set in a part, in runs and in styles. */
export const fontSizes = (xml: string): number[] =>
  [...xml.matchAll(/<w:sz(?:Cs)? w:val="(\d+)"\/>/g)].map((m) => Number(m[1]));

/** Every font named in a part. */
export const fontNames = (xml: string): string[] => [
  ...new Set(
    [...xml.matchAll(/<w:rFonts ([^>]*)\/>/g)].flatMap((m) =>
      [...(m[1] ?? '').matchAll(/="([^"]+)"/g)].map((a) => a[1] ?? ''),
    ),
  ),
];
