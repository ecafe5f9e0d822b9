import { describe, expect, it } from 'vitest';
import { getProfile } from '../../../shared/protocol';
import { freshBackend, must, sampleChild } from '../support/backend';

const NOW = '2026-11-20T10:00:00.000Z';

async function childWithEpisodes(
  b: Awaited<ReturnType<typeof freshBackend>>,
  over: Parameters<typeof sampleChild>[0],
  reported: string[],
) {
  const child = await must(b, 'children.create', sampleChild(over));
  for (const at of reported) {
    const found = new Date(new Date(at).getTime() + 5 * 3_600_000).toISOString();
    await must(b, 'episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: at,
      foundAt: found,
      returnInterview: { outcome: 'declined', offeredAt: found },
    });
  }
  return child;
}

describe('which protocol applies to a child', () => {
  it('a child placed in another authority follows the host authority’s protocol (East Midlands)', async () => {
    const b = await freshBackend(NOW);
    const child = await childWithEpisodes(
      b,
      { placingAuthority: 'Warwickshire County Council', hostAuthority: 'Derbyshire County Council' },
      [],
    );
    const p = await must(b, 'protocol.child', { childId: child.id });
    expect(p.profile.id).toBe('east-midlands');
    expect(p.profileBecause).toMatch(/host authority/);
  });

  it('a child at home follows the placing authority’s protocol, matched whatever the case and spacing', async () => {
    const b = await freshBackend(NOW);
    const child = await childWithEpisodes(b, { placingAuthority: 'stoke-on-trent  city council' }, []);
    expect((await must(b, 'protocol.child', { childId: child.id })).profile.id).toBe('stoke-on-trent');
  });

  it('a profile chosen for the child wins, and an unknown authority gets the default from settings', async () => {
    const b = await freshBackend(NOW);
    const chosen = await childWithEpisodes(
      b,
      { caseReference: 'A', placingAuthority: 'Wigan Council', protocolProfileId: 'staffordshire' },
      [],
    );
    expect((await must(b, 'protocol.child', { childId: chosen.id })).profile.id).toBe('staffordshire');
    await must(b, 'settings.update', { defaultProfileId: 'wigan' });
    const unknown = await childWithEpisodes(
      b,
      { caseReference: 'B', placingAuthority: 'Exampleshire Council' },
      [],
    );
    const p = await must(b, 'protocol.child', { childId: unknown.id });
    expect([p.profile.id, p.profileBecause]).toEqual(['wigan', 'the default profile']);
  });
});

describe('the Due list', () => {
  it('lists a stage 1 MIM with its chair for three missing episodes in 90 days', async () => {
    const b = await freshBackend(NOW);
    await childWithEpisodes(b, { placingAuthority: 'Staffordshire County Council' }, [
      '2026-10-01T20:00:00Z',
      '2026-10-20T20:00:00Z',
      '2026-11-16T20:00:00Z',
    ]);
    const due = await must(b, 'protocol.due', {});
    const mim = due.items.filter((i) => i.kind === 'meeting');
    // Third episode Mon 16 Nov; five working days after it: Tue 17 to Fri 20, then Mon 23 (ST 13.17).
    expect(mim.map((i) => [i.what, i.chair, i.dueBy])).toEqual([
      ['Stage 1 MIM', 'Allocated Social Worker', '2026-11-23'],
    ]);
  });

  it('gives a page of the list, most urgent first, with the counts of the whole list; a bad page is refused', async () => {
    const b = await freshBackend(NOW);
    for (const [n, name] of ['Ash', 'Birch', 'Cedar'].entries()) {
      await childWithEpisodes(
        b,
        { givenName: name, caseReference: `PAGE-${n}`, placingAuthority: 'Staffordshire County Council' },
        ['2026-10-01T20:00:00Z', '2026-10-20T20:00:00Z', '2026-11-16T20:00:00Z'],
      );
    }
    const whole = await must(b, 'protocol.due', {});
    expect(whole.counts.all).toBe(whole.items.length);
    expect(whole.counts.meeting).toBe(whole.items.filter((i) => i.kind === 'meeting').length);
    expect(whole.counts.overdue).toBe(whole.items.filter((i) => i.overdue).length);
    const page = await must(b, 'protocol.due', { limit: 2 });
    expect(page.items).toEqual(whole.items.slice(0, 2));
    expect(page.counts).toEqual(whole.counts);
    const meetings = await must(b, 'protocol.due', { show: 'meeting', limit: 2 });
    expect(meetings.items.map((i) => i.childName)).toEqual(
      whole.items
        .filter((i) => i.kind === 'meeting')
        .slice(0, 2)
        .map((i) => i.childName),
    );
    const refused = await b.call('protocol.due', { limit: 0 });
    expect(refused.ok ? null : refused.error.message).toMatch(/limit.*at least 1/i);
    const tooMany = await b.call('protocol.due', { limit: 1_000_000 });
    expect(tooMany.ok ? null : tooMany.error.message).toMatch(/limit.*at most 5000/i);
  });

  it('keeps return interviews overdue by up to 30 days and leaves older ones to the chronology', async () => {
    const b = await freshBackend(NOW);
    const child = await must(b, 'children.create', sampleChild());
    await must(b, 'episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-08-01T20:00:00Z',
      foundAt: '2026-08-02T08:00:00Z',
    });
    await must(b, 'episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-11-01T20:00:00Z',
      foundAt: '2026-11-02T08:00:00Z',
    });
    const due = await must(b, 'protocol.due', {});
    const interviews = due.items.filter((i) => i.kind === 'return-interview');
    expect(interviews).toHaveLength(1);
    expect(interviews[0]!.text).toMatch(/overdue by 15 days/);
    const own = await must(b, 'protocol.child', { childId: child.id });
    expect(own.evaluation.returnInterviews).toHaveLength(2);
  });
});

describe('a council’s own protocol profile', () => {
  it('is saved from a duplicate of a shipped one and can become the default', async () => {
    const b = await freshBackend(NOW);
    const own = {
      ...structuredClone(getProfile('staffordshire')),
      id: 'exampleshire',
      name: 'Exampleshire protocol',
      council: 'Exampleshire Council',
    };
    await must(b, 'protocol.saveProfile', { profile: own });
    await must(b, 'settings.update', { defaultProfileId: 'exampleshire' });
    const overview = await must(b, 'protocol.profiles', {});
    expect(overview.profiles.find((p) => p.id === 'exampleshire')).toMatchObject({
      shipped: false,
      council: 'Exampleshire Council',
    });
    expect(overview.defaultProfileId).toBe('exampleshire');
    expect((await must(b, 'protocol.getProfile', { id: 'exampleshire' })).name).toBe('Exampleshire protocol');
  });

  it('refuses an invalid profile, naming the field, and keeps what was saved', async () => {
    const b = await freshBackend(NOW);
    const broken = {
      ...structuredClone(getProfile('wigan')),
      id: 'broken',
      name: 'Broken',
    } as unknown as Record<string, unknown>;
    broken.window = { length: -3, unit: 'fortnights' };
    const r = await b.call('protocol.saveProfile', { profile: broken });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.[0]?.field).toMatch(/^profile\.window/);
    expect((await must(b, 'protocol.profiles', {})).profiles.map((p) => p.id)).not.toContain('broken');
  });

  it('cannot overwrite or delete a shipped profile', async () => {
    const b = await freshBackend(NOW);
    const r = await b.call('protocol.saveProfile', {
      profile: structuredClone(getProfile('wigan')) as unknown as Record<string, unknown>,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await b.call('protocol.deleteProfile', { id: 'wigan' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});

describe('a meeting held meets the protocol’s requirement', () => {
  it('concluding the stage 1 MIM takes it off the Due list and the child’s deadlines', async () => {
    const b = await freshBackend(NOW);
    const child = await childWithEpisodes(b, { placingAuthority: 'Staffordshire County Council' }, [
      '2026-10-01T20:00:00Z',
      '2026-10-20T20:00:00Z',
      '2026-11-16T20:00:00Z',
    ]);
    const mimDue = async () =>
      (await must(b, 'protocol.due', {})).items.filter((i) => i.kind === 'meeting').length;
    expect(await mimDue()).toBe(1);
    const meeting = await must(b, 'meetings.create', {
      kind: 'mim',
      stageLevel: 1,
      childIds: [child.id],
      reason: 'Three missing episodes in 90 days',
      chairRole: 'Allocated Social Worker',
      chairName: 'Worker A. Example',
      scheduledAt: '2026-11-20T09:00:00Z',
    });
    await must(b, 'meetings.transition', { meetingId: meeting.meeting.id, to: 'in-progress' });
    expect(await mimDue()).toBe(1);
    await must(b, 'meetings.transition', { meetingId: meeting.meeting.id, to: 'concluded' });
    expect(await mimDue()).toBe(0);
    expect(
      (await must(b, 'protocol.child', { childId: child.id })).due.filter((i) => i.kind === 'meeting'),
    ).toEqual([]);
  });
});
