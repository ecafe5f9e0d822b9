import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { auditRows } from '../support/db';
import { must } from '../support/backend';
import { addChild, itemByKey, mimInput, moveTo, refused, setup } from './fixtures';

// Issue 12: the chair adds any other business during the meeting and reorders the agenda; what is typed stays
// with its item, positions stay unique, and approved minutes stay locked.

async function heldMeeting() {
  const { b, child } = await setup();
  const created = await must(b, 'meetings.create', mimInput(child.id));
  const meetingId = created.meeting.id;
  await moveTo(b, meetingId, 'in-progress');
  return { b, child, meetingId, created };
}

const positions = async (b: Backend, meetingId: string) =>
  (
    await b.context.db
      .selectFrom('meeting_items')
      .select('position')
      .where('meeting_id', '=', meetingId)
      .orderBy('position')
      .execute()
  ).map((r) => r.position);

const unique = (list: number[]) => new Set(list).size === list.length;

describe('adding an agenda item during the meeting', () => {
  it('any other business goes before the next meeting item, about the child, and is audited', async () => {
    const { b, child, meetingId, created } = await heldMeeting();
    const items = await must(b, 'meetings.addItem', {
      meetingId,
      title: 'Any other business: school transport',
    });
    expect(items).toHaveLength(created.items.length + 1);
    const titles = items.map((i) => i.title);
    expect(titles.at(-1)).toBe('Next meeting');
    expect(titles.at(-2)).toBe('Any other business: school transport');
    const added = items.at(-2)!;
    expect(added).toMatchObject({ key: 'any-other-business', childId: child.id, minutes: '' });
    expect(items.map((i) => i.position)).toEqual(items.map((_, n) => n));
    const rows = (await auditRows(b, 'update')).filter(
      (r) => r.entity_id === meetingId && r.detail?.startsWith('agenda'),
    );
    expect(rows.map((r) => r.detail)).toEqual(['agenda.add']);
    expect(rows[0]?.child_id).toBe(child.id);
    // The page reloaded shows it in the same place, and minutes save to it like any item's.
    await must(b, 'meetings.saveItemMinutes', {
      meetingId,
      itemId: added.id,
      minutes: 'Transport to school is arranged.',
      baseRevision: added.revision,
    });
    const record = await must(b, 'meetings.get', { meetingId });
    expect(record.items.map((i) => i.title)).toEqual(titles);
    expect(record.items.at(-2)?.minutes).toBe('Transport to school is arranged.');
  });

  it('refuses an empty title and a child the meeting is not about, naming the field, and adds nothing', async () => {
    const { b, meetingId, created } = await heldMeeting();
    const empty = await refused(b, 'meetings.addItem', { meetingId, title: '   ' });
    expect(empty.issues?.[0]).toMatchObject({ field: 'title', message: 'is required' });
    const stranger = await addChild(b);
    const wrong = await refused(b, 'meetings.addItem', { meetingId, title: 'AOB', childId: stranger.id });
    expect(wrong.issues?.[0]?.field).toBe('childId');
    expect(await positions(b, meetingId)).toHaveLength(created.items.length);
  });

  it('in a meeting about several children it goes in the section named, or with the meeting as a whole', async () => {
    const { b, child } = await setup();
    const other = await addChild(b);
    const created = await must(b, 'meetings.create', {
      ...mimInput(child.id),
      kind: 'daily-review',
      stageLevel: null,
      childIds: [child.id, other.id],
    });
    const meetingId = created.meeting.id;
    const forOther = await must(b, 'meetings.addItem', {
      meetingId,
      title: 'Sibling contact',
      childId: other.id,
    });
    const at = forOther.findIndex((i) => i.title === 'Sibling contact');
    const section = forOther.map((i, n) => [n, i.childId] as const).filter(([, c]) => c === other.id);
    expect(section.at(-1)?.[0]).toBe(at);
    const general = await must(b, 'meetings.addItem', { meetingId, title: 'Any other business' });
    expect(general.find((i) => i.title === 'Any other business')?.childId).toBeNull();
    expect(unique(await positions(b, meetingId))).toBe(true);
  });

  it('two items added at once are both kept, each in its own place', async () => {
    const { b, meetingId, created } = await heldMeeting();
    const results = await Promise.all([
      b.call('meetings.addItem', { meetingId, title: 'AOB one' }),
      b.call('meetings.addItem', { meetingId, title: 'AOB two' }),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    const list = await positions(b, meetingId);
    expect(list).toEqual([...Array(created.items.length + 2).keys()]);
    const { items } = await must(b, 'meetings.get', { meetingId });
    expect(items.map((i) => i.title)).toEqual(expect.arrayContaining(['AOB one', 'AOB two']));
    expect(items.at(-1)?.key).toBe('next-meeting');
  });
});

describe('reordering the agenda', () => {
  it('moves an item up and down; its minutes, decisions and actions go with it', async () => {
    const { b, meetingId, created } = await heldMeeting();
    const plan = itemByKey(created, 'plan-of-action');
    await must(b, 'meetings.saveItemMinutes', {
      meetingId,
      itemId: plan.id,
      minutes: 'The plan as agreed.',
      baseRevision: plan.revision,
    });
    await must(b, 'meetings.saveItemDecisions', {
      meetingId,
      itemId: plan.id,
      decisions: ['Refer to panel.'],
    });
    await must(b, 'meetings.addAction', {
      meetingId,
      itemId: plan.id,
      action: { what: 'Call the school', owner: 'Worker A. Example' },
    });
    const from = created.items.findIndex((i) => i.id === plan.id);
    const up = await must(b, 'meetings.moveItem', { meetingId, itemId: plan.id, direction: 'up' });
    expect(up.findIndex((i) => i.id === plan.id)).toBe(from - 1);
    expect(up[from]?.id).toBe(created.items[from - 1]?.id);
    const moved = up[from - 1]!;
    expect(moved).toMatchObject({ minutes: 'The plan as agreed.', decisions: ['Refer to panel.'] });
    expect(moved.actions.map((a) => a.what)).toEqual(['Call the school']);
    expect(unique(await positions(b, meetingId))).toBe(true);

    const down = await must(b, 'meetings.moveItem', { meetingId, itemId: plan.id, direction: 'down' });
    expect(down.map((i) => i.id)).toEqual(created.items.map((i) => i.id));
    const rows = (await auditRows(b, 'update')).filter(
      (r) => r.entity_id === meetingId && r.detail?.startsWith('agenda'),
    );
    expect(rows.map((r) => r.detail)).toEqual(['agenda.move-up', 'agenda.move-down']);
  });

  it('refuses moving the first item up and the last down, and moving across children’s sections', async () => {
    const { b, meetingId, created } = await heldMeeting();
    const first = await refused(b, 'meetings.moveItem', {
      meetingId,
      itemId: created.items[0]!.id,
      direction: 'up',
    });
    expect(first.issues?.[0]).toMatchObject({ field: 'direction' });
    expect(first.message).toContain('already first');
    const last = await refused(b, 'meetings.moveItem', {
      meetingId,
      itemId: created.items.at(-1)!.id,
      direction: 'down',
    });
    expect(last.message).toContain('already last');
    expect((await must(b, 'meetings.get', { meetingId })).items.map((i) => i.id)).toEqual(
      created.items.map((i) => i.id),
    );
  });

  it('a child’s first item cannot move above its heading into another child’s section', async () => {
    const { b, child } = await setup();
    const other = await addChild(b);
    const created = await must(b, 'meetings.create', {
      ...mimInput(child.id),
      kind: 'daily-review',
      stageLevel: null,
      childIds: [child.id, other.id],
    });
    const firstOfOther = created.items.find((i) => i.childId === other.id)!;
    const error = await refused(b, 'meetings.moveItem', {
      meetingId: created.meeting.id,
      itemId: firstOfOther.id,
      direction: 'up',
    });
    expect(error.message).toContain('already first in its section');
  });
});

describe('approved minutes keep their agenda', () => {
  it('adding and moving are refused as locked, by the handlers and by the database', async () => {
    const { b, child } = await setup();
    const created = await must(b, 'meetings.create', mimInput(child.id));
    const meetingId = created.meeting.id;
    await moveTo(b, meetingId, 'approved');
    const before = await positions(b, meetingId);
    const add = await refused(b, 'meetings.addItem', { meetingId, title: 'Late business' });
    expect(add.code).toBe('locked');
    const move = await refused(b, 'meetings.moveItem', {
      meetingId,
      itemId: created.items[1]!.id,
      direction: 'up',
    });
    expect(move.code).toBe('locked');
    await expect(
      b.context.db
        .updateTable('meeting_items')
        .set({ position: 99 })
        .where('id', '=', created.items[0]!.id)
        .execute(),
    ).rejects.toThrow(/locked/);
    await expect(
      b.context.db
        .insertInto('meeting_items')
        .values({
          id: 'sneaky-item',
          meeting_id: meetingId,
          position: 99,
          key: 'any-other-business',
          title: 'Sneaky',
          guidance: '',
          source: '',
          child_id: null,
        })
        .execute(),
    ).rejects.toThrow(/locked/);
    expect(await positions(b, meetingId)).toEqual(before);
  });
});
