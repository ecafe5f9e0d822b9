import { describe, expect, it } from 'vitest';
import { must } from '../support/backend';
import { itemByKey, mimInput, refused, setClock, setup } from './fixtures';

async function meetingWithItem() {
  const { b, child } = await setup();
  const created = await must(b, 'meetings.create', mimInput(child.id));
  return { b, child, meetingId: created.meeting.id, item: itemByKey(created, 'push-pull-factors') };
}

const minutesAuditRows = (b: Awaited<ReturnType<typeof meetingWithItem>>['b']) =>
  b.context.db
    .selectFrom('audit')
    .select(['at', 'user'])
    .where('detail', '=', 'minutes:push-pull-factors')
    .orderBy('id')
    .execute();

describe('autosave of minutes', () => {
  it('each save answers the next revision and when it was saved', async () => {
    const { b, meetingId, item } = await meetingWithItem();
    expect(item.revision).toBe(0);
    const first = await must(b, 'meetings.saveItemMinutes', {
      meetingId,
      itemId: item.id,
      minutes: 'P',
      baseRevision: 0,
    });
    setClock(b, '2026-11-20T10:00:00.300Z');
    const second = await must(b, 'meetings.saveItemMinutes', {
      meetingId,
      itemId: item.id,
      minutes: 'Push: conflict at home',
      baseRevision: first.revision,
    });
    expect(first).toEqual({ savedAt: '2026-11-20T10:00:00.000Z', revision: 1 });
    expect(second).toEqual({ savedAt: '2026-11-20T10:00:00.300Z', revision: 2 });
    const stored = itemByKey(await must(b, 'meetings.get', { meetingId }), 'push-pull-factors');
    expect(stored).toMatchObject({
      minutes: 'Push: conflict at home',
      revision: 2,
      savedAt: '2026-11-20T10:00:00.300Z',
    });
  });

  it('refuses a save based on a stale revision as a conflict and keeps the newer text (two windows typing)', async () => {
    const { b, meetingId, item } = await meetingWithItem();
    await must(b, 'meetings.saveItemMinutes', {
      meetingId,
      itemId: item.id,
      minutes: 'Window one',
      baseRevision: 0,
    });
    const error = await refused(b, 'meetings.saveItemMinutes', {
      meetingId,
      itemId: item.id,
      minutes: 'Window two',
      baseRevision: 0,
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('another window');
    expect(error.issues).toEqual([{ field: 'baseRevision', message: 'is out of date' }]);
    const stored = itemByKey(await must(b, 'meetings.get', { meetingId }), 'push-pull-factors');
    expect(stored).toMatchObject({ minutes: 'Window one', revision: 1 });
  });

  it('an item of another meeting is not found, and nothing is written to it', async () => {
    const { b, child, item } = await meetingWithItem();
    const other = await must(b, 'meetings.create', mimInput(child.id, { stageLevel: 2 }));
    const error = await refused(b, 'meetings.saveItemMinutes', {
      meetingId: other.meeting.id,
      itemId: item.id,
      minutes: 'wrong meeting',
      baseRevision: 0,
    });
    expect(error.code).toBe('not-found');
    const stored = await b.context.db
      .selectFrom('meeting_items')
      .select('minutes')
      .where('id', '=', item.id)
      .executeTakeFirst();
    expect(stored?.minutes).toBe('');
  });

  it('audits who typed the minutes once per user and ten-minute window, not once per keystroke pause', async () => {
    const { b, meetingId, item } = await meetingWithItem();
    let revision = 0;
    const save = async (at: string, minutes: string) => {
      setClock(b, at);
      revision = (
        await must(b, 'meetings.saveItemMinutes', {
          meetingId,
          itemId: item.id,
          minutes,
          baseRevision: revision,
        })
      ).revision;
    };
    await save('2026-11-20T10:00:00.000Z', 'a');
    await save('2026-11-20T10:00:00.300Z', 'ab');
    await save('2026-11-20T10:05:00.000Z', 'abc');
    expect(await minutesAuditRows(b)).toEqual([{ at: '2026-11-20T10:00:00.000Z', user: 'Chair A. Example' }]);
    await save('2026-11-20T10:10:00.000Z', 'abcd');
    await must(b, 'settings.update', { displayName: 'Second W. Example' });
    await save('2026-11-20T10:10:01.000Z', 'abcde');
    expect(await minutesAuditRows(b)).toEqual([
      { at: '2026-11-20T10:00:00.000Z', user: 'Chair A. Example' },
      { at: '2026-11-20T10:10:00.000Z', user: 'Chair A. Example' },
      { at: '2026-11-20T10:10:01.000Z', user: 'Second W. Example' },
    ]);
  });

  it('decisions are saved as a list per item and replaced as a whole', async () => {
    const { b, meetingId, item } = await meetingWithItem();
    await must(b, 'meetings.saveItemDecisions', { meetingId, itemId: item.id, decisions: ['One', 'Two'] });
    await must(b, 'meetings.saveItemDecisions', { meetingId, itemId: item.id, decisions: ['Two', 'Three'] });
    const stored = itemByKey(await must(b, 'meetings.get', { meetingId }), 'push-pull-factors');
    expect(stored.decisions).toEqual(['Two', 'Three']);
  });
});
