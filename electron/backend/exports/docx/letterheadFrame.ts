import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { DRAFT_MARKING, PROTECTIVE_MARKING } from './pageFrame';
import { COLOUR, FONT, LANGUAGE, SIZE } from './text';

/**
 * A letterhead's page frame checked part by part. Word shows a different header and footer on the first page when the
 * section says `titlePg`, and on even pages when settings say `evenAndOddHeaders`: a template whose placeholders sit
 * only in the default header passed the old check and sent pages without marking or page number. Here every header
 * and footer the pages use is found; one that lacks the marking (or, in a footer, the page number) gets it added
 * after the council's own content; a page kind with no header or footer at all cannot be filled and is refused.
 */

type Kind = 'header' | 'footer';
type PageType = 'default' | 'first' | 'even';

const PAGE_TYPE_WORDS: Record<PageType, string> = {
  default: 'the usual',
  first: 'the first-page',
  even: 'the even-page',
};

export interface FramePart {
  kind: Kind;
  type: PageType;
  /** Path in the package, e.g. "word/footer2.xml". */
  path: string;
}

export interface FrameCheck {
  parts: FramePart[];
  /** Why the letterhead cannot be used, in words for the council's administrator; empty when it can. */
  problems: string[];
}

const isOn = (xml: string, tag: string): boolean => {
  const m = new RegExp(`<w:${tag}(?:\\s+w:val="([^"]*)")?\\s*/>`).exec(xml);
  return m !== null && !['0', 'false', 'off'].includes((m[1] ?? 'true').toLowerCase());
};

const relTargets = (rels: string): Map<string, string> =>
  new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].flatMap((m) => {
      const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
      const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
      return id && target ? [[id, target.replace(/^\/?(word\/)?/, 'word/')] as [string, string]] : [];
    }),
  );

const refs = (sectPr: string, kind: Kind): Map<PageType, string> =>
  new Map(
    [...sectPr.matchAll(new RegExp(`<w:${kind}Reference\\b[^>]*>`, 'g'))].flatMap((m) => {
      const type = (/w:type="([^"]+)"/.exec(m[0])?.[1] ?? 'default') as PageType;
      const id = /r:id="([^"]+)"/.exec(m[0])?.[1];
      return id ? [[type, id] as [PageType, string]] : [];
    }),
  );

const read = (files: Unzipped, path: string): string => {
  const data = files[path];
  return data ? strFromU8(data) : '';
};

/**
 * The headers and footers each section's pages use, resolved as Word does: a section without a reference of a type
 * inherits the previous section's; the first section has none to inherit, so that page kind has no header or footer.
 */
export const checkFrame = (files: Unzipped): FrameCheck => {
  const doc = read(files, 'word/document.xml');
  const targets = relTargets(read(files, 'word/_rels/document.xml.rels'));
  const evenAndOdd = isOn(read(files, 'word/settings.xml'), 'evenAndOddHeaders');
  const sections = [...doc.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
  const parts: FramePart[] = [];
  const problems: string[] = [];
  const inherited: Record<Kind, Map<PageType, string>> = { header: new Map(), footer: new Map() };
  sections.forEach((sectPr, s) => {
    const types: PageType[] = [
      'default',
      ...(isOn(sectPr, 'titlePg') ? (['first'] as const) : []),
      ...(evenAndOdd ? (['even'] as const) : []),
    ];
    for (const kind of ['header', 'footer'] as const) {
      for (const [type, id] of refs(sectPr, kind)) inherited[kind].set(type, id);
      for (const type of types) {
        const path = targets.get(inherited[kind].get(type) ?? '');
        if (path && files[path]) {
          if (!parts.some((p) => p.path === path && p.type === type)) parts.push({ kind, type, path });
        } else {
          problems.push(
            `${sections.length > 1 ? `Section ${s + 1}: ` : ''}${PAGE_TYPE_WORDS[type]} ${kind} is empty, so those pages would have no protective marking${kind === 'footer' ? ' or page number' : ''}. In Word, add a ${type === 'default' ? '' : `${type === 'first' ? 'first-page' : 'even-page'} `}${kind} with {{marking}}${kind === 'footer' ? ' and {{page}}' : ''}, or turn off "${type === 'first' ? 'Different first page' : 'Different odd and even pages'}".`.replace(
              /^the/,
              'The',
            ),
          );
        }
      }
    }
  });
  return { parts, problems: [...new Set(problems)] };
};

export const checkFrameOf = (docx: Uint8Array): FrameCheck => checkFrame(unzipSync(docx));

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const rPr = (bold: boolean) =>
  `<w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/>${bold ? '<w:b/>' : ''}<w:color w:val="${COLOUR.muted}"/><w:sz w:val="${SIZE.frame}"/><w:szCs w:val="${SIZE.frame}"/><w:lang w:val="${LANGUAGE}"/></w:rPr>`;
const textRun = (text: string, bold = false) =>
  `<w:r>${rPr(bold)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
const field = (instr: string) =>
  `<w:fldSimple w:instr=" ${instr} "><w:r>${rPr(false)}<w:t>1</w:t></w:r></w:fldSimple>`;
const paragraph = (runs: string) => `<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>${runs}</w:p>`;

const hasMarking = (xml: string) => xml.includes(PROTECTIVE_MARKING);
const hasDraft = (xml: string) => xml.includes(DRAFT_MARKING);
const hasPageField = (xml: string) =>
  /<w:instrText[^>]*>\s*PAGE\b/.test(xml) || /w:instr="\s*PAGE\b/.test(xml);

/** Adds what a used header or footer lacks: the marking (and DRAFT), and in a footer "Page X of Y". */
const completePart = (xml: string, kind: Kind, draft: boolean): string => {
  const add: string[] = [];
  if (!hasMarking(xml) || (draft && !hasDraft(xml))) {
    add.push(
      paragraph(
        `${hasMarking(xml) ? '' : textRun(PROTECTIVE_MARKING, true)}${draft && !hasDraft(xml) ? textRun(`   ${DRAFT_MARKING}`, true) : ''}`,
      ),
    );
  }
  if (kind === 'footer' && !hasPageField(xml)) {
    add.push(paragraph(`${textRun('Page ')}${field('PAGE')}${textRun(' of ')}${field('NUMPAGES')}`));
  }
  if (add.length === 0) return xml;
  const close = kind === 'header' ? '</w:hdr>' : '</w:ftr>';
  return xml.replace(close, `${add.join('')}${close}`);
};

const coreXml = (title: string, subject: string, now: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title)}</dc:title><dc:subject>${escapeXml(subject)}</dc:subject><dc:creator>Homeward</dc:creator><cp:lastModifiedBy>Homeward</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`;

const APP_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Homeward</Application></Properties>`;

/**
 * The heading styles (Heading1-3) the council's template gives its own font or colour. Headings in those styles then
 * take the template's look; body text stays Arial, the accessible default, whatever the template's body font.
 */
export const councilHeadingStyles = (template: Uint8Array): string[] => {
  const styles = read(unzipSync(template), 'word/styles.xml');
  return ['Heading1', 'Heading2', 'Heading3'].filter((id) => {
    const style =
      new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(styles)?.[1] ?? '';
    return /<w:rFonts\b|<w:color\b/.test(style);
  });
};

/** Lets the council's heading styles show: our heading runs drop their own font and colour. */
const useCouncilHeadings = (documentXml: string, headingStyles: readonly string[]): string =>
  headingStyles.length === 0
    ? documentXml
    : documentXml.replace(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g, (p) => {
        const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1];
        return style && headingStyles.includes(style)
          ? p.replace(/<w:rFonts\b[^>]*\/>/g, '').replace(/<w:color\b[^>]*\/>/g, '')
          : p;
      });

/**
 * The filled letterhead made ready to send: every used header and footer carries the marking (and DRAFT on a draft)
 * and every footer the page number; the template's own file properties (author, company, dates, custom properties,
 * "generated by") are replaced by the document's, so a council's template author is not named as the minutes' author.
 */
export const finishLetterhead = (
  filled: Uint8Array,
  meta: { title: string; subject: string; draft: boolean; now: string; headingStyles: readonly string[] },
): Buffer => {
  const files = unzipSync(filled);
  files['word/document.xml'] = strToU8(
    useCouncilHeadings(read(files, 'word/document.xml'), meta.headingStyles),
  );
  const { parts, problems } = checkFrame(files);
  if (problems.length > 0) throw new Error(problems.join(' '));
  for (const part of parts) {
    files[part.path] = strToU8(completePart(read(files, part.path), part.kind, meta.draft));
  }
  files['docProps/core.xml'] = strToU8(coreXml(meta.title, meta.subject, meta.now));
  files['docProps/app.xml'] = strToU8(APP_XML);
  if (files['docProps/custom.xml']) {
    delete files['docProps/custom.xml'];
    files['_rels/.rels'] = strToU8(
      read(files, '_rels/.rels').replace(
        /<Relationship\b[^>]*Target="\/?docProps\/custom\.xml"[^>]*\/>/g,
        '',
      ),
    );
    files['[Content_Types].xml'] = strToU8(
      read(files, '[Content_Types].xml').replace(
        /<Override\b[^>]*PartName="\/docProps\/custom\.xml"[^>]*\/>/g,
        '',
      ),
    );
  }
  return Buffer.from(zipSync(files, { level: 6 }));
};
