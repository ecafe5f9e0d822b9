import { describe, expect, it } from 'vitest';
import { listMeetingsHeld, listMeetingsHeldByChild } from '../../../electron/backend/meetings/held';
import type { Episode } from '../../../shared/domain/episode';
import { evaluateChild, getProfile } from '../../../shared/protocol';
import { must } from '../support/backend';
import { addChild, mimInput, moveTo, NOW, recordAttendance, setup } from './fixtures';

const facts = (e: Episode) => ({
  id: e.id,
  reportedAt: e.reportedAt,
  foundAt: e.foundAt,
  category: e.category,
  policeRisk: e.policeRiskLatest,
  returnInterviewHeldAt: e.returnInterview.heldAt,
  returnInterviewOutcome: e.returnInterview.outcome,
});

describe('held meetings satisfy the protocol', () => {
  it('lists a meeting as held once concluded (and approved), not while draft or in progress', async () => {
    const { b, child } = await setup();
    const { meeting } = await must(b, 'meetings.create', mimInput(child.id, { stageLevel: 2 }));
    expect(await listMeetingsHeld(b.context.db, child.id)).toEqual([]);
    await must(b, 'meetings.transition', {
      meetingId: meeting.id,
      to: 'in-progress',
      at: '2026-11-20T09:00:00Z',
    });
    expect(await listMeetingsHeld(b.context.db, child.id)).toEqual([]);
    await must(b, 'meetings.transition', { meetingId: meeting.id, to: 'concluded' });
    expect(await listMeetingsHeld(b.context.db, child.id)).toEqual([
      { kind: 'mim', stageLevel: 2, heldAt: '2026-11-20T09:00:00.000Z' },
    ]);
    await recordAttendance(b, meeting.id);
    await must(b, 'meetings.transition', { meetingId: meeting.id, to: 'approved' });
    expect(await listMeetingsHeld(b.context.db, child.id)).toHaveLength(1);
  });

  it('a held Missing Intervention Meeting drops out of what the protocol engine says is due', async () => {
    const { b, child } = await setup({ placingAuthority: 'Staffordshire', legalStatus: 'child-in-need' });
    for (const day of ['2026-10-01', '2026-10-20', '2026-11-10']) {
      await must(b, 'episodes.create', {
        childId: child.id,
        category: 'missing',
        reportedAt: `${day}T20:00:00Z`,
        foundAt: `${day}T23:00:00Z`,
      });
    }
    const episodes = (await must(b, 'children.get', { id: child.id })).episodes.map(facts);
    const due = async () =>
      evaluateChild({
        profile: getProfile('staffordshire'),
        child: {
          dateOfBirth: child.dateOfBirth,
          legalStatus: child.legalStatus,
          placingAuthority: child.placingAuthority,
        },
        episodes,
        asOf: NOW,
        meetingsHeld: await listMeetingsHeld(b.context.db, child.id),
      }).meetings.filter((m) => m.kind === 'mim');

    const before = await due();
    expect(before).toHaveLength(1);
    const { meeting } = await must(
      b,
      'meetings.create',
      mimInput(child.id, { stageLevel: before[0]!.stageLevel ?? 1, dueBy: before[0]!.dueBy }),
    );
    await moveTo(b, meeting.id, 'in-progress');
    expect(await due()).toHaveLength(1);
    await must(b, 'meetings.transition', { meetingId: meeting.id, to: 'concluded' });
    expect(await due()).toEqual([]);
  });

  it('a meeting about several children is held for each of them', async () => {
    const { b, child } = await setup();
    const second = await addChild(b);
    const { meeting } = await must(b, 'meetings.create', {
      ...mimInput(child.id),
      kind: 'daily-review',
      stageLevel: null,
      childIds: [child.id, second.id],
    });
    await moveTo(b, meeting.id, 'concluded');
    for (const id of [child.id, second.id]) {
      expect((await listMeetingsHeld(b.context.db, id)).map((m) => m.kind)).toEqual(['daily-review']);
    }
    const all = await listMeetingsHeldByChild(b.context.db);
    expect([...all.keys()].sort()).toEqual([child.id, second.id].sort());
    expect(all.get(second.id)).toEqual(await listMeetingsHeld(b.context.db, second.id));
  });
});
