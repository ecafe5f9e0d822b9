import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { must } from '../support/backend';
import { addChild, itemByKey, mimInput, moveTo, refused, setClock, setup } from './fixtures';

async function meetingWithActions(b: Backend, childId: string) {
  const created = await must(b, 'meetings.create', mimInput(childId));
  const meetingId = created.meeting.id;
  const plan = itemByKey(created, 'plan-of-action');
  const add = (what: string, dueOn: string | null) =>
    must(b, 'meetings.addAction', {
      meetingId,
      itemId: plan.id,
      action: { what, owner: 'Worker A. Example', agency: 'Children’s services', dueOn },
    });
  const rhi = await add('Offer a return interview', '2026-11-19');
  const cawn = await add('Consider a Child Abduction Warning Notice', '2026-12-01');
  const done = await add('Update the placement plan', null);
  await must(b, 'actions.update', { id: done.id, baseRevision: done.revision, status: 'done' });
  return { meetingId, rhi, cawn, done };
}

describe('actions', () => {
  it('an action belongs to the item’s child unless another child of the meeting is named', async () => {
    const { b, child } = await setup();
    const { rhi } = await meetingWithActions(b, child.id);
    expect(rhi).toMatchObject({ childId: child.id, status: 'open', meetingKind: 'mim' });
    const other = await addChild(b);
    const created = await must(b, 'meetings.create', mimInput(child.id, { stageLevel: 2 }));
    const error = await refused(b, 'meetings.addAction', {
      meetingId: created.meeting.id,
      itemId: created.items[0]!.id,
      action: { what: 'x', owner: 'y', childId: other.id },
    });
    expect(error.issues?.[0]?.field).toBe('action.childId');
  });

  it('carries the open actions into the next meeting’s review of previous actions, referencing them', async () => {
    const { b, child } = await setup();
    const first = await meetingWithActions(b, child.id);
    await moveTo(b, first.meetingId, 'approved');
    const next = await must(
      b,
      'meetings.create',
      mimInput(child.id, { stageLevel: 2, scheduledAt: '2026-12-04T10:00:00Z' }),
    );
    const review = itemByKey(next, 'previous-actions');
    expect(review.reviewedActions.map((a) => a.id)).toEqual([first.rhi.id, first.cawn.id]);
    expect(review.reviewedActions[0]).toMatchObject({
      meetingId: first.meetingId,
      what: 'Offer a return interview',
    });
    expect(next.items.filter((i) => i.key === 'previous-actions')).toHaveLength(1);
  });

  it('adds a review of previous actions when the template has none (the urgent care review’s five points)', async () => {
    const { b, child } = await setup();
    await meetingWithActions(b, child.id);
    const ucr = await must(
      b,
      'meetings.create',
      mimInput(child.id, { kind: 'urgent-care-review', stageLevel: null }),
    );
    expect(ucr.items[0]).toMatchObject({ key: 'previous-actions', childId: child.id });
    expect(ucr.items[0]!.reviewedActions).toHaveLength(2);
    expect(ucr.items).toHaveLength(6);
  });

  it('a reviewed action shows its status as it is now, not as it was carried', async () => {
    const { b, child } = await setup();
    const first = await meetingWithActions(b, child.id);
    const next = await must(b, 'meetings.create', mimInput(child.id, { stageLevel: 2 }));
    await must(b, 'actions.update', {
      id: first.rhi.id,
      baseRevision: first.rhi.revision,
      status: 'done',
    });
    const review = itemByKey(
      await must(b, 'meetings.get', { meetingId: next.meeting.id }),
      'previous-actions',
    );
    expect(review.reviewedActions.find((a) => a.id === first.rhi.id)?.status).toBe('done');
  });

  it('action tracking goes on after approval: status, due date and owner change while the minutes stay locked', async () => {
    const { b, child } = await setup();
    const { meetingId, cawn } = await meetingWithActions(b, child.id);
    await moveTo(b, meetingId, 'approved');
    const tracked = await must(b, 'actions.update', {
      id: cawn.id,
      baseRevision: cawn.revision,
      dueOn: '2026-12-10',
      owner: 'Police E. Example',
      reason: 'Police now lead on this.',
    });
    expect(tracked).toMatchObject({
      dueOn: '2026-12-10',
      owner: 'Police E. Example',
      what: cawn.what,
      status: 'open',
    });
    const finished = await must(b, 'actions.update', {
      id: cawn.id,
      baseRevision: tracked.revision,
      status: 'done',
    });
    expect(finished.status).toBe('done');
    const reword = await refused(b, 'meetings.updateAction', {
      meetingId,
      actionId: cawn.id,
      baseRevision: finished.revision,
      action: { what: 'Reworded', owner: 'x' },
    });
    expect(reword.code).toBe('locked');
    const audit = (
      await b.context.db
        .selectFrom('audit')
        .select('detail')
        .where('entity', '=', 'action')
        .where('entity_id', '=', cawn.id)
        .orderBy('id')
        .execute()
    ).map((r) => r.detail);
    expect(audit).toEqual([null, 'dueOn,owner', 'status']);
  });

  it('lists actions by child, by status, and overdue as of now (London date)', async () => {
    const { b, child } = await setup();
    const { rhi, cawn, done } = await meetingWithActions(b, child.id);
    const other = await addChild(b);
    await meetingWithActions(b, other.id);

    const forChild = await must(b, 'actions.list', { childId: child.id });
    expect(forChild.map((a) => a.id).sort()).toEqual([rhi.id, cawn.id, done.id].sort());
    const open = await must(b, 'actions.list', { childId: child.id, status: 'open' });
    expect(open.map((a) => a.id)).toEqual([rhi.id, cawn.id]);
    const overdue = await must(b, 'actions.list', { childId: child.id, overdue: true });
    expect(overdue.map((a) => a.id)).toEqual([rhi.id]);
    expect(overdue[0]!.overdue).toBe(true);

    setClock(b, '2026-12-02T09:00:00.000Z');
    const later = await must(b, 'actions.list', { childId: child.id, overdue: true });
    expect(later.map((a) => a.id)).toEqual([rhi.id, cawn.id]);
    expect((await must(b, 'actions.list', { overdue: true })).length).toBe(4);
  });

  it('an action due today is not yet overdue, in London time', async () => {
    const { b, child } = await setup();
    const { rhi } = await meetingWithActions(b, child.id);
    // 23:30 UTC on 18 Nov is still 18 Nov in London (GMT), so an action due on the 19th is not overdue
    setClock(b, '2026-11-18T23:30:00.000Z');
    expect((await must(b, 'actions.list', { childId: child.id, overdue: true })).map((a) => a.id)).toEqual(
      [],
    );
    setClock(b, '2026-11-20T00:30:00.000Z');
    expect((await must(b, 'actions.list', { childId: child.id, overdue: true })).map((a) => a.id)).toEqual([
      rhi.id,
    ]);
  });

  it('removing an action already reviewed at a later meeting is refused: it can be dropped instead', async () => {
    const { b, child } = await setup();
    const { meetingId, rhi } = await meetingWithActions(b, child.id);
    await must(b, 'meetings.create', mimInput(child.id, { stageLevel: 2 }));
    const error = await refused(b, 'meetings.removeAction', { meetingId, actionId: rhi.id });
    expect(error.code).toBe('conflict');
    const dropped = await must(b, 'actions.update', {
      id: rhi.id,
      baseRevision: rhi.revision,
      status: 'dropped',
      reason: 'No longer needed.',
    });
    expect(dropped.status).toBe('dropped');
  });

  it('actions.update must change something, and names the field otherwise', async () => {
    const { b, child } = await setup();
    const { rhi } = await meetingWithActions(b, child.id);
    const error = await refused(b, 'actions.update', { id: rhi.id, baseRevision: rhi.revision });
    expect(error.issues?.[0]?.field).toBe('status');
    const bad = await refused(b, 'actions.update', {
      id: rhi.id,
      baseRevision: rhi.revision,
      dueOn: '01/12/2026',
    });
    expect(bad.message).toBe('Due date must be a date as YYYY-MM-DD');
  });
});
