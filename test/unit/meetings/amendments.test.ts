import { describe, expect, it } from 'vitest';
import { must } from '../support/backend';
import { auditRows } from '../support/db';
import { itemByKey, mimInput, moveTo, refused, setClock, setup } from './fixtures';

async function approvedWithMinutes() {
  const { b, child } = await setup();
  const created = await must(b, 'meetings.create', mimInput(child.id));
  const meetingId = created.meeting.id;
  const item = itemByKey(created, 'next-meeting');
  await must(b, 'meetings.saveItemMinutes', {
    meetingId,
    itemId: item.id,
    minutes: 'Next meeting on 4 December.',
    baseRevision: 0,
  });
  await moveTo(b, meetingId, 'approved');
  return { b, child, meetingId, item };
}

describe('amendments to approved minutes', () => {
  it('records a correction beside the original, which stays readable, with who, when and why', async () => {
    const { b, meetingId, item } = await approvedWithMinutes();
    await must(b, 'settings.update', { displayName: 'Manager D. Example' });
    setClock(b, '2026-11-25T14:00:00.000Z');
    const amendment = await must(b, 'meetings.amend', {
      meetingId,
      itemId: item.id,
      minutes: 'Next meeting on 5 December.',
      reason: 'The date was minuted wrongly.',
    });
    expect(amendment).toMatchObject({
      itemId: item.id,
      minutes: 'Next meeting on 5 December.',
      reason: 'The date was minuted wrongly.',
      amendedAt: '2026-11-25T14:00:00.000Z',
      amendedBy: 'Manager D. Example',
    });

    const after = itemByKey(await must(b, 'meetings.get', { meetingId }), 'next-meeting');
    expect(after.minutes).toBe('Next meeting on 4 December.');
    expect(after.amendments).toEqual([amendment]);
    expect(after.currentMinutes).toBe('Next meeting on 5 December.');
  });

  it('a second amendment adds to the first; both stay in order', async () => {
    const { b, meetingId, item } = await approvedWithMinutes();
    setClock(b, '2026-11-25T14:00:00.000Z');
    await must(b, 'meetings.amend', { meetingId, itemId: item.id, minutes: 'v2', reason: 'first fix' });
    setClock(b, '2026-11-26T14:00:00.000Z');
    await must(b, 'meetings.amend', { meetingId, itemId: item.id, minutes: 'v3', reason: 'second fix' });
    const after = itemByKey(await must(b, 'meetings.get', { meetingId }), 'next-meeting');
    expect(after.amendments.map((a) => a.minutes)).toEqual(['v2', 'v3']);
    expect(after.currentMinutes).toBe('v3');
  });

  it('refuses an amendment to minutes not yet approved (they are edited directly) and one without a reason', async () => {
    const { b, child } = await setup();
    const created = await must(b, 'meetings.create', mimInput(child.id));
    const itemId = created.items[0]!.id;
    const early = await refused(b, 'meetings.amend', {
      meetingId: created.meeting.id,
      itemId,
      minutes: 'x',
      reason: 'y',
    });
    expect(early.code).toBe('conflict');
    const { b: b2, meetingId, item } = await approvedWithMinutes();
    const noReason = await refused(b2, 'meetings.amend', {
      meetingId,
      itemId: item.id,
      minutes: 'x',
      reason: '  ',
    });
    expect(noReason.issues).toEqual([{ field: 'reason', message: 'is required' }]);
  });

  it('amendments are audited and cannot be edited or deleted', async () => {
    const { b, child, meetingId, item } = await approvedWithMinutes();
    await must(b, 'meetings.amend', { meetingId, itemId: item.id, minutes: 'Secret words', reason: 'typo' });
    const rows = (await auditRows(b)).filter((r) => r.entity === 'meeting' && r.child_id === child.id);
    expect(rows.at(-1)).toMatchObject({
      action: 'amend',
      entity_id: meetingId,
      detail: 'minutes:next-meeting',
    });
    expect(JSON.stringify(rows)).not.toMatch(/Secret words|typo/);
    await expect(
      b.context.db.updateTable('meeting_amendments').set({ minutes: 'x' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(b.context.db.deleteFrom('meeting_amendments').execute()).rejects.toThrow(/append-only/);
  });
});
