import { createTables } from '../ddl';
import type { Migration } from './types';

// The return home interview as a record of its own (issue 17; WG appendix e, W-CP 7.0, EM): one per episode. The
// form's scalar answers are columns; its question-by-question answers, the attempts to make contact and the factors
// it found are JSON text, each validated against shared/domain/returnInterview.ts on every save (the factors are
// also written to episode_factors, where the chronology and the factor summary read them).
export const migration0012: Migration = {
  version: 12,
  name: 'return-interviews',
  async up(m) {
    await createTables(
      m,
      `
      CREATE TABLE return_interviews (
        id TEXT PRIMARY KEY,
        episode_id TEXT NOT NULL UNIQUE REFERENCES episodes (id) ON DELETE CASCADE,
        child_id TEXT NOT NULL REFERENCES children (id) ON DELETE CASCADE,
        overview TEXT NOT NULL,
        school_checked INTEGER CHECK (school_checked IS NULL OR school_checked IN (0, 1)),
        school_detail TEXT NOT NULL,
        health_checked INTEGER CHECK (health_checked IS NULL OR health_checked IN (0, 1)),
        health_detail TEXT NOT NULL,
        offered INTEGER CHECK (offered IS NULL OR offered IN (0, 1)),
        independent INTEGER CHECK (independent IS NULL OR independent IN (0, 1)),
        outcome TEXT CHECK (outcome IS NULL OR outcome IN ('accepted', 'declined', 'not-engaged')),
        outcome_reason TEXT NOT NULL,
        attempts TEXT NOT NULL,
        held_at TEXT,
        late_reason TEXT NOT NULL,
        place TEXT NOT NULL,
        coordinated_by TEXT NOT NULL,
        others_present TEXT NOT NULL,
        answers TEXT NOT NULL,
        what_happened_before TEXT NOT NULL,
        what_happened_while_missing TEXT NOT NULL,
        prevent_again TEXT NOT NULL,
        concerns TEXT NOT NULL,
        further_information TEXT NOT NULL,
        child_protection_referral INTEGER CHECK (child_protection_referral IS NULL OR child_protection_referral IN (0, 1)),
        child_protection_detail TEXT NOT NULL,
        consent_to_share INTEGER CHECK (consent_to_share IS NULL OR consent_to_share IN (0, 1)),
        share_with TEXT NOT NULL,
        completed_by TEXT NOT NULL,
        authorised_by TEXT NOT NULL,
        authorised_on TEXT,
        forwarded_to_police_on TEXT,
        sent_to_placing_at TEXT,
        sent_to TEXT NOT NULL,
        received_by_placing_at TEXT,
        factors TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX return_interviews_by_child ON return_interviews (child_id);
    `,
    );
  },
};
