import type { ApiInput, FieldIssue } from '../../../../shared/api';
import {
  ATTENDEE_ROLE_LABELS,
  type ActionStatus,
  type Attendee,
  type MeetingAction,
} from '../../../../shared/domain/meeting';
import { parseUkDate } from '../../../../shared/time/london';
import { formatUkDate } from '../meetingText';

/** An action as typed: the due date stays text (dd/mm/yyyy) until saved. '' child means the item's child. */
export interface ActionDraft {
  what: string;
  owner: string;
  agency: string;
  due: string;
  childId: string;
  /** Why the action was set (issue 14): printed under it in the minutes and the action plan. */
  why: string;
}

export type ActionErrors = Partial<Record<keyof ActionDraft | 'general', string>>;

export const emptyAction = (): ActionDraft => ({
  what: '',
  owner: '',
  agency: '',
  due: '',
  childId: '',
  why: '',
});

/** Nothing typed (the child chosen alone is not worth keeping). */
export const isEmptyAction = (d: ActionDraft): boolean =>
  !d.what.trim() && !d.owner.trim() && !d.agency.trim() && !d.due.trim() && !d.why.trim();

export const draftFromAction = (a: MeetingAction): ActionDraft => ({
  what: a.what,
  owner: a.owner,
  agency: a.agency,
  due: formatUkDate(a.dueOn),
  childId: a.childId ?? '',
  why: a.rationale,
});

type ActionPayload = ApiInput<'meetings.addAction'>['action'];

export function parseAction(
  d: ActionDraft,
  status: ActionStatus,
): { ok: true; value: ActionPayload } | { ok: false; errors: ActionErrors } {
  const errors: ActionErrors = {};
  if (!d.what.trim()) errors.what = 'Say what is to be done.';
  if (!d.owner.trim()) errors.owner = 'Name who will do it.';
  const due = d.due.trim() ? parseUkDate(d.due) : null;
  if (due && !due.ok) errors.due = `Due date ${due.message}.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      what: d.what.trim(),
      owner: d.owner.trim(),
      agency: d.agency.trim(),
      dueOn: due?.ok ? due.date : null,
      status,
      childId: d.childId || null,
      rationale: d.why.trim(),
    },
  };
}

const FIELD_OF: Record<string, keyof ActionDraft> = {
  'action.what': 'what',
  'action.owner': 'owner',
  'action.agency': 'agency',
  'action.dueOn': 'due',
  'action.childId': 'childId',
  'action.rationale': 'why',
};

export function actionIssues(issues: readonly FieldIssue[] | undefined, message: string): ActionErrors {
  const errors: ActionErrors = {};
  for (const i of issues ?? []) {
    const field = FIELD_OF[i.field];
    if (field) errors[field] = /^[a-z]/.test(i.message) ? `This ${i.message}.` : i.message;
  }
  if (Object.keys(errors).length === 0) errors.general = message;
  return errors;
}

/** After a refusal, the cursor goes to the first field named, so the fix is typed straight away. */
export function focusFirstError(container: HTMLElement | null, errors: ActionErrors): void {
  const order: Array<keyof ActionDraft> = ['what', 'owner', 'agency', 'due', 'childId', 'why'];
  const first = order.find((k) => errors[k]);
  if (!first || !container) return;
  container.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
}

/** The attendees with a name, as Owner offers them: name, and role and agency to tell two namesakes apart. */
export const ownersOf = (attendees: readonly Attendee[]) =>
  attendees
    .filter((a) => a.name.trim() !== '')
    .map((a) => ({ name: a.name, agency: a.agency, role: ATTENDEE_ROLE_LABELS[a.role] }));
