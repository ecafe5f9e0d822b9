import { describe, expect, it } from 'vitest';
import { must } from '../support/backend';
import { mimInput, refused, setup } from './fixtures';

describe('agenda templates', () => {
  it('are seeded from the protocols’ agendas, each item with its section reference', async () => {
    const { b } = await setup();
    const templates = await must(b, 'agendaTemplates.list', {});
    expect(templates.map((t) => t.kind)).toEqual([
      'mim',
      'strategy',
      'daily-review',
      'urgent-care-review',
      'weekly-missing',
      'monthly-missing',
    ]);
    const byKind = Object.fromEntries(templates.map((t) => [t.kind, t]));
    expect(byKind['urgent-care-review']!.items.map((i) => i.source)).toEqual(Array(5).fill('ST 14.3'));
    expect(byKind['monthly-missing']!.items).toHaveLength(14);
    expect(byKind['monthly-missing']!.items.at(-1)!.title).toBe('Trafficking');
    expect(byKind.mim!.items.map((i) => i.key)).toEqual([
      'introductions-consent',
      'episodes-since-last',
      'return-interview-findings',
      'push-pull-factors',
      'views',
      'risks',
      'disruption',
      'plan-of-action',
      'previous-actions',
      'next-meeting',
    ]);
    expect(templates.every((t) => t.items.every((i) => i.source !== '') && t.revision === 0)).toBe(true);
  });

  it('editing a template changes the meetings created afterwards, never those already created', async () => {
    const { b, child } = await setup();
    const before = await must(b, 'meetings.create', mimInput(child.id));
    const [mim] = (await must(b, 'agendaTemplates.list', {})).filter((t) => t.kind === 'mim');
    const items = [
      { key: 'welcome', title: 'Welcome and apologies', source: 'local' },
      ...mim!.items.filter((i) => i.key !== 'disruption'),
    ];
    const updated = await must(b, 'agendaTemplates.update', { kind: 'mim', items, baseRevision: 0 });
    expect(updated).toMatchObject({ revision: 1, updatedBy: 'Chair A. Example' });

    const after = await must(b, 'meetings.create', mimInput(child.id, { stageLevel: 2 }));
    expect(after.items.map((i) => i.key)).toEqual(items.map((i) => i.key));
    const unchanged = await must(b, 'meetings.get', { meetingId: before.meeting.id });
    expect(unchanged.items.map((i) => i.key)).toEqual(mim!.items.map((i) => i.key));
    expect(unchanged.items.map((i) => i.title)).toEqual(before.items.map((i) => i.title));
  });

  it('refuses an edit based on a stale revision', async () => {
    const { b } = await setup();
    const [ucr] = (await must(b, 'agendaTemplates.list', {})).filter((t) => t.kind === 'urgent-care-review');
    await must(b, 'agendaTemplates.update', {
      kind: 'urgent-care-review',
      items: ucr!.items,
      baseRevision: 0,
    });
    const error = await refused(b, 'agendaTemplates.update', {
      kind: 'urgent-care-review',
      items: ucr!.items.slice(1),
      baseRevision: 0,
    });
    expect(error.code).toBe('conflict');
    const [now] = (await must(b, 'agendaTemplates.list', {})).filter((t) => t.kind === 'urgent-care-review');
    expect(now!.items).toHaveLength(5);
  });

  it('validates an edit: keys used once, titles given, a multi-child meeting keeps an item for each child', async () => {
    const { b } = await setup();
    const twice = await refused(b, 'agendaTemplates.update', {
      kind: 'mim',
      baseRevision: 0,
      items: [
        { key: 'a', title: 'A' },
        { key: 'a', title: 'B' },
      ],
    });
    expect(twice.issues).toEqual([{ field: 'items.1.key', message: 'is used twice' }]);
    const untitled = await refused(b, 'agendaTemplates.update', {
      kind: 'mim',
      baseRevision: 0,
      items: [{ key: 'a', title: ' ' }],
    });
    expect(untitled.issues).toEqual([{ field: 'items.0.title', message: 'is required' }]);
    const noSections = await refused(b, 'agendaTemplates.update', {
      kind: 'daily-review',
      baseRevision: 0,
      items: [{ key: 'general', title: 'Only general' }],
    });
    expect(noSections.issues).toEqual([
      { field: 'items', message: 'must keep at least one item asked for each child' },
    ]);
    const badKey = await refused(b, 'agendaTemplates.update', {
      kind: 'mim',
      baseRevision: 0,
      items: [{ key: 'Bad Key', title: 'x' }],
    });
    expect(badKey.issues?.[0]?.field).toBe('items.0.key');
  });
});
