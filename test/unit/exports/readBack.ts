import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reads exported documents back with tools we did not write: LibreOffice (soffice) renders .docx to PDF the way a
 * recipient's office suite would, poppler reads the PDF's text and draws pages, unzip opens the package. If a tool
 * is missing the tests fail and say how to install it: a check that cannot run must not pass.
 */

/** Where the documents, PDFs and page images of a test run are kept for a person to look at. */
export const RESULTS_DIR = fileURLToPath(new URL('../../../test-results/docx', import.meta.url));

const INSTALL_HINT =
  'The Word export tests read documents back with LibreOffice, poppler and unzip. ' +
  'Install them, e.g. `apt-get install libreoffice-writer poppler-utils unzip`.';

export const requireTools = (...tools: string[]): void => {
  const missing = tools.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
  if (missing.length > 0) throw new Error(`Missing ${missing.join(', ')}. ${INSTALL_HINT}`);
};

const run = (command: string, args: string[], timeoutMs = 30_000): string => {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`${command} failed to run: ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
};

/** Writes a document under test-results/docx and returns its path. */
export const saveResult = (fileName: string, data: Uint8Array): string => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, fileName);
  writeFileSync(path, data);
  return path;
};

/**
 * Converts .docx files to PDF in one soffice run (it takes seconds to start), with a fresh user profile so a run never
 * depends on, or is blocked by, another LibreOffice. Returns the PDFs' paths in the order given.
 */
export const convertToPdf = (docxPaths: readonly string[]): string[] => {
  const profile = mkdtempSync(join(tmpdir(), 'lo-homeward-'));
  try {
    run(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'pdf',
        '--outdir',
        RESULTS_DIR,
        ...docxPaths,
      ],
      110_000,
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docxPaths.map((p) => {
    const pdf = join(RESULTS_DIR, basename(p).replace(/\.docx$/, '.pdf'));
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${basename(p)} to PDF`);
    return pdf;
  });
};

/** The PDF's text laid out as on the page, one string per page (pdftotext ends each page with a form feed). */
export const pdfPages = (pdf: string): string[] => {
  const pages = run('pdftotext', ['-layout', pdf, '-']).split('\f');
  return pages.slice(0, pages.length - 1);
};

const unescapeHtml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** What the built-in header and footer print on every page. */
export const PAGE_FURNITURE: readonly RegExp[] = [/^OFFICIAL-SENSITIVE\b/, /^Page \d+ of \d+\b/];

interface TextBlock {
  page: number;
  top: number;
  left: number;
  text: string;
}

/**
 * The PDF's text rebuilt from poppler's text blocks (`pdftotext -bbox-layout`), whitespace collapsed, so that a table
 * row reads across as one string. Poppler makes each table cell a block; sorting the blocks top to bottom, then left
 * to right, puts the cells of a row (whose first lines share a baseline) side by side, which neither the layout mode
 * (cells' wrapped lines interleave) nor the reading-order mode (rows of a long table come out column by column) does.
 * A line ending in a hyphen joins the next without a space, so "Child-" and "Alpha" read "Child-Alpha".
 * Blocks matching `furniture` (the marking, "Page X of Y", a letterhead's address) are left out, so a paragraph
 * that runs over a page break reads as one.
 */
export const pdfText = (pdf: string, furniture: readonly RegExp[] = PAGE_FURNITURE): string => {
  const xhtml = run('pdftotext', ['-bbox-layout', pdf, '-']);
  const blocks: TextBlock[] = [];
  [...xhtml.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].forEach((pageMatch, page) => {
    for (const b of (pageMatch[1] ?? '').matchAll(
      /<block xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([\s\S]*?)<\/block>/g,
    )) {
      const lines = [...(b[3] ?? '').matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)].map((l) =>
        [...(l[1] ?? '').matchAll(/<word [^>]*>([^<]*)<\/word>/g)]
          .map((w) => unescapeHtml(w[1] ?? ''))
          .join(' '),
      );
      const text = lines.reduce(
        (acc, line) => (acc === '' ? line : acc.endsWith('-') ? acc + line : `${acc} ${line}`),
        '',
      );
      if (!furniture.some((f) => f.test(text)))
        blocks.push({ page, top: Math.round(Number(b[2])), left: Number(b[1]), text });
    }
  });
  blocks.sort((a, b) => a.page - b.page || a.top - b.top || a.left - b.left);
  return normalise(blocks.map((b) => b.text).join(' '));
};

/** Collapses whitespace; a word broken after a hyphen at the end of a line ("L-\n030") is joined back. */
export const normalise = (text: string): string =>
  text
    .replace(/-\s*\n\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** Draws one page as a PNG (e.g. `minutes-page1.png` next to `minutes.pdf`) and returns its path. */
export const renderPagePng = (pdf: string, page: number, dpi = 60): string => {
  const prefix = `${pdf.replace(/\.pdf$/, '')}-page${page}`;
  run('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    prefix,
  ]);
  const png = `${prefix}.png`;
  if (!existsSync(png)) throw new Error(`pdftoppm drew no page ${page} of ${basename(pdf)}`);
  return png;
};

/** One part of a .docx package, e.g. `word/document.xml`, as text. */
export const docxPart = (docxPath: string, part: string): string => run('unzip', ['-p', docxPath, part]);

/** The names of the parts of a .docx package. */
export const docxPartNames = (docxPath: string): string[] =>
  run('unzip', ['-Z1', docxPath])
    .split('\n')
    .filter((line) => line.length > 0);
