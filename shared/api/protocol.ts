import { z } from 'zod';
import { apiId } from './text';
import type { ChildEvaluation, DueCounts, DueItem, GradingRule, ProtocolProfile } from '../protocol';
import { DUE_SHOWS } from '../protocol/dueShow';

/** The most items one Due answer holds: a screen's page, many times over; the whole list is for the backend's own. */
export const MAX_DUE_PAGE = 5000;
/** What the Due screen asks for first, and again each time "Show more" is pressed. */
export const DUE_PAGE = 100;

const id = apiId;
/** A shipped profile is about 10 KB of JSON; a council's copy is validated in full by the backend. */
const MAX_PROFILE_JSON = 200_000;

export const protocolSchemas = {
  'protocol.profiles': z.object({}),
  'protocol.getProfile': z.object({ id }),
  /** Saves a council's own profile (validated in full by the backend against protocolProfileSchema). */
  'protocol.saveProfile': z.object({
    profile: z
      .record(z.string().max(100), z.unknown())
      .refine((p) => JSON.stringify(p).length <= MAX_PROFILE_JSON, 'is too large to be a protocol profile'),
  }),
  'protocol.deleteProfile': z.object({ id }),
  /** The child's stage, meetings, notifications and return interviews as of now. */
  'protocol.child': z.object({ childId: id }),
  /**
   * Every child's items due or overdue, most urgent first: those the filter shows, the first `limit` of them (the
   * Due screen asks for a page and more as it is read; without a limit, every one), and the counts of the whole list.
   */
  'protocol.due': z.object({
    show: z.enum(DUE_SHOWS).default('all'),
    limit: z
      .number()
      .int()
      .min(1, 'must be at least 1')
      .max(MAX_DUE_PAGE, `must be at most ${MAX_DUE_PAGE}`)
      .optional(),
  }),
};

export interface ProfileSummary {
  id: string;
  name: string;
  council: string;
  /** Shipped with Homeward from a protocol text: read-only, can be duplicated. */
  shipped: boolean;
}

export interface ProfilesOverview {
  profiles: ProfileSummary[];
  defaultProfileId: string;
  /** Which authority's children follow which profile when the child has none of its own. */
  authorityProfiles: Record<string, string>;
}

export interface ChildProtocol {
  profile: { id: string; name: string; council: string };
  /** Why this profile: the child's own choice, the host or placing authority, or the default. */
  profileBecause: string;
  evaluation: ChildEvaluation;
  /** The child's items exactly as the Due screen lists them. */
  due: DueItem[];
  /** The meeting held for the current stage (it no longer appears in `due`); null when none has been held. */
  stageMeetingHeld: { meetingId: string; heldAt: string; label: string; stageLevel: number | null } | null;
  /** What the episode form checks a grading against as it is typed (ST 6, W-CP 3.2, WG appendix a). */
  grading: { rules: GradingRule[]; dateOfBirth: string };
}

export interface DueList {
  asOf: string;
  /** The first `limit` items the filter shows, most urgent first. */
  items: DueItem[];
  /** Of the whole list (not only this page): how many items each filter shows, and how many are overdue. */
  counts: DueCounts;
  /** Children evaluated (those with an episode in the last 400 days or missing now). */
  childrenEvaluated: number;
}

export interface ProtocolOutputs {
  'protocol.profiles': ProfilesOverview;
  'protocol.getProfile': ProtocolProfile;
  'protocol.saveProfile': ProfileSummary;
  'protocol.deleteProfile': { deleted: string };
  'protocol.child': ChildProtocol;
  'protocol.due': DueList;
}
