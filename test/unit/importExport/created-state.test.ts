import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { mutation } from '../../../electron/backend/mutation';
import { refreshChildren } from '../../../electron/backend/protocol/state/refresh';
import { freshBackend, must, sampleChild } from '../support/backend';
import { file903, fixture, importText } from './support';

// The children an import creates are evaluated from what the import made of them, with nothing read back
// (mutation.ts childCreated). Their stored state and Due items must be what a re-evaluation reading the database
// gives: each test imports, keeps what was stored, evaluates the same children again from the database at the same
// instant, and compares every column.

const NOW = '2026-11-20T10:00:00.000Z';

async function stored(b: Backend) {
  const db = b.context.db;
  const states = await sql`SELECT * FROM protocol_state ORDER BY child_id`.execute(db);
  const items = await sql`SELECT * FROM due_items ORDER BY child_id, position`.execute(db);
  return { states: states.rows, items: items.rows };
}

async function reEvaluatedFromTheDatabase(b: Backend) {
  const ids = (await b.context.db.selectFrom('children').select('id').execute()).map((r) => r.id);
  await mutation(b.context, (tx) => refreshChildren(tx, ids));
  return stored(b);
}

describe('the protocol state of the children an import creates', () => {
  it('is what evaluating them from the database gives: 903 rows in the look-back, open, away and repeated', async () => {
    const b = await freshBackend(NOW);
    // Out of file order on purpose (the state must list episodes in reported order), some in the look-back, one
    // child with enough episodes for a meeting, one still missing, one away from placement, one long past.
    const report = await importText(
      b,
      file903(
        'TEST-000001,01/02/2012,M,10/11/2026,11/11/2026',
        'TEST-000001,01/02/2012,M,01/10/2026,02/10/2026',
        'TEST-000001,01/02/2012,M,20/10/2026,21/10/2026',
        'TEST-000002,15/06/2013,M,18/11/2026,',
        'TEST-000003,29/02/2012,A,01/11/2026,02/11/2026',
        'TEST-000004,03/03/2011,M,04/01/2021,05/01/2021',
        'TEST-000001,01/02/2012,A,05/11/2026,06/11/2026',
      ),
    );
    expect(report).toMatchObject({ imported: 7, childrenCreated: 4, rowsRejected: 0 });
    const afterImport = await stored(b);
    expect(afterImport.states).toHaveLength(4);
    // Something is due (else the Due items would be compared as two empty lists).
    expect(afterImport.items.length).toBeGreaterThan(0);
    expect(await reEvaluatedFromTheDatabase(b)).toEqual(afterImport);
  });

  it('is the same for a Homeward file’s children, with gradings, return interviews and factors', async () => {
    const b = await freshBackend(NOW);
    const report = await importText(b, fixture('homeward-sample.csv'));
    expect(report.childrenCreated).toBeGreaterThan(0);
    const afterImport = await stored(b);
    expect(afterImport.states.length).toBe(report.childrenCreated);
    expect(await reEvaluatedFromTheDatabase(b)).toEqual(afterImport);
  });

  it('reads a regraded episode as the engine does: the latest police grading, else the one at report', async () => {
    const b = await freshBackend(NOW);
    const header = fixture('homeward-sample.csv').split(/\r?\n/)[0]!;
    const row = (cells: Record<string, string>) =>
      header
        .split(',')
        .map((c) => cells[c] ?? '')
        .join(',');
    const child = {
      given_name: 'Test',
      family_name: 'Regraded',
      date_of_birth: '04/05/2011',
      gender: 'female',
      legal_status: 'child-in-care',
      placing_authority: 'Exampleshire County Council',
      placement_type: 'childrens-home',
      category: 'missing',
    };
    const content = [
      header,
      row({
        ...child,
        case_reference: 'TEST-000501',
        reported_at: '17/11/2026 20:15',
        police_risk_at_report: 'low',
        police_risk_latest: 'high',
      }),
      row({
        ...child,
        case_reference: 'TEST-000502',
        reported_at: '18/11/2026 20:15',
        police_risk_at_report: 'high',
      }),
      row({
        ...child,
        case_reference: 'TEST-000503',
        reported_at: '18/11/2026 21:15',
        police_risk_at_report: 'medium',
        police_risk_latest: 'low',
      }),
    ].join('\r\n');
    expect(await importText(b, `${content}\r\n`)).toMatchObject({ imported: 3, rowsRejected: 0 });
    const afterImport = await stored(b);
    expect(await reEvaluatedFromTheDatabase(b)).toEqual(afterImport);
  });

  it('leaves a child Homeward already held to be evaluated from the database, with the file’s new episodes', async () => {
    const b = await freshBackend(NOW);
    const held = await must(
      b,
      'children.create',
      sampleChild({ caseReference: 'TEST-000009', dateOfBirth: '2012-02-01' }),
    );
    await must(b, 'episodes.create', {
      childId: held.id,
      category: 'missing',
      reportedAt: '2026-10-01T20:00:00.000Z',
      foundAt: '2026-10-02T08:00:00.000Z',
    });
    await importText(
      b,
      file903('TEST-000009,01/02/2012,M,10/11/2026,11/11/2026', 'TEST-000010,01/02/2012,M,12/11/2026,'),
    );
    const afterImport = await stored(b);
    expect(afterImport.states).toHaveLength(2);
    expect(await reEvaluatedFromTheDatabase(b)).toEqual(afterImport);
  });
});
