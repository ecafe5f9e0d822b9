import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test, type HomewardApp } from './fixtures';
import { MeetingPageModel } from './pages/MeetingPage';

// Every screen, dialog and meeting state scanned by axe-core for WCAG 2.2 A and AA (the Public Sector Bodies
// Accessibility Regulations). The scans only read, so the spec shares one app with the demo data (demoApp);
// the meeting test makes its own meeting. Failures are soft: one run names every rule and element at fault.

const PIP = 'demo-child-0038';
const DIALOG = '[role="dialog"]';

async function go(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => (window.location.hash = p), `#${path}`);
}

async function h1(page: Page, name: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

test('each main screen has no WCAG 2.2 A or AA fault', async ({ page, demoApp }) => {
  await demoApp.open(page, '/due');
  await page.getByRole('table', { name: 'Due' }).waitFor();
  await expectNoAxeViolations(page, 'Due');

  await go(page, '/children');
  await expect(page.getByRole('table', { name: 'Children' }).locator('tbody tr')).toHaveCount(40);
  await expectNoAxeViolations(page, 'Children');

  await go(page, `/child/${PIP}`);
  await page.getByRole('table', { name: 'Chronology' }).waitFor();
  await page.getByRole('region', { name: 'Protocol' }).waitFor();
  await expectNoAxeViolations(page, 'the child’s page');

  await go(page, '/meetings');
  await h1(page, 'Meetings');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expectNoAxeViolations(page, 'Meetings');

  await go(page, '/daily-review');
  await page.getByRole('table', { name: 'Missing now', exact: true }).waitFor();
  await expectNoAxeViolations(page, 'the Daily Review board');

  await go(page, '/dashboard');
  await page.getByRole('table', { name: 'Episodes reported by category and police risk' }).waitFor();
  await expectNoAxeViolations(page, 'the dashboard');
});

test('every Settings section and the profile editor, open and refusing an edit, have no WCAG 2.2 A or AA fault', async ({
  page,
  demoApp,
}) => {
  await demoApp.open(page, '/settings');
  await page.getByRole('table', { name: 'Protocol profiles' }).waitFor();
  await expectNoAxeViolations(page, 'Settings (every section)');
  await page
    .getByRole('table', { name: 'Protocol profiles' })
    .getByRole('button', { name: 'Duplicate' })
    .first()
    .click();
  const editor = page.getByRole('dialog');
  await expectNoAxeViolations(page, 'the protocol profile editor', DIALOG);
  const json = editor.getByLabel('Profile (JSON)');
  await json.fill((await json.inputValue()).replace(/"council": "[^"]*"/, '"council": ""'));
  await editor.getByRole('button', { name: 'Save profile' }).click();
  await expect(editor.getByRole('alert')).toContainText('council');
  await expectNoAxeViolations(page, 'the protocol profile editor refusing an edit', DIALOG);
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor).toBeHidden();
});

test('the child and episode dialogs, empty and refusing bad input, have no WCAG 2.2 A or AA fault', async ({
  page,
  demoApp,
}) => {
  await demoApp.open(page, '/children');
  await page.getByRole('button', { name: 'Add a child' }).click();
  const child = page.getByRole('dialog');
  await expectNoAxeViolations(page, 'the Add a child dialog', DIALOG);
  await child.getByLabel('Given name').fill('Testa');
  await child.getByLabel('Family name').fill('Samplewood');
  await child.getByLabel('Date of birth').fill('31/02/2012');
  await child.getByLabel('Gender').click();
  await page.getByRole('option', { name: 'Not recorded' }).click();
  await child.getByLabel('Case reference').fill('TEST-9001');
  await child.getByLabel('Legal status').click();
  await page.getByRole('option', { name: 'Child in care' }).click();
  await child.getByLabel('Responsible (placing) authority').fill('Wigan Council');
  await child.getByLabel('Placement type').click();
  await page.getByRole('option', { name: 'Foster care' }).click();
  await child.getByRole('button', { name: 'Save child' }).click();
  await expect(child.getByRole('alert')).toContainText('Date of birth is not a real calendar date');
  await expectNoAxeViolations(page, 'the Add a child dialog with errors', DIALOG);
  await child.getByRole('button', { name: 'Cancel' }).click();
  await expect(child).toBeHidden();

  await go(page, `/child/${PIP}`);
  await page.getByRole('button', { name: 'Add episode' }).click();
  const episode = page.getByRole('dialog');
  await expectNoAxeViolations(page, 'the Add episode dialog', DIALOG);
  await episode.getByLabel('Category').click();
  await page.getByRole('option', { name: 'Missing', exact: true }).click();
  await episode.getByLabel('Reported').fill('18/11/2026 21:30');
  await episode.getByLabel('Found / returned').fill('18/11/2026 20:00');
  await episode.getByRole('button', { name: 'Save episode' }).click();
  await expect(episode.getByRole('alert').first()).toContainText('must not be before Reported');
  await expectNoAxeViolations(page, 'the Add episode dialog with errors', DIALOG);
  // Leaving with changes asks first; that question is a dialog too.
  await episode.getByRole('button', { name: 'Cancel' }).click();
  const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(discard).toBeVisible();
  await expectNoAxeViolations(page, 'the Discard your changes? question', DIALOG);
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

interface Created {
  meeting: { id: string };
  items: Array<{ id: string; revision: number }>;
}

async function call(app: HomewardApp, method: string, payload: unknown): Promise<unknown> {
  const answer = await app.backend.call(method, payload);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.value;
}

/** A stage 1 MIM about Pip; `upTo` moves it on through the lifecycle, with minutes and an action recorded. */
async function meetingFor(app: HomewardApp, upTo: 'draft' | 'concluded'): Promise<string> {
  const created = (await call(app, 'meetings.create', {
    kind: 'mim',
    stageLevel: 1,
    childIds: [PIP],
    reason: '3 missing episodes in 90 days',
    chairRole: 'Allocated Social Worker',
    chairName: 'Alex Chairwood',
    scheduledAt: '2026-11-20T09:30:00Z',
  })) as Created;
  const meetingId = created.meeting.id;
  if (upTo === 'draft') return meetingId;
  const first = created.items[0]!;
  await call(app, 'meetings.transition', { meetingId, to: 'in-progress' });
  await call(app, 'meetings.saveItemMinutes', {
    meetingId,
    itemId: first.id,
    minutes: 'Pip agreed to the information being shared.',
    baseRevision: first.revision,
  });
  await call(app, 'meetings.addAction', {
    meetingId,
    itemId: first.id,
    action: { what: 'Refer the family', owner: 'Alex Chairwood', dueOn: '2026-11-27' },
  });
  await call(app, 'meetings.transition', { meetingId, to: 'concluded' });
  // Approval asks for everyone's attendance first: the chair is recorded as having attended.
  const { attendees } = (await call(app, 'meetings.get', { meetingId })) as { attendees: Attendee[] };
  for (const a of attendees.filter((x) => x.name.trim() !== '' && x.status === 'invited')) {
    const { name, role, agency, isChair, isMinuteTaker } = a;
    await call(app, 'meetings.updateAttendee', {
      meetingId,
      attendeeId: a.id,
      baseRevision: a.revision,
      attendee: { name, role, agency, isChair, isMinuteTaker, status: 'attended' },
    });
  }
  return meetingId;
}

interface Attendee {
  id: string;
  name: string;
  role: string;
  agency: string;
  isChair: boolean;
  isMinuteTaker: boolean;
  status: string;
  revision: number;
}

/** Scans the meeting's three tabs as they stand in one lifecycle state. */
async function scanMeetingTabs(page: Page, state: string): Promise<void> {
  const meeting = new MeetingPageModel(page);
  await expect(meeting.status).toHaveText(state);
  await meeting.openTab('Pack');
  await expect(page.getByRole('table', { name: 'Return interviews' })).toBeVisible();
  await expectNoAxeViolations(page, `the pack (${state})`);
  await meeting.openTab('Attendance');
  await expect(page.getByTestId('attendance-counts')).toBeVisible();
  await expectNoAxeViolations(page, `attendance (${state})`);
  await meeting.openTab('Agenda and minutes');
  await expect(meeting.editor).toBeVisible();
  await expectNoAxeViolations(page, `the agenda (${state})`);
}

test('a draft and a running meeting’s pack, attendance and agenda, and Edit details, have no WCAG 2.2 A or AA fault', async ({
  page,
  demoApp,
}) => {
  const id = await meetingFor(demoApp, 'draft');
  const meeting = new MeetingPageModel(page);
  await demoApp.open(page, `/meeting/${id}`);
  await scanMeetingTabs(page, 'Draft');
  await page.getByRole('button', { name: 'Edit details' }).click();
  await expectNoAxeViolations(page, 'the Edit details dialog', DIALOG);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await meeting.lifecycle('Start meeting');
  await meeting.typeMinutes('Pip agreed to the information being shared.');
  await expect(meeting.itemStatus).toHaveText(/^Saved /);
  await meeting.addDecision('Refer to the family support service');
  await meeting.addAction({ what: 'Refer the family', owner: 'Alex Chairwood', due: '27/11/2026' });
  await expect(page.getByTestId('action-row')).toHaveCount(1);
  await scanMeetingTabs(page, 'In progress');
});

test('a concluded and an approved meeting, the Approve and Amend dialogs and the chronology drawer have no WCAG 2.2 A or AA fault', async ({
  page,
  demoApp,
}) => {
  const id = await meetingFor(demoApp, 'concluded');
  const meeting = new MeetingPageModel(page);
  await demoApp.open(page, `/meeting/${id}`);
  await scanMeetingTabs(page, 'Concluded');

  await meeting.lifecycle('Approve minutes');
  const approve = page.getByRole('dialog', { name: 'Approve the minutes?' });
  await expect(approve).toBeVisible();
  await expectNoAxeViolations(page, 'the Approve dialog', DIALOG);
  // The worker's shared app asks who approves only the first time (then Settings knows).
  if ((await approve.getByLabel('Your name').count()) > 0) {
    await approve.getByLabel('Your name').fill('Alex Chairwood');
    await approve.getByLabel('Your role').fill('Team Manager');
  }
  await approve.getByRole('button', { name: /^Approve (anyway )?and lock the minutes$/ }).click();
  await expect(meeting.lockBanner).toBeVisible();
  await scanMeetingTabs(page, 'Minutes approved');

  await page
    .getByRole('button', { name: /Amend the minutes of/ })
    .first()
    .click();
  const amend = page.getByRole('dialog');
  await expectNoAxeViolations(page, 'the Amend dialog', DIALOG);
  await amend.getByRole('button', { name: 'Record the amendment' }).click();
  await expect(amend.getByText('Say why the approved minutes are corrected.')).toBeVisible();
  await expectNoAxeViolations(page, 'the Amend dialog refusing an empty reason', DIALOG);
  await amend.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'Chronology' }).click();
  await expect(page.getByRole('heading', { name: 'Chronology' })).toBeVisible();
  await expectNoAxeViolations(page, 'the chronology drawer', '.MuiDrawer-root');
});

test('the Create meeting dialog from the Due screen has no WCAG 2.2 A or AA fault', async ({
  page,
  demoApp,
}) => {
  await demoApp.open(page, '/due');
  const due = page.getByRole('table', { name: 'Due' });
  await due
    .getByRole('button', { name: /Create meeting/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Date and time')).toBeVisible();
  await expectNoAxeViolations(page, 'the Create meeting dialog', DIALOG);
  await dialog.getByLabel('Date and time').fill('31/02/2026 10:00');
  await dialog.getByRole('button', { name: 'Create meeting' }).click();
  await expect(dialog).toContainText('is not a real calendar date');
  await expectNoAxeViolations(page, 'the Create meeting dialog with errors', DIALOG);
});
