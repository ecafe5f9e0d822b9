import { expect, test } from './fixtures';
import { ChildPageModel } from './pages/ChildPage';
import { DuePage } from './pages/DuePage';

test('the Due screen lists the demo children at each stage with the chair their protocol names', async ({
  page,
  app,
}) => {
  const due = await DuePage.openWithDemoData(app, page);
  const expectations: Array<[string, RegExp, string]> = [
    ['Demo-Umber Specimenby', /Stage 1 MIM/, 'Team Leader'], // Warwickshire, 3 in 90 days
    ['Demo-Gale Stubworth', /Escalation MIM/, 'Operations Manager'], // Warwickshire, 9 in 90 days
    ['Demo-Pip Fictionhurst', /Stage 1 MIM/, 'Allocated Social Worker'], // Staffordshire stage 1 (ST 13.18)
    ['Demo-Umber Mockmoor', /Stage 2 MIM/, 'Team Manager'], // Staffordshire stage 2 (ST 13.19)
    ['Demo-Harlo Dummyford', /Stage 1 MIM/, 'Team Manager'], // Stoke-on-Trent stage 1
    ['Demo-Cai Trialbrook', /MIM/, 'Practice Manager or Advanced Practitioner'], // Wigan (WG appendix f)
  ];
  for (const [child, what, chair] of expectations) {
    await expect(due.rowFor(child, what).first(), `${child}: ${what.source}`).toContainText(chair);
  }
  // Most urgent first: the first row is overdue.
  await expect(due.table.getByTestId('due-row').first()).toContainText('Overdue');
  await app.screenshot(page, '10-due-screen');
});

test('a third missing episode inside 90 days, added through the UI, calls a stage 1 MIM', async ({
  page,
  app,
}) => {
  const due = await DuePage.openWithDemoData(app, page);
  await expect(due.rowFor('Demo-Kit Dummyford', 'Stage 1 MIM')).toHaveCount(0);

  await page.evaluate(() => (window.location.hash = '#/child/demo-child-0022'));
  const child = new ChildPageModel(page);
  await expect(page.getByTestId('protocol-stage')).toHaveText('No threshold reached');
  await child.startAddEpisode();
  await child.chooseCategory('Missing');
  await child.fill('Reported', '18/11/2026 21:30');
  await child.fill('Found / returned', '19/11/2026 07:15');
  await child.save();
  await expect(child.dialog).toBeHidden();
  await expect(page.getByTestId('protocol-stage')).toContainText('Stage 1');
  await expect(page.getByTestId('protocol-chair')).toContainText('Team Leader');
  await app.screenshot(page, '11-child-stage-1');

  await due.goto();
  await expect(due.rowFor('Demo-Kit Dummyford', 'Stage 1 MIM')).toHaveCount(1);
  await expect(due.rowFor('Demo-Kit Dummyford', 'Stage 1 MIM')).toContainText(
    '3 missing episodes in 90 days',
  );
});

test('W-CP 2.0: a Warwickshire child reported missing more than once in 12 months is labelled repeat missing on their page, not on Due', async ({
  page,
  app,
}) => {
  const due = await DuePage.openWithDemoData(app, page);
  await expect(due.table).not.toContainText('Repeat missing');
  await due
    .rowFor('Demo-Umber Specimenby', /Stage 1 MIM/)
    .first()
    .getByRole('link')
    .first()
    .click();
  const label = page.getByTestId('protocol-label');
  await expect(label).toContainText('Repeat missing');
  await expect(label).toContainText(/Reported missing \d+ times in the previous 12 months \(W-CP 2\.0\)/);
  await app.screenshot(page, '12-child-repeat-missing');

  // Staffordshire's text has no such word: its child gets no label.
  await due.goto();
  await due
    .rowFor('Demo-Pip Fictionhurst', /Stage 1 MIM/)
    .first()
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByTestId('protocol-stage')).toContainText('Stage 1');
  await expect(page.getByTestId('protocol-label')).toHaveCount(0);
});
