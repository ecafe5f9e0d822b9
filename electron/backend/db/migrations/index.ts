import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-meetings';
import { migration0003 } from './0003-shared-server';
import { migration0004 } from './0004-audit-chain';
import { migration0006 } from './0006-accounts';
import { migration0007 } from './0007-trust';
import { migration0008 } from './0008-search-key';
import { migration0009 } from './0009-minutes-content';
import { migration0011 } from './0011-action-changes';
import { migration0012 } from './0012-return-interviews';
import { migration0013 } from './0013-philomena';
import { migration0014 } from './0014-notifications';
import { migration0015 } from './0015-gradings';
import { migration0016 } from './0016-protocol-state';
import { migration0017 } from './0017-risk-assessments';
import { migration0018 } from './0018-escalations';
import { migration0019 } from './0019-agency-information';
import { migration0020 } from './0020-meeting-arrangements';
import { migration0021 } from './0021-review-children';
import { migration0024 } from './0024-state-indexes';
import { migration0025 } from './0025-protocol-state-engine';
import { migration0026 } from './0026-decision-rationale';
import { migration0027 } from './0027-statutory-reviews';
import { migration0028 } from './0028-notification-subjects';
import { migration0029 } from './0029-due-items';
import { migration0030 } from './0030-board-reads';
import { migration0033 } from './0033-screen-reads';
import { migration0034 } from './0034-county-reads';
import { migration0036 } from './0036-search-keys';
import { migration0037 } from './0037-county-counts';
import { migration0038 } from './0038-unread-state-indexes';
import { migration0040 } from './0040-recent-view-links';
import type { Migration } from './types';

/**
 * In order; a new migration is a new numbered file added here, never an edit to a shipped one. The gaps (0005, 0010,
 * 0022, 0023) are numbers given to branches that did not use them; the stored protocol state 0005 held is 0016. A later migration must be numbered above the highest shipped, since a database
 * at N never runs a lower one.
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
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
  migration0018,
  migration0019,
  migration0020,
  migration0021,
  migration0024,
  migration0025,
  migration0026,
  migration0027,
  migration0028,
  migration0029,
  migration0030,
  migration0033,
  migration0034,
  migration0036,
  migration0037,
  migration0038,
  migration0040,
];
