import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { describeActionChange } from '../../../shared/meetings/actionChanges';
import { actionRevision, must } from '../support/backend';
import { itemByKey, mimInput, moveTo, refused, setClock, setup } from './fixtures';

async function approvedWithAction(b: Backend, childId: string) {
  const created = await must(b, 'meetings.create', mimInput(childId));
  const meetingId = created.meeting.id;
  const action = await must(b, 'meetings.addAction', {
    meetingId,
    itemId: itemByKey(created, 'plan-of-action').id,
    action: {
      what: 'Offer a return interview',
      owner: 'Worker A. Example',
      agency: 'Children’s services',
      dueOn: '2026-11-27',
    },
  });
  await moveTo(b, meetingId, 'approved');
  return { meetingId, action };
}

const changesOf = async (b: Backend, meetingId: string) =>
  (await must(b, 'meetings.get', { meetingId })).actionChanges;

describe('changes to an action after it was agreed', () => {
  it('changing the owner, agency or due date after approval without a reason is refused, naming the reason, and changes nothing', async () => {
    const { b, child } = await setup();
    const { meetingId, action } = await approvedWithAction(b, child.id);
    for (const change of [{ owner: 'Police E. Example' }, { agency: 'Police' }, { dueOn: '2026-12-04' }]) {
      const error = await refused(b, 'actions.update', {
        id: action.id,
        baseRevision: await actionRevision(b, action.id),
        ...change,
      });
      expect(error.code).toBe('invalid');
      expect(error.issues?.[0]?.field).toBe('reason');
      expect(error.message).toMatch(/reason is required/);
      const blank = await refused(b, 'actions.update', {
        id: action.id,
        baseRevision: await actionRevision(b, action.id),
        ...change,
        reason: '   ',
      });
      expect(blank.issues?.[0]?.field).toBe('reason');
    }
    const [now] = await must(b, 'actions.list', { meetingId });
    expect(now).toMatchObject({
      owner: 'Worker A. Example',
      agency: 'Children’s services',
      dueOn: '2026-11-27',
    });
    expect(await changesOf(b, meetingId)).toEqual([]);
  });

  it('a change after approval is kept with who, when and why, and the meeting shows it beside the action', async () => {
    const { b, child } = await setup();
    const { meetingId, action } = await approvedWithAction(b, child.id);
    await must(b, 'settings.update', { displayName: 'Sam Chair' });
    setClock(b, '2026-11-23T14:05:00.000Z');
    const saved = await must(b, 'actions.update', {
      id: action.id,
      baseRevision: await actionRevision(b, action.id),
      owner: 'Police E. Example',
      dueOn: '2026-12-04',
      reason: 'The worker is on leave until December.',
    });
    expect(saved).toMatchObject({ owner: 'Police E. Example', dueOn: '2026-12-04', what: action.what });
    const changes = await changesOf(b, meetingId);
    expect(changes).toEqual([
      {
        actionId: action.id,
        changes: [
          { field: 'owner', from: 'Worker A. Example', to: 'Police E. Example' },
          { field: 'dueOn', from: '2026-11-27', to: '2026-12-04' },
        ],
        reason: 'The worker is on leave until December.',
        changedAt: '2026-11-23T14:05:00.000Z',
        changedBy: 'Sam Chair',
      },
    ]);
    expect(describeActionChange(changes[0]!)).toBe(
      'Changed 23/11/2026 14:05 by Sam Chair: owner Worker A. Example → Police E. Example; due 27/11/2026 → 04/12/2026. Why: The worker is on leave until December.',
    );
    // The audit still records the change by field, never the words typed.
    const audit = await b.context.db
      .selectFrom('audit')
      .select(['detail'])
      .where('entity_id', '=', action.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.detail).toBe('dueOn,owner');
  });

  it('dropping an action asks why, before and after approval, and the reason is kept', async () => {
    const { b, child } = await setup();
    const created = await must(b, 'meetings.create', mimInput(child.id));
    const item = itemByKey(created, 'plan-of-action');
    const draft = await must(b, 'meetings.addAction', {
      meetingId: created.meeting.id,
      itemId: item.id,
      action: { what: 'Visit the child at school', owner: 'Worker A. Example' },
    });
    const unasked = await refused(b, 'actions.update', {
      id: draft.id,
      baseRevision: await actionRevision(b, draft.id),
      status: 'dropped',
    });
    expect(unasked.issues?.[0]?.field).toBe('reason');
    expect((await must(b, 'actions.list', { meetingId: created.meeting.id }))[0]?.status).toBe('open');
    await must(b, 'actions.update', {
      id: draft.id,
      baseRevision: await actionRevision(b, draft.id),
      status: 'dropped',
      reason: 'The school visit is no longer needed.',
    });
    // Before approval, other tracking is the minutes being written: marking done needs no reason and is not a change.
    const { meetingId, action } = await approvedWithAction(b, child.id);
    await must(b, 'actions.update', {
      id: action.id,
      baseRevision: await actionRevision(b, action.id),
      status: 'done',
    });
    await must(b, 'actions.update', {
      id: action.id,
      baseRevision: await actionRevision(b, action.id),
      status: 'dropped',
      reason: 'Done by the police instead.',
    });
    const mine = await changesOf(b, created.meeting.id);
    expect(mine.map((c) => [c.changes, c.reason])).toEqual([
      [[{ field: 'status', from: 'open', to: 'dropped' }], 'The school visit is no longer needed.'],
    ]);
    const approved = await changesOf(b, meetingId);
    expect(approved.map((c) => [c.changes.map((f) => f.to), c.reason])).toEqual([
      [['done'], ''],
      [['dropped'], 'Done by the police instead.'],
    ]);
  });

  it('the next meeting’s review of previous actions carries the changes with the action', async () => {
    const { b, child } = await setup();
    const { action } = await approvedWithAction(b, child.id);
    await must(b, 'actions.update', {
      id: action.id,
      baseRevision: await actionRevision(b, action.id),
      agency: 'Police',
      reason: 'Police now lead on this.',
    });
    const next = await must(b, 'meetings.create', mimInput(child.id, { stageLevel: 2 }));
    expect(next.actionChanges.map((c) => [c.actionId, c.changes])).toEqual([
      [action.id, [{ field: 'agency', from: 'Children’s services', to: 'Police' }]],
    ]);
  });
});
