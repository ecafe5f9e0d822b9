import type { ApiArgs, ApiMethod, ApiOutput } from '../../../shared/api';
import type { ChildSummary } from '../../../shared/domain/child';

// Restricted records in every answer that lists children (issue 10): one function per answer shape, applied by
// the backend after the handler (backend.ts). Answers that open one child or meeting are refused before the
// handler instead (access.ts). Hidden is the set of restricted children the caller is not named on.

type Redactor<M extends ApiMethod> = (
  value: ApiOutput<M>,
  hidden: ReadonlySet<string>,
  args: ApiArgs<M>,
) => ApiOutput<M>;

export const RESTRICTED_LABEL = 'Restricted record';

/** A row that says a record exists and nothing else: no name, date of birth, reference or status. */
const restrictedSummary = (id: string): ChildSummary => ({
  id,
  givenName: RESTRICTED_LABEL,
  familyName: '',
  caseReference: '',
  dateOfBirth: '',
  legalStatus: 'not-known',
  placingAuthority: '',
  hostAuthority: null,
  allocatedWorker: null,
  episodesLast90Days: 0,
  missingSince: null,
  restricted: true,
});

const visible = <T extends { childId: string }>(rows: T[], hidden: ReadonlySet<string>) =>
  rows.filter((r) => !hidden.has(r.childId));

const REDACTORS: { [M in ApiMethod]?: Redactor<M> } = {
  // A search or filter that matched a hidden child would tell something about it: those rows go entirely.
  'children.list': (rows, hidden, q) =>
    q.search || q.missingNow || q.legalStatus
      ? rows.filter((r) => !hidden.has(r.id))
      : rows.map((r) => (hidden.has(r.id) ? restrictedSummary(r.id) : r)),
  'protocol.due': (list, hidden) => ({ ...list, items: visible(list.items, hidden) }),
  'dailyReview.board': (b, hidden) => ({
    ...b,
    missingNow: visible(b.missingNow, hidden),
    highRisk: visible(b.highRisk, hidden),
    missingOver24Hours: visible(b.missingOver24Hours, hidden),
    returnedInterviewDue: visible(b.returnedInterviewDue, hidden),
    crossedThreshold: visible(b.crossedThreshold, hidden),
    interviewsOverdue: visible(b.interviewsOverdue, hidden),
    actionsOverdue: b.actionsOverdue.filter((a) => !a.child || !hidden.has(a.child.childId)),
    childIds: b.childIds.filter((id) => !hidden.has(id)),
  }),
  'meetings.list': (rows, hidden) =>
    rows.map((m) => ({
      ...m,
      children: m.children.map((c) =>
        hidden.has(c.id) ? { id: c.id, givenName: RESTRICTED_LABEL, familyName: '', caseReference: '' } : c,
      ),
    })),
  'meetings.listForChild': (rows, hidden) => REDACTORS['meetings.list']!(rows, hidden, {} as never),
  // The month's counts are the service's figures and stay; the named list of repeat children does not name them.
  'dashboard.month': (d, hidden) => ({
    ...d,
    repeat: {
      ...d.repeat,
      list: d.repeat.list.map((c) =>
        hidden.has(c.childId) ? { ...c, childName: RESTRICTED_LABEL, caseReference: '' } : c,
      ),
    },
  }),
  'actions.list': (rows, hidden) => rows.filter((a) => !a.childId || !hidden.has(a.childId)),
};

/** The answer as this caller may see it; unchanged when nothing is hidden from them. */
export function redact<M extends ApiMethod>(
  method: M,
  value: ApiOutput<M>,
  args: ApiArgs<M>,
  hidden: ReadonlySet<string> | undefined,
): ApiOutput<M> {
  const redactor = REDACTORS[method];
  return hidden && hidden.size > 0 && redactor ? redactor(value, hidden, args) : value;
}
