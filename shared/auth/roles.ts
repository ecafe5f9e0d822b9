import type { ApiMethod } from '../api';

/**
 * Team mode's roles (issue 10). Every API method names the roles allowed to call it in PERMISSIONS below; the
 * backend checks it before the handler runs, the UI hides what the map refuses, and the README's roles table is
 * checked against it. Local mode (this computer's own database, no sign-in) is not governed by roles.
 */
export const ROLES = [
  'administrator',
  'manager',
  'chair',
  'minute-taker',
  'co-ordinator',
  'read-only',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  administrator: 'Administrator',
  manager: 'Manager',
  chair: 'Chair',
  'minute-taker': 'Minute-taker',
  'co-ordinator': 'Co-ordinator',
  'read-only': 'Read-only',
};

export const ROLE_SUMMARIES: Record<Role, string> = {
  administrator: 'Accounts, protocol profiles, agenda templates, letterhead and settings.',
  manager: 'Everything on records: children, episodes, meetings, imports, exports and restrictions.',
  chair: 'Runs and approves meetings; reads every record.',
  'minute-taker': 'Types minutes, decisions and actions in the meetings they are invited to; cannot approve.',
  'co-ordinator': 'Children and episodes, imports and exports.',
  'read-only': 'Reads records and meetings; changes nothing.',
};

export interface Permission {
  /** Roles that may call the method. */
  roles: readonly Role[];
  /**
   * Roles that may call it only for a meeting they are invited to (the payload's meetingId): the meeting's
   * minute-taker, or an attendee marked minute-taker, names the account (its username or display name).
   */
  invited?: readonly Role[];
}

const everyone: readonly Role[] = ROLES;
/** Who reads children's records: every role but the administrator, who keeps the system, not the cases. */
const readers: readonly Role[] = ['manager', 'chair', 'minute-taker', 'co-ordinator', 'read-only'];
const admin: readonly Role[] = ['administrator'];
const meetingWriters: readonly Role[] = ['manager', 'chair'];
const recordWriters: readonly Role[] = ['manager', 'co-ordinator'];
const exporters: readonly Role[] = ['manager', 'chair', 'co-ordinator'];
const minuting: Permission = { roles: meetingWriters, invited: ['minute-taker'] };

/** The one map from every API method to who may call it: a method without an entry does not compile. */
export const PERMISSIONS: { readonly [M in ApiMethod]: Permission } = {
  'app.status': { roles: everyone },
  'app.whoAmI': { roles: everyone },
  'app.loadDemo': { roles: admin },
  'settings.get': { roles: everyone },
  'app.backupStatus': { roles: ['administrator', 'manager'] },
  'settings.update': { roles: admin },
  'settings.setLetterhead': { roles: admin },
  'settings.clearLetterhead': { roles: admin },

  'accounts.list': { roles: admin },
  'accounts.create': { roles: admin },
  'accounts.update': { roles: admin },
  'accounts.resetPassword': { roles: admin },

  'children.list': { roles: readers },
  'children.get': { roles: readers },
  // Who has seen or exported a record: for managers, who answer for how records are used, and administrators, who
  // answer an information-governance question about access (the answer names staff and screens, not the child).
  'children.seenBy': { roles: ['manager', 'administrator'] },
  'children.create': { roles: recordWriters },
  'children.update': { roles: recordWriters },
  'children.restriction': { roles: ['manager'] },
  'children.restrict': { roles: ['manager'] },
  'episodes.create': { roles: recordWriters },
  'episodes.update': { roles: recordWriters },
  'returnInterviews.get': { roles: readers },
  'returnInterviews.listForChild': { roles: readers },
  'returnInterviews.save': { roles: recordWriters },
  'returnInterviews.exportWord': { roles: exporters },

  'protocol.profiles': { roles: everyone },
  'protocol.getProfile': { roles: everyone },
  'protocol.saveProfile': { roles: admin },
  'protocol.deleteProfile': { roles: admin },
  'protocol.child': { roles: readers },
  'protocol.due': { roles: readers },
  // Who was told and when: the co-ordinator who records episodes, and the chair and manager who act on Due.
  'notifications.record': { roles: ['manager', 'chair', 'co-ordinator'] },
  // The escalation log (W-CP 5.0): read as the child's record is; written by those who act on Due.
  'escalations.listForChild': { roles: readers },
  'escalations.add': { roles: ['manager', 'chair', 'co-ordinator'] },
  'escalations.update': { roles: ['manager', 'chair', 'co-ordinator'] },
  'escalations.export': { roles: exporters },
  'escalations.hostMinutes': { roles: readers },
  'escalations.saveHostMinutes': { roles: ['manager', 'chair', 'co-ordinator'] },
  // A child's statutory reviews (ST 17.4): read as the child's record is; added by those who keep the record.
  'statutoryReviews.listForChild': { roles: readers },
  'statutoryReviews.add': { roles: recordWriters },

  'agendaTemplates.list': { roles: everyone },
  'agendaTemplates.update': { roles: admin },
  'meetings.create': { roles: meetingWriters },
  'meetings.get': { roles: readers },
  'meetings.getOutcome': { roles: readers },
  'meetings.setOutcome': { roles: meetingWriters },
  'meetings.list': { roles: readers },
  'meetings.listForChild': { roles: readers },
  'meetings.pack': { roles: readers },
  'meetings.update': { roles: meetingWriters },
  'meetings.transition': { roles: meetingWriters },
  'meetings.saveItemMinutes': minuting,
  'meetings.saveItemDecisions': minuting,
  'meetings.addAttendee': minuting,
  'meetings.updateAttendee': minuting,
  'meetings.removeAttendee': minuting,
  'meetings.addAction': minuting,
  'meetings.updateAction': minuting,
  'meetings.removeAction': minuting,
  'meetings.amend': { roles: meetingWriters },
  // Arranging the next meeting creates one, as meetings.create does; the agenda is run by whoever minutes it.
  'meetings.arrangeNext': { roles: meetingWriters },
  'meetings.addItem': minuting,
  'meetings.moveItem': minuting,
  'actions.list': { roles: readers },
  'actions.update': { roles: meetingWriters },

  'exports.chronology': { roles: exporters },
  'exports.minutes': { roles: exporters },
  'exports.minutesExtract': { roles: exporters },
  'exports.actionPlan': { roles: exporters },
  'importExport.import': { roles: recordWriters },
  'importExport.startImport': { roles: recordWriters },
  'importExport.importProgress': { roles: recordWriters },
  'importExport.cancelImport': { roles: recordWriters },
  'importExport.exportAnnexA': { roles: exporters },
  'importExport.export903': { roles: exporters },
  'importExport.exportHomeward': { roles: exporters },

  'dailyReview.board': { roles: readers },
  'dailyReview.start': { roles: meetingWriters },
  'dailyReview.addChild': { roles: meetingWriters },
  'dailyReview.removeChild': { roles: meetingWriters },
  'dashboard.month': { roles: readers },
  'dashboard.exportDocx': { roles: exporters },
  'dashboard.exportCsv': { roles: exporters },

  // The Philomena Protocol: read by everyone on the cases, kept up to date by those who record children and episodes.
  'philomena.get': { roles: readers },
  'philomena.photo': { roles: readers },
  'philomena.getIncident': { roles: readers },
  'philomena.save': { roles: recordWriters },
  'philomena.recordShare': { roles: recordWriters },
  'philomena.setPhoto': { roles: recordWriters },
  'philomena.removePhoto': { roles: recordWriters },
  'philomena.saveIncident': { roles: recordWriters },
  'philomena.export': { roles: exporters },
  'riskAssessments.list': { roles: readers },
  'riskAssessments.create': { roles: recordWriters },
  'riskAssessments.update': { roles: recordWriters },
  'riskAssessments.export': { roles: exporters },
};

export type Access = 'allowed' | 'if-invited' | 'refused';

/** What the map says for one role and method, before any check of the meeting's invitation. */
export function accessFor(role: Role, method: ApiMethod): Access {
  const p = PERMISSIONS[method];
  if (p.roles.includes(role)) return 'allowed';
  if (p.invited?.includes(role)) return 'if-invited';
  return 'refused';
}

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
