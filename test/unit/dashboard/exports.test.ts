import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../electron/backend/importExport/csv';
import { requireTools } from '../exports/readBack';
import { must } from '../support/backend';
import { auditRows } from '../support/db';
import { november } from './november';

/** One part of the .docx package, read with the system's unzip: a reader we did not write. */
const part = (file: string, name: string): string =>
  execFileSync('unzip', ['-p', file, name], { encoding: 'utf8' });

/** The text of each table cell, row by row, of every table in the document. */
function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...(t[1] ?? '').matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...(r[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
        [...(c[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(' '),
      ),
    ),
  );
}

// The detail starts with the count and digest of the children the export links to (audit_children); compared here
// without them, and the links themselves are pinned in test/unit/trust/views.test.ts.
const exportRows = async (b: Awaited<ReturnType<typeof november>>) =>
  (await auditRows(b, 'export')).map((r) => ({
    entity: r.entity,
    entityId: r.entity_id,
    childId: r.child_id,
    detail: r.detail?.replace(/^children=\d+ ids=[0-9a-f]{16} /, ''),
  }));

describe('the dashboard exports', () => {
  it('writes a Word document with the marking, page numbers, a summary and the tables, and audits it', async () => {
    requireTools('unzip');
    const b = await november();
    const file = await must(b, 'dashboard.exportDocx', { month: '2026-11' });
    expect(file.fileName).toBe('Missing dashboard 2026-11 2026-12-05.docx');
    const path = join(b.dir, file.fileName);
    writeFileSync(path, Buffer.from(file.base64, 'base64'));

    const document = part(path, 'word/document.xml');
    const frame = ['word/header1.xml', 'word/footer1.xml'].map((p) => part(path, p)).join('');
    expect(frame).toContain('OFFICIAL-SENSITIVE');
    expect(frame).toMatch(/PAGE[\s\S]*NUMPAGES/);
    expect(part(path, 'docProps/core.xml')).toContain('Missing dashboard: November 2026');
    expect(document).toContain('6 episodes were reported in November 2026');
    expect(document).toContain('A return interview was held within 72 hours after 2 (33.3%)');

    const all = tables(document);
    const byHeader = (first: string) => all.find((t) => t[0]?.[0] === first);
    expect(byHeader('Category')?.slice(1)).toEqual([
      ['Missing', '2', '1', '0', '0', '1', '4'],
      ['Absent', '0', '0', '0', '0', '1', '1'],
      ['Away from placement without authorisation', '0', '0', '0', '1', '0', '1'],
      ['All categories', '2', '1', '0', '1', '2', '6'],
    ]);
    expect(byHeader('Return interview')?.find((r) => r[0] === 'Held within 72 hours of the return')).toEqual([
      'Held within 72 hours of the return',
      '2',
      '33.3%',
    ]);
    expect(byHeader('Placing authority')?.slice(1)).toEqual([
      ['Leicester City Council', 'Derby City Council', '1', '0', '1', '1'],
      ['Derby City Council', 'Nottinghamshire County Council', '1', '2', '1', '0'],
    ]);
    expect(byHeader('Month')).toHaveLength(13);
    expect(byHeader('Stage')?.slice(1)).toEqual([
      ['Stage 1', '1'],
      ['Stage 2', '0'],
      ['Escalation', '0'],
    ]);
    // Every table's header row repeats on each page, for reading a long table on paper.
    expect(document.match(/<w:tblHeader\/>/g)?.length).toBe(all.length);
    expect(await exportRows(b)).toEqual([
      { entity: 'dashboard', entityId: '2026-11', childId: null, detail: 'docx' },
    ]);
  });

  it('writes a CSV with one section per table that reads back to the same figures, and audits it', async () => {
    const b = await november();
    const file = await must(b, 'dashboard.exportCsv', { month: '2026-11' });
    expect(file.fileName).toBe('missing-dashboard-2026-11.csv');
    const parsed = parseCsv(Buffer.from(file.base64, 'base64').toString('utf8'));
    expect(parsed.error).toBeNull();
    const lines = parsed.records.map((r) => r.fields);
    expect(lines[0]).toEqual(['OFFICIAL-SENSITIVE']);

    /** A section: the rows after its title line, up to the next line of one cell (the next title). */
    const section = (title: string): string[][] => {
      const at = lines.findIndex((l) => l.length === 1 && l[0] === title);
      expect(at, title).toBeGreaterThan(0);
      const end = lines.findIndex((l, i) => i > at && l.length === 1);
      return lines.slice(at + 1, end < 0 ? undefined : end);
    };
    expect(section('Episodes reported by category and police risk')).toEqual([
      ['Category', 'High', 'Medium', 'Low', 'No apparent risk', 'Not graded', 'Total'],
      ['Missing', '2', '1', '0', '0', '1', '4'],
      ['Absent', '0', '0', '0', '0', '1', '1'],
      ['Away from placement without authorisation', '0', '0', '0', '1', '0', '1'],
      ['All categories', '2', '1', '0', '1', '2', '6'],
    ]);
    expect(
      section('Children with 2 or more episodes, or repeat missing')
        .slice(1)
        .map((r) => [r[0], r[2], r[3], r[4]]),
    ).toEqual([
      ['Alpha Samplewood', '3', '3', 'Yes'],
      ['Bravo Samplewood', '2', '1', 'No'],
      ['Delta Samplewood', '1', '4', 'Yes'],
    ]);
    const interviews = section('Return interviews');
    expect(interviews.find((r) => r[0] === 'Offered')).toEqual(['Offered', '5', '83.3%']);
    expect(section('Most common push factors').slice(1)).toEqual([
      ['Conflict or something wrong at home or placement', '2', '66.7%'],
      ['Unhappy in or difficulty with the placement', '1', '33.3%'],
    ]);
    expect(section('12-month trend').at(-1)).toEqual([
      'November 2026',
      '4',
      '1',
      '1',
      '6',
      '6',
      '2',
      '33.3%',
    ]);
    expect(section('12-month trend').find((r) => r[0] === 'June 2026')).toEqual([
      'June 2026',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '—',
    ]);
    expect(section('What the figures count').length).toBeGreaterThan(5);
    expect(await exportRows(b)).toEqual([
      { entity: 'dashboard', entityId: '2026-11', childId: null, detail: `csv rows=${file.rows}` },
    ]);
  });
});
