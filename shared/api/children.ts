import { z } from 'zod';
import { apiId, baseRevision } from './text';
import { childInputSchema, LEGAL_STATUSES, type Child, type ChildSummary } from '../domain/child';
import type { Episode } from '../domain/episode';

const id = apiId;

export const childrenSchemas = {
  'children.list': z.object({
    search: z.string().trim().max(100, 'must be at most 100 characters').default(''),
    missingNow: z.boolean().default(false),
    legalStatus: z.enum(LEGAL_STATUSES).nullable().default(null),
  }),
  /** Opens a child's record: the child and the whole chronology. Audited as a view. */
  'children.get': z.object({ id }),
  'children.create': childInputSchema,
  'children.update': z.object({ id, baseRevision, child: childInputSchema }),
  /** Who has seen or exported this child's record: every audited view and export naming the child, newest first. */
  'children.seenBy': z.object({ childId: id }),
};

export interface RecordSeen {
  at: string;
  /** The display name at the time (a label). */
  user: string;
  /** The account behind it (OS or signed-in account); null on rows from before it was recorded. */
  account: string | null;
  action: 'view' | 'export';
  /** What showed the record: "child record", a list's method, a file's name. */
  what: string;
  /** How many children the same view or export showed (1 for the record itself). */
  children: number;
}

export interface ChildRecord {
  child: Child;
  episodes: Episode[];
}

export interface ChildrenOutputs {
  'children.list': ChildSummary[];
  'children.get': ChildRecord;
  'children.create': Child;
  'children.update': Child;
  'children.seenBy': RecordSeen[];
}
