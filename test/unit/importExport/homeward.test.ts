import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import type { EpisodeInput } from '../../../shared/domain/episode';
import { freshBackend, must, sampleChild } from '../support/backend';
import { fixture, importText, textOf } from './support';

const HEADER =
  'case_reference,given_name,family_name,date_of_birth,gender,legal_status,placing_authority,host_authority,' +
  'placement_type,allocated_worker,team,category,reported_at,last_seen_at,found_at,police_risk_at_report,police_risk_latest,' +
  'police_reference,missing_from,where_found,return_method,ri_offered_at,ri_offered_by,ri_outcome,' +
  'ri_not_offered_reason,ri_held_at,trafficking_concern,factors,notes';

const exportHomeward = async (b: Backend) => textOf(await must(b, 'importExport.exportHomeward', {}));

/** What differs between two databases holding the same record: ids and when rows were written. */
const LOCAL_FIELDS = new Set(['id', 'childId', 'createdAt', 'updatedAt']);
const withoutLocalFields = (o: object) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !LOCAL_FIELDS.has(k)));

async function chronology(b: Backend, caseReference: string) {
  const [summary] = await must(b, 'children.list', { search: caseReference });
  const { child, episodes } = await must(b, 'children.get', { id: summary!.id });
  return { child: withoutLocalFields(child), episodes: episodes.map(withoutLocalFields) };
}

describe("Homeward's own CSV", () => {
  it('reads the sample file: names, codes, London times, factors and a note over two lines', async () => {
    const b = await freshBackend();
    const r = await importText(b, fixture('homeward-sample.csv'));
    expect(r).toEqual({
      format: 'homeward',
      rowsRead: 3,
      imported: 3,
      alreadyPresent: 0,
      childrenCreated: 2,
      rowsRejected: 0,
      rejected: [],
      rejectedNotListed: 0,
    });
    const { child, episodes } = await chronology(b, 'TEST-000301');
    expect(child).toMatchObject({
      givenName: 'Sample',
      familyName: 'Child-Alpha',
      gender: 'female',
      hostAuthority: 'Otherton Council',
      placementType: 'childrens-home',
    });
    expect(episodes[0]).toMatchObject({
      reportedAt: '2026-10-01T19:15:00.000Z',
      traffickingConcern: true,
      whereFound: 'Town centre, near the station',
      returnInterview: {
        outcome: 'accepted',
        heldAt: '2026-10-03T14:00:00.000Z',
        offeredBy: 'Return Worker Example',
      },
      factors: [
        { direction: 'push', code: 'placement-difficulty', detail: null },
        { direction: 'pull', code: 'other', detail: 'met older males; one with a car' },
      ],
      notes: 'Said she felt "fed up".\nSecond line of the note.',
    });
    expect((await chronology(b, 'TEST-000302')).episodes[0]).toMatchObject({
      category: 'absent',
      foundAt: null,
      notes: '=not a formula',
    });
  });

  it('writes back the file it read, byte for byte', async () => {
    const b = await freshBackend();
    const original = fixture('homeward-sample.csv');
    await importText(b, original);
    expect(await exportHomeward(b)).toBe(original);
  });

  it('carries every field of every episode from one Homeward to another', async () => {
    const source = await freshBackend();
    const child = await must(
      source,
      'children.create',
      sampleChild({ caseReference: 'TEST-000900', givenName: 'Rich', familyName: 'Record-Test' }),
    );
    const full: Omit<EpisodeInput, 'childId'> = {
      category: 'missing',
      reportedAt: '2026-07-10T21:05:00Z',
      lastSeenAt: '2026-07-10T17:40:00Z',
      foundAt: '2026-07-12T03:10:00Z',
      policeRiskAtReport: 'high',
      policeRiskLatest: 'medium',
      policeReference: '-TEST/123',
      missingFrom: 'home',
      whereFound: 'A friend\'s flat, "top floor"',
      returnMethod: 'family',
      returnInterview: {
        offeredAt: '2026-07-12T10:00:00Z',
        offeredBy: '@Return Service',
        outcome: 'declined',
        notOfferedReason: null,
        heldAt: null,
      },
      factors: [
        { direction: 'pull', code: 'criminal-exploitation', detail: 'county lines; Area X' },
        { direction: 'push', code: 'other', detail: '+ moved school\\again' },
      ],
      notes: '=SUM(A1:A9)\r\nline two, with a comma',
      // ST 10.4, 23.3: the flag the prompts read travels with the episode.
      traffickingConcern: true,
    };
    await must(source, 'episodes.create', { childId: child.id, ...full });
    await must(source, 'episodes.create', {
      childId: child.id,
      category: 'away',
      reportedAt: '2026-10-25T00:30:00Z',
      returnInterview: {
        offeredAt: null,
        offeredBy: null,
        outcome: 'not-offered',
        notOfferedReason: 'Not yet found',
        heldAt: null,
      },
    });
    const file = await exportHomeward(source);

    const target = await freshBackend();
    expect(await importText(target, file)).toMatchObject({
      imported: 2,
      childrenCreated: 1,
      rowsRejected: 0,
    });
    expect(await chronology(target, 'TEST-000900')).toEqual(await chronology(source, 'TEST-000900'));
    expect(await exportHomeward(target)).toBe(file);
  });

  it('creates an unnamed child with placeholder names, not recorded gender and the given authority', async () => {
    const b = await freshBackend();
    await importText(
      b,
      'Case Reference,Date of Birth,Category,Reported At\r\nTEST-000950,01/02/2012,Missing,01/10/2026 09:00\r\n',
      'Exampleshire County Council',
    );
    expect((await chronology(b, 'TEST-000950')).child).toMatchObject({
      givenName: 'Unknown',
      familyName: '(Homeward import)',
      gender: 'not-recorded',
      legalStatus: 'child-in-care',
      placingAuthority: 'Exampleshire County Council',
      placementType: 'other',
    });
  });

  it('refuses rows with unknown codes, bad times, bad factors or too long a text, naming the column', async () => {
    const b = await freshBackend();
    const long = 'x'.repeat(201);
    const rows = [
      'TEST-000960,01/02/2012,missing,01/10/2026 09:00,,extreme,',
      'TEST-000960,01/02/2012,missing,01/10/2026,,,',
      'TEST-000960,01/02/2012,missing,29/03/2026 01:30,,,',
      'TEST-000960,01/02/2012,missing,02/10/2026 09:00,push:nonsense,,',
      `TEST-000960,01/02/2012,missing,03/10/2026 09:00,,,${long}`,
      'TEST-000960,01/02/2012,missing,04/10/2026 09:00,,,',
    ];
    const r = await importText(
      b,
      `case_reference,date_of_birth,category,reported_at,factors,police_risk_at_report,where_found\r\n${rows.join('\r\n')}`,
    );
    expect(r.imported).toBe(1);
    expect(r.rejected).toEqual([
      {
        line: 2,
        field: 'police_risk_at_report',
        message: 'must be one of high, medium, low, no-apparent-risk (found "extreme").',
      },
      {
        line: 3,
        field: 'reported_at',
        message: 'must be a date and time as dd/mm/yyyy hh:mm, London time (found "01/10/2026").',
      },
      {
        line: 4,
        field: 'reported_at',
        message:
          'is a time that does not exist in the UK (the clocks went forward) (found "29/03/2026 01:30").',
      },
      {
        line: 5,
        field: 'factors',
        message: expect.stringMatching(/^entry 1 \("push:nonsense"\) must be push:code/) as string,
      },
      { line: 6, field: 'where_found', message: 'must be at most 200 characters.' },
    ]);
  });

  it('refuses a held return interview whose outcome is not accepted, naming the Homeward column', async () => {
    const b = await freshBackend();
    const r = await importText(
      b,
      `${HEADER}\r\nTEST-000970,,,01/02/2012,,,,,,,,missing,01/10/2026 09:00,,01/10/2026 12:00,,,,,,,,,declined,,02/10/2026 10:00,,,\r\n`,
    );
    expect(r.rejected).toEqual([
      { line: 2, field: 'ri_outcome', message: 'A held return interview must have the outcome Accepted.' },
    ]);
  });

  it('reads a trafficking concern as yes or no, and refuses anything else naming trafficking_concern', async () => {
    const b = await freshBackend();
    const row = (ref: string, flag: string) =>
      `${ref},,,01/02/2012,,,,,,,,missing,01/10/2026 09:00,,01/10/2026 12:00,,,,,,,,,,,,${flag},,`;
    const r = await importText(
      b,
      `${HEADER}\r\n${row('TEST-000971', 'Yes')}\r\n${row('TEST-000972', 'no')}\r\n${row('TEST-000973', 'maybe')}\r\n`,
    );
    expect(r.rejected).toEqual([
      {
        line: 4,
        field: 'trafficking_concern',
        message: 'must be yes or no (found "maybe").',
      },
    ]);
    expect((await chronology(b, 'TEST-000971')).episodes[0]).toMatchObject({ traffickingConcern: true });
    expect((await chronology(b, 'TEST-000972')).episodes[0]).toMatchObject({ traffickingConcern: false });
  });
});
