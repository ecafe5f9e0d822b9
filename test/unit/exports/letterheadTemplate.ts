import { deflateSync, crc32 } from 'node:zlib';
import { Document, Footer, Header, ImageRun, Packer, Paragraph, TextRun } from 'docx';

/**
 * A council letterhead as a council would make it in Word, made here with docx itself: a logo and address in the
 * header, the marking and page placeholders in header and footer, `{{body}}` alone in the page body. Its fonts
 * (Georgia, en-US) are deliberately not Homeward's, to show the content keeps its own.
 */

const chunk = (type: string, data: Buffer): Buffer => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([len, typeAndData, crc]);
};

/** A plain navy rectangle as a PNG: the stand-in for a council's logo. */
export const logoPng = (width = 180, height = 48): Buffer => {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // colour type: RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([0x1f, 0x3a, 0x5f]))]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

export const LETTERHEAD_ADDRESS = 'County Hall, 1 Example Road, Exampletown EX1 1AA';

const text = (value: string, bold = false) =>
  new TextRun({ text: value, font: 'Georgia', size: 22, bold, language: { value: 'en-US' } });

export interface TemplateOptions {
  /** Leave placeholders out, to test that Homeward refuses an incomplete letterhead. */
  without?: readonly string[];
}

export const buildLetterheadTemplate = async (options: TemplateOptions = {}): Promise<Buffer> => {
  const has = (name: string) => !(options.without ?? []).includes(name);
  const placeholder = (name: string) =>
    has(name) ? [new Paragraph({ children: [text(`{{${name}}}`, true)] })] : [];
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Georgia', language: { value: 'en-US' } } } } },
    sections: [
      {
        // Room for the logo and address above the body, as a council's template has: LibreOffice, unlike Word, does
        // not push the body down when a header outgrows the top margin.
        properties: {
          page: { margin: { top: 2400, bottom: 1800, header: 500, footer: 400, left: 1134, right: 1134 } },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [
                  new ImageRun({
                    type: 'png',
                    data: logoPng(),
                    transformation: { width: 120, height: 32 },
                    altText: { name: 'Logo', description: 'Exampleshire County Council logo', title: 'Logo' },
                  }),
                ],
              }),
              new Paragraph({ children: [text(`Exampleshire County Council · ${LETTERHEAD_ADDRESS}`)] }),
              ...placeholder('marking'),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              ...placeholder('marking'),
              new Paragraph({
                children: [text(has('page') ? '{{page}}' : ''), text(has('title') ? ' · {{ title }}' : '')],
              }),
              new Paragraph({ children: [text('Exampleshire County Council, registered office as above.')] }),
            ],
          }),
        },
        children: [new Paragraph({ children: [text('Children’s Services')] }), ...placeholder('body')],
      },
    ],
  });
  return Packer.toBuffer(doc);
};
