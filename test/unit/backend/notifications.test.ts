import { describe, expect, it } from 'vitest';
import type { DueItem } from '../../../shared/protocol';
import { freshBackend, must, sampleChild } from '../support/backend';

// Issue 16: a notification the protocol asks for is a task until someone records who was told and when; the person
// who recorded it is the signed-in user, named by the record and the audit row.

const NOW = '2026-11-20T10:00:00.000Z';
const REPORTED = '2026-11-20T08:30:00.000Z';

/** A Staffordshire child reported missing at 08:30 and graded High: ST 6 asks children's services to be told. */
async function highRiskChild(b: Awaited<ReturnType<typeof freshBackend>>) {
  const child = await must(
    b,
    'children.create',
    sampleChild({
      protocolProfileId: 'staffordshire',
      legalStatus: 'not-known',
      placingAuthority: 'Staffordshire',
    }),
  );
  const episode = await must(b, 'episodes.create', {
    childId: child.id,
    category: 'missing',
    reportedAt: REPORTED,
    policeRiskAtReport: 'high',
  });
  return { child, episode };
}

const st6 = (items: DueItem[]) => items.filter((i) => i.kind === 'notification' && i.source === 'ST 6');

describe('recording a notification as made', () => {
  it('ST 6 "Children’s services must also be notified immediately": overdue on Due with its section until recorded, then gone from Due and the child page', async () => {
    const b = await freshBackend(NOW);
    const { child, episode } = await highRiskChild(b);
    const before = st6((await must(b, 'protocol.due', {})).items);
    expect(before.map((i) => [i.what, i.overdue, i.ruleId])).toEqual([
      ['Inform Children’s services', true, 'high-risk-children-services'],
    ]);

    const record = await must(b, 'notifications.record', {
      childId: child.id,
      episodeId: episode.id,
      ruleId: 'high-risk-children-services',
      role: 'Children’s services',
      toldWho: 'Duty social worker A. Example, MASH',
      toldAt: '2026-11-20T08:45:00.000Z',
    });
    expect(record).toMatchObject({ toldWho: 'Duty social worker A. Example, MASH', recordedAt: NOW });
    expect(record.recordedBy).not.toBe('');

    expect(st6((await must(b, 'protocol.due', {})).items)).toEqual([]);
    expect(st6((await must(b, 'protocol.child', { childId: child.id })).due)).toEqual([]);

    const audit = await b.context.db
      .selectFrom('audit')
      .selectAll()
      .where('entity', '=', 'notification')
      .execute();
    expect(audit.map((a) => [a.action, a.entity_id, a.child_id, a.user, a.detail])).toEqual([
      ['create', record.id, child.id, record.recordedBy, 'high-risk-children-services'],
    ]);
    // Who was told stays out of the audit trail.
    expect(JSON.stringify(audit)).not.toContain('A. Example');
  });

  it('bad input names the field and the problem, and nothing is saved', async () => {
    const b = await freshBackend(NOW);
    const { child, episode } = await highRiskChild(b);
    const base = {
      childId: child.id,
      episodeId: episode.id,
      ruleId: 'high-risk-children-services',
      role: 'Children’s services',
      toldWho: 'Duty social worker',
      toldAt: '2026-11-20T09:00:00.000Z',
    };
    const cases: [Partial<typeof base>, string, RegExp][] = [
      [{ toldAt: '2026-11-20T11:00:00.000Z' }, 'toldAt', /cannot be in the future/],
      [{ toldAt: '2026-11-20T08:00:00.000Z' }, 'toldAt', /before the episode was reported/],
      [{ toldWho: '   ' }, 'toldWho', /is required/],
      [{ role: 'Director of Children’s Services' }, 'role', /does not ask/],
    ];
    for (const [over, field, message] of cases) {
      const result = await b.call('notifications.record', { ...base, ...over });
      expect(result.ok, field).toBe(false);
      if (result.ok) continue;
      expect(result.error.issues?.[0]?.field).toBe(field);
      expect(result.error.issues?.[0]?.message).toMatch(message);
    }
    const rows = await b.context.db.selectFrom('notifications_made').selectAll().execute();
    expect(rows).toEqual([]);
    expect(st6((await must(b, 'protocol.due', {})).items)).toHaveLength(1);
  });

  it('the same notification cannot be recorded twice', async () => {
    const b = await freshBackend(NOW);
    const { child, episode } = await highRiskChild(b);
    const input = {
      childId: child.id,
      episodeId: episode.id,
      ruleId: 'high-risk-children-services',
      role: 'Children’s services',
      toldWho: 'Duty social worker',
      toldAt: '2026-11-20T09:00:00.000Z',
    };
    await must(b, 'notifications.record', input);
    const again = await b.call('notifications.record', { ...input, toldWho: 'Someone else' });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.issues?.[0]).toMatchObject({ field: 'role' });
    const rows = await b.context.db.selectFrom('notifications_made').select('told_who').execute();
    expect(rows).toEqual([{ told_who: 'Duty social worker' }]);
  });

  it('an episode of another child is not found', async () => {
    const b = await freshBackend(NOW);
    const { episode } = await highRiskChild(b);
    const other = await must(b, 'children.create', sampleChild({ caseReference: 'TEST-0002' }));
    const result = await b.call('notifications.record', {
      childId: other.id,
      episodeId: episode.id,
      ruleId: 'high-risk-children-services',
      role: 'Children’s services',
      toldWho: 'Duty social worker',
      toldAt: '2026-11-20T09:00:00.000Z',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not-found');
  });
});
