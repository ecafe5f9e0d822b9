import { describe, expect, it } from 'vitest';
import { must } from '../support/backend';
import { mimInput, moveTo, recordAttendance, setup } from './fixtures';
import type { Backend } from '../../../electron/backend/backend';

async function heldMeeting(b: Backend, childId: string): Promise<string> {
  const { meeting } = await must(b, 'meetings.create', mimInput(childId));
  await moveTo(b, meeting.id, 'concluded');
  return meeting.id;
}

// Issue 12: approved minutes printed "approved ... by root". The minutes name the person and their role; the audit
// still records the computer's account.

describe('approval names the person who approved, with their role', () => {
  it('on a computer that does not know its user’s name and role, approval is refused with both fields named', async () => {
    const { b: other, child } = await setup();
    await must(other, 'settings.update', { displayName: null, displayRole: null });
    const meetingId = await heldMeeting(other, child.id);
    await recordAttendance(other, meetingId);
    const refused = await other.call('meetings.transition', { meetingId, to: 'approved' });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error.issues?.map((f) => f.field)).toEqual(['displayName', 'displayRole']);
    expect((await must(other, 'meetings.get', { meetingId })).meeting.status).toBe('concluded');
  });

  it('the minutes say "Approved by <name>, <role> on <date>"; the audit row records the computer account', async () => {
    const { b, child } = await setup();
    await must(b, 'settings.update', {
      displayName: 'Sam Example',
      displayRole: 'Missing Children Coordinator',
    });
    const meetingId = await heldMeeting(b, child.id);
    await recordAttendance(b, meetingId);
    const approved = await must(b, 'meetings.transition', { meetingId, to: 'approved' });
    expect(approved).toMatchObject({
      approvedBy: 'Sam Example',
      approvedByRole: 'Missing Children Coordinator',
    });
    const row = await b.context.db
      .selectFrom('audit')
      .select(['user', 'account'])
      .where('action', '=', 'approve')
      .where('entity_id', '=', meetingId)
      .executeTakeFirstOrThrow();
    expect(row.user).toBe('Sam Example');
    expect(row.account).toBe(b.context.account());
    expect(row.account).not.toBe('Sam Example');
  });

  it('a change of role in Settings is audited with both values', async () => {
    const { b } = await setup();
    await must(b, 'settings.update', { displayRole: 'Missing Children Coordinator' });
    const rows = await b.context.db
      .selectFrom('audit')
      .select(['entity_id', 'detail'])
      .where('entity', '=', 'settings')
      .where('entity_id', '=', 'displayRole')
      .execute();
    expect(rows.at(-1)?.detail).toBe(
      JSON.stringify({ from: 'Team Manager', to: 'Missing Children Coordinator' }),
    );
  });
});
