import { describe, expect, it } from 'vitest';
import { readState } from '../../../electron/backend/protocol/state/queries';
import { freshBackend, must, sampleChild } from '../support/backend';
import { expectStoredMatchesFull, type MovableClock } from './support';

const START = '2026-11-20T09:00:00.000Z';
const DAY = 86_400_000;
const at = (ms: number) => new Date(ms).toISOString();

// A child with episodes before the look-back and 24 in it: its look-back answer is fingerprinted (lookBack.ts) and
// taken again when an edit leaves the look-back's inputs as they were.
describe('a child’s look-back answer when an edit changes its history outside the look-back', () => {
  it('is the one stored when its inputs are unchanged and it still holds, and agrees with a full evaluation', async () => {
    const clock: MovableClock = { now: new Date(START) };
    const b = await freshBackend(START, { now: () => clock.now });
    const child = await must(b, 'children.create', sampleChild());
    const start = Date.parse(START);
    const old = await must(b, 'episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: at(start - 700 * DAY),
      foundAt: at(start - 699 * DAY),
    });
    for (let i = 24; i >= 1; i--)
      await must(b, 'episodes.create', {
        childId: child.id,
        category: i % 3 === 0 ? 'absent' : 'missing',
        reportedAt: at(start - i * 12 * DAY),
        foundAt: i === 1 ? null : at(start - i * 12 * DAY + 20 * 3_600_000),
      });
    const due = async () => (await readState(b.context.db, child.id))?.due_evaluation;
    const before = await due();
    expect(before?.startsWith('{"inputs":')).toBe(true);
    await expectStoredMatchesFull(b, [child.id], 'after the episodes were recorded');

    // The old episode's trafficking concern: the header changes, the look-back answer is the one stored.
    let saved = await must(b, 'episodes.update', {
      id: old.id,
      baseRevision: old.revision,
      episode: { ...old, traffickingConcern: true },
    });
    expect(await due()).toBe(before);
    await expectStoredMatchesFull(b, [child.id], 'after the old episode was edited');

    // Later, and further on again: as of each instant, stored or evaluated anew, the same answers.
    for (const [hours, when] of [
      [1, 'an hour on'],
      [30, 'a day and more on'],
      [24 * 15, 'a fortnight on'],
      [-48, 'with the clock set back'],
    ] as const) {
      clock.now = new Date(clock.now.getTime() + hours * 3_600_000);
      saved = await must(b, 'episodes.update', {
        id: old.id,
        baseRevision: saved.revision,
        episode: { ...saved, category: saved.category === 'missing' ? 'absent' : 'missing' },
      });
      await expectStoredMatchesFull(b, [child.id], `after the old episode was edited ${when}`);
    }

    // A fact the look-back reads: the open episode's return. Then the child's own details, which it reads too.
    const record = await must(b, 'children.get', { id: child.id });
    const open = record.episodes.find((e) => e.foundAt === null)!;
    await must(b, 'episodes.update', {
      id: open.id,
      baseRevision: open.revision,
      episode: { ...open, foundAt: clock.now.toISOString() },
    });
    expect(await due()).not.toBe(before);
    await expectStoredMatchesFull(b, [child.id], 'after the open episode’s return');
    await must(b, 'children.update', {
      id: child.id,
      baseRevision: record.child.revision,
      child: { ...sampleChild(), placingAuthority: 'Wigan Council' },
    });
    await expectStoredMatchesFull(b, [child.id], 'after the child’s placing authority changed');
  });
});
