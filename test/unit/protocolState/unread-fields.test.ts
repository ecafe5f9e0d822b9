import { describe, expect, it } from 'vitest';
import { readState } from '../../../electron/backend/protocol/state/queries';
import { freshBackend, must, sampleChild } from '../support/backend';
import { expectStoredMatchesFull, type MovableClock } from './support';

const START = '2026-11-10T09:00:00.000Z';

describe('an episode edit of fields the protocol engine does not read', () => {
  it('leaves the stored state as it was; an edit of a fact it reads re-evaluates the child', async () => {
    const clock: MovableClock = { now: new Date(START) };
    const b = await freshBackend(START, { now: () => clock.now });
    const child = await must(b, 'children.create', sampleChild());
    const episode = await must(b, 'episodes.create', {
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-11-09T20:00:00Z',
      foundAt: '2026-11-10T07:00:00Z',
    });
    const evaluatedAt = async () => (await readState(b.context.db, child.id))?.evaluated_at;
    expect(await evaluatedAt()).toBe(START);

    // An hour on (nothing in this child's answer changes by then), the notes and the other unread fields edited.
    clock.now = new Date('2026-11-10T10:00:00.000Z');
    let saved = await must(b, 'episodes.update', {
      id: episode.id,
      baseRevision: episode.revision,
      episode: {
        ...episode,
        notes: 'Seen at the station.',
        whereFound: 'Example Street',
        returnMethod: 'police',
        policeReference: 'REF-1',
        missingFrom: 'placement',
        factors: [{ direction: 'push', code: 'other', detail: 'Example' }],
      },
    });
    expect(saved.notes).toBe('Seen at the station.');
    expect(await evaluatedAt()).toBe(START);
    await expectStoredMatchesFull(b, [child.id], 'after the notes were edited');

    // The trafficking concern is read (ST 10.4): the child is re-evaluated as of now.
    saved = await must(b, 'episodes.update', {
      id: episode.id,
      baseRevision: saved.revision,
      episode: { ...saved, traffickingConcern: true },
    });
    expect(await evaluatedAt()).toBe('2026-11-10T10:00:00.000Z');
    await expectStoredMatchesFull(b, [child.id], 'after the trafficking concern was recorded');

    // Notes and a fact together: re-evaluated.
    clock.now = new Date('2026-11-10T11:00:00.000Z');
    await must(b, 'episodes.update', {
      id: episode.id,
      baseRevision: saved.revision,
      episode: { ...saved, notes: 'Returned by police.', category: 'absent' },
    });
    expect(await evaluatedAt()).toBe('2026-11-10T11:00:00.000Z');
    await expectStoredMatchesFull(b, [child.id], 'after the category and notes were edited');
  });
});
