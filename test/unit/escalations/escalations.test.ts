import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import type { DueItem } from '../../../shared/protocol';
import { freshBackend, must, sampleChild } from '../support/backend';
import { mimInput } from '../meetings/fixtures';

// Issue 16 "Escalations" and issue 17 (W-CP 5.0): the protocol's own escalations are tasks on Due, with their
// section, until someone records them as escalated in the child's escalation log; the log also takes entries by hand.

const DAY = 86_400_000;
const REPORTED = '2026-11-16T20:00:00.000Z';
const RETURNED = '2026-11-17T09:00:00.000Z';
const iso = (ms: number) => new Date(ms).toISOString();

const escalations = (items: DueItem[]) => items.filter((i) => i.escalationKey !== null);

async function returnedChild(b: Backend, over: Parameters<typeof sampleChild>[0]) {
  const child = await must(b, 'children.create', sampleChild(over));
  const episode = await must(b, 'episodes.create', {
    childId: child.id,
    category: 'missing',
    reportedAt: REPORTED,
    foundAt: RETURNED,
    policeRiskAtReport: 'medium',
  });
  return { child, episode };
}

const refusal = (episodeId: string, over: Record<string, unknown> = {}) => ({
  interview: {
    episodeId,
    offered: true,
    independent: true,
    refusedBy: 'carer' as const,
    refusedAt: '2026-11-17T12:00:00Z',
    refusalReason: 'Carer said the child was too tired to be seen this week.',
    ...over,
  },
  baseRevision: null,
});

describe('W-CP 7.0: a refused return interview is escalated to a senior manager', () => {
  it('W-CP 7.0 "Allocated Social Workers and/or responsible Carers/support providers cannot refuse a RHI being conducted ... the reasons must be escalated for consideration by senior managers": on Due with its section until recorded as escalated, then in the log with the signed-in person', async () => {
    const b = await freshBackend('2026-11-18T10:00:00.000Z');
    const { child, episode } = await returnedChild(b, { protocolProfileId: 'warwickshire' });
    expect(escalations((await must(b, 'protocol.due', {})).items)).toEqual([]);
    await must(b, 'returnInterviews.save', refusal(episode.id));

    const due = escalations((await must(b, 'protocol.due', {})).items);
    expect(due.map((i) => [i.kind, i.role, i.source, i.overdue, i.escalationKey])).toEqual([
      ['escalation', 'Senior manager', 'W-CP 7.0', true, `rhi-refused|${episode.id}`],
    ]);
    expect(due[0]!.reason).toContain('refused by the carer or support provider');
    // The return interview itself is still due: a refusal does not close it.
    expect((await must(b, 'protocol.due', {})).items.some((i) => i.kind === 'return-interview')).toBe(true);
    // The child page lists the same item.
    const page = await must(b, 'protocol.child', { childId: child.id });
    expect(escalations(page.due).map((i) => i.key)).toEqual(due.map((i) => i.key));

    const entry = await must(b, 'escalations.add', {
      childId: child.id,
      dueKey: due[0]!.escalationKey,
      fromWho: 'Missing Children Practitioner A. Example',
      toWho: 'Senior manager B. Example',
      escalatedAt: '2026-11-18T09:30:00Z',
    });
    expect(entry).toMatchObject({
      episodeId: episode.id,
      section: 'W-CP 7.0',
      toWho: 'Senior manager B. Example',
      outcome: '',
    });
    expect(entry.about).toContain('Senior manager');
    expect(escalations((await must(b, 'protocol.due', {})).items)).toEqual([]);
    expect(escalations((await must(b, 'protocol.child', { childId: child.id })).due)).toEqual([]);
    expect(await must(b, 'escalations.listForChild', { childId: child.id })).toEqual([entry]);
    const again = await b.call('escalations.add', {
      childId: child.id,
      dueKey: due[0]!.escalationKey,
      fromWho: 'Someone',
      toWho: 'Someone else',
      escalatedAt: '2026-11-18T09:40:00Z',
    });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.issues?.[0]?.field).toBe('dueKey');
    const audit = await b.context.db
      .selectFrom('audit')
      .select(['action', 'entity', 'detail', 'child_id', 'user'])
      .where('entity', '=', 'escalation')
      .execute();
    // The signed-in person recorded it: the same one the audit row names.
    expect(audit).toEqual([
      {
        action: 'create',
        entity: 'escalation',
        detail: 'rhi-refused',
        child_id: child.id,
        user: entry.recordedBy,
      },
    ]);
  });

  it('W-CP 7.0: a refusal is recorded whole: who refused, when and why, each named when missing, and nothing is saved', async () => {
    const b = await freshBackend('2026-11-18T10:00:00.000Z');
    const { episode } = await returnedChild(b, { protocolProfileId: 'warwickshire' });
    const noReason = await b.call('returnInterviews.save', refusal(episode.id, { refusalReason: '' }));
    expect(noReason.ok).toBe(false);
    if (!noReason.ok) expect(noReason.error.issues?.map((i) => i.field)).toEqual(['refusalReason']);
    const early = await b.call(
      'returnInterviews.save',
      refusal(episode.id, { refusedAt: '2026-11-17T08:00:00Z' }),
    );
    if (!early.ok) expect(early.error.issues?.map((i) => i.field)).toEqual(['refusedAt']);
    expect(early.ok).toBe(false);
    const noWho = await b.call('returnInterviews.save', refusal(episode.id, { refusedBy: null }));
    if (!noWho.ok) expect(noWho.error.issues?.map((i) => i.field)).toEqual(['refusedBy']);
    expect((await must(b, 'returnInterviews.get', { episodeId: episode.id })).record).toBeNull();
  });

  it('W-CP 7.0 is Warwickshire’s: a refusal recorded for a Staffordshire child is kept, but escalates nothing', async () => {
    const b = await freshBackend('2026-11-18T10:00:00.000Z');
    const { episode } = await returnedChild(b, { protocolProfileId: 'staffordshire' });
    const saved = await must(b, 'returnInterviews.save', refusal(episode.id));
    expect(saved.record?.refusedBy).toBe('carer');
    expect(saved.refusalEscalation).toBeNull();
    expect(escalations((await must(b, 'protocol.due', {})).items)).toEqual([]);
  });
});

/** An East Midlands child placed in another authority's area (EM: host and placing authority differ). */
const placed = {
  protocolProfileId: 'east-midlands',
  placingAuthority: 'Derby City Council',
  hostAuthority: 'Leicestershire County Council',
};

describe('EM: escalations on the return interview’s steps', () => {
  it('EM "If the return interview, or an update regarding this, is still not received within 5 days this will be escalated": the step recorded as escalated leaves Due, and the next step comes on its day', async () => {
    const clock = { now: new Date(Date.parse(RETURNED) + 10 * DAY + 60_000) };
    const b = await freshBackend(RETURNED, { now: () => clock.now });
    const { child, episode } = await returnedChild(b, placed);
    const step = escalations((await must(b, 'protocol.due', {})).items);
    expect(step.map((i) => [i.kind, i.role, i.escalationKey])).toEqual([
      ['return-step', 'Host authority Missing Children Service', `return-step|${episode.id}|liaise-10-days`],
    ]);
    await must(b, 'escalations.add', {
      childId: child.id,
      dueKey: step[0]!.escalationKey,
      fromWho: 'Host Missing Children Service',
      toWho: 'Placing authority Missing Children Officer',
      escalatedAt: iso(clock.now.getTime()),
    });
    expect(escalations((await must(b, 'protocol.due', {})).items)).toEqual([]);
    clock.now = new Date(Date.parse(RETURNED) + 15 * DAY + 60_000);
    expect(escalations((await must(b, 'protocol.due', {})).items).map((i) => i.escalationKey)).toEqual([
      `return-step|${episode.id}|team-manager-15-days`,
    ]);
  });

  it('EM "Where the minutes are not received this will be escalated as described above": minutes of a MIM not received by the host escalate at 10 days from the meeting, until recorded received', async () => {
    const HELD = '2026-11-18T10:00:00.000Z';
    const clock = { now: new Date('2026-11-20T10:00:00.000Z') };
    const b = await freshBackend(HELD, { now: () => clock.now });
    const { child } = await returnedChild(b, placed);
    const made = await must(b, 'meetings.create', mimInput(child.id, { scheduledAt: HELD }));
    const meetingId = made.meeting.id;
    const notHeld = await b.call('escalations.saveHostMinutes', {
      meetingId,
      baseRevision: null,
      sentTo: 'Host MCS',
    });
    expect(notHeld.ok).toBe(false);
    if (!notHeld.ok) expect(notHeld.error.issues?.[0]?.field).toBe('meetingId');
    await must(b, 'meetings.transition', { meetingId, to: 'in-progress', at: HELD });
    await must(b, 'meetings.transition', { meetingId, to: 'concluded', at: '2026-11-18T11:00:00Z' });
    const view = await must(b, 'escalations.hostMinutes', { meetingId });
    expect(view.rule?.source).toBe('EM (children who go missing frequently)');
    const sent = await must(b, 'escalations.saveHostMinutes', {
      meetingId,
      baseRevision: null,
      sentAt: '2026-11-19T09:00:00Z',
      sentTo: 'Leicestershire Missing Children Service',
    });
    const minutes = () =>
      must(b, 'protocol.due', {}).then((d) => d.items.filter((i) => i.escalationKey?.startsWith('minutes|')));
    expect(await minutes()).toEqual([]);
    clock.now = new Date(Date.parse(HELD) + 10 * DAY + 60_000);
    const due = await minutes();
    expect(due.map((i) => [i.kind, i.role, i.overdue])).toEqual([
      ['escalation', 'Host authority Missing Children Service', true],
    ]);
    expect(due[0]!.source).toContain('EM');
    expect(due[0]!.reason).toContain('sent');
    const early = await b.call('escalations.saveHostMinutes', {
      meetingId,
      baseRevision: sent.record!.revision,
      sentAt: '2026-11-19T09:00:00Z',
      sentTo: 'Leicestershire Missing Children Service',
      receivedAt: '2026-11-19T08:00:00Z',
    });
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error.issues?.[0]?.field).toBe('receivedAt');
    await must(b, 'escalations.saveHostMinutes', {
      meetingId,
      baseRevision: sent.record!.revision,
      sentAt: '2026-11-19T09:00:00Z',
      sentTo: 'Leicestershire Missing Children Service',
      receivedAt: iso(clock.now.getTime() - 60_000),
    });
    expect(await minutes()).toEqual([]);
    const stale = await b.call('escalations.saveHostMinutes', {
      meetingId,
      baseRevision: sent.record!.revision,
      sentTo: 'x',
    });
    expect(stale.ok ? null : stale.error.code).toBe('conflict');
  });
});

describe('W-CP 5.0: the escalation log by hand', () => {
  it('W-CP 5.0 "The protocol offers a three-stage procedure and includes a reporting and monitoring processes": an entry names whom, to whom and what; its outcome comes later on the revision read', async () => {
    const b = await freshBackend('2026-11-20T10:00:00.000Z');
    const { child } = await returnedChild(b, { protocolProfileId: 'warwickshire' });
    const base = {
      childId: child.id,
      fromWho: 'Team Leader A. Example',
      toWho: 'Operations Manager B. Example',
      about: 'Disagreement with the police about the risk grading',
      escalatedAt: '2026-11-19T10:00:00Z',
    };
    const noAbout = await b.call('escalations.add', { ...base, about: '' });
    if (!noAbout.ok) expect(noAbout.error.issues?.[0]?.field).toBe('about');
    expect(noAbout.ok).toBe(false);
    const future = await b.call('escalations.add', { ...base, escalatedAt: '2026-11-21T10:00:00Z' });
    if (!future.ok) expect(future.error.issues?.[0]?.field).toBe('escalatedAt');
    expect(future.ok).toBe(false);
    const unknown = await b.call('escalations.add', { ...base, dueKey: 'rhi-refused|nope' });
    if (!unknown.ok) expect(unknown.error.issues?.[0]?.field).toBe('dueKey');
    expect(unknown.ok).toBe(false);
    expect(await must(b, 'escalations.listForChild', { childId: child.id })).toEqual([]);

    const entry = await must(b, 'escalations.add', base);
    expect(entry).toMatchObject({ dueKey: null, section: null, revision: 1, outcomeAt: null });
    const before = await b.call('escalations.update', {
      id: entry.id,
      baseRevision: 1,
      outcome: 'Grading raised to high',
      outcomeAt: '2026-11-19T09:00:00Z',
    });
    if (!before.ok) expect(before.error.issues?.[0]?.field).toBe('outcomeAt');
    expect(before.ok).toBe(false);
    const done = await must(b, 'escalations.update', {
      id: entry.id,
      baseRevision: 1,
      outcome: 'Grading raised to high',
      outcomeAt: '2026-11-19T15:00:00Z',
    });
    expect(done).toMatchObject({ revision: 2, outcome: 'Grading raised to high' });
    const stale = await b.call('escalations.update', {
      id: entry.id,
      baseRevision: 1,
      outcome: 'x',
      outcomeAt: '2026-11-19T16:00:00Z',
    });
    expect(stale.ok ? null : stale.error.code).toBe('conflict');
    expect((await must(b, 'escalations.listForChild', { childId: child.id }))[0]?.outcome).toBe(
      'Grading raised to high',
    );
  });
});
