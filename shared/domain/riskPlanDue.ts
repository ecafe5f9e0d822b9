import type { DueItem } from '../protocol/dueList';
import { describeDeadlineAt, deadlineMs } from '../protocol/format';
import { parseInstant } from '../protocol/london';

/** An open action of a child's latest risk assessment plan, as the backend reads it. */
export interface OpenPlanActionRow {
  id: string;
  childId: string;
  childName: string;
  assessmentId: string;
  description: string;
  owner: string;
  agency: string;
  dueOn: string | null;
}

/** Due items for the open actions of each child's latest Missing From Care Risk Assessment and Action Plan. */
export function riskPlanDueItems(rows: readonly OpenPlanActionRow[], asOf: string): DueItem[] {
  const asOfMs = parseInstant(asOf);
  return rows.map((r) => {
    const deadlineAt = r.dueOn === null ? null : deadlineMs(r.dueOn);
    const who = r.agency === '' ? r.owner : `${r.owner} (${r.agency})`;
    return {
      key: `${r.childId}|risk-plan-action|${r.id}`,
      childId: r.childId,
      childName: r.childName,
      kind: 'risk-plan-action' as const,
      escalationKey: null,
      what: r.description,
      text:
        deadlineAt === null
          ? `${r.description} (no due date)`
          : `${r.description} ${describeDeadlineAt(deadlineAt, true, asOfMs)}`,
      dueBy: r.dueOn,
      deadlineAt,
      overdue: deadlineAt !== null && asOfMs >= deadlineAt,
      reason: `Risk assessment action plan: ${who}`,
      episodeIds: [],
      chair: null,
      role: who,
      ruleId: null,
      source: 'WG appendix a',
    };
  });
}
