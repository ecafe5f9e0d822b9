import { createTables } from '../ddl';
import type { Migration } from './types';

// The Philomena Protocol's three parts (issue 17; W-CP 4.1, ST 16.3). The photograph is a BLOB in the database (BYTEA
// on PostgreSQL), so it is encrypted with the SQLite file and held on the council's server with everything else,
// never left as a loose file. Part 3 belongs to one episode; the rest to the child.
export const migration0013: Migration = {
  version: 13,
  name: 'philomena',
  async up(m) {
    await createTables(
      m,
      `
      CREATE TABLE philomena_profiles (
        child_id TEXT PRIMARY KEY REFERENCES children (id) ON DELETE CASCADE,
        description TEXT NOT NULL,
        distinguishing_marks TEXT NOT NULL,
        phone_numbers TEXT NOT NULL,
        social_media TEXT NOT NULL,
        medical_needs TEXT NOT NULL,
        medication TEXT NOT NULL,
        school TEXT NOT NULL,
        reviewed_at TEXT NOT NULL,
        reviewed_by TEXT NOT NULL
      ) STRICT;
      CREATE TABLE philomena_places (
        id TEXT PRIMARY KEY,
        child_id TEXT NOT NULL REFERENCES philomena_profiles (child_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('associate', 'address', 'hotspot')),
        name TEXT NOT NULL,
        details TEXT NOT NULL,
        risk TEXT NOT NULL CHECK (risk IN ('high', 'medium', 'low')),
        risk_notes TEXT NOT NULL
      ) STRICT;
      CREATE INDEX philomena_places_by_child ON philomena_places (child_id, position);
      CREATE TABLE philomena_shares (
        id TEXT PRIMARY KEY,
        child_id TEXT NOT NULL REFERENCES children (id) ON DELETE CASCADE,
        shared_on TEXT NOT NULL,
        shared_with TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX philomena_shares_by_child ON philomena_shares (child_id, shared_on);
      CREATE TABLE philomena_photos (
        child_id TEXT PRIMARY KEY REFERENCES children (id) ON DELETE CASCADE,
        mime_type TEXT NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png')),
        content BLOB NOT NULL,
        byte_size INTEGER NOT NULL,
        uploaded_at TEXT NOT NULL,
        uploaded_by TEXT NOT NULL
      ) STRICT;
      CREATE TABLE philomena_incidents (
        episode_id TEXT PRIMARY KEY REFERENCES episodes (id) ON DELETE CASCADE,
        last_seen_at TEXT,
        last_seen_where TEXT NOT NULL,
        clothing TEXT NOT NULL,
        may_be_with TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
      CREATE TABLE philomena_checks (
        episode_id TEXT NOT NULL REFERENCES philomena_incidents (episode_id) ON DELETE CASCADE,
        code TEXT NOT NULL CHECK (code IN ('room', 'grounds', 'belongings', 'friends-associates', 'places-visited', 'social-media')),
        done INTEGER NOT NULL CHECK (done IN (0, 1)),
        done_by TEXT NOT NULL,
        done_at TEXT,
        findings TEXT NOT NULL,
        PRIMARY KEY (episode_id, code)
      ) STRICT;
    `,
    );
  },
};
