import { expect } from 'vitest';
import type { ApiInput } from '../../../shared/api';
import type { ChildInput } from '../../../shared/domain/child';
import type { MeetingRecord, MeetingStatus } from '../../../shared/domain/meeting';
import type { Backend } from '../../../electron/backend/backend';
import { freshBackend, must, sampleChild } from '../support/backend';

export const NOW = '2026-11-20T10:00:00.000Z';

let caseNumber = 0;

/** A backend with one child; the display name is what the audit trail and the approvals name. */
/** Each backend's clock, which setClock moves: the backend fixes `now` per request from the clock it was made with. */
const clocks = new WeakMap<Backend, { iso: string }>();

export async function setup(over: Partial<ChildInput> = {}) {
  const clock = { iso: NOW };
  const b = await freshBackend(NOW, { now: () => new Date(clock.iso) });
  clocks.set(b, clock);
  await must(b, 'settings.update', { displayName: 'Chair A. Example', displayRole: 'Team Manager' });
  const child = await must(
    b,
    'children.create',
    sampleChild({ caseReference: `MEET-${++caseNumber}`, ...over }),
  );
  return { b, child };
}

export async function addChild(b: Backend, over: Partial<ChildInput> = {}) {
  return must(b, 'children.create', sampleChild({ caseReference: `MEET-${++caseNumber}`, ...over }));
}

export const mimInput = (
  childId: string,
  over: Partial<ApiInput<'meetings.create'>> = {},
): ApiInput<'meetings.create'> => ({
  kind: 'mim',
  stageLevel: 1,
  childIds: [childId],
  chairRole: 'Team Manager',
  chairName: 'Chair A. Example',
  minuteTaker: 'Minute B. Example',
  scheduledAt: '2026-11-21T10:00:00Z',
  venue: 'Room 2, Example House',
  reason: 'Three episodes in 90 days',
  ...over,
});

const PATH: MeetingStatus[] = ['in-progress', 'concluded', 'approved'];

/** Records everyone named whose attendance is not recorded yet as attended: approval asks for attendance first. */
export async function recordAttendance(b: Backend, meetingId: string): Promise<void> {
  const { attendees } = await must(b, 'meetings.get', { meetingId });
  for (const a of attendees.filter((x) => x.name.trim() !== '' && x.status === 'invited')) {
    const { name, role, agency, isChair, isMinuteTaker } = a;
    await must(b, 'meetings.updateAttendee', {
      meetingId,
      attendeeId: a.id,
      baseRevision: a.revision,
      attendee: { name, role, agency, isChair, isMinuteTaker, status: 'attended' },
    });
  }
}

/** Moves a meeting along the lifecycle up to (and including) `until`, recording attendance before approval. */
export async function moveTo(b: Backend, meetingId: string, until: MeetingStatus): Promise<void> {
  for (const to of PATH.slice(0, PATH.indexOf(until) + 1)) {
    if (to === 'approved') await recordAttendance(b, meetingId);
    await must(b, 'meetings.transition', { meetingId, to });
  }
}

export const itemByKey = (record: MeetingRecord, key: string, childId?: string) => {
  const item = record.items.find((i) => i.key === key && (childId === undefined || i.childId === childId));
  expect(item, `agenda item ${key}`).toBeDefined();
  return item!;
};

/** Sets the clock of a backend made by setup(): every request from now on runs at this instant. */
export const setClock = (b: Backend, iso: string) => {
  const clock = clocks.get(b);
  if (!clock) throw new Error('setClock needs a backend made by setup()');
  clock.iso = iso;
};

/** The answer's error, failing the test when the call succeeded. */
export async function refused(b: Backend, method: string, input: unknown) {
  const r = await b.call(method, input);
  expect(r.ok, `${method} should be refused`).toBe(false);
  if (r.ok) throw new Error('unreachable');
  return r.error;
}
