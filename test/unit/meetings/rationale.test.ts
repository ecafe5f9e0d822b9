import { describe, expect, it } from 'vitest';
import { must } from '../support/backend';
import { itemByKey, mimInput, moveTo, refused, setClock, setup } from './fixtures';

// Issue 14: "decisions with their rationale ... for each action the date it was set and why".
async function meetingWithItem() {
  const { b, child } = await setup();
  const created = await must(b, 'meetings.create', mimInput(child.id));
  return { b, child, meetingId: created.meeting.id, item: itemByKey(created, 'push-pull-factors') };
}

const action = {
  what: 'Offer a return interview',
  owner: 'Worker A. Example',
  agency: 'Children’s Services',
};

describe('why a decision was made', () => {
  it('stores each decision’s rationale beside it, and still takes a decision as text alone', async () => {
    const { b, meetingId, item } = await meetingWithItem();
    const saved = await must(b, 'meetings.saveItemDecisions', {
      meetingId,
      itemId: item.id,
      decisions: [
        'Refer to the exploitation panel.',
        { decision: ' Convene a strategy discussion. ', rationale: ' Older associates were seen twice. ' },
        { decision: 'Review in four weeks.', rationale: '   ' },
      ],
    });
    const expected = {
      decisions: [
        'Refer to the exploitation panel.',
        'Convene a strategy discussion.',
        'Review in four weeks.',
      ],
      decisionRationales: [null, 'Older associates were seen twice.', null],
    };
    expect(saved).toEqual(expected);
    const stored = itemByKey(await must(b, 'meetings.get', { meetingId }), 'push-pull-factors');
    expect(stored).toMatchObject(expected);
  });

  it('refuses a rationale too long, naming the decision and the field, and keeps what was stored', async () => {
    const { b, meetingId, item } = await meetingWithItem();
    await must(b, 'meetings.saveItemDecisions', {
      meetingId,
      itemId: item.id,
      decisions: [{ decision: 'Refer to panel.', rationale: 'Risk rising.' }],
    });
    const error = await refused(b, 'meetings.saveItemDecisions', {
      meetingId,
      itemId: item.id,
      decisions: ['Refer to panel.', { decision: 'Visit today.', rationale: 'x'.repeat(4001) }],
    });
    expect(error.code).toBe('invalid');
    expect(error.issues).toEqual([
      { field: 'decisions.1.rationale', message: 'must be at most 4000 characters' },
    ]);
    const wrongShape = await refused(b, 'meetings.saveItemDecisions', {
      meetingId,
      itemId: item.id,
      decisions: [{ rationale: 'No decision with it.' }],
    });
    expect(wrongShape.issues?.[0]?.field).toBe('decisions.0');
    const stored = itemByKey(await must(b, 'meetings.get', { meetingId }), 'push-pull-factors');
    expect(stored.decisions).toEqual(['Refer to panel.']);
    expect(stored.decisionRationales).toEqual(['Risk rising.']);
  });
});

describe('when and why an action was set', () => {
  it('an action added before the meeting is set the day it was added; during it, the meeting’s date', async () => {
    const { b, meetingId, item } = await meetingWithItem();
    const early = await must(b, 'meetings.addAction', { meetingId, itemId: item.id, action });
    expect(early.setOn).toBe('2026-11-20');
    setClock(b, '2026-11-21T10:05:00.000Z');
    await moveTo(b, meetingId, 'concluded');
    // Typed up the next morning from the minute-taker's notes: still set at the meeting.
    setClock(b, '2026-11-22T08:30:00.000Z');
    const late = await must(b, 'meetings.addAction', {
      meetingId,
      itemId: item.id,
      action: { ...action, what: 'Update the placement plan', rationale: 'The plan predates the episodes.' },
    });
    expect(late).toMatchObject({ setOn: '2026-11-21', rationale: 'The plan predates the episodes.' });
    expect(early.rationale).toBe('');
  });

  it('why an action was set is saved with the revision check, and an edit that leaves it out keeps it', async () => {
    const { b, meetingId, item } = await meetingWithItem();
    const added = await must(b, 'meetings.addAction', {
      meetingId,
      itemId: item.id,
      action: { ...action, rationale: 'The last interview was offered late.' },
    });
    const edited = await must(b, 'meetings.updateAction', {
      meetingId,
      actionId: added.id,
      baseRevision: added.revision,
      action: { ...action, rationale: 'Offered late and declined.' },
    });
    expect(edited.rationale).toBe('Offered late and declined.');
    const stale = await refused(b, 'meetings.updateAction', {
      meetingId,
      actionId: added.id,
      baseRevision: added.revision,
      action: { ...action, rationale: 'From another window.' },
    });
    expect(stale.code).toBe('conflict');
    // An older client sends no rationale: what is stored stays.
    const kept = await must(b, 'meetings.updateAction', {
      meetingId,
      actionId: added.id,
      baseRevision: edited.revision,
      action: { ...action, owner: 'Worker E. Example' },
    });
    expect(kept).toMatchObject({ owner: 'Worker E. Example', rationale: 'Offered late and declined.' });
    const [listed] = await must(b, 'actions.list', { meetingId });
    expect(listed).toMatchObject({ rationale: 'Offered late and declined.', setOn: '2026-11-20' });
  });

  it('refuses a reason too long, naming the field, and stores nothing', async () => {
    const { b, meetingId, item } = await meetingWithItem();
    const error = await refused(b, 'meetings.addAction', {
      meetingId,
      itemId: item.id,
      action: { ...action, rationale: 'x'.repeat(2001) },
    });
    expect(error.issues).toEqual([{ field: 'action.rationale', message: 'must be at most 2000 characters' }]);
    expect(await must(b, 'actions.list', { meetingId })).toEqual([]);
  });
});
