import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-meetings';
import { migration0003 } from './0003-shared-server';
import { migration0004 } from './0004-audit-chain';
import { migration0006 } from './0006-accounts';
import { migration0007 } from './0007-trust';
import { migration0008 } from './0008-search-key';
import { migration0009 } from './0009-minutes-content';
import { migration0015 } from './0015-gradings';
import type { Migration } from './types';

/**
 * In order; a new migration is a new numbered file added here, never an edit to a shipped one. There is no 0005
 * (a branch's number that did not land): a later migration must be numbered above 0009, since a database at 9
 * never runs a lower one.
 */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0015,
];
