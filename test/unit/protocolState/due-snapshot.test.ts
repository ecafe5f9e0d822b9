import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildDue } from '../../../electron/backend/protocol/evaluate';
import { episodeRevision, must, sampleChild, twoBackends } from '../support/backend';

// The Due screen reads its page of stored items and then the answers of the page's children, in two queries. In
// team mode another person's save can commit between them (the load test, with co-ordinators recording episodes,
// had 41 of 714 Due requests fail with "no longer matches"): both must be read from one moment.

/** Runs `between` once, after the first read that answers stored Due items (the page), before Due reads on. */
class AfterDuePage implements KyselyPlugin {
  done = false;
  constructor(private readonly between: () => Promise<void>) {}
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (!this.done && result.rows.some((r) => 'item_key' in r)) {
      this.done = true;
      await this.between();
    }
    return result;
  }
}

/** An episode of `hoursAgo` hours before the backends' now (2026-11-20 10:00 UTC), found an hour later. */
const episode = (childId: string, hoursAgo: number) => {
  const reported = Date.parse('2026-11-20T10:00:00.000Z') - hoursAgo * 3_600_000;
  return {
    childId,
    category: 'missing' as const,
    reportedAt: new Date(reported).toISOString(),
    foundAt: new Date(reported + 3_600_000).toISOString(),
    policeRiskAtReport: 'medium' as const,
  };
};

describe('the Due screen while someone else saves', () => {
  it('answers as of one moment when a return interview is recorded between its reads, and as of the next after', async () => {
    const { a, b, close } = await twoBackends();
    try {
      const one = await must(a, 'children.create', sampleChild({ caseReference: 'SNAP-0001' }));
      const two = await must(
        a,
        'children.create',
        sampleChild({ caseReference: 'SNAP-0002', givenName: 'Tessa' }),
      );
      const first = await must(a, 'episodes.create', episode(one.id, 200));
      await must(a, 'episodes.create', episode(one.id, 100));
      await must(a, 'episodes.create', episode(two.id, 50));
      const before = await must(a, 'protocol.due', {});
      expect(before.items.filter((i) => i.childId === one.id).length).toBeGreaterThan(1);

      // The first child's earlier return interview is recorded as held: one of its items goes, and the rest move up.
      const found = Date.parse(first.foundAt!);
      const held = {
        ...episode(one.id, 200),
        returnInterview: {
          offeredAt: new Date(found + 3_600_000).toISOString(),
          offeredBy: 'Worker A. Example',
          outcome: 'accepted' as const,
          notOfferedReason: null,
          heldAt: new Date(found + 7_200_000).toISOString(),
        },
      };
      const hooked = new AfterDuePage(async () => {
        const baseRevision = await episodeRevision(b, first.id);
        await must(b, 'episodes.update', { id: first.id, baseRevision, episode: held });
      });
      const during = await buildDue({ ...a.context, db: a.context.db.withPlugin(hooked) });
      expect(hooked.done, 'the interview was recorded between the reads').toBe(true);
      expect(JSON.stringify(during)).toBe(JSON.stringify(before));

      const after = await must(a, 'protocol.due', {});
      expect(JSON.stringify(after), 'the save changed what is due').not.toBe(JSON.stringify(before));
    } finally {
      await close();
    }
  });
});
