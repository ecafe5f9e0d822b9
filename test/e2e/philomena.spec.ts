import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  convertToPdf,
  normalise,
  pdfText,
  renderPagePng,
  requireTools,
  saveResult,
} from '../unit/exports/readBack';
import { expect, test, type HomewardApp } from './fixtures';

// Issue 17's proof for the Philomena Protocol: from a missing episode on the child's page, a co-ordinator fills
// Parts 1 to 3 and exports the profile; the Word file is read back with LibreOffice and poppler, as the police
// officer receiving it would open it.

async function seed(app: HomewardApp) {
  const child = await app.backend.call('children.create', {
    givenName: 'Sample',
    familyName: 'Child-Philomena',
    dateOfBirth: '2011-05-04',
    gender: 'female',
    caseReference: 'PHIL-0100',
    legalStatus: 'child-in-care',
    placingAuthority: 'Exampleshire County Council',
    hostAuthority: null,
    placementType: 'childrens-home',
    allocatedWorker: 'Worker A. Example',
    team: 'Example Team',
    protocolProfileId: null,
  });
  if (!child.ok) throw new Error(child.error.message);
  const childId = (child.value as { id: string }).id;
  for (const e of [
    {
      category: 'missing',
      reportedAt: '2026-10-02T21:00:00Z',
      foundAt: '2026-10-03T09:30:00Z',
      whereFound: 'Example bus station',
    },
    {
      category: 'missing',
      reportedAt: '2026-11-20T06:00:00Z',
      policeReference: 'LOG-2026-1120-0042',
      policeRiskAtReport: 'high',
    },
  ]) {
    const r = await app.backend.call('episodes.create', { childId, ...e });
    if (!r.ok) throw new Error(r.error.message);
  }
  return childId;
}

/** A synthetic portrait drawn by the browser itself and saved as a real JPEG: no photo of a real person. */
async function syntheticJpeg(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 300;
    c.height = 400;
    const g = c.getContext('2d')!;
    g.fillStyle = '#cfd8e3';
    g.fillRect(0, 0, 300, 400);
    g.fillStyle = '#5a6b7d';
    g.beginPath();
    g.arc(150, 150, 70, 0, Math.PI * 2);
    g.fill();
    g.fillRect(60, 250, 180, 150);
    g.fillStyle = '#ffffff';
    g.font = 'bold 22px sans-serif';
    g.fillText('SYNTHETIC', 85, 385);
    return c.toDataURL('image/jpeg', 0.9);
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

test('from a missing episode, Parts 1 to 3 are filled and the Philomena profile is exported to Word and read back', async ({
  app,
  page,
}) => {
  requireTools('soffice', 'pdftotext', 'pdftoppm');
  const childId = await seed(app);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await app.open(page, `/child/${childId}`);
  const section = page.getByRole('region', { name: 'Philomena profile (Parts 1 to 3)' });
  await expect(section.getByText('Part 1 has not been completed')).toBeVisible();

  // Part 1: typing survives a reload before it is saved.
  await section
    .getByLabel('Description')
    .fill('Slim build, about 160 cm, shoulder-length dark hair, brown eyes');
  await page.reload();
  await expect(section.getByLabel('Description')).toHaveValue(
    'Slim build, about 160 cm, shoulder-length dark hair, brown eyes',
  );
  await section.getByLabel('Distinguishing marks').fill('Small scar above the left eyebrow');
  await section.getByLabel('Phone numbers').fill('07700 900456');
  await section.getByLabel('Medication').fill('Salbutamol inhaler, carries it always');
  await section.getByLabel('School').fill('Example Academy');

  // Part 2: an entry without its risk is refused at that field, nothing saved; then chosen and saved.
  await section.getByRole('button', { name: 'Add an associate, address or hotspot' }).click();
  await section.getByLabel('Entry 1 name').fill('Associate B. Example');
  await section.getByLabel('Entry 1 address, phone, how known').fill('Flat 3, 12 Example Road; 07700 900123');
  await section.getByRole('button', { name: 'Save and mark reviewed' }).click();
  await expect(
    section.getByText('Not saved. Part 2 entry 1, risk is required: high, medium or low.'),
  ).toBeVisible();
  await section.getByLabel('Entry 1 risk').click();
  await page.getByRole('option', { name: 'High' }).click();
  await section.getByLabel('Entry 1 why this risk').fill('Older male; suspected of exploitation');
  await section.getByRole('button', { name: 'Save and mark reviewed' }).click();
  await expect(
    section.getByText(/Last reviewed 20\/11\/2026 10:00 · next review due by 20\/05\/2027/),
  ).toBeVisible();

  // The photograph, checked by its bytes and kept in the database.
  await section.getByLabel('Photograph file (JPEG or PNG, up to 5 MB)').setInputFiles({
    name: 'portrait.jpg',
    mimeType: 'image/jpeg',
    buffer: await syntheticJpeg(page),
  });
  await expect(section.getByRole('img', { name: 'Photograph of Sample Child-Philomena' })).toBeVisible();

  // The SPOC share.
  await section.getByLabel('Shared on').fill('19/11/2026');
  await section.getByLabel('Shared with').fill('PCSO D. Example, missing SPOC');
  await section.getByRole('button', { name: 'Record share' }).click();
  await expect(section.getByText('19/11/2026: PCSO D. Example, missing SPOC')).toBeVisible();

  // Part 3 for the open missing episode.
  const open = section.getByText('Missing now, since').locator('..');
  await open.getByRole('button', { name: 'Part 3 form' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Last seen', { exact: true }).fill('20/11/2026 05:40');
  await dialog.getByLabel('Last seen where', { exact: true }).fill('Front door of the home');
  await dialog
    .getByLabel('Clothing', { exact: true })
    .fill('Black puffer jacket, grey joggers, white trainers');
  await dialog.getByLabel('May be with', { exact: true }).fill('Associate B. Example');
  const room = dialog.getByTestId('check-room');
  await room.getByLabel('Done').check();
  await dialog.getByRole('button', { name: 'Save Part 3' }).click();
  await expect(dialog.getByText('Not saved. Bedroom searched: say who made the check.')).toBeVisible();
  await room.getByLabel('Bedroom searched: by').fill('Carer E. Example');
  await room.getByLabel('Bedroom searched: when').fill('20/11/2026 06:10');
  await room.getByLabel('Bedroom searched: what was found').fill('Phone charger and rucksack gone');
  await dialog.getByRole('button', { name: 'Save Part 3' }).click();
  await expect(dialog).toBeHidden();

  await app.screenshot(page, 'philomena-child-1600');
  await page.setViewportSize({ width: 1024, height: 900 });
  await app.screenshot(page, 'philomena-child-1024');

  // One click from the missing episode.
  const download = page.waitForEvent('download');
  await open.getByRole('button', { name: 'Export Philomena profile (Word)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('2026-11-20 Philomena profile PHIL-0100.docx');
  const docx = saveResult('philomena-profile.docx', readFileSync(await file.path()));
  const [pdf] = convertToPdf([docx]);
  const text = pdfText(pdf!);
  for (const expected of [
    'Philomena Protocol profile',
    'Sample Child-Philomena',
    'Part 1: the child',
    'Small scar above the left eyebrow',
    'Salbutamol inhaler',
    'Police SPOC 19 Nov 2026: PCSO D. Example, missing SPOC',
    'Part 2: known associates, addresses and hotspots',
    'Known associate Associate B. Example Flat 3, 12 Example Road;',
    'Older male; suspected of exploitation',
    'Part 3: this missing episode',
    'LOG-2026-1120-0042',
    'Black puffer jacket, grey joggers, white trainers',
    'Bedroom searched Yes Carer E. Example 20 Nov 2026, 06:10 Phone charger and rucksack gone',
  ])
    expect(normalise(text)).toContain(expected);
  // The previous episode comes from the chronology; the one being reported is Part 3, not history.
  expect(normalise(text)).toContain('2 Oct 2026, 22:00 Missing 12 hours 30 minutes Example bus station');
  expect(normalise(text)).not.toContain('Not yet found');
  const audit = await app.backend.context.db
    .selectFrom('audit')
    .select(['action', 'child_id'])
    .where('entity', '=', 'philomena')
    .where('action', '=', 'export')
    .execute();
  expect(audit).toEqual([{ action: 'export', child_id: childId }]);
  renderPagePng(pdf!, 1, 90);
  renderPagePng(pdf!, 2, 90);
});
