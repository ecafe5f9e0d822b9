/**
 * What goes stale when something changes, in one typed place. The renderer's cache (TanStack Query) runs
 * `MUTATION_INVALIDATES` after this window's own saves, and `TABLE_FEEDS` when the server's change events say which
 * tables another window's save touched. Both maps are checked against the whole contract by the compiler (every
 * method is a query or has an entry) and by test/unit/live/invalidation-map.test.ts.
 */
import type { ApiMethod } from './index';

/** Reads the renderer caches behind `useQuery`. Everything else is a command (a save, an export, an import). */
export const QUERY_METHODS = [
  'app.status',
  'settings.get',
  'children.list',
  'children.get',
  'protocol.profiles',
  'protocol.getProfile',
  'protocol.child',
  'protocol.due',
  'agendaTemplates.list',
  'meetings.get',
  'meetings.list',
  'meetings.listForChild',
  'meetings.pack',
  'actions.list',
  'dailyReview.board',
  'dashboard.month',
  'children.seenBy',
  'app.backupStatus',
  'meetings.getOutcome',
  'app.whoAmI',
  'accounts.list',
  'children.restriction',
  'returnInterviews.get',
  'returnInterviews.listForChild',
  'philomena.get',
  'philomena.photo',
  'philomena.getIncident',
  'riskAssessments.list',
  'escalations.listForChild',
  'escalations.hostMinutes',
  'statutoryReviews.listForChild',
] as const satisfies readonly ApiMethod[];

export type QueryMethod = (typeof QUERY_METHODS)[number];
export type CommandMethod = Exclude<ApiMethod, QueryMethod>;

export const isQueryMethod = (m: string): m is QueryMethod =>
  (QUERY_METHODS as readonly string[]).includes(m);

/**
 * Reads that write a "view" row to the audit trail each time they run (a child's record, a meeting, its pack). The
 * cache never refetches these on window focus, and refetches them for a change event only when the event touches
 * that child or meeting (see `touches`), merged over a short window, so live updates do not flood the audit.
 */
export const AUDITED_QUERIES: ReadonlySet<QueryMethod> = new Set<QueryMethod>([
  'children.get',
  'meetings.get',
  'meetings.pack',
  // Lists that name children record each view too (audit/views.ts): refetched for a change, never for a focus.
  'children.list',
  'protocol.child',
  'protocol.due',
  'dailyReview.board',
  'dashboard.month',
  'meetings.list',
  'meetings.listForChild',
  'actions.list',
  'returnInterviews.get',
  'returnInterviews.listForChild',
  // The Philomena Protocol's reads each audit a view of the child.
  'philomena.get',
  'philomena.photo',
  'philomena.getIncident',
  // The risk assessment's versions are a view of the child.
  'riskAssessments.list',
  // The escalation log is a child's record too.
  'escalations.listForChild',
  // A child's statutory reviews are the child's record too.
  'statutoryReviews.listForChild',
]);

/** Everything the protocol's evaluation feeds: the Due list, the board, a child's clocks, the month's figures. */
const PROTOCOL_VIEWS = ['protocol.due', 'protocol.child', 'dailyReview.board', 'dashboard.month'] as const;
const CHILD_VIEWS = ['children.list', 'children.get', 'app.status', ...PROTOCOL_VIEWS] as const;
const MEETING_LISTS = ['meetings.list', 'meetings.listForChild', ...PROTOCOL_VIEWS] as const;
const EVERYTHING: readonly QueryMethod[] = QUERY_METHODS;

/**
 * Which queries go stale in THIS window after each command succeeds. The meeting page folds the answers of its own
 * minutes, decisions, attendance and action saves into the record it holds (renderer/src/meetings/recordUpdates.ts),
 * so those do not refetch `meetings.get` here (a refetch is an audited view); other windows hear them through
 * TABLE_FEEDS. Exports and file downloads change nothing a screen shows.
 */
export const MUTATION_INVALIDATES: Readonly<Record<CommandMethod, readonly QueryMethod[]>> = {
  'app.loadDemo': EVERYTHING,
  'importExport.import': EVERYTHING,
  // The job commits later, in the background: the screen polling it refreshes everything when it reports done.
  'importExport.startImport': [],
  'importExport.importProgress': [],
  'importExport.cancelImport': [],
  'settings.update': ['settings.get', ...CHILD_VIEWS, 'protocol.profiles'],
  'settings.setLetterhead': ['settings.get'],
  'settings.clearLetterhead': ['settings.get'],
  'children.create': CHILD_VIEWS,
  'children.update': [...CHILD_VIEWS, 'meetings.get', 'meetings.pack'],
  'episodes.create': [...CHILD_VIEWS, 'meetings.pack'],
  'episodes.update': [...CHILD_VIEWS, 'meetings.pack'],
  'protocol.saveProfile': ['protocol.profiles', 'protocol.getProfile', 'settings.get', ...PROTOCOL_VIEWS],
  'protocol.deleteProfile': ['protocol.profiles', 'protocol.getProfile', 'settings.get', ...PROTOCOL_VIEWS],
  'agendaTemplates.update': ['agendaTemplates.list'],
  'meetings.create': MEETING_LISTS,
  'dailyReview.start': MEETING_LISTS,
  // The answer is the record: this window takes it; the pack and the lists read again.
  'dailyReview.addChild': ['meetings.pack', ...MEETING_LISTS],
  'dailyReview.removeChild': ['meetings.pack', ...MEETING_LISTS],
  'meetings.update': ['meetings.get', ...MEETING_LISTS],
  'meetings.transition': ['meetings.get', 'actions.list', ...MEETING_LISTS],
  'meetings.amend': ['meetings.get'],
  // The current meeting's record names the next one; both appear in the lists.
  'meetings.arrangeNext': ['meetings.get', ...MEETING_LISTS],
  // The page folds the answer (the agenda in order) into its record; other windows hear meeting_items.
  'meetings.addItem': [],
  'meetings.moveItem': [],
  'meetings.setOutcome': ['meetings.getOutcome'],
  'accounts.create': ['accounts.list'],
  'accounts.update': ['accounts.list', 'app.whoAmI'],
  'accounts.resetPassword': ['accounts.list'],
  'children.restrict': ['children.restriction', ...CHILD_VIEWS, ...MEETING_LISTS],
  'meetings.saveItemMinutes': [],
  'meetings.saveItemDecisions': [],
  'meetings.addAttendee': ['meetings.list'],
  'meetings.updateAttendee': ['meetings.list'],
  'meetings.removeAttendee': ['meetings.list'],
  'meetings.addAction': ['actions.list', 'meetings.pack'],
  'meetings.updateAction': ['actions.list', 'meetings.pack'],
  'meetings.removeAction': ['actions.list', 'meetings.pack'],
  'actions.update': ['actions.list', 'meetings.get', 'meetings.pack', 'dailyReview.board'],
  'exports.chronology': [],
  'exports.minutes': [],
  'exports.actionPlan': [],
  'exports.minutesExtract': [],
  'importExport.export903': [],
  'importExport.exportAnnexA': [],
  'importExport.exportHomeward': [],
  'dashboard.exportDocx': [],
  'dashboard.exportCsv': [],
  // Its factors are written to the episode's, so the child's record, the pack and the protocol views go stale too.
  'returnInterviews.save': [
    'returnInterviews.get',
    'returnInterviews.listForChild',
    ...CHILD_VIEWS,
    'meetings.pack',
  ],
  'returnInterviews.exportWord': [],
  // A Part 1 save is a review, which the Due list shows.
  'philomena.save': ['philomena.get', 'meetings.pack', 'protocol.due'],
  // The pack shows the latest sharing with the police and Part 2.
  'philomena.recordShare': ['philomena.get', 'meetings.pack'],
  'philomena.setPhoto': ['philomena.get', 'philomena.photo'],
  'philomena.removePhoto': ['philomena.get', 'philomena.photo'],
  'philomena.saveIncident': ['philomena.getIncident'],
  'philomena.export': [],
  'notifications.record': PROTOCOL_VIEWS,
  // Its date feeds the protocol's due rule (WG appendix a) and its open actions are on Due and in the pack.
  'riskAssessments.create': ['riskAssessments.list', 'meetings.pack', ...PROTOCOL_VIEWS],
  'riskAssessments.update': ['riskAssessments.list', 'meetings.pack', ...PROTOCOL_VIEWS],
  'riskAssessments.export': [],
  // An escalation recorded from Due leaves Due; the log is in the meeting pack.
  'escalations.add': ['escalations.listForChild', 'meetings.pack', ...PROTOCOL_VIEWS],
  'escalations.update': ['escalations.listForChild', 'meetings.pack'],
  'escalations.export': [],
  'escalations.saveHostMinutes': ['escalations.hostMinutes', ...PROTOCOL_VIEWS],
  // A review held starts the IRO's report on Due (ST 17.4).
  'statutoryReviews.add': ['statutoryReviews.listForChild', ...PROTOCOL_VIEWS],
};

/** The tables the backend marks changed in `mutation()` (tx.changed(table)). */
export const CHANGE_TABLES = [
  'children',
  'episodes',
  'meetings',
  'meeting_items',
  'meeting_item_decisions',
  'meeting_attendees',
  'meeting_actions',
  'meeting_amendments',
  'meeting_outcomes',
  'agenda_templates',
  'settings',
  'accounts',
  'child_access',
  'return_interviews',
  'philomena_profiles',
  'philomena_incidents',
  'notifications_made',
  'risk_assessments',
  'escalations',
  'meeting_host_minutes',
  'statutory_reviews',
] as const;
export type ChangeTable = (typeof CHANGE_TABLES)[number];

/** Which queries each table feeds: a change event from another window or server process runs this map. */
export const TABLE_FEEDS: Readonly<Record<ChangeTable, readonly QueryMethod[]>> = {
  children: [...CHILD_VIEWS, 'meetings.get', 'meetings.pack', 'meetings.list'],
  episodes: [...CHILD_VIEWS, 'meetings.pack'],
  meetings: ['meetings.get', 'actions.list', ...MEETING_LISTS],
  meeting_items: ['meetings.get'],
  meeting_item_decisions: ['meetings.get'],
  meeting_attendees: ['meetings.get', 'meetings.list'],
  meeting_actions: ['meetings.get', 'meetings.pack', 'actions.list', 'dailyReview.board'],
  meeting_amendments: ['meetings.get'],
  meeting_outcomes: ['meetings.getOutcome'],
  agenda_templates: ['agendaTemplates.list'],
  accounts: ['accounts.list', 'app.whoAmI'],
  // A restriction changes what every list shows someone.
  child_access: ['children.restriction', ...CHILD_VIEWS, ...MEETING_LISTS],
  settings: ['settings.get', 'protocol.profiles', 'protocol.getProfile', ...CHILD_VIEWS],
  return_interviews: ['returnInterviews.get', 'returnInterviews.listForChild', 'meetings.pack'],
  philomena_profiles: ['philomena.get', 'philomena.photo', 'meetings.pack', 'protocol.due'],
  philomena_incidents: ['philomena.getIncident'],
  notifications_made: PROTOCOL_VIEWS,
  risk_assessments: ['riskAssessments.list', 'meetings.pack', ...PROTOCOL_VIEWS],
  escalations: ['escalations.listForChild', 'meetings.pack', ...PROTOCOL_VIEWS],
  meeting_host_minutes: ['escalations.hostMinutes', ...PROTOCOL_VIEWS],
  statutory_reviews: ['statutoryReviews.listForChild', ...PROTOCOL_VIEWS],
};

/** One committed change, as the server streams it to every open window. */
export interface ChangeEvent {
  tables: string[];
  /** The meeting the change was made in, when the command named one. */
  meetingId?: string;
  /** The children the change was about, when the command named them. */
  childIds?: string[];
  /** The window that made the change (it has already updated itself from the answer). */
  origin?: string;
}

/** The queries a change event makes stale, from the tables it names; unknown tables refresh nothing. */
export function queriesForTables(tables: readonly string[]): Set<QueryMethod> {
  const out = new Set<QueryMethod>();
  for (const t of tables)
    for (const q of (TABLE_FEEDS as Record<string, readonly QueryMethod[]>)[t] ?? []) out.add(q);
  return out;
}

const field = (input: unknown, name: string): string | undefined => {
  if (typeof input !== 'object' || input === null) return undefined;
  const v = (input as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : undefined;
};

/**
 * Whether an event touches one cached query: a query about one meeting or one child is stale only if the event
 * names that meeting or child, or names none (then it may be any). Lists and counts are stale whenever their
 * tables are.
 */
export function touches(event: ChangeEvent, method: QueryMethod, input: unknown): boolean {
  if (!queriesForTables(event.tables).has(method)) return false;
  const meetingId =
    method === 'meetings.get' || method === 'meetings.pack' ? field(input, 'meetingId') : undefined;
  if (meetingId !== undefined && event.meetingId !== undefined) return event.meetingId === meetingId;
  const childId =
    method === 'children.get'
      ? field(input, 'id')
      : method === 'protocol.child' || method === 'meetings.listForChild'
        ? field(input, 'childId')
        : undefined;
  if (childId !== undefined && event.childIds !== undefined) return event.childIds.includes(childId);
  return true;
}

/** The meeting and children a command names in its payload, so its event can say what it touched. */
export function scopeOf(method: string, payload: unknown): Pick<ChangeEvent, 'meetingId' | 'childIds'> {
  const meetingId = field(payload, 'meetingId');
  const childId =
    field(payload, 'childId') ??
    (method === 'children.update' ? field(payload, 'id') : undefined) ??
    field(
      typeof payload === 'object' && payload !== null
        ? (payload as { episode?: unknown }).episode
        : undefined,
      'childId',
    );
  return {
    ...(meetingId !== undefined ? { meetingId } : {}),
    ...(childId !== undefined ? { childIds: [childId] } : {}),
  };
}
