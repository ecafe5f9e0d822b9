import { describe, expect, it } from 'vitest';
import type { DueItem } from '../../../shared/protocol';
import { freshBackend, must, sampleChild } from '../support/backend';

// ST 17.4 and the EM placement notice (issue 16): a statutory review is a record of the child's, and the notices
// about a review or a placement are recorded as told through notifications.record, as an episode's are.

const NOW = '2026-11-20T10:00:00.000Z';
const IRO_ROLE = 'Relevant team manager (the IRO’s report of out-of-area missing episodes)';
const EM_ROLE = 'Host authority’s Missing Children lead';

type B = Awaited<ReturnType<typeof freshBackend>>;

/** A Stoke child living out of area with one missing episode this month. */
async function outOfAreaChild(b: B) {
  const child = await must(
    b,
    'children.create',
    sampleChild({
      protocolProfileId: 'stoke-on-trent',
      legalStatus: 'child-in-care',
      placingAuthority: 'Stoke-on-Trent',
      hostAuthority: 'Cheshire East',
    }),
  );
  await must(b, 'episodes.create', {
    childId: child.id,
    category: 'missing',
    reportedAt: '2026-11-05T20:00:00.000Z',
    foundAt: '2026-11-05T23:00:00.000Z',
  });
  return child;
}

const iroReports = (items: DueItem[]) => items.filter((i) => i.ruleId === 'iro-report-after-review');
const emNotices = (items: DueItem[]) => items.filter((i) => i.ruleId === 'placing-child-at-risk');

describe('a child’s statutory reviews (ST 17.4)', () => {
  it('ST 17.4 "following each statutory review": a review added puts the IRO’s report on Due and the child page, until recorded as told', async () => {
    const b = await freshBackend(NOW);
    const child = await outOfAreaChild(b);
    expect(iroReports((await must(b, 'protocol.due', {})).items)).toEqual([]);

    const review = await must(b, 'statutoryReviews.add', {
      childId: child.id,
      heldOn: '2026-11-18',
      iroName: 'IRO E. Example',
    });
    expect(review).toMatchObject({
      childId: child.id,
      heldOn: '2026-11-18',
      iroName: 'IRO E. Example',
      recordedAt: NOW,
    });
    expect(await must(b, 'statutoryReviews.listForChild', { childId: child.id })).toEqual([review]);

    const [item, ...more] = iroReports((await must(b, 'protocol.due', {})).items);
    expect(more).toEqual([]);
    // Wednesday 18 November plus 20 working days: Wednesday 16 December.
    expect(item).toMatchObject({
      subjectId: review.id,
      dueBy: '2026-12-16',
      overdue: false,
      source: 'ST 17.4',
    });
    expect(iroReports((await must(b, 'protocol.child', { childId: child.id })).due)).toHaveLength(1);

    const told = await must(b, 'notifications.record', {
      childId: child.id,
      subjectId: review.id,
      ruleId: 'iro-report-after-review',
      role: IRO_ROLE,
      toldWho: 'Team manager F. Example',
      toldAt: '2026-11-19T12:00:00.000Z',
    });
    expect(told).toMatchObject({ episodeId: null, subjectId: review.id });
    expect(iroReports((await must(b, 'protocol.due', {})).items)).toEqual([]);
    expect(iroReports((await must(b, 'protocol.child', { childId: child.id })).due)).toEqual([]);

    const audit = await b.context.db
      .selectFrom('audit')
      .select(['action', 'entity', 'entity_id', 'child_id', 'detail'])
      .where('entity', 'in', ['statutory-review', 'statutory-reviews', 'notification'])
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      {
        action: 'create',
        entity: 'statutory-review',
        entity_id: review.id,
        child_id: child.id,
        detail: 'heldOn 2026-11-18',
      },
      { action: 'view', entity: 'statutory-reviews', entity_id: child.id, child_id: child.id, detail: null },
      {
        action: 'create',
        entity: 'notification',
        entity_id: told.id,
        child_id: child.id,
        detail: 'iro-report-after-review',
      },
    ]);
    // The IRO's name and who was told stay out of the audit trail.
    expect(JSON.stringify(audit)).not.toContain('Example');
  });

  it('bad input names the field and the problem, and nothing is saved', async () => {
    const b = await freshBackend(NOW);
    const child = await outOfAreaChild(b);
    const base = { childId: child.id, heldOn: '2026-11-18', iroName: 'IRO E. Example' };
    const cases: [Partial<typeof base>, string, RegExp][] = [
      [{ heldOn: '2026-11-21' }, 'heldOn', /cannot be in the future/],
      [{ heldOn: '2026-02-30' }, 'heldOn', /not a real calendar date/],
      [{ heldOn: '18/11/2026' }, 'heldOn', /YYYY-MM-DD/],
      [{ iroName: '  ' }, 'iroName', /is required/],
      [{ iroName: 'x'.repeat(201) }, 'iroName', /at most 200/],
    ];
    for (const [over, field, message] of cases) {
      const result = await b.call('statutoryReviews.add', { ...base, ...over });
      expect(result.ok, field).toBe(false);
      if (result.ok) continue;
      expect(result.error.issues?.[0]?.field).toBe(field);
      expect(result.error.issues?.[0]?.message).toMatch(message);
    }
    const missing = await b.call('statutoryReviews.add', { ...base, childId: 'no-such-child' });
    expect(missing.ok).toBe(false);
    expect(await b.context.db.selectFrom('statutory_reviews').selectAll().execute()).toEqual([]);
    expect(
      await b.context.db.selectFrom('audit').selectAll().where('entity', '=', 'statutory-review').execute(),
    ).toEqual([]);
  });

  it('the IRO’s report is refused before the review, twice, or for another child’s review; nothing is saved', async () => {
    const b = await freshBackend(NOW);
    const child = await outOfAreaChild(b);
    const review = await must(b, 'statutoryReviews.add', {
      childId: child.id,
      heldOn: '2026-11-18',
      iroName: 'IRO E. Example',
    });
    const second = await must(
      b,
      'children.create',
      sampleChild({ caseReference: 'TEST-0002', protocolProfileId: 'stoke-on-trent' }),
    );
    const base = {
      childId: child.id,
      subjectId: review.id,
      ruleId: 'iro-report-after-review',
      role: IRO_ROLE,
      toldWho: 'Team manager F. Example',
      toldAt: '2026-11-19T12:00:00.000Z',
    };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ toldAt: '2026-11-17T12:00:00.000Z' }, 'toldAt', /before the statutory review was held/],
      [{ toldAt: '2026-11-21T12:00:00.000Z' }, 'toldAt', /cannot be in the future/],
      [{ role: 'Director of Children’s Services' }, 'role', /does not ask/],
      [{ episodeId: 'some-episode' }, 'episodeId', /not both/],
      [{ subjectId: null }, 'episodeId', /must name the episode/],
    ];
    for (const [over, field, message] of cases) {
      const result = await b.call('notifications.record', { ...base, ...over });
      expect(result.ok, field).toBe(false);
      if (result.ok) continue;
      expect(result.error.issues?.[0]?.field, JSON.stringify(over)).toBe(field);
      expect(result.error.issues?.[0]?.message).toMatch(message);
    }
    const elsewhere = await b.call('notifications.record', { ...base, childId: second.id });
    expect(elsewhere.ok).toBe(false);
    if (!elsewhere.ok) expect(elsewhere.error.message).toMatch(/statutory review/i);
    expect(await b.context.db.selectFrom('notifications_made').selectAll().execute()).toEqual([]);
    await must(b, 'notifications.record', base);
    const again = await b.call('notifications.record', { ...base, toldWho: 'Someone else' });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.issues?.[0]).toMatchObject({ field: 'role' });
    expect(await b.context.db.selectFrom('notifications_made').select('told_who').execute()).toEqual([
      { told_who: 'Team manager F. Example' },
    ]);
  });
});

describe('EM: the notice before placing a child at risk', () => {
  it('EM "prior to the young person being placed or within 24 hours": a child placed at risk, with no episode, is on Due until the host is told', async () => {
    const b = await freshBackend(NOW);
    const child = await must(
      b,
      'children.create',
      sampleChild({
        protocolProfileId: 'east-midlands',
        legalStatus: 'child-in-care',
        placingAuthority: 'Leicestershire',
        hostAuthority: 'Nottingham',
        placementStartedOn: '2026-11-23',
        placementArrangement: 'planned',
        placementMissingRisk: true,
      }),
    );
    expect(child.placementMissingRisk).toBe(true);
    const [item, ...more] = emNotices((await must(b, 'protocol.due', {})).items);
    expect(more).toEqual([]);
    expect(item).toMatchObject({
      childId: child.id,
      subjectId: 'placement:2026-11-23',
      overdue: false,
      episodeIds: [],
    });
    expect(emNotices((await must(b, 'protocol.child', { childId: child.id })).due)).toHaveLength(1);

    const wrong = await b.call('notifications.record', {
      childId: child.id,
      subjectId: 'placement:2026-10-01',
      ruleId: 'placing-child-at-risk',
      role: EM_ROLE,
      toldWho: 'Missing lead G. Example',
      toldAt: '2026-11-20T09:00:00.000Z',
    });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.issues?.[0]?.field).toBe('subjectId');

    await must(b, 'notifications.record', {
      childId: child.id,
      subjectId: 'placement:2026-11-23',
      ruleId: 'placing-child-at-risk',
      role: EM_ROLE,
      toldWho: 'Missing lead G. Example',
      toldAt: '2026-11-20T09:00:00.000Z',
    });
    expect(emNotices((await must(b, 'protocol.due', {})).items)).toEqual([]);
  });
});
