import { describe, expect, it } from 'vitest';
import { freshBackend, must } from '../support/backend';

// Issue 12, Daily Review: a heading per child with why they are on today's list, and a chair who adds a child or
// takes one off (with why), never once the minutes are approved. On the demo data: a 17-child review.

async function demoReview() {
  const b = await freshBackend();
  await must(b, 'app.loadDemo', {});
  await must(b, 'settings.update', { displayName: 'Chair A. Example', displayRole: 'Team Manager' });
  const { record } = await must(b, 'dailyReview.start', {});
  return { b, record };
}

async function childNotOn(b: Awaited<ReturnType<typeof freshBackend>>, childIds: readonly string[]) {
  const all = await b.context.db.selectFrom('children').select('id').orderBy('id').execute();
  return all.find((c) => !childIds.includes(c.id))!.id;
}

describe('Daily Review: each child on the list with the reason they are on it', () => {
  it('the demo data’s review (16 children on 20/11/2026) gives each a reason in the board’s words, kept', async () => {
    const { b, record } = await demoReview();
    const board = await must(b, 'dailyReview.board', {});
    expect(record.children.map((c) => c.id)).toEqual(board.childIds);
    expect(record.children.length).toBeGreaterThan(12);
    for (const c of record.children) {
      expect(c.reason, c.id).not.toBe('');
      if (board.missingNow.some((m) => m.childId === c.id)) expect(c.reason).toMatch(/^missing now for \d/);
    }
    // A child overdue for a return interview is told so by name of the interview, with its deadline.
    const overdue = board.interviewsOverdue.find((r) => r.overdue);
    if (overdue) {
      const c = record.children.find((x) => x.id === overdue.childId)!;
      expect(c.reason).toContain(`${overdue.interviewName} overdue (due `);
    }
    // Read again, as run mode opens it: the reasons were stored, not worked out for the first answer only.
    const again = await must(b, 'meetings.get', { meetingId: record.meeting.id });
    expect(again.children.map((c) => c.reason)).toEqual(record.children.map((c) => c.reason));
  }, 120_000);
});

describe('Daily Review: a child added to or removed from today’s review', () => {
  it('an added child gets a section of their own after the last child’s, with the chair’s reason, audited', async () => {
    const { b, record } = await demoReview();
    const childId = await childNotOn(b, record.meeting.childIds);
    const before = record.items.length;
    const perChild = record.items.filter((i) => i.childId === record.children[0]!.id).length;
    const after = await must(b, 'dailyReview.addChild', {
      meetingId: record.meeting.id,
      childId,
      reason: 'Seen by the police with older males last night',
      baseRevision: record.meeting.revision,
    });
    expect(after.children.at(-1)).toMatchObject({
      id: childId,
      reason: 'Seen by the police with older males last night',
    });
    const theirs = after.items.filter((i) => i.childId === childId);
    expect(theirs.length).toBeGreaterThanOrEqual(perChild - 1);
    expect(after.items).toHaveLength(before + theirs.length);
    // Positions stay 0..n-1, the new section straight after the previous last child's, the general items last.
    expect(after.items.map((i) => i.position)).toEqual(after.items.map((_i, n) => n));
    const firstOfTheirs = after.items.findIndex((i) => i.childId === childId);
    expect(after.items[firstOfTheirs - 1]?.childId).toBe(record.children.at(-1)!.id);
    expect(after.items.at(-1)?.childId).toBeNull();
    const audit = await b.context.db
      .selectFrom('audit')
      .select(['action', 'detail'])
      .where('entity_id', '=', record.meeting.id)
      .where('child_id', '=', childId)
      .where('action', '=', 'update')
      .execute();
    expect(audit.map((a) => a.detail)).toEqual(['children:add']);
  }, 120_000);

  it('a stale form is refused with conflict, and a child already on the review is not added twice', async () => {
    const { b, record } = await demoReview();
    const childId = await childNotOn(b, record.meeting.childIds);
    const input = {
      meetingId: record.meeting.id,
      childId,
      reason: 'Police concern',
      baseRevision: record.meeting.revision,
    };
    await must(b, 'dailyReview.addChild', input);
    const stale = await b.call('dailyReview.addChild', input);
    expect(stale.ok || stale.error.code).toBe('conflict');
    const twice = await b.call('dailyReview.addChild', {
      ...input,
      baseRevision: record.meeting.revision + 1,
    });
    expect(twice.ok || twice.error.message).toBe('This child is on the review already.');
  }, 120_000);

  it('a removed child leaves with their section and the reason is kept; removing asks why', async () => {
    const { b, record } = await demoReview();
    const gone = record.children[3]!;
    const noReason = await b.call('dailyReview.removeChild', {
      meetingId: record.meeting.id,
      childId: gone.id,
      reason: '  ',
      baseRevision: record.meeting.revision,
    });
    expect(noReason.ok || noReason.error.issues?.[0]).toMatchObject({ field: 'reason' });
    const after = await must(b, 'dailyReview.removeChild', {
      meetingId: record.meeting.id,
      childId: gone.id,
      reason: 'Found safe and well this morning; discussed at the strategy meeting instead',
      baseRevision: record.meeting.revision,
    });
    expect(after.children.map((c) => c.id)).not.toContain(gone.id);
    expect(after.items.some((i) => i.childId === gone.id)).toBe(false);
    expect(after.items.map((i) => i.position)).toEqual(after.items.map((_i, n) => n));
    expect(after.removedChildren).toEqual([
      expect.objectContaining({
        childId: gone.id,
        reason: 'Found safe and well this morning; discussed at the strategy meeting instead',
        removedBy: 'Chair A. Example',
      }),
    ]);
  }, 120_000);

  it('a child whose items hold minutes is not removed: what was typed is not thrown away', async () => {
    const { b, record } = await demoReview();
    const child = record.children[0]!;
    const item = record.items.find((i) => i.childId === child.id)!;
    await must(b, 'meetings.saveItemMinutes', {
      meetingId: record.meeting.id,
      itemId: item.id,
      minutes: 'Still missing; police searching.',
      baseRevision: item.revision,
    });
    const refused = await b.call('dailyReview.removeChild', {
      meetingId: record.meeting.id,
      childId: child.id,
      reason: 'Wrong child',
      baseRevision: record.meeting.revision,
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain(item.title);
    const now = await must(b, 'meetings.get', { meetingId: record.meeting.id });
    expect(now.children.map((c) => c.id)).toContain(child.id);
  }, 120_000);

  it('once the minutes are approved no child is added or removed', async () => {
    const { b, record } = await demoReview();
    const meetingId = record.meeting.id;
    const withChair = await must(b, 'meetings.update', {
      meetingId,
      baseRevision: record.meeting.revision,
      details: { ...record.meeting, chairName: 'Chair A. Example' },
    });
    await must(b, 'meetings.transition', { meetingId, to: 'in-progress' });
    await must(b, 'meetings.transition', { meetingId, to: 'concluded' });
    const held = await must(b, 'meetings.get', { meetingId });
    for (const a of held.attendees.filter((x) => x.status === 'invited'))
      await must(b, 'meetings.updateAttendee', {
        meetingId,
        attendeeId: a.id,
        baseRevision: a.revision,
        attendee: { ...a, status: 'apologies' },
      });
    await must(b, 'meetings.transition', { meetingId, to: 'approved' });
    const revision = (await must(b, 'meetings.get', { meetingId })).meeting.revision;
    expect(withChair.revision).toBeLessThan(revision);
    const add = await b.call('dailyReview.addChild', {
      meetingId,
      childId: await childNotOn(b, record.meeting.childIds),
      reason: 'Late addition',
      baseRevision: revision,
    });
    expect(add.ok || add.error.code).toBe('locked');
    const remove = await b.call('dailyReview.removeChild', {
      meetingId,
      childId: record.children[1]!.id,
      reason: 'Late removal',
      baseRevision: revision,
    });
    expect(remove.ok || remove.error.code).toBe('locked');
  }, 120_000);
});
