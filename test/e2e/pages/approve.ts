import type { HomewardApp } from '../fixtures';

/** A backend call a test's setup needs to succeed: its error, if any, ends the test naming the method. */
export async function mustCall(
  app: HomewardApp,
  method: string,
  input: unknown,
): Promise<Record<string, unknown>> {
  const r = await app.backend.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as Record<string, unknown>;
}

/**
 * Approves a concluded meeting as a chair would: approval asks for everyone's attendance, so each invitee still
 * "invited" is recorded with `status`, and it names its person and role (asked on first use, kept in Settings).
 */
export async function approveConcluded(
  app: HomewardApp,
  meetingId: string,
  status: 'attended' | 'apologies',
): Promise<void> {
  const { attendees } = (await mustCall(app, 'meetings.get', { meetingId })) as unknown as {
    attendees: Array<Record<string, unknown> & { id: string; status: string; revision: number }>;
  };
  for (const a of attendees.filter((x) => x.status === 'invited')) {
    const { name, role, agency, isChair, isMinuteTaker } = a;
    await mustCall(app, 'meetings.updateAttendee', {
      meetingId,
      attendeeId: a.id,
      baseRevision: a.revision,
      attendee: { name, role, agency, isChair, isMinuteTaker, status },
    });
  }
  await mustCall(app, 'settings.update', { displayName: 'Chair B. Example', displayRole: 'Team Leader' });
  await mustCall(app, 'meetings.transition', { meetingId, to: 'approved' });
}
