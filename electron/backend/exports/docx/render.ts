import { Document, Packer, PageOrientation, type FileChild } from 'docx';
import { fillLetterhead } from './letterhead';
import { builtInFooter, builtInHeader } from './pageFrame';
import { builtInStyles } from './styles';
import { CM, clean } from './text';

export interface DocxExportOptions {
  /** The council's letterhead (.docx with placeholders, see LETTERHEAD_PLACEHOLDERS); the built-in layout without. */
  letterhead?: Buffer | Uint8Array;
}

/** What a builder hands over: the body is built knowing whether a letterhead will frame it. */
export interface DocumentParts {
  /** The document's title: core properties, footer, `{{title}}`. No child's name: it travels as file metadata. */
  title: string;
  /** Core properties subject, e.g. "Minutes". */
  subject: string;
  /** Landscape for wide tables (the chronology); a letterhead keeps its own page setup. */
  orientation: 'portrait' | 'landscape';
  body: (frame: { letterhead: boolean }) => FileChild[];
  /** Minutes not yet approved: DRAFT beside the marking on every page. */
  draft?: boolean;
}

// A4, the paper councils print on.
const A4 = { width: 11906, height: 16838 };

export const renderDocx = async (given: DocumentParts, options: DocxExportOptions = {}): Promise<Buffer> => {
  // The title also goes into docProps/core.xml, outside the runs that clean their own text.
  const parts = { ...given, title: clean(given.title), subject: clean(given.subject) };
  if (options.letterhead) {
    return fillLetterhead(options.letterhead, {
      title: parts.title,
      subject: parts.subject,
      draft: parts.draft ?? false,
      body: parts.body({ letterhead: true }),
    });
  }
  const doc = new Document({
    title: parts.title,
    subject: parts.subject,
    creator: 'Homeward',
    lastModifiedBy: 'Homeward',
    styles: builtInStyles,
    sections: [
      {
        properties: {
          page: {
            size: {
              ...A4,
              orientation:
                parts.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            // Landscape is for the chronology's long table: narrower margins give it more rows per page.
            margin:
              parts.orientation === 'landscape'
                ? {
                    top: Math.round(1.7 * CM),
                    bottom: Math.round(2 * CM),
                    left: Math.round(1.5 * CM),
                    right: Math.round(1.5 * CM),
                    header: Math.round(0.7 * CM),
                    footer: Math.round(0.6 * CM),
                  }
                : {
                    top: Math.round(2.2 * CM),
                    bottom: Math.round(2.2 * CM),
                    left: Math.round(2 * CM),
                    right: Math.round(2 * CM),
                    header: Math.round(1 * CM),
                    footer: Math.round(0.9 * CM),
                  },
          },
        },
        headers: { default: builtInHeader(parts.draft) },
        footers: { default: builtInFooter(parts.title, parts.draft) },
        children: parts.body({ letterhead: false }),
      },
    ],
  });
  return Packer.toBuffer(doc);
};
