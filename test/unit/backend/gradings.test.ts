import { describe, expect, it } from 'vitest';
import type { EpisodeInput } from '../../../shared/domain/episode';
import { episodeInputSchema } from '../../../shared/domain/episode';
import { listGradings } from '../../../electron/backend/episodes/gradings';
import { episodeRevision, freshBackend, must, sampleChild } from '../support/backend';

const NOW = '2026-11-20T10:00:00.000Z';

async function setup(profile: string, over: Parameters<typeof sampleChild>[0] = {}) {
  const clock = { iso: NOW };
  const b = await freshBackend(NOW, { now: () => new Date(clock.iso) });
  const child = await must(b, 'children.create', sampleChild({ protocolProfileId: profile, ...over }));
  const episode = (e: Partial<EpisodeInput> = {}) =>
    episodeInputSchema.parse({
      childId: child.id,
      category: 'missing',
      reportedAt: '2026-11-20T08:00:00Z',
      ...e,
    });
  return { b, child, episode, at: (iso: string) => void (clock.iso = iso) };
}

describe('police grading history: the grading at report and each later change with its time', () => {
  it('keeps medium at report, then high and then low with when each was recorded, in the episode and the chronology', async () => {
    const { b, child, episode, at } = await setup('staffordshire');
    const saved = await must(b, 'episodes.create', episode({ policeRiskAtReport: 'medium' }));
    at('2026-11-20T12:30:00.000Z');
    await must(b, 'episodes.update', {
      id: saved.id,
      baseRevision: await episodeRevision(b, saved.id),
      episode: episode({ policeRiskAtReport: 'medium', policeRiskLatest: 'high' }),
    });
    at('2026-11-20T18:00:00.000Z');
    // Saving again with nothing changed adds no row; a new latest does.
    await must(b, 'episodes.update', {
      id: saved.id,
      baseRevision: await episodeRevision(b, saved.id),
      episode: episode({ policeRiskAtReport: 'medium', policeRiskLatest: 'high' }),
    });
    at('2026-11-21T09:15:00.000Z');
    const last = await must(b, 'episodes.update', {
      id: saved.id,
      baseRevision: await episodeRevision(b, saved.id),
      episode: episode({ policeRiskAtReport: 'medium', policeRiskLatest: 'low' }),
    });
    const history = [
      { risk: 'medium', at: '2026-11-20T08:00:00.000Z', atReport: true },
      { risk: 'high', at: '2026-11-20T12:30:00.000Z', atReport: false },
      { risk: 'low', at: '2026-11-21T09:15:00.000Z', atReport: false },
    ];
    expect(last.policeGradings).toEqual(history);
    const record = await must(b, 'children.get', { id: child.id });
    expect(record.episodes[0]?.policeGradings).toEqual(history);
    // ST 6 is about the initial report: a later low grading is not warned about.
    expect(last.warnings).toEqual([]);
  });

  it('a correction of the grading at report changes that one entry, not the history of changes', async () => {
    const { b, episode } = await setup('warwickshire');
    const saved = await must(b, 'episodes.create', episode({ policeRiskAtReport: 'high' }));
    const fixed = await must(b, 'episodes.update', {
      id: saved.id,
      baseRevision: await episodeRevision(b, saved.id),
      episode: episode({ policeRiskAtReport: 'medium' }),
    });
    expect(fixed.policeGradings).toEqual([
      { risk: 'medium', at: '2026-11-20T08:00:00.000Z', atReport: true },
    ]);
  });
});

describe('the grading at report is read from the episode: its stored row always says the same', () => {
  it('through a create, a correction, a new report time, a clearing and a new grading, the chronology shows the rows as stored', async () => {
    const { b, child, episode, at } = await setup('staffordshire');
    const saved = await must(
      b,
      'episodes.create',
      episode({ policeRiskAtReport: 'low', policeRiskLatest: 'high' }),
    );
    const edits: Array<Partial<EpisodeInput>> = [
      { policeRiskAtReport: 'medium', policeRiskLatest: 'high' },
      { reportedAt: '2026-11-20T07:10:00Z', policeRiskAtReport: 'medium', policeRiskLatest: 'low' },
      { reportedAt: '2026-11-20T07:10:00Z', policeRiskAtReport: null, policeRiskLatest: 'low' },
      { reportedAt: '2026-11-20T07:10:00Z', policeRiskAtReport: 'high', policeRiskLatest: 'medium' },
    ];
    const seen: unknown[] = [];
    for (const [i, edit] of edits.entries()) {
      at(`2026-11-2${i + 1}T09:00:00.000Z`);
      await must(b, 'episodes.update', {
        id: saved.id,
        baseRevision: await episodeRevision(b, saved.id),
        episode: episode(edit),
      });
      const shown = (await must(b, 'children.get', { id: child.id })).episodes[0]?.policeGradings;
      const stored = (await listGradings(b.context.db, saved.id)).map(({ risk, at, atReport }) => ({
        risk,
        at,
        atReport,
      }));
      expect(shown).toEqual(stored);
      seen.push(shown);
    }
    // Each edit showed a different history, the grading at report among what changed.
    expect(seen.at(-1)).toEqual([
      { risk: 'high', at: '2026-11-20T07:10:00.000Z', atReport: true },
      { risk: 'high', at: '2026-11-20T10:00:00.000Z', atReport: false },
      { risk: 'low', at: '2026-11-22T09:00:00.000Z', atReport: false },
      { risk: 'medium', at: '2026-11-24T09:00:00.000Z', atReport: false },
    ]);
    expect(new Set(seen.map((s) => JSON.stringify(s))).size).toBe(edits.length);
  });
});

describe('grading rules: the backend says the same as the form, in a warning field, and saves', () => {
  it('ST 6 "not to be used for initial reports": low at report saves with a warning citing ST 6', async () => {
    const { b, child, episode } = await setup('staffordshire');
    const saved = await must(b, 'episodes.create', episode({ policeRiskAtReport: 'low' }));
    expect(saved.warnings).toEqual([
      {
        field: 'policeRiskAtReport',
        message: 'Low risk is not used for an initial report: check the police grading at report (ST 6)',
        source: 'ST 6',
      },
    ]);
    const record = await must(b, 'children.get', { id: child.id });
    expect(record.episodes[0]?.policeRiskAtReport).toBe('low');
  });

  it('WG appendix a: an 11-year-old recorded as absent in Wigan saves with the warning; the same child in Warwickshire gets W-CP 3.2', async () => {
    const wigan = await setup('wigan', { dateOfBirth: '2015-06-01' });
    const w = await must(wigan.b, 'episodes.create', wigan.episode({ category: 'absent' }));
    expect(w.warnings.map((x) => x.source)).toEqual(['WG appendix a']);
    const warks = await setup('warwickshire', { dateOfBirth: '2015-06-01' });
    const k = await must(warks.b, 'episodes.create', warks.episode({ category: 'absent' }));
    expect(k.warnings.map((x) => x.source)).toEqual(['W-CP 3.2']);
  });
});

describe('prompts from recorded facts reach Due and the child page with the section', () => {
  it('ST 10.4 / 23.3: a trafficking concern on the episode prompts an s47 strategy discussion and an NRM referral', async () => {
    const { b, child, episode } = await setup('staffordshire');
    const saved = await must(b, 'episodes.create', episode({ traffickingConcern: true }));
    expect(saved.traffickingConcern).toBe(true);
    const due = await must(b, 'protocol.due', {});
    const item = due.items.find(
      (i) => i.kind === 'prompt' && i.episodeIds.includes(saved.id) && i.reason.includes('Trafficking'),
    );
    expect(item?.text).toBe(
      'Request a section 47 strategy discussion through the MASH; Make a National Referral Mechanism (NRM) referral',
    );
    expect(item?.reason).toContain('(ST 10.4; ST 23.3)');
    const page = await must(b, 'protocol.child', { childId: child.id });
    expect(page.due.map((d) => d.key)).toContain(item?.key);
  });

  it('ST 23.3: an unaccompanied asylum-seeking child missing 40 days has the 6-monthly review on Due; the flag is kept on the child', async () => {
    const { b, child, episode } = await setup('staffordshire', { unaccompaniedAsylumSeeking: true });
    await must(b, 'episodes.create', episode({ reportedAt: '2026-10-11T08:00:00Z' }));
    const record = await must(b, 'children.get', { id: child.id });
    expect(record.child.unaccompaniedAsylumSeeking).toBe(true);
    const texts = (await must(b, 'protocol.due', {})).items
      .filter((i) => i.kind === 'prompt')
      .map((i) => i.what);
    expect(texts).toContain('Long-term missing');
    expect(
      texts.some((t) =>
        t.startsWith('Review meeting for a long-term missing unaccompanied asylum-seeking child'),
      ),
    ).toBe(true);
  });
});
