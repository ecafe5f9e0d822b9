import type { Generated, Insertable, Kysely, Selectable, Transaction } from 'kysely';

// Every table Homeward holds, declared once for Kysely (House style: "one Database type"). Column names are the
// database's own (snake_case); a misspelt one is a compile error in every query.
// Instants are UTC ISO-8601 text with milliseconds ("2026-11-20T10:00:00.000Z") on both engines, so text order
// is time order and SQLite and PostgreSQL give the same answers; dates are "YYYY-MM-DD" text.
// Flags are INTEGER 0/1 on both engines (CHECK-ed), so a row reads the same from either.

export interface SettingsTable {
  key: string;
  value: string;
}

export interface ChildrenTable {
  id: string;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  gender: string;
  case_reference: string;
  /** shared/text/searchKey.ts childSearchKey: written on every save (migration 0008). */
  search_key: string;
  legal_status: string;
  placing_authority: string;
  host_authority: string | null;
  placement_type: string;
  allocated_worker: string | null;
  team: string | null;
  protocol_profile_id: string | null;
  /** ST 23.3: an unaccompanied asylum-seeking child, 0/1 (migration 0015). */
  unaccompanied_asylum_seeking: Generated<number>;
  /** WG appendix a: the current placement's start date and 'planned' or 'emergency' (migration 0017). */
  placement_started_on: string | null;
  placement_arrangement: string | null;
  /** EM: the placing authority judged the child at risk of going missing or CSE when placing (migration 0027). */
  placement_missing_risk: Generated<number>;
  created_at: string;
  updated_at: string;
  /** +1 per update; an update based on an older revision is refused (migration 0007). */
  revision: Generated<number>;
}

export interface EpisodesTable {
  id: string;
  child_id: string;
  category: string;
  reported_at: string;
  last_seen_at: string | null;
  found_at: string | null;
  police_risk_at_report: string | null;
  police_risk_latest: string | null;
  police_reference: string | null;
  missing_from: string | null;
  where_found: string | null;
  return_method: string | null;
  ri_offered_at: string | null;
  ri_offered_by: string | null;
  ri_outcome: string | null;
  ri_not_offered_reason: string | null;
  ri_held_at: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  /** +1 per update; an update based on an older revision is refused (migration 0007). */
  revision: Generated<number>;
  /** ST 10.4, 23.3: a trafficking concern recorded on the episode, 0/1 (migration 0015). */
  trafficking_concern: Generated<number>;
}

/** The police grading at report and each later change (migration 0015). */
export interface EpisodePoliceGradingsTable {
  id: string;
  episode_id: string;
  police_risk: string;
  /** At report: the episode's reported time; a later change: when it was recorded. */
  graded_at: string;
  at_report: number;
  recorded_by: string;
}

export interface EpisodeFactorsTable {
  episode_id: string;
  position: number;
  direction: string;
  code: string;
  detail: string | null;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  user: string;
  action: string;
  entity: string;
  entity_id: string;
  child_id: string | null;
  detail: string | null;
  /** HMAC-SHA256 over this row and the previous row's hash (audit/chain.ts); null for rows before the chain. */
  hash: string | null;
  /** The operating-system account (team mode: the signed-in account); null on rows before migration 0007. */
  account: Generated<string | null>;
}

/** The children one audit row (a view or export of many) showed. */
export interface AuditChildrenTable {
  audit_id: number;
  child_id: string;
}

/** A view's links not yet merged into audit_children by the sweep (migration 0040, audit/mergeLinks.ts). */
export type AuditChildrenRecentTable = AuditChildrenTable;

export interface AgendaTemplatesTable {
  kind: string;
  revision: number;
  updated_at: string;
  updated_by: string | null;
}

export interface AgendaTemplateItemsTable {
  kind: string;
  position: number;
  key: string;
  title: string;
  guidance: string;
  source: string;
  scope: string;
}

export interface MeetingsTable {
  id: string;
  kind: string;
  stage_level: number | null;
  status: string;
  reason: string;
  chair_role: string;
  chair_name: string | null;
  minute_taker: string | null;
  scheduled_at: string;
  venue: string;
  due_by: string | null;
  next_meeting_at: string | null;
  started_at: string | null;
  concluded_at: string | null;
  approved_at: string | null;
  approved_by: string | null;
  /** The approver's role as they gave it (migration 0021); null before 0021 and until approval. */
  approved_by_role: Generated<string | null>;
  created_at: string;
  created_by: string;
  updated_at: string;
  /** The London day of a Daily Review (unique), null for every other meeting. */
  review_day: Generated<string | null>;
  /** +1 per update; an update based on an older revision is refused (migration 0007). */
  revision: Generated<number>;
  /** The meeting this one was arranged from (unique: one next meeting each, migration 0020), else null. */
  previous_meeting_id: Generated<string | null>;
}

export interface MeetingChildrenTable {
  meeting_id: string;
  child_id: string;
  position: number;
  /** Why the child is on the meeting's list (migration 0021): the board's reasons, or the chair's when added. */
  reason: Generated<string>;
}

/** A child taken off a Daily Review before approval, and why (migration 0021). */
export interface MeetingChildRemovalsTable {
  id: string;
  meeting_id: string;
  child_id: string;
  reason: string;
  removed_at: string;
  removed_by: string;
}

export interface MeetingTriggersTable {
  meeting_id: string;
  episode_id: string;
}

export interface MeetingTransitionsTable {
  id: Generated<number>;
  meeting_id: string;
  from_status: string;
  to_status: string;
  at: string;
  by: string;
}

export interface MeetingItemsTable {
  id: string;
  meeting_id: string;
  position: number;
  key: string;
  title: string;
  guidance: string;
  source: string;
  child_id: string | null;
  minutes: Generated<string>;
  revision: Generated<number>;
  saved_at: string | null;
  minutes_audited_at: string | null;
  minutes_audited_by: string | null;
}

export interface MeetingItemDecisionsTable {
  item_id: string;
  position: number;
  text: string;
  /** Why the meeting decided this; '' when none was recorded (migration 0026). */
  rationale: Generated<string>;
}

export interface MeetingAttendeesTable {
  id: string;
  meeting_id: string;
  position: number;
  name: string;
  role: string;
  agency: string;
  status: string;
  is_chair: number;
  is_minute_taker: number;
  /** +1 per update; an update based on an older revision is refused (migration 0007). */
  revision: Generated<number>;
  /** What this attendee brought to the meeting for their agency; '' when nothing was recorded (migration 0019). */
  information: Generated<string>;
}

export interface MeetingActionsTable {
  id: string;
  meeting_id: string;
  item_id: string;
  child_id: string | null;
  what: string;
  owner: string;
  agency: string;
  due_on: string | null;
  status: string;
  created_at: string;
  updated_at: string;
  /** +1 per update; an update based on an older revision is refused (migration 0007). */
  revision: Generated<number>;
  /** The London date it was set; null on rows from before migration 0026 (read as the day it was created). */
  set_on: string | null;
  /** Why it was set; '' when nothing was recorded (migration 0026). */
  rationale: Generated<string>;
}

export interface MeetingItemReviewedActionsTable {
  item_id: string;
  action_id: string;
}

export interface MeetingAmendmentsTable {
  id: string;
  meeting_id: string;
  item_id: string;
  minutes: string;
  reason: string;
  amended_at: string;
  amended_by: string;
}

/**
 * A change to an action after it was agreed (migration 0011): owner, agency or due date after approval, or a drop;
 * one row per field, with who, when and why.
 */
export interface MeetingActionChangesTable {
  id: Generated<number>;
  /** The rows of one request's change share it. */
  change_id: string;
  action_id: string;
  field: string;
  from_value: string | null;
  to_value: string | null;
  reason: string;
  changed_at: string;
  changed_by: string;
}

/** Files a shared server must hold in the database, not on one machine's disk (the council letterhead). */
/** What the meeting agreed as a whole (migration 0009); one row per meeting once any of it is recorded. */
export interface MeetingOutcomesTable {
  meeting_id: string;
  attendance_comments: string;
  risk_level: string | null;
  risk_rationale: string;
  strategy_outcome: string | null;
  family_receives: number;
  updated_at: string;
  updated_by: string;
}

export interface StoredFilesTable {
  name: string;
  content: Uint8Array;
  updated_at: string;
}

/** Team mode's people (migration 0006). Usernames are stored lower case; password_hash is scrypt (accounts/passwords.ts). */
export interface AccountsTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  email: string | null;
  password_hash: string | null;
  disabled: number;
  created_at: string;
  updated_at: string;
}

/** A signed-in browser: the cookie's token hashed (SHA-256), so the table signs nobody in. */
export interface SessionsTable {
  token_hash: string;
  account_id: string;
  created_at: string;
  last_seen_at: string;
}

export interface SignInFailuresTable {
  account_id: string;
  failures: number;
  locked_until: string | null;
}

/** The first start's one-time code (hashed); all go once the first administrator exists. */
export interface SetupCodesTable {
  code_hash: string;
  created_at: string;
}

/** A restricted child's record: only these accounts see it. A child with no rows is not restricted. */
export interface ChildAccessTable {
  child_id: string;
  account_id: string;
}

/** Each child's evaluated protocol state (migration 0016; protocol/state/). Derived from the record, never edited. */
export interface ProtocolStateTable {
  child_id: string;
  profile_id: string;
  evaluated_at: string;
  next_change_at: string | null;
  in_look_back: number;
  has_due: number;
  stage_level: number;
  stage_reached_at: string | null;
  child_name: string;
  case_reference: string;
  /** JSON: { profile, profileBecause, evaluation } on the whole history. */
  evaluation: string;
  /** JSON: the evaluation on the Due list's look-back, when it differs from the whole history's; else null. */
  due_evaluation: string | null;
  /** protocol/state/engine.ts ENGINE_FINGERPRINT of the engine that wrote it (migration 0025). */
  engine: string;
  /** The latest `returnedAt` among the Due part's return interviews (migration 0030); null when there are none. */
  return_interview_returned_at: string | null;
  /** The latest `dueBy` among the Due part's return interviews (migration 0030); null when there are none. */
  return_interview_due_by: string | null;
}

/**
 * What the Daily Review board reads of a child's stored Due part (migration 0033): the stage and the return
 * interviews still to do, with only the fields the board shows (protocol/state/board.ts BoardPart), as JSON.
 */
export interface ProtocolBoardTable {
  child_id: string;
  /** The latest deadline of the child's return interviews still to do, '' when none (0037: SQLite's row order). */
  interview_due_by: string;
  interview_returned_at: string | null;
  stage_reached_at: string | null;
  /** 1 when the state can be on the board at all: in the look-back, with something due or a stage reached. */
  on_board: number;
  child_name: string;
  case_reference: string;
  board_part: string;
}

/**
 * The month's dashboard's trend, kept by triggers on episodes (migration 0037): per UTC hour (the stored instant's
 * first 13 characters) and category, the episodes reported in it, those returned in it, and of those the ones whose
 * return interview was held within 72 hours.
 */
export interface EpisodeHourCountsTable {
  hour: string;
  category: string;
  reported: number;
  returned: number;
  held_within_72: number;
}

/** One Due list item of a child's stored state (migration 0029): what the Due screen filters, counts and sorts by. */
export interface DueItemsTable {
  child_id: string;
  /** The item's place in the child's own list: the key of the row (two items may share a key). */
  position: number;
  item_key: string;
  kind: string;
  /** 1 when recording the item in the child's escalation log answers it (DueItem.escalationKey). */
  escalation: number;
  child_name: string;
  /** ISO instants (UTC): the deadline; from when it is overdue; until when the Due screen shows it (null: always). */
  deadline_at: string | null;
  overdue_from: string | null;
  visible_until: string | null;
}

/** A Missing From Care Risk Assessment and Action Plan, one row per version (migration 0017, WG appendix a). */
export interface RiskAssessmentsTable {
  id: string;
  child_id: string;
  version: number;
  assessed_on: string;
  overall_level: string;
  /** JSON per shared/domain/riskAssessment.ts. */
  pattern: string;
  concerns: string;
  circumstances: string;
  plan: string;
  agreements: string;
  revision: Generated<number>;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** An action of a risk assessment's plan (migration 0017): meeting-style, listed on Due while open. */
export interface RiskPlanActionsTable {
  id: string;
  assessment_id: string;
  child_id: string;
  position: number;
  description: string;
  owner: string;
  agency: string;
  due_on: string | null;
  status: string;
}

/** A return home interview, one per episode (migration 0012); JSON columns per shared/domain/returnInterview.ts. */
export interface ReturnInterviewsTable {
  id: string;
  episode_id: string;
  child_id: string;
  overview: string;
  school_checked: number | null;
  school_detail: string;
  health_checked: number | null;
  health_detail: string;
  offered: number | null;
  independent: number | null;
  outcome: string | null;
  outcome_reason: string;
  attempts: string;
  held_at: string | null;
  late_reason: string;
  place: string;
  coordinated_by: string;
  others_present: string;
  answers: string;
  what_happened_before: string;
  what_happened_while_missing: string;
  prevent_again: string;
  concerns: string;
  further_information: string;
  child_protection_referral: number | null;
  child_protection_detail: string;
  consent_to_share: number | null;
  share_with: string;
  completed_by: string;
  authorised_by: string;
  authorised_on: string | null;
  forwarded_to_police_on: string | null;
  sent_to_placing_at: string | null;
  sent_to: string;
  received_by_placing_at: string | null;
  factors: string;
  /** W-CP 7.0: a refusal by the allocated social worker or carer, escalated to a senior manager (migration 0018). */
  refused_by: string | null;
  refused_at: string | null;
  refusal_reason: Generated<string>;
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

/** Philomena Protocol Part 1 (migration 0013): one per child; every save is a review. */
export interface PhilomenaProfilesTable {
  child_id: string;
  description: string;
  distinguishing_marks: string;
  phone_numbers: string;
  social_media: string;
  medical_needs: string;
  medication: string;
  school: string;
  reviewed_at: string;
  reviewed_by: string;
}

/** Part 2: known associates, addresses and hotspots, each risk-assessed. */
export interface PhilomenaPlacesTable {
  id: string;
  child_id: string;
  position: number;
  kind: string;
  name: string;
  details: string;
  risk: string;
  risk_notes: string;
}

/** When and with whom a profile was shared with the police single point of contact. */
export interface PhilomenaSharesTable {
  id: string;
  child_id: string;
  shared_on: string;
  shared_with: string;
  recorded_at: string;
  recorded_by: string;
}

/** The photograph, in the database (encrypted with it), never a loose file. */
export interface PhilomenaPhotosTable {
  child_id: string;
  mime_type: string;
  content: Uint8Array;
  byte_size: number;
  uploaded_at: string;
  uploaded_by: string;
}

/** Part 3: the incident form for one missing episode. */
export interface PhilomenaIncidentsTable {
  episode_id: string;
  last_seen_at: string | null;
  last_seen_where: string;
  clothing: string;
  may_be_with: string;
  updated_at: string;
  updated_by: string;
}

export interface PhilomenaChecksTable {
  episode_id: string;
  code: string;
  done: number;
  done_by: string;
  done_at: string | null;
  findings: string;
}

/** A notification recorded as made: who was told and when (migration 0014). */
export interface NotificationsMadeTable {
  id: string;
  child_id: string;
  /** The episode told of; null for a notice about a statutory review or a placement (migration 0028). */
  episode_id: string | null;
  rule_id: string;
  role: string;
  told_who: string;
  told_at: string;
  recorded_at: string;
  recorded_by: string;
  /** What a notice not about an episode is about: a statutory review's id, or "placement:YYYY-MM-DD". */
  subject_id: string | null;
}

/** A child's statutory (looked-after) review held, and the IRO who chaired it (ST 17.4; migration 0027). */
export interface StatutoryReviewsTable {
  id: string;
  child_id: string;
  held_on: string;
  iro_name: string;
  recorded_at: string;
  recorded_by: string;
}

/** One entry of a child's escalation log (W-CP 5.0; migration 0018). due_key: the automatic escalation it records. */
export interface EscalationsTable {
  id: string;
  child_id: string;
  episode_id: string | null;
  due_key: string | null;
  from_who: string;
  to_who: string;
  about: string;
  section: string | null;
  escalated_at: string;
  outcome: string;
  outcome_at: string | null;
  recorded_at: string;
  recorded_by: string;
  updated_at: string;
  updated_by: string;
  revision: Generated<number>;
}

/** A meeting's minutes sent to the host authority and received by it (EM; migration 0018). */
export interface MeetingHostMinutesTable {
  meeting_id: string;
  sent_at: string | null;
  sent_to: string;
  received_at: string | null;
  updated_at: string;
  updated_by: string;
  revision: Generated<number>;
}

export interface Database {
  settings: SettingsTable;
  children: ChildrenTable;
  episodes: EpisodesTable;
  episode_factors: EpisodeFactorsTable;
  audit: AuditTable;
  audit_children: AuditChildrenTable;
  audit_children_recent: AuditChildrenRecentTable;
  agenda_templates: AgendaTemplatesTable;
  agenda_template_items: AgendaTemplateItemsTable;
  meetings: MeetingsTable;
  meeting_children: MeetingChildrenTable;
  meeting_child_removals: MeetingChildRemovalsTable;
  meeting_triggers: MeetingTriggersTable;
  meeting_transitions: MeetingTransitionsTable;
  meeting_items: MeetingItemsTable;
  meeting_item_decisions: MeetingItemDecisionsTable;
  meeting_attendees: MeetingAttendeesTable;
  meeting_actions: MeetingActionsTable;
  meeting_item_reviewed_actions: MeetingItemReviewedActionsTable;
  meeting_amendments: MeetingAmendmentsTable;
  stored_files: StoredFilesTable;
  meeting_outcomes: MeetingOutcomesTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  setup_codes: SetupCodesTable;
  child_access: ChildAccessTable;
  protocol_state: ProtocolStateTable;
  due_items: DueItemsTable;
  protocol_board: ProtocolBoardTable;
  episode_hour_counts: EpisodeHourCountsTable;
  meeting_action_changes: MeetingActionChangesTable;
  return_interviews: ReturnInterviewsTable;
  philomena_profiles: PhilomenaProfilesTable;
  philomena_places: PhilomenaPlacesTable;
  philomena_shares: PhilomenaSharesTable;
  philomena_photos: PhilomenaPhotosTable;
  philomena_incidents: PhilomenaIncidentsTable;
  philomena_checks: PhilomenaChecksTable;
  notifications_made: NotificationsMadeTable;
  episode_police_gradings: EpisodePoliceGradingsTable;
  risk_assessments: RiskAssessmentsTable;
  risk_plan_actions: RiskPlanActionsTable;
  escalations: EscalationsTable;
  meeting_host_minutes: MeetingHostMinutesTable;
  statutory_reviews: StatutoryReviewsTable;
}

/** The database or a transaction on it: every query function takes this, so it runs inside a caller's transaction. */
export type Db = Kysely<Database> | Transaction<Database>;

export type ChildRow = Selectable<ChildrenTable>;
export type EpisodeRow = Selectable<EpisodesTable>;
export type NewEpisodeRow = Insertable<EpisodesTable>;
export type MeetingRow = Selectable<MeetingsTable>;
