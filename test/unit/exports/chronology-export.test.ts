import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Footer, Header, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { freshBackend, must, sampleChild } from '../support/backend';
import { auditRows } from '../support/db';

/** Unzips one part of a .docx with the system's unzip: a reader we did not write. */
function docxPart(base64: string, part: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-docx-'));
  const file = join(dir, 'out.docx');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8' });
}

describe('exporting a child’s chronology to Word', () => {
  it('writes every episode of the child, names the file by case reference, and audits the export', async () => {
    const b = await freshBackend();
    const child = await must(
      b,
      'children.create',
      sampleChild({ caseReference: 'TEST-4242', hostAuthority: 'Otherborough Council' }),
    );
    await must(b, 'episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-09-01T20:00:00Z',
      foundAt: '2026-09-02T08:00:00Z',
      whereFound: 'Bus station, Testtown',
      policeRiskAtReport: 'high',
    });
    await must(b, 'episodes.create', {
      childId: child.id,
      category: 'away',
      reportedAt: '2026-10-01T20:00:00Z',
      foundAt: '2026-10-01T23:00:00Z',
      whereFound: 'Friend’s flat, Sampleton',
    });
    const file = await must(b, 'exports.chronology', { childId: child.id });
    expect(file.fileName).toBe('2026-11-20 Chronology TEST-4242.docx');
    expect(file.fileName).not.toContain('Samplewood');
    const xml = docxPart(file.base64, 'word/document.xml');
    expect(xml).toContain('TEST-4242');
    expect(xml).toContain('Bus station, Testtown');
    expect(xml).toContain('Sampleton');
    expect(xml).toContain('Otherborough Council');
    expect(xml).toContain('Away from placement without authorisation');
    const rows = await auditRows(b, 'export');
    expect(rows.map((r) => [r.entity, r.child_id])).toEqual([['chronology', child.id]]);
  });

  it('refuses a letterhead without the placeholders, saying which, and keeps the built-in layout', async () => {
    const b = await freshBackend();
    const plain = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('Exampleshire letterhead')] }] }),
    );
    const r = await b.call('settings.setLetterhead', {
      fileName: 'letterhead.docx',
      base64: plain.toString('base64'),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/\{\{body\}\}/);
    expect((await must(b, 'settings.get', {})).letterheadFileName).toBeNull();
  });

  it('refuses a file that is not a Word document', async () => {
    const r = await (
      await freshBackend()
    ).call('settings.setLetterhead', {
      fileName: 'letterhead.docx',
      base64: Buffer.from('not a zip').toString('base64'),
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ field: 'letterhead' }] } });
  });

  it('uses an accepted letterhead for later exports', async () => {
    const b = await freshBackend();
    const letterhead = await Packer.toBuffer(
      new Document({
        sections: [
          {
            headers: { default: new Header({ children: [new Paragraph('{{marking}}')] }) },
            footers: { default: new Footer({ children: [new Paragraph('{{page}}')] }) },
            children: [new Paragraph('Testshire Council, 1 Example Street'), new Paragraph('{{body}}')],
          },
        ],
      }),
    );
    await must(b, 'settings.setLetterhead', {
      fileName: 'testshire.docx',
      base64: letterhead.toString('base64'),
    });
    expect((await must(b, 'settings.get', {})).letterheadFileName).toBe('testshire.docx');
    const child = await must(b, 'children.create', sampleChild());
    const file = await must(b, 'exports.chronology', { childId: child.id });
    expect(docxPart(file.base64, 'word/document.xml')).toContain('Testshire Council, 1 Example Street');
  });
});
