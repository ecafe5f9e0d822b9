import { z } from 'zod';
import { apiId } from './text';
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
  'children.update': z.object({ id, child: childInputSchema }),
};

export interface ChildRecord {
  child: Child;
  episodes: Episode[];
}

export interface ChildrenOutputs {
  'children.list': ChildSummary[];
  'children.get': ChildRecord;
  'children.create': Child;
  'children.update': Child;
}
