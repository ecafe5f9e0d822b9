import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-meetings';
import { migration0003 } from './0003-shared-server';
import { migration0004 } from './0004-audit-chain';
import { migration0008 } from './0008-search-key';
import type { Migration } from './types';

/** In order; a new migration is a new numbered file added here, never an edit to a shipped one. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004];
// Appended rather than in the list above, so parallel branches' migrations merge without reordering it.
(MIGRATIONS as Migration[]).push(migration0008);
