import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { freshBackend, must } from '../support/backend';
import { addChild, addEpisode, held } from './fixtures';

const NOW = '2026-11-20T10:00:00.000Z';

/**
 * Mike has been missing 28 hours at high risk; November 2 hours at medium risk. Romeo came back at 06:00 with no
 * interview yet. Tango's third missing episode in 90 days was reported at 02:00 (stage 1 now). Oscar came back on
 * 10 November with no interview (overdue) and has an action overdue; Quebec's interview is more than 30 days overdue.
 */
async function board() {
  const b = await freshBackend(NOW);
  await must(b, 'settings.update', { displayName: 'Chair A. Example' });
  const mike = await addChild(b, { givenName: 'Mike' });
  await addEpisode(b, mike.id, '2026-11-19T06:00:00Z', null, { policeRiskAtReport: 'high' });
  const november = await addChild(b, { givenName: 'November' });
  await addEpisode(b, november.id, '2026-11-20T08:00:00Z', null, { policeRiskAtReport: 'medium' });
  const romeo = await addChild(b, { givenName: 'Romeo' });
  await addEpisode(b, romeo.id, '2026-11-19T12:00:00Z', '2026-11-20T06:00:00Z', { category: 'absent' });
  const tango = await addChild(b, { givenName: 'Tango' });
  for (const [reported, found] of [
    ['2026-10-01T10:00:00Z', '2026-10-01T12:00:00Z'],
    ['2026-10-20T10:00:00Z', '2026-10-20T12:00:00Z'],
    ['2026-11-20T02:00:00Z', '2026-11-20T04:00:00Z'],
  ] as const)
    await addEpisode(b, tango.id, reported, found, { returnInterview: held(found) });
  // Stage 1 reached in October: not a threshold crossed since the last Daily Review.
  const sierra = await addChild(b, { givenName: 'Sierra' });
  for (const day of ['2026-10-02', '2026-10-12', '2026-10-22'])
    await addEpisode(b, sierra.id, `${day}T10:00:00Z`, `${day}T11:00:00Z`, {
      returnInterview: held(`${day}T12:00:00Z`),
    });
  const oscar = await addChild(b, { givenName: 'Oscar' });
  await addEpisode(b, oscar.id, '2026-11-09T22:00:00Z', '2026-11-10T10:00:00Z', { category: 'away' });
  const quebec = await addChild(b, { givenName: 'Quebec' });
  await addEpisode(b, quebec.id, '2026-09-30T22:00:00Z', '2026-10-01T10:00:00Z', { category: 'away' });
  const mim = await must(b, 'meetings.create', {
    kind: 'strategy',
    childIds: [oscar.id],
    chairRole: 'Team Leader',
    scheduledAt: '2026-11-12T10:00:00Z',
    reason: 'Strategy meeting',
  });
  await must(b, 'meetings.addAction', {
    meetingId: mim.meeting.id,
    itemId: mim.items[0]!.id,
    action: { what: 'Offer the return interview again', owner: 'Worker A. Example', dueOn: '2026-11-15' },
  });
  return { b, mike, november, romeo, tango, sierra, oscar, quebec };
}

const names = (rows: ReadonlyArray<{ childName: string }>) => rows.map((r) => r.childName.split(' ')[0]);

describe('the Daily Review board', () => {
  it('lists children missing now with how long and the police risk, and those missing over 24 hours', async () => {
    const { b } = await board();
    const board_ = await must(b, 'dailyReview.board', {});
    expect(board_.asOf).toBe(NOW);
    expect(board_.missingNow.map((m) => [m.childName.split(' ')[0], m.reportedAt, m.policeRisk])).toEqual([
      ['Mike', '2026-11-19T06:00:00.000Z', 'high'],
      ['November', '2026-11-20T08:00:00.000Z', 'medium'],
    ]);
    expect(names(board_.missingOver24Hours)).toEqual(['Mike']);
    expect(names(board_.highRisk)).toEqual(['Mike']);
  });

  it('lists children returned in the last 24 hours with the return interview still to do', async () => {
    const { b } = await board();
    const board_ = await must(b, 'dailyReview.board', {});
    expect(board_.returnedInterviewDue).toEqual([
      expect.objectContaining({
        childName: 'Romeo Samplewood',
        returnedAt: '2026-11-20T06:00:00.000Z',
        dueBy: '2026-11-23T06:00:00.000Z',
        overdue: false,
        interviewName: 'Return Conversation',
      }),
    ]);
    // Tango came back in the last 24 hours too, but the interview was held.
    expect(names(board_.returnedInterviewDue)).not.toContain('Tango');
  });

  it('lists thresholds crossed in the last 24 hours when no Daily Review has been held', async () => {
    const { b } = await board();
    const board_ = await must(b, 'dailyReview.board', {});
    expect(board_.lastDailyReview).toBeNull();
    expect(board_.thresholdsSince).toBe('2026-11-19T10:00:00.000Z');
    expect(board_.crossedThreshold).toEqual([
      expect.objectContaining({
        childName: 'Tango Samplewood',
        level: 1,
        reachedAt: '2026-11-20T02:00:00.000Z',
        chair: expect.stringContaining('Team Leader') as string,
        stageLabel: 'Stage 1 Missing Intervention Meeting',
      }),
    ]);
  });

  it('lists return interviews overdue within 30 days, and actions overdue', async () => {
    const { b, oscar } = await board();
    const board_ = await must(b, 'dailyReview.board', {});
    expect(board_.interviewsOverdue.map((r) => [r.childName, r.dueBy])).toEqual([
      ['Oscar Samplewood', '2026-11-13T10:00:00.000Z'],
    ]);
    expect(board_.actionsOverdue).toEqual([
      expect.objectContaining({
        child: {
          childId: oscar.id,
          childName: 'Oscar Samplewood',
          caseReference: expect.any(String) as string,
        },
        what: 'Offer the return interview again',
        dueOn: '2026-11-15',
        meetingKind: 'strategy',
      }),
    ]);
  });

  it('counts thresholds from the last Daily Review held', async () => {
    const { b, mike } = await board();
    const review = await must(b, 'meetings.create', {
      kind: 'daily-review',
      childIds: [mike.id],
      chairRole: 'Chair of the Daily Review',
      scheduledAt: '2026-11-20T03:00:00Z',
      reason: 'Daily Review',
    });
    await must(b, 'meetings.transition', {
      meetingId: review.meeting.id,
      to: 'in-progress',
      at: '2026-11-20T03:00:00Z',
    });
    await must(b, 'meetings.transition', {
      meetingId: review.meeting.id,
      to: 'concluded',
      at: '2026-11-20T03:30:00Z',
    });
    const board_ = await must(b, 'dailyReview.board', {});
    expect(board_.lastDailyReview).toEqual({
      meetingId: review.meeting.id,
      heldAt: '2026-11-20T03:00:00.000Z',
    });
    // Tango reached stage 1 at 02:00, before the review at 03:00: already seen.
    expect(board_.crossedThreshold).toEqual([]);
  });
});

describe('Start today’s Daily Review', () => {
  it('creates one Daily Review with a section per child, each once, missing now first, with their packs', async () => {
    const { b, mike, november, romeo, tango, oscar } = await board();
    const { record, leftOut } = await must(b, 'dailyReview.start', {});
    expect(leftOut).toBe(0);
    expect(record.meeting).toMatchObject({
      kind: 'daily-review',
      status: 'draft',
      scheduledAt: NOW,
      stageLevel: null,
    });
    const order = [mike.id, november.id, romeo.id, tango.id, oscar.id];
    expect(record.meeting.childIds).toEqual(order);
    const sections = record.items.filter((i) => i.childId !== null);
    const perChild = sections.filter((i) => i.childId === mike.id).length;
    expect(perChild).toBeGreaterThan(0);
    expect(sections).toHaveLength(perChild * order.length);
    // Oscar's overdue action is carried into his own review of previous actions.
    const review = record.items.find((i) => i.key === 'previous-actions' && i.childId === oscar.id);
    expect(review?.reviewedActions.map((a) => a.what)).toEqual(['Offer the return interview again']);
    const pack = await must(b, 'meetings.pack', { meetingId: record.meeting.id });
    expect(pack.children.map((c) => c.child.id)).toEqual(order);
    expect(pack.children[0]?.episodes.map((e) => e.foundAt)).toEqual([null]);
  });

  it('a second start the same day opens today’s open review instead of making another; once concluded, a new one can start', async () => {
    const { b } = await board();
    const first = await must(b, 'dailyReview.start', {});
    const again = await must(b, 'dailyReview.start', {});
    expect(again.alreadyStarted).toBe(true);
    expect(again.record.meeting.id).toBe(first.record.meeting.id);
    expect((await must(b, 'meetings.list', { kind: 'daily-review' })).length).toBe(1);
    await must(b, 'meetings.transition', { meetingId: first.record.meeting.id, to: 'in-progress' });
    await must(b, 'meetings.transition', { meetingId: first.record.meeting.id, to: 'concluded' });
    const afterConclusion = await must(b, 'dailyReview.start', {});
    expect(afterConclusion.alreadyStarted).toBe(false);
  });

  it('two starts at once make one Daily Review: the one that lost joins the one that won', async () => {
    const { b } = await board();
    const [one, two] = await Promise.all([
      must(b, 'dailyReview.start', {}),
      must(b, 'dailyReview.start', {}),
    ]);
    expect(two.record.meeting.id).toBe(one.record.meeting.id);
    expect([one.alreadyStarted, two.alreadyStarted].sort()).toEqual([false, true]);
    expect((await must(b, 'meetings.list', { kind: 'daily-review' })).length).toBe(1);
  });

  it('two starts at once after the day’s review was concluded make one new Daily Review', async () => {
    const { b } = await board();
    const first = await must(b, 'dailyReview.start', {});
    await must(b, 'meetings.transition', { meetingId: first.record.meeting.id, to: 'in-progress' });
    await must(b, 'meetings.transition', { meetingId: first.record.meeting.id, to: 'concluded' });
    const [one, two] = await Promise.all([
      must(b, 'dailyReview.start', {}),
      must(b, 'dailyReview.start', {}),
    ]);
    expect(two.record.meeting.id).toBe(one.record.meeting.id);
    expect(one.record.meeting.id).not.toBe(first.record.meeting.id);
    expect((await must(b, 'meetings.list', { kind: 'daily-review' })).length).toBe(2);
  });

  it('refuses with a clear message when there is no child to review', async () => {
    const b: Backend = await freshBackend(NOW);
    const child = await addChild(b);
    await addEpisode(b, child.id, '2026-06-01T10:00:00Z', '2026-06-01T11:00:00Z', {
      returnInterview: held('2026-06-01T12:00:00Z'),
    });
    const result = await b.call('dailyReview.start', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid');
      expect(result.error.message).toMatch(/no children to review/);
    }
    expect(await must(b, 'meetings.list', {})).toEqual([]);
  });
});
