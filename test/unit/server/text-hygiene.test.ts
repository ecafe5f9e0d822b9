import { describe, expect, it } from 'vitest';
import type { ApiResult, FileToSave } from '../../../shared/api';
import type { ChildRecord } from '../../../shared/api/children';
import type { ExportedCsv } from '../../../shared/api/importExport';
import { safeFileName, stripBidiControls } from '../../../shared/api/text';
import type { Child } from '../../../shared/domain/child';
import { parseCsv } from '../../../electron/backend/importExport/csv';
import { freshBackend, sampleChild } from '../support/backend';
import { call, start, type Answer } from './support';

const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

/** The answer must be valid UTF-8 all the way down: decoding it strictly throws on a lone surrogate's bytes. */
function strictJson<T>(a: Answer): ApiResult<T> {
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(a.body)) as ApiResult<T>;
}

function value<T>(a: Answer): T {
  const r = strictJson<T>(a);
  if (!r.ok) throw new Error(`refused: ${r.error.message} ${JSON.stringify(r.error.issues)}`);
  return r.value;
}

describe('text at the API boundary (through the real server)', () => {
  it('stores a lone surrogate as U+FFFD, so what is saved and answered is valid UTF-8', async () => {
    const s = await start();
    // JSON can carry half an emoji as an escape; the server used to store it as it came.
    const body = JSON.stringify(sampleChild({ givenName: 'Sam\uD83D', familyName: '\uDE00Lee' }));
    const created = value<Child>(await call(s, { path: '/api/children.create', token: s.token, body }));
    expect(created.givenName).toBe('Sam\uFFFD');
    const read = value<ChildRecord>(
      await call(s, { path: '/api/children.get', token: s.token, body: JSON.stringify({ id: created.id }) }),
    );
    expect([read.child.givenName, read.child.familyName]).toEqual(['Sam\uFFFD', '\uFFFDLee']);
    // A whole emoji is kept as it is.
    const emoji = value<Child>(
      await call(s, {
        path: '/api/children.create',
        token: s.token,
        body: JSON.stringify(sampleChild({ givenName: 'Sam\u{1F600}', caseReference: 'TEST-0002' })),
      }),
    );
    expect(emoji.givenName).toBe('Sam\u{1F600}');
  });

  it('drops bidi overrides from a case reference, so no export file name can be made to read backwards', async () => {
    const s = await start();
    const body = JSON.stringify(sampleChild({ caseReference: `AB${BIDI.join('')}\u202Excod.exe` }));
    const child = value<Child>(await call(s, { path: '/api/children.create', token: s.token, body }));
    expect(child.caseReference).toBe('ABxcod.exe');
    const file = value<FileToSave>(
      await call(s, {
        path: '/api/exports.chronology',
        token: s.token,
        body: JSON.stringify({ childId: child.id }),
      }),
    );
    expect(file.fileName).toMatch(/^\d{4}-\d{2}-\d{2} Chronology ABxcod\.exe\.docx$/);
    for (const c of BIDI) expect(file.fileName).not.toContain(c);
  });

  it('refuses an over-long id or one with invisible characters, naming the field, before the backend sees it', async () => {
    const s = await start();
    for (const [path, payload, field] of [
      ['children.get', { id: 'x'.repeat(101) }, 'id'],
      ['children.get', { id: 'abc\u202E' }, 'id'],
      ['exports.chronology', { childId: 'a b' }, 'childId'],
      ['protocol.getProfile', { id: 'y'.repeat(5000) }, 'id'],
      ['meetings.get', { meetingId: '\u0000' }, 'meetingId'],
    ] as const) {
      const r = strictJson(
        await call(s, { path: `/api/${path}`, token: s.token, body: JSON.stringify(payload) }),
      );
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'invalid', issues: [{ field, message: 'is not an id' }] },
      });
    }
    const longChild = strictJson(
      await call(s, {
        path: '/api/episodes.create',
        token: s.token,
        body: JSON.stringify({
          childId: 'c'.repeat(1000),
          category: 'missing',
          reportedAt: '2026-11-01T10:00:00Z',
        }),
      }),
    );
    expect(longChild).toMatchObject({ ok: false, error: { issues: [{ field: 'childId' }] } });
  });

  it('refuses a protocol profile too large to be one, instead of handing megabytes to the validator', async () => {
    const s = await start();
    const profile = { id: 'huge', notes: Array.from({ length: 5000 }, () => 'n'.repeat(100)) };
    const r = strictJson(
      await call(s, { path: '/api/protocol.saveProfile', token: s.token, body: JSON.stringify({ profile }) }),
    );
    expect(r).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'profile', message: 'is too large to be a protocol profile' }] },
    });
  });
});

describe('export file names', () => {
  it('go through one sanitiser: no bidi controls, separators, controls or reserved names', () => {
    expect(safeFileName('Minutes MIM AB\u202Excod.exe 2026-11-20.docx')).toBe(
      'Minutes MIM ABxcod.exe 2026-11-20.docx',
    );
    expect(safeFileName('Chronology ../../etc/passwd 2026.docx')).toBe(
      'Chronology ..-..-etc-passwd 2026.docx',
    );
    expect(safeFileName('a\\b:c*d?e"f<g>h|i\u0007.csv')).toBe('a-b-c-d-e-f-g-h-i-.csv');
    expect(safeFileName('CON.csv')).toBe('_CON.csv');
    expect(safeFileName(' ..hidden. ')).toBe('hidden');
    expect(safeFileName('\u202E')).toBe('Homeward export');
    expect(safeFileName('x\uD800y.csv')).toBe('xy.csv');
    const long = safeFileName(`${'\u{1F600}'.repeat(150)}.docx`);
    expect(long.endsWith('.docx')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(200);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(long))).toBe(long);
    expect(stripBidiControls(`a${BIDI.join('')}b`)).toBe('ab');
  });

  it('a Homeward CSV export guards full-width and pipe formulas, and reads back to the text typed', async () => {
    const b = await freshBackend();
    const s = await start(undefined, b);
    const child = value<Child>(
      await call(s, {
        path: '/api/children.create',
        token: s.token,
        body: JSON.stringify(sampleChild({ team: '＝1+1' })),
      }),
    );
    const notes = ['＋SUM(A1)', '－1', '＠cmd', '|calc', '\t=1', '\r=1', '=HYPERLINK("x")'];
    for (const [i, note] of notes.entries()) {
      const episode = {
        childId: child.id,
        category: 'missing',
        reportedAt: `2026-10-${String(i + 1).padStart(2, '0')}T10:00:00Z`,
        foundAt: `2026-10-${String(i + 1).padStart(2, '0')}T12:00:00Z`,
        notes: note,
        whereFound: note,
      };
      value(await call(s, { path: '/api/episodes.create', token: s.token, body: JSON.stringify(episode) }));
    }
    const file = value<ExportedCsv>(
      await call(s, { path: '/api/importExport.exportHomeward', token: s.token, body: '{}' }),
    );
    const [header, ...rows] = parseCsv(Buffer.from(file.base64, 'base64').toString('utf8')).records;
    const col = (name: string) => header!.fields.indexOf(name);
    const cells = rows.flatMap((r) => [
      r.fields[col('notes')]!,
      r.fields[col('where_found')]!,
      r.fields[col('team')]!,
    ]);
    // Every cell that would start a formula starts with the apostrophe instead.
    for (const cell of cells) expect(cell.startsWith("'")).toBe(true);
    // The same file imported into another Homeward gives back what was typed (notes are trimmed on input).
    const other = await start(undefined, await freshBackend());
    const report = value<{ imported: number }>(
      await call(other, {
        path: '/api/importExport.import',
        token: other.token,
        body: JSON.stringify({
          fileName: 'back.csv',
          content: Buffer.from(file.base64, 'base64').toString('utf8'),
        }),
      }),
    );
    expect(report.imported).toBe(notes.length);
    const list = value<Array<{ id: string }>>(
      await call(other, { path: '/api/children.list', token: other.token, body: '{}' }),
    );
    const back = value<ChildRecord>(
      await call(other, {
        path: '/api/children.get',
        token: other.token,
        body: JSON.stringify({ id: list[0]!.id }),
      }),
    );
    expect(back.child.team).toBe('＝1+1');
    expect(back.episodes.map((e) => e.notes).sort()).toEqual(notes.map((n) => n.trim()).sort());
  });
});
