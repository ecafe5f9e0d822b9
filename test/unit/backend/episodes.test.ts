import { describe, expect, it } from 'vitest';
import type { SavedEpisode } from '../../../shared/api/episodes';
import type { Episode, EpisodeInput } from '../../../shared/domain/episode';
import { episodeInputSchema } from '../../../shared/domain/episode';
import { freshBackend, must, sampleChild } from '../support/backend';

const episode = (childId: string, over: Partial<EpisodeInput> = {}) =>
  episodeInputSchema.parse({
    childId,
    category: 'missing',
    reportedAt: '2026-10-01T20:00:00Z',
    foundAt: '2026-10-02T08:00:00Z',
    ...over,
  });

/** A saved episode as the chronology holds it: the save's grading warnings are not part of the record. */
const asStored = (saved: SavedEpisode): Episode =>
  Object.fromEntries(Object.entries(saved).filter(([k]) => k !== 'warnings')) as Episode;

async function setup() {
  const b = await freshBackend();
  const child = await must(b, 'children.create', sampleChild());
  return { b, child };
}

describe('checks on save of an episode', () => {
  it('saves a valid episode and returns it in the chronology with its factors', async () => {
    const { b, child } = await setup();
    await must(
      b,
      'episodes.create',
      episode(child.id, { factors: [{ direction: 'pull', code: 'peer-pressure', detail: 'older friends' }] }),
    );
    const record = await must(b, 'children.get', { id: child.id });
    expect(record.episodes).toHaveLength(1);
    expect(record.episodes[0]!.factors).toEqual([
      { direction: 'pull', code: 'peer-pressure', detail: 'older friends' },
    ]);
    expect(record.episodes[0]!.reportedAt).toBe('2026-10-01T20:00:00.000Z');
  });

  it('refuses found before reported, naming the field', async () => {
    const { b, child } = await setup();
    const r = await b.call('episodes.create', episode(child.id, { foundAt: '2026-10-01T19:00:00Z' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid');
    expect(r.error.issues?.[0]?.field).toBe('foundAt');
    expect(r.error.message).toMatch(/Found \/ returned .* must not be before Reported/);
  });

  it('refuses an episode before the child was born', async () => {
    const { b, child } = await setup();
    const r = await b.call(
      'episodes.create',
      episode(child.id, { reportedAt: '2010-01-01T10:00:00Z', foundAt: '2010-01-01T12:00:00Z' }),
    );
    expect(r.ok || r.error.issues?.map((i) => i.field)).toEqual(['reportedAt']);
  });

  it('refuses two episodes of one child that overlap, and keeps the first as it was', async () => {
    const { b, child } = await setup();
    const first = asStored(await must(b, 'episodes.create', episode(child.id)));
    const r = await b.call(
      'episodes.create',
      episode(child.id, { reportedAt: '2026-10-02T07:00:00Z', foundAt: '2026-10-02T09:00:00Z' }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/overlaps another episode/);
    const record = await must(b, 'children.get', { id: child.id });
    expect(record.episodes).toEqual([first]);
  });

  it('allows an episode that starts the moment the last one ended', async () => {
    const { b, child } = await setup();
    await must(b, 'episodes.create', episode(child.id));
    await must(
      b,
      'episodes.create',
      episode(child.id, { reportedAt: '2026-10-02T08:00:00Z', foundAt: '2026-10-02T09:00:00Z' }),
    );
  });

  it('allows at most one open episode per child', async () => {
    const { b, child } = await setup();
    await must(
      b,
      'episodes.create',
      episode(child.id, { reportedAt: '2026-11-19T20:00:00Z', foundAt: null }),
    );
    const r = await b.call(
      'episodes.create',
      episode(child.id, { reportedAt: '2026-09-01T20:00:00Z', foundAt: null }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.map((i) => i.field)).toContain('foundAt');
  });

  it('requires a category, saying which values are allowed', async () => {
    const { b, child } = await setup();
    const r = await b.call('episodes.create', { childId: child.id, reportedAt: '2026-10-01T20:00:00Z' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.issues?.[0]?.field).toBe('category');
      expect(r.error.message).toMatch(/^Category is required/);
    }
  });

  it('refuses a return interview held before the child was found', async () => {
    const { b, child } = await setup();
    const r = await b.call(
      'episodes.create',
      episode(child.id, {
        returnInterview: {
          offeredAt: null,
          offeredBy: null,
          outcome: 'accepted',
          notOfferedReason: null,
          heldAt: '2026-10-02T07:00:00Z',
        },
      }),
    );
    expect(r.ok || r.error.issues?.map((i) => i.field)).toEqual(['returnInterview.heldAt']);
  });

  it('a rejected edit leaves the saved episode exactly as it was', async () => {
    const { b, child } = await setup();
    const saved = asStored(await must(b, 'episodes.create', episode(child.id, { notes: 'first version' })));
    const r = await b.call('episodes.update', {
      id: saved.id,
      baseRevision: saved.revision,
      episode: episode(child.id, { notes: 'changed', foundAt: '2026-09-01T00:00:00Z' }),
    });
    expect(r.ok).toBe(false);
    const record = await must(b, 'children.get', { id: child.id });
    expect(record.episodes[0]).toEqual(saved);
  });

  it('edits an episode: closing an open one with when the child was found', async () => {
    const { b, child } = await setup();
    const open = await must(
      b,
      'episodes.create',
      episode(child.id, { reportedAt: '2026-11-19T20:00:00Z', foundAt: null }),
    );
    const closed = await must(b, 'episodes.update', {
      id: open.id,
      baseRevision: open.revision,
      episode: episode(child.id, {
        reportedAt: '2026-11-19T20:00:00Z',
        foundAt: '2026-11-20T09:00:00+00:00',
      }),
    });
    expect(closed.foundAt).toBe('2026-11-20T09:00:00.000Z');
  });
});
