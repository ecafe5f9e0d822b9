import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import type { ApiInput } from '../../../shared/api';
import { must } from '../support/backend';
import { auditRows } from '../support/db';
import { itemByKey, mimInput, setup } from './fixtures';

type EpisodeInput = ApiInput<'episodes.create'>;

const episode = (childId: string, day: string, over: Partial<EpisodeInput> = {}): EpisodeInput => ({
  childId,
  category: 'missing',
  reportedAt: `${day}T20:00:00Z`,
  foundAt: `${day}T23:00:00Z`,
  ...over,
});

/** A MIM held on a day in the past: started then, concluded, approved. */
async function heldMim(b: Backend, childId: string, day: string, stageLevel: number) {
  const at = `${day}T10:00:00Z`;
  const created = await must(b, 'meetings.create', mimInput(childId, { stageLevel, scheduledAt: at }));
  const meetingId = created.meeting.id;
  await must(b, 'meetings.transition', { meetingId, to: 'in-progress', at });
  await must(b, 'meetings.transition', { meetingId, to: 'concluded', at: `${day}T11:00:00Z` });
  return created;
}

async function history() {
  const { b, child } = await setup();
  const e1 = await must(
    b,
    'episodes.create',
    episode(child.id, '2026-08-01', {
      factors: [
        { direction: 'push', code: 'conflict-at-home', detail: 'Arguments about curfew' },
        { direction: 'pull', code: 'peer-pressure' },
      ],
    }),
  );
  const e2 = await must(
    b,
    'episodes.create',
    episode(child.id, '2026-09-10', {
      factors: [{ direction: 'push', code: 'conflict-at-home' }],
    }),
  );
  const first = await heldMim(b, child.id, '2026-09-15', 1);
  await must(b, 'meetings.addAction', {
    meetingId: first.meeting.id,
    itemId: itemByKey(first, 'plan-of-action').id,
    action: { what: 'Refer to the exploitation team', owner: 'Worker A. Example', dueOn: '2026-09-30' },
  });
  // A meeting of another kind in between does not move the pack's start.
  const strategy = await must(b, 'meetings.create', {
    ...mimInput(child.id),
    kind: 'strategy',
    stageLevel: null,
    scheduledAt: '2026-10-05T10:00:00Z',
  });
  await must(b, 'meetings.transition', {
    meetingId: strategy.meeting.id,
    to: 'in-progress',
    at: '2026-10-05T10:00:00Z',
  });
  await must(b, 'meetings.transition', { meetingId: strategy.meeting.id, to: 'concluded' });

  const e3 = await must(
    b,
    'episodes.create',
    episode(child.id, '2026-10-01', {
      policeRiskAtReport: 'medium',
      policeRiskLatest: 'high',
      returnInterview: {
        offeredAt: '2026-10-02T10:00:00Z',
        outcome: 'accepted',
        heldAt: '2026-10-03T10:00:00Z',
      },
      factors: [
        { direction: 'push', code: 'conflict-at-home' },
        { direction: 'pull', code: 'criminal-exploitation', detail: 'Older males, cash' },
      ],
    }),
  );
  const e4 = await must(
    b,
    'episodes.create',
    episode(child.id, '2026-11-01', {
      policeRiskAtReport: 'medium',
      policeRiskLatest: 'medium',
      returnInterview: { offeredAt: '2026-11-02T10:00:00Z', outcome: 'declined' },
      factors: [{ direction: 'pull', code: 'criminal-exploitation' }],
    }),
  );
  const next = await must(b, 'meetings.create', mimInput(child.id, { stageLevel: 2 }));
  return { b, child, e1, e2, e3, e4, first, next };
}

describe('the meeting pack', () => {
  it('covers the episodes since the last meeting of the same kind about the child', async () => {
    const { b, e3, e4, first, next } = await history();
    const pack = await must(b, 'meetings.pack', { meetingId: next.meeting.id });
    const [forChild] = pack.children;
    expect(forChild!.lastMeeting).toEqual({ id: first.meeting.id, heldAt: '2026-09-15T10:00:00.000Z' });
    expect(forChild!.since).toBe('2026-09-15T10:00:00.000Z');
    expect(forChild!.episodes.map((e) => e.id)).toEqual([e3.id, e4.id]);
  });

  it('shows the return interview outcomes and the police risk changes of those episodes', async () => {
    const { b, e3, e4, next } = await history();
    const [forChild] = (await must(b, 'meetings.pack', { meetingId: next.meeting.id })).children;
    expect(forChild!.returnInterviews.map((r) => [r.episodeId, r.outcome, r.heldAt])).toEqual([
      [e3.id, 'accepted', '2026-10-03T10:00:00.000Z'],
      [e4.id, 'declined', null],
    ]);
    expect(forChild!.policeRiskChanges).toEqual([
      { episodeId: e3.id, reportedAt: e3.reportedAt, atReport: 'medium', latest: 'high' },
    ]);
  });

  it('says which push and pull factors are new and which are no longer seen since last time', async () => {
    const { b, e3, e4, next } = await history();
    const { factors } = (await must(b, 'meetings.pack', { meetingId: next.meeting.id })).children[0]!;
    expect(factors.comparedWith).toEqual({
      from: '2026-06-17T10:00:00.000Z',
      to: '2026-09-15T10:00:00.000Z',
    });
    expect(factors.current.map((f) => [f.direction, f.code, f.episodeIds])).toEqual([
      ['push', 'conflict-at-home', [e3.id]],
      ['pull', 'criminal-exploitation', [e3.id, e4.id]],
    ]);
    expect(factors.new.map((f) => f.code)).toEqual(['criminal-exploitation']);
    expect(factors.noLongerSeen.map((f) => f.code)).toEqual(['peer-pressure']);
  });

  it('lists the actions still open from earlier meetings', async () => {
    const { b, next } = await history();
    const { openActions } = (await must(b, 'meetings.pack', { meetingId: next.meeting.id })).children[0]!;
    expect(openActions.map((a) => [a.what, a.overdue])).toEqual([['Refer to the exploitation team', true]]);
  });

  it('looks back 90 days when the child has had no meeting of this kind, with nothing to compare factors with', async () => {
    const { b, e1, e2, first } = await history();
    const { children } = await must(b, 'meetings.pack', { meetingId: first.meeting.id });
    expect(children[0]!.lastMeeting).toBeNull();
    expect(children[0]!.since).toBe('2026-06-17T10:00:00.000Z');
    // Reopened after the meeting, the pack stops where the meeting ended: the later episodes are not in it.
    expect(children[0]!.episodes.map((e) => e.id)).toEqual([e1.id, e2.id]);
    expect(children[0]!.factors).toMatchObject({ comparedWith: null, new: [], noLongerSeen: [] });
    expect(children[0]!.factors.current.map((f) => f.code)).toEqual(['conflict-at-home', 'peer-pressure']);
  });

  it('is audited as a view of each child’s meeting', async () => {
    const { b, child, next } = await history();
    await must(b, 'meetings.pack', { meetingId: next.meeting.id });
    const row = (await auditRows(b)).find((r) => r.detail === 'pack');
    expect(row).toMatchObject({
      action: 'view',
      entity: 'meeting',
      entity_id: next.meeting.id,
      child_id: child.id,
    });
  });
});
