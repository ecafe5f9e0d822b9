import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { convertToPdf, pdfText, saveResult } from '../unit/exports/readBack';
import { expect, test, type HomewardApp } from './fixtures';
import { approveConcluded } from './pages/approve';
import { DuePage } from './pages/DuePage';

// W-CP 7.0: "Allocated Social Workers and/or responsible Carers/support providers cannot refuse a RHI being conducted,
// though if there are concerns about this taking place the reasons must be escalated for consideration by senior
// managers". A refusal recorded on the return interview is on Due until recorded as escalated, and then an entry
// in the child's escalation log (W-CP 5.0).

async function shoot(app: HomewardApp, page: Page, name: string) {
  for (const width of [1600, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await app.screenshot(page, `${name}-${width}`);
  }
}

test('a co-ordinator records a carer’s refusal of a Return Conversation, sees it on Due (W-CP 7.0), records it escalated and finds it in the escalation log', async ({
  page,
  app,
}) => {
  const child = await app.backend.call('children.create', {
    givenName: 'Test-Esme',
    familyName: 'Escaleton',
    dateOfBirth: '2011-05-04',
    gender: 'not-recorded',
    caseReference: 'E2E-ESC-1',
    legalStatus: 'child-in-care',
    placingAuthority: 'Warwickshire County Council',
    placementType: 'foster-care',
    protocolProfileId: 'warwickshire',
  });
  if (!child.ok) throw new Error(child.error.message);
  const childId = (child.value as { id: string }).id;
  const episode = await app.backend.call('episodes.create', {
    childId,
    category: 'missing',
    reportedAt: '2026-11-18T20:00:00Z',
    foundAt: '2026-11-19T08:00:00Z',
  });
  if (!episode.ok) throw new Error(episode.error.message);

  await page.setViewportSize({ width: 1600, height: 1000 });
  await app.open(page, `/child/${childId}`);
  await page.getByTestId('open-return-interview').click();
  await page.getByRole('radiogroup', { name: 'Interview offered?' }).getByLabel('Yes').check();
  await page.getByRole('radiogroup', { name: 'Independent interviewer?' }).getByLabel('Yes').check();
  const refusal = page.getByRole('region', { name: 'Refused by a professional' });
  await expect(refusal).toContainText('W-CP 7.0');
  await refusal.getByLabel('Refused by').click();
  await page.getByRole('option', { name: 'The carer or support provider' }).click();
  await refusal.getByRole('textbox', { name: 'Refused on' }).fill('19/11/2026 12:00');
  // A refusal without its reason is refused, at the field.
  await page.getByRole('button', { name: 'Save return interview' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved:' })).toContainText(
    'Reason for the refusal is required',
  );
  await refusal
    .getByRole('textbox', { name: 'Reason for the refusal' })
    .fill('The carer said the child was too tired to be seen this week.');
  await page.getByRole('button', { name: 'Save return interview' }).click();
  await expect(page.getByTestId('rhi-saved-line')).toBeVisible();
  await refusal.scrollIntoViewIfNeeded();
  await shoot(app, page, 'escalation-refusal');

  const due = new DuePage(page);
  await due.goto();
  const row = due.rowFor('Test-Esme Escaleton', 'Senior manager');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('(W-CP 7.0)');
  await expect(row).toContainText('refused by the carer');
  await shoot(app, page, 'escalation-due');

  await row.getByRole('button', { name: /^Record as escalated/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Record as escalated' });
  await expect(dialog.getByLabel('Escalated to')).toHaveValue('Senior manager');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toContainText('Escalated by is required');
  await dialog.getByLabel('Escalated by').fill('Missing Children Practitioner A. Example');
  await dialog.getByLabel('Escalated to').fill('Senior manager B. Example');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);

  await page.evaluate((id) => (window.location.hash = `#/child/${id}`), childId);
  const log = page.getByRole('region', { name: 'Escalation log' });
  const entry = log.getByTestId('escalation-entry');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('Missing Children Practitioner A. Example to Senior manager B. Example');
  await expect(entry).toContainText('(W-CP 7.0)');
  await entry.scrollIntoViewIfNeeded();
  await shoot(app, page, 'escalation-log');
});

test('EM: a MIM’s minutes sent to the host authority stay on Due after 10 days until recorded as received, from the meeting page', async ({
  page,
  app,
}) => {
  const must = async <T>(r: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) => {
    const a = await r;
    if (!a.ok) throw new Error(a.error.message);
    return a.value;
  };
  const child = (await must(
    app.backend.call('children.create', {
      givenName: 'Test-Hal',
      familyName: 'Hostwick',
      dateOfBirth: '2011-05-04',
      gender: 'not-recorded',
      caseReference: 'E2E-ESC-2',
      legalStatus: 'child-in-care',
      placingAuthority: 'Derby City Council',
      hostAuthority: 'Leicestershire County Council',
      placementType: 'foster-care',
      protocolProfileId: 'east-midlands',
    }),
  )) as { id: string };
  await must(
    app.backend.call('episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-11-01T20:00:00Z',
      foundAt: '2026-11-02T08:00:00Z',
    }),
  );
  // Held twelve days before the app's now: EM's first step (10 days) has passed.
  const held = '2026-11-08T10:00:00Z';
  const made = (await must(
    app.backend.call('meetings.create', {
      kind: 'mim',
      stageLevel: 1,
      childIds: [child.id],
      chairRole: 'Team Manager',
      chairName: 'Chair A. Example',
      minuteTaker: 'Minute B. Example',
      scheduledAt: held,
      venue: 'Room 2, Example House',
      reason: 'Three episodes in 90 days',
    }),
  )) as { meeting: { id: string } };
  const meetingId = made.meeting.id;
  await must(app.backend.call('meetings.transition', { meetingId, to: 'in-progress', at: held }));
  await must(
    app.backend.call('meetings.transition', { meetingId, to: 'concluded', at: '2026-11-08T11:00:00Z' }),
  );
  // Approved, as minutes sent to another authority are.
  await approveConcluded(app, meetingId, 'attended');

  await app.open(page, `/meeting/${meetingId}`);
  await page.getByTestId('host-minutes').click();
  const dialog = page.getByRole('dialog', { name: 'The host authority’s copy of the minutes' });
  await dialog.getByLabel('Sent on').fill('09/11/2026 09:00');
  await dialog.getByLabel('Sent to').fill('Leicestershire Missing Children Service');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('host-minutes')).toContainText(
    'Minutes sent to the host authority 09/11/2026 09:00',
  );

  const due = new DuePage(page);
  await due.goto();
  await expect(due.table).toContainText('Test-Hal Hostwick');
  await expect(due.table).toContainText('Host authority Missing Children Service');

  await page.evaluate((id) => (window.location.hash = `#/meeting/${id}`), meetingId);
  await page.getByTestId('host-minutes').click();
  await dialog.getByLabel('Received on').fill('20/11/2026 09:30');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('host-minutes')).toContainText(
    'Host authority received the minutes 20/11/2026 09:30',
  );
  await shoot(app, page, 'host-minutes-received');
  await due.goto();
  await expect(due.table).not.toContainText('Host authority Missing Children Service');
});

test('issue 17: the chair opens the meeting pack and reads the child’s escalation log (W-CP 5.0), then exports the whole log to Word from the child page', async ({
  page,
  app,
}) => {
  const must = async <T>(r: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) => {
    const a = await r;
    if (!a.ok) throw new Error(a.error.message);
    return a.value;
  };
  const child = (await must(
    app.backend.call('children.create', {
      givenName: 'Test-Lorna',
      familyName: 'Logbury',
      dateOfBirth: '2011-05-04',
      gender: 'not-recorded',
      caseReference: 'E2E-ESC-3',
      legalStatus: 'child-in-care',
      placingAuthority: 'Warwickshire County Council',
      placementType: 'foster-care',
    }),
  )) as { id: string };
  await must(
    app.backend.call('escalations.add', {
      childId: child.id,
      fromWho: 'Missing Children Practitioner A. Example',
      toWho: 'Team Manager B. Example',
      about: 'Return interview not held within 72 hours',
      escalatedAt: '2026-11-10T09:00:00Z',
      outcome: 'Independent interviewer allocated',
      outcomeAt: '2026-11-11T15:00:00Z',
    }),
  );
  await must(
    app.backend.call('escalations.add', {
      childId: child.id,
      fromWho: 'Allocated Social Worker C. Example',
      toWho: 'Head of Service D. Example',
      about: 'Host authority has not confirmed the minutes',
      escalatedAt: '2026-11-17T12:00:00Z',
    }),
  );
  const made = (await must(
    app.backend.call('meetings.create', {
      kind: 'mim',
      stageLevel: 1,
      childIds: [child.id],
      chairRole: 'Team Manager',
      chairName: 'Chair A. Example',
      minuteTaker: 'Minute B. Example',
      scheduledAt: '2026-11-21T10:00:00Z',
      venue: 'Room 2, Example House',
      reason: 'Escalations to review',
    }),
  )) as { meeting: { id: string } };

  await page.setViewportSize({ width: 1600, height: 1000 });
  await app.open(page, `/meeting/${made.meeting.id}`);
  // A meeting not yet started opens on its pack.
  const pack = page.getByRole('region', { name: 'Pack: Test-Lorna Logbury' });
  await expect(pack.getByRole('heading', { name: 'Escalation log (2)' })).toBeVisible();
  const rows = pack.getByTestId('pack-escalation');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(
    'Missing Children Practitioner A. Example to Team Manager B. Example',
  );
  await expect(rows.nth(0)).toContainText('Independent interviewer allocated');
  await expect(rows.nth(1)).toContainText('Host authority has not confirmed the minutes');
  await expect(rows.nth(1)).toContainText('No outcome yet');
  // The Philomena profile is in the pack too (issue 17): this child's Part 1 was never completed.
  await expect(pack.getByTestId('pack-philomena')).toContainText('Part 1 has not been completed.');
  await pack.getByRole('heading', { name: 'Escalation log (2)' }).scrollIntoViewIfNeeded();
  await shoot(app, page, 'escalation-pack');

  await page.evaluate((id) => (window.location.hash = `#/child/${id}`), child.id);
  const log = page.getByRole('region', { name: 'Escalation log' });
  await expect(log.getByTestId('escalation-entry')).toHaveCount(2);
  const download = page.waitForEvent('download');
  await log.getByRole('button', { name: 'Escalation log to Word' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('2026-11-20 Escalation log E2E-ESC-3.docx');
  const [pdf] = convertToPdf([saveResult('escalation-log-e2e.docx', readFileSync(await file.path()))]);
  const text = pdfText(pdf!);
  for (const expected of [
    'Escalation and conflict resolution log',
    'Test-Lorna Logbury',
    '2 escalations, 1 without an outcome yet.',
    'Independent interviewer allocated',
    'No outcome recorded yet',
  ])
    expect(text, expected).toContain(expected);
});
