import { describe, expect, it } from 'vitest';
import type { ApiInput } from '../../../shared/api';
import { summariseFactors } from '../../../shared/domain/chronology';
import { episodeInputSchema } from '../../../shared/domain/episode';
import type { ReturnInterviewInput } from '../../../shared/domain/returnInterview';
import { freshBackend, must, sampleChild } from '../support/backend';

// The return home interview record (issue 17): checks on save naming the field, nothing saved changed by a refused
// save, the audit of save, view and export, and the factors it finds fed to the episode and the child's summary.

const NOW = '2026-11-20T10:00:00.000Z';
const RETURNED = '2026-11-16T08:00:00.000Z';

async function setup(over: Parameters<typeof sampleChild>[0] = {}) {
  const b = await freshBackend(NOW);
  const child = await must(b, 'children.create', sampleChild({ protocolProfileId: 'warwickshire', ...over }));
  const episode = await must(
    b,
    'episodes.create',
    episodeInputSchema.parse({
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-11-15T20:00:00Z',
      foundAt: RETURNED,
      policeReference: 'PO-1254689',
      factors: [{ direction: 'push', code: 'school-issues', detail: null }],
    }),
  );
  return { b, child, episode };
}

const held = (
  episodeId: string,
  over: Partial<ReturnInterviewInput> = {},
): ApiInput<'returnInterviews.save'> => ({
  interview: {
    episodeId,
    offered: true,
    independent: true,
    outcome: 'accepted',
    heldAt: '2026-11-17T15:00:00Z',
    place: 'Youth centre',
    coordinatedBy: 'Worker D. Example',
    answers: {
      'peer-pressure': { answer: true, comments: 'Older friends asked them out.' },
      'scared-to-return': { answer: false, comments: '' },
    },
    factors: [
      { direction: 'pull', code: 'peer-pressure', detail: 'older friends' },
      { direction: 'push', code: 'school-issues', detail: null },
    ],
    ...over,
  },
  baseRevision: null,
});

const auditRows = (b: Awaited<ReturnType<typeof setup>>['b'], entity: string) =>
  b.context.db
    .selectFrom('audit')
    .select(['action', 'entity', 'entity_id', 'child_id', 'detail'])
    .where('entity', '=', entity)
    .orderBy('id')
    .execute();

describe('a return interview is saved as a record of its own', () => {
  it('saves the appendix e answers and reads them back, held within the profile’s 72 hours', async () => {
    const { b, episode } = await setup();
    const saved = await must(b, 'returnInterviews.save', held(episode.id));
    expect(saved.record?.revision).toBe(1);
    expect(saved.record?.answers['peer-pressure']).toEqual({
      answer: true,
      comments: 'Older friends asked them out.',
    });
    expect(saved.record?.heldInTime).toBe(true);
    expect(saved.rules.dueWithinHours).toBe(72);
    const again = await must(b, 'returnInterviews.get', { episodeId: episode.id });
    expect(again.record?.heldAt).toBe('2026-11-17T15:00:00.000Z');
    expect(again.episode.policeReference).toBe('PO-1254689');
  });

  it('feeds the factors found to the episode (once each) and to the child’s factor summary', async () => {
    const { b, child, episode } = await setup();
    await must(b, 'returnInterviews.save', held(episode.id));
    const record = await must(b, 'children.get', { id: child.id });
    const fed = record.episodes.find((e) => e.id === episode.id)!;
    // school-issues was already on the episode: not added twice.
    expect(fed.factors.map((f) => `${f.direction}:${f.code}`)).toEqual([
      'push:school-issues',
      'pull:peer-pressure',
    ]);
    expect(fed.returnInterview.outcome).toBe('accepted');
    expect(fed.returnInterview.heldAt).toBe('2026-11-17T15:00:00.000Z');
    const summary = summariseFactors(record.episodes);
    expect(summary.find((r) => r.code === 'peer-pressure')?.count).toBe(1);
  });

  it('an update based on an older revision is refused and the saved record kept', async () => {
    const { b, episode } = await setup();
    const first = await must(b, 'returnInterviews.save', held(episode.id));
    await must(b, 'returnInterviews.save', {
      ...held(episode.id, { place: 'Home' }),
      baseRevision: first.record!.revision,
    });
    const stale = await b.call('returnInterviews.save', {
      ...held(episode.id, { place: 'School' }),
      baseRevision: 1,
    });
    expect(stale.ok || stale.error.code).toBe('conflict');
    const now = await must(b, 'returnInterviews.get', { episodeId: episode.id });
    expect(now.record?.place).toBe('Home');
    expect(now.record?.revision).toBe(2);
  });
});

describe('checks on save name the field and change nothing', () => {
  it('held more than 72 hours after the return needs the reason why', async () => {
    const { b, episode } = await setup();
    const late = await b.call('returnInterviews.save', held(episode.id, { heldAt: '2026-11-19T09:00:00Z' }));
    expect(late.ok || late.error.issues?.map((i) => i.field)).toEqual(['lateReason']);
    expect(late.ok || late.error.message).toMatch(/Why not within 72 hours is required/);
    expect((await must(b, 'returnInterviews.get', { episodeId: episode.id })).record).toBeNull();
    const ok = await must(
      b,
      'returnInterviews.save',
      held(episode.id, {
        heldAt: '2026-11-19T09:00:00Z',
        lateReason: 'The child was at a hospital appointment.',
      }),
    );
    expect(ok.record?.heldInTime).toBe(false);
  });

  it('held before the child returned is refused, naming Held', async () => {
    const { b, episode } = await setup();
    const r = await b.call('returnInterviews.save', held(episode.id, { heldAt: '2026-11-16T07:00:00Z' }));
    expect(r.ok || r.error.issues?.map((i) => i.field)).toEqual(['heldAt']);
    expect(r.ok || r.error.message).toMatch(/before the child returned/);
  });

  it('"not engaged" needs 3 contacts by 3 different methods where the profile says so', async () => {
    const { b, episode } = await setup();
    const attempt = (at: string, method: 'phone' | 'text' | 'carer') => ({
      at,
      method,
      by: 'Worker D.',
      note: '',
    });
    const notEngaged = (attempts: ReturnType<typeof attempt>[]) =>
      held(episode.id, {
        heldAt: null,
        outcome: 'not-engaged',
        outcomeReason: 'No reply.',
        attempts,
        factors: [],
      });
    const two = await b.call(
      'returnInterviews.save',
      notEngaged([attempt('2026-11-16T09:00:00Z', 'phone'), attempt('2026-11-16T12:00:00Z', 'text')]),
    );
    expect(two.ok || two.error.issues?.map((i) => i.field)).toEqual(['attempts']);
    expect(two.ok || two.error.message).toMatch(/at least 3 contacts/);
    const samePhone = await b.call(
      'returnInterviews.save',
      notEngaged([
        attempt('2026-11-16T09:00:00Z', 'phone'),
        attempt('2026-11-16T12:00:00Z', 'phone'),
        attempt('2026-11-16T15:00:00Z', 'text'),
      ]),
    );
    expect(samePhone.ok || samePhone.error.message).toMatch(/3 different methods/);
    const saved = await must(
      b,
      'returnInterviews.save',
      notEngaged([
        attempt('2026-11-16T09:00:00Z', 'phone'),
        attempt('2026-11-16T12:00:00Z', 'text'),
        attempt('2026-11-16T15:00:00Z', 'carer'),
      ]),
    );
    expect(saved.record?.attempts).toHaveLength(3);
    const record = await must(b, 'children.get', { id: saved.childId });
    expect(record.episodes[0]!.returnInterview.outcome).toBe('not-engaged');
  });

  it('declined needs the reason; consent to share needs who with; a referral needs its detail', async () => {
    const { b, episode } = await setup();
    const r = await b.call(
      'returnInterviews.save',
      held(episode.id, {
        heldAt: null,
        outcome: 'declined',
        consentToShare: true,
        childProtectionReferral: true,
        factors: [],
      }),
    );
    expect(r.ok || r.error.issues?.map((i) => i.field).sort()).toEqual(
      ['childProtectionDetail', 'outcomeReason', 'shareWith'].sort(),
    );
  });

  it('a child who has not returned has no return interview yet', async () => {
    const b = await freshBackend(NOW);
    const child = await must(b, 'children.create', sampleChild());
    const open = await must(
      b,
      'episodes.create',
      episodeInputSchema.parse({
        childId: child.id,
        category: 'missing',
        reportedAt: '2026-11-19T20:00:00Z',
      }),
    );
    const r = await b.call(
      'returnInterviews.save',
      held(open.id, { heldAt: null, outcome: null, factors: [] }),
    );
    expect(r.ok || r.error.issues?.map((i) => i.field)).toEqual(['episodeId']);
  });

  it('EM: received by the placing authority needs sent first, and not before it', async () => {
    const { b, episode } = await setup({
      placingAuthority: 'Derby City Council',
      hostAuthority: 'Leicestershire',
    });
    const r = await b.call(
      'returnInterviews.save',
      held(episode.id, { receivedByPlacingAt: '2026-11-18T10:00:00Z' }),
    );
    expect(r.ok || r.error.issues?.map((i) => i.field)).toEqual(['receivedByPlacingAt']);
    const early = await b.call(
      'returnInterviews.save',
      held(episode.id, {
        sentToPlacingAt: '2026-11-18T10:00:00Z',
        sentTo: 'Missing Children Lead, Derby',
        receivedByPlacingAt: '2026-11-18T09:00:00Z',
      }),
    );
    expect(early.ok || early.error.message).toMatch(/before it was sent/);
    const ok = await must(
      b,
      'returnInterviews.save',
      held(episode.id, {
        sentToPlacingAt: '2026-11-18T10:00:00Z',
        sentTo: 'Missing Children Lead, Derby',
        receivedByPlacingAt: '2026-11-18T14:00:00Z',
      }),
    );
    expect(ok.placed).toEqual({ placingAuthority: 'Derby City Council', hostAuthority: 'Leicestershire' });
    expect(ok.record?.receivedByPlacingAt).toBe('2026-11-18T14:00:00.000Z');
  });
});

describe('the audit trail', () => {
  it('records the save, each view and the export, naming the child and never what was said', async () => {
    const { b, child, episode } = await setup();
    const saved = await must(b, 'returnInterviews.save', held(episode.id));
    await must(b, 'returnInterviews.get', { episodeId: episode.id });
    const file = await must(b, 'returnInterviews.exportWord', { episodeId: episode.id });
    expect(file.fileName).toMatch(/TEST-0001/);
    expect(file.fileName).not.toMatch(/Testy|Samplewood/);
    const rows = await auditRows(b, 'return-interview');
    expect(rows.map((r) => r.action)).toEqual(['create', 'view', 'export']);
    expect(rows.every((r) => r.child_id === child.id)).toBe(true);
    expect(rows[0]!.entity_id).toBe(saved.record!.id);
    expect(rows.map((r) => r.detail ?? '').join(' ')).not.toMatch(/Older friends|Youth centre/);
  });
});
