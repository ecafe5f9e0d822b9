import type { Page } from '@playwright/test';
import { expect, test, type HomewardApp } from './fixtures';
import { approveConcluded, mustCall } from './pages/approve';
import { MeetingPageModel } from './pages/MeetingPage';

const must = mustCall;

/** A MIM held and approved, with one attendee (who can take an action over) and two actions agreed. */
async function approvedMeeting(app: HomewardApp): Promise<{ id: string; actionIds: string[] }> {
  const child = await must(app, 'children.create', {
    givenName: 'Changea',
    familyName: 'Testperson',
    dateOfBirth: '2011-05-04',
    gender: 'not-recorded',
    caseReference: 'CHANGE-0001',
    legalStatus: 'child-in-care',
    placingAuthority: 'Exampleshire',
    placementType: 'foster-care',
  });
  const record = (await must(app, 'meetings.create', {
    kind: 'mim',
    stageLevel: 1,
    childIds: [child.id],
    reason: '3 missing episodes in 90 days',
    chairRole: 'Team Leader',
    chairName: 'Chair B. Example',
    scheduledAt: '2026-11-20T09:30:00Z',
  })) as unknown as { meeting: { id: string }; items: Array<{ id: string; key: string }> };
  const id = record.meeting.id;
  await must(app, 'meetings.addAttendee', {
    meetingId: id,
    attendee: {
      role: 'police',
      name: 'PC Sample Officer',
      agency: 'Exampleshire Police',
      status: 'attended',
    },
  });
  const plan = record.items.find((i) => i.key === 'plan-of-action') ?? record.items[0]!;
  const actionIds: string[] = [];
  for (const what of ['Visit the child at school', 'Share the safety plan with the carers']) {
    const a = await must(app, 'meetings.addAction', {
      meetingId: id,
      itemId: plan.id,
      action: { what, owner: 'Worker A. Example', agency: 'Children’s Services', dueOn: '2026-11-27' },
    });
    actionIds.push(a.id as string);
  }
  await must(app, 'meetings.transition', { meetingId: id, to: 'in-progress' });
  await must(app, 'meetings.transition', { meetingId: id, to: 'concluded' });
  await approveConcluded(app, id, 'apologies');
  return { id, actionIds };
}

async function openPlan(app: HomewardApp, page: Page, id: string) {
  await app.open(page, `/meeting/${id}`);
  const meeting = new MeetingPageModel(page);
  await meeting.openTab('Agenda and minutes');
  await meeting.agendaItems.filter({ hasText: /plan/i }).first().click();
  return meeting;
}

test('after approval an action’s owner and due date change only with a reason, and the change shows with who, when and why', async ({
  page,
  app,
}) => {
  await must(app, 'settings.update', { displayName: 'Chair B. Example' });
  const { id } = await approvedMeeting(app);
  await openPlan(app, page, id);
  const row = page.getByTestId('action-row').filter({ hasText: 'Visit the child at school' });
  await row.getByRole('button', { name: /^Change the owner or due date/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Change the action' });
  await dialog.getByLabel('Owner').fill('PC Sa');
  await page.getByRole('option', { name: /PC Sample Officer/ }).click();
  await expect(dialog.getByLabel('Agency')).toHaveValue('Exampleshire Police');
  await dialog.getByLabel('Due date').fill('04/12/2026');
  await dialog.getByRole('button', { name: 'Record the change' }).click();
  // No reason: refused in the dialog, naming the field; nothing saved.
  await expect(dialog.getByText('Say why the action changes.')).toBeVisible();
  await expect(row).toContainText('Worker A. Example');
  await app.screenshot(page, 'chair-action-change-needs-reason');

  await dialog.getByLabel('Reason for the change').fill('The police now lead on school contact.');
  await dialog.getByRole('button', { name: 'Record the change' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('PC Sample Officer');
  const changesOf = (what: string) =>
    page
      .locator('[data-testid="action-row"]', { hasText: what })
      .locator('xpath=following-sibling::tr[1]')
      .getByTestId('action-change');
  await expect(changesOf('Visit the child at school')).toHaveText(
    'Changed 20/11/2026 10:00 by Chair B. Example: owner Worker A. Example → PC Sample Officer; agency Children’s Services → Exampleshire Police; due 27/11/2026 → 04/12/2026. Why: The police now lead on school contact.',
  );
  // The change is the record's, not the page's: it is there after a reload.
  await page.reload();
  await new MeetingPageModel(page).openTab('Agenda and minutes');
  await page.getByTestId('action-row').first().waitFor();
  await expect(changesOf('Visit the child at school')).toContainText(
    'Why: The police now lead on school contact.',
  );
  for (const width of [1600, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await app.screenshot(page, `chair-action-changed-${width}`);
  }
});

test('dropping an approved meeting’s action asks why, and a drop cancelled changes nothing', async ({
  page,
  app,
}) => {
  const { id, actionIds } = await approvedMeeting(app);
  await openPlan(app, page, id);
  const row = page.getByTestId('action-row').filter({ hasText: 'Share the safety plan' });
  const status = row.getByLabel(/^Status of the action/);
  await status.selectOption('dropped');
  const dialog = page.getByRole('dialog', { name: 'Drop the action' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveValue('open');
  const before = (await must(app, 'actions.list', { meetingId: id })) as unknown as Array<{
    id: string;
    status: string;
  }>;
  expect(before.find((a) => a.id === actionIds[1])?.status).toBe('open');

  await status.selectOption('dropped');
  await dialog.getByRole('button', { name: 'Drop the action' }).click();
  await expect(dialog.getByText('Say why the action is dropped.')).toBeVisible();
  await dialog.getByLabel('Why is it dropped?').fill('The carers already have the plan.');
  await app.screenshot(page, 'chair-action-drop-asks-why');
  await dialog.getByRole('button', { name: 'Drop the action' }).click();
  await expect(dialog).toBeHidden();
  await expect(status).toHaveValue('dropped');
  // The change is listed in the row under the action, across the table.
  await expect(row.locator('xpath=following-sibling::tr[1]').getByTestId('action-change')).toContainText(
    'dropped. Why: The carers already have the plan.',
  );
});
