import { describe, expect, it } from 'vitest';
import { freshBackend, must, sampleChild } from '../support/backend';
import { mimInput } from '../meetings/fixtures';

// Issue 17: each record is "shown in the meeting pack". The pack holds the Philomena profile's review, its sharing
// with the police single point of contact, and Part 2's risk-assessed associates, addresses and hotspots.

describe('the Philomena profile in the meeting pack', () => {
  it('says Part 1 is not completed and not shared until it is; then shows its review, the latest sharing and Part 2', async () => {
    const b = await freshBackend('2026-11-20T10:00:00.000Z');
    const child = await must(b, 'children.create', sampleChild({ caseReference: 'PHIL-PACK-1' }));
    const { meeting } = await must(b, 'meetings.create', mimInput(child.id));
    const pack = async () =>
      (await must(b, 'meetings.pack', { meetingId: meeting.id })).children[0]!.philomena;
    expect(await pack()).toEqual({ reviewedAt: null, reviewDueOn: null, lastShare: null, part2: [] });

    await must(b, 'philomena.save', {
      childId: child.id,
      part1: { description: 'Slim build' },
      part2: [
        {
          kind: 'associate',
          name: 'Associate B. Example',
          details: '07700 900123',
          risk: 'high',
          riskNotes: 'Older male',
        },
        { kind: 'hotspot', name: 'Sampleton bus station', risk: 'medium' },
      ],
    });
    for (const share of [
      { sharedOn: '2026-11-10', sharedWith: 'PCSO C. Example' },
      { sharedOn: '2026-11-18', sharedWith: 'PCSO D. Example, missing SPOC' },
    ])
      await must(b, 'philomena.recordShare', { childId: child.id, share });
    const shown = await pack();
    expect(shown.reviewedAt).toBe('2026-11-20T10:00:00.000Z');
    expect(shown.reviewDueOn).not.toBeNull();
    expect(shown.lastShare).toEqual({ sharedOn: '2026-11-18', sharedWith: 'PCSO D. Example, missing SPOC' });
    expect(shown.part2.map((p) => [p.kind, p.name, p.risk])).toEqual([
      ['associate', 'Associate B. Example', 'high'],
      ['hotspot', 'Sampleton bus station', 'medium'],
    ]);
  });
});
