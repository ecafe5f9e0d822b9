import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../shared/meetings/templates';
import { must } from '../support/backend';
import { countRows } from '../support/db';
import { addChild, mimInput, refused, setup } from './fixtures';

const dailyReview = (childIds: string[]) => ({
  ...mimInput(childIds[0]!),
  kind: 'daily-review' as const,
  stageLevel: null,
  childIds,
  chairRole: 'Operations Manager',
  reason: 'High-risk children and children missing over 24 hours (W-KC)',
});

describe('meetings about several children', () => {
  it('a Daily Review has one section per child, in the order given, between the general items', async () => {
    const { b, child } = await setup();
    const second = await addChild(b, { givenName: 'Second' });
    const third = await addChild(b, { givenName: 'Third' });
    const order = [third.id, child.id, second.id];
    const record = await must(b, 'meetings.create', dailyReview(order));

    const template = DEFAULT_TEMPLATES['daily-review'];
    const general = template.filter((t) => t.scope === 'general');
    const perChild = template.filter((t) => t.scope === 'each-child');
    expect(record.items).toHaveLength(general.length + perChild.length * 3);
    expect(record.items[0]).toMatchObject({ key: general[0]!.key, childId: null });
    expect(record.items.at(-1)).toMatchObject({ key: general.at(-1)!.key, childId: null });
    const sections = record.items.filter((i) => i.childId !== null);
    expect(sections.map((i) => i.childId)).toEqual(order.flatMap((id) => perChild.map(() => id)));
    expect(sections.slice(0, perChild.length).map((i) => i.key)).toEqual(perChild.map((t) => t.key));
    expect(record.children.map((c) => c.id)).toEqual(order);
  });

  it('invites agencies to a Daily Review rather than each child’s professionals', async () => {
    const { b, child } = await setup();
    const second = await addChild(b);
    const record = await must(b, 'meetings.create', dailyReview([child.id, second.id]));
    const roles = record.attendees.map((a) => a.role);
    expect(roles).toContain('police');
    expect(roles).not.toContain('child');
    expect(roles).not.toContain('parent');
  });

  it('carries each child’s open actions into that child’s own section', async () => {
    const { b, child } = await setup();
    const second = await addChild(b);
    const mim = await must(b, 'meetings.create', mimInput(child.id));
    const action = await must(b, 'meetings.addAction', {
      meetingId: mim.meeting.id,
      itemId: mim.items[0]!.id,
      action: { what: 'Check the placement plan', owner: 'Worker A. Example' },
    });
    const record = await must(b, 'meetings.create', dailyReview([child.id, second.id]));
    const reviews = record.items.filter((i) => i.key === 'previous-actions');
    expect(reviews.map((i) => [i.childId, i.reviewedActions.map((a) => a.id)])).toEqual([
      [child.id, [action.id]],
      [second.id, []],
    ]);
  });

  it('a Monthly Missing Meeting needs no child, and a MIM needs exactly one, naming the field', async () => {
    const { b, child } = await setup();
    const second = await addChild(b);
    const monthly = await must(b, 'meetings.create', {
      ...mimInput(child.id),
      kind: 'monthly-missing',
      stageLevel: null,
      childIds: [],
    });
    expect(monthly.items).toHaveLength(14);
    const error = await refused(
      b,
      'meetings.create',
      mimInput(child.id, { childIds: [child.id, second.id] }),
    );
    expect(error.issues).toEqual([
      { field: 'childIds', message: 'must name exactly one child for a Missing Intervention Meeting' },
    ]);
    const empty = await refused(b, 'meetings.create', dailyReview([]));
    expect(empty.message).toBe(
      'Children must name at least one child for a Daily Review of Exploitation and Missing',
    );
  });

  it('refuses an unknown child, naming which one, and creates nothing', async () => {
    const { b, child } = await setup();
    const error = await refused(b, 'meetings.create', dailyReview([child.id, 'no-such-child']));
    expect(error).toMatchObject({
      code: 'not-found',
      issues: [{ field: 'childIds.1', message: 'was not found' }],
    });
    expect(await countRows(b, 'meetings')).toBe(0);
  });
});
