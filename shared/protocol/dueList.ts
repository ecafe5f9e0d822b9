import { describeDeadlineAt, formatTimeAndDay } from './format';
import { isIsoDate, parseInstant } from './london';
import { returnStepEscalationKey } from './escalationKeys';
import type { ChildEvaluation, Notification } from './types';

/** One thing to do for one child, across every child: what the front page of the app lists, most urgent first. */
export type DueItemKind =
  | 'meeting'
  | 'notification'
  | 'return-interview'
  | 'return-step'
  // A Philomena Protocol Part 1 not reviewed in 6 months (shared/domain/philomena.ts).
  | 'philomena-review'
  // An open action of a risk assessment's plan (WG appendix a; shared/domain/riskPlanDue.ts).
  | 'risk-plan-action'
  // A protocol prompt from recorded facts (shared/protocol/prompts.ts).
  | 'prompt'
  // A refused return interview or minutes not received, until recorded as escalated (shared/protocol/escalations.ts).
  | 'escalation';

export interface DueItem {
  /** Stable across calls for the same requirement (for React keys and "done" buttons). */
  key: string;
  childId: string;
  childName: string;
  kind: DueItemKind;
  /** Short name of the thing due, e.g. "Stage 1 MIM", "RHI", "Inform Assistant Director". */
  what: string;
  /** The line to show, e.g. "Stage 1 MIM due by Tue 30 Dec", "RHI overdue by 5 h". */
  text: string;
  /** As the evaluation gave it: `YYYY-MM-DD`, an ISO instant, or null (no deadline in the protocol). */
  dueBy: string | null;
  /** Epoch millis the deadline passes (end of the London day for a date); null when there is none. */
  deadlineAt: number | null;
  overdue: boolean;
  reason: string;
  episodeIds: string[];
  chair: string | null;
  role: string | null;
  /** A notice about no episode: its statutory review's id or "placement:YYYY-MM-DD" (notifications.record's subject). */
  subjectId?: string | null;
  /** A notification's rule (what recording it answers, with the episode and role); null for other kinds. */
  ruleId: string | null;
  /** The section the item comes from, e.g. "ST 6"; null where the evaluation does not carry one. */
  source: string | null;
  /** An escalation's key in the child's escalation log: recording it there answers the item; null otherwise. */
  escalationKey: string | null;
}

/** A notification as the Due list reads it: the protocol's quote and who notifies are the child page's. */
export type DueNotification = Omit<Notification, 'quote' | 'notifiedBy'>;

/**
 * What the Due list and the board read of an evaluation: the stored state keeps this much for each child, so a
 * county's Due list reads a fifth of the text the whole answers would be (the quotes were most of it).
 */
export interface DueEvaluation extends Pick<
  ChildEvaluation,
  'stage' | 'meetings' | 'returnInterviews' | 'longTermMissing' | 'considerations' | 'prompts' | 'escalations'
> {
  notifications: DueNotification[];
}

/** The Due list's part of an evaluation, the fields copied by name so nothing else rides along. */
export function dueEvaluationOf(e: DueEvaluation): DueEvaluation {
  return {
    stage: e.stage,
    meetings: e.meetings,
    notifications: e.notifications.map((n) => ({
      role: n.role,
      at: n.at,
      deadlineAt: n.deadlineAt,
      reason: n.reason,
      episodeId: n.episodeId,
      subjectId: n.subjectId,
      source: n.source,
      ruleId: n.ruleId,
    })),
    returnInterviews: e.returnInterviews,
    longTermMissing: e.longTermMissing,
    considerations: e.considerations,
    prompts: e.prompts,
    escalations: e.escalations,
  };
}

export interface DueListRow {
  childId: string;
  childName: string;
  evaluation: DueEvaluation;
}

/** "Stage 1 Missing Intervention Meeting" -> "Stage 1 MIM"; drops a trailing "(...)". */
export function shortMeetingLabel(label: string): string {
  return label
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace('Missing Intervention Meeting', 'MIM')
    .trim();
}

function deadlineFields(
  dueBy: string | null,
  deadlineAt: number | null,
  asOfMs: number,
): Pick<DueItem, 'deadlineAt' | 'overdue'> & { phrase: string | null } {
  if (dueBy === null || deadlineAt === null) return { deadlineAt: null, overdue: false, phrase: null };
  const isDate = isIsoDate(dueBy);
  // A date is overdue from the start of the next London day; an instant once it has passed.
  const overdue = isDate ? asOfMs >= deadlineAt : asOfMs > deadlineAt;
  return { deadlineAt, overdue, phrase: describeDeadlineAt(deadlineAt, isDate, asOfMs) };
}

/**
 * One flat list of due items across children: overdue first (the longest overdue at the top), then the soonest
 * deadline, then items with no deadline. Ties go by child name so the list does not jump about.
 */
export function buildDueList(rows: readonly DueListRow[], asOf: string): DueItem[] {
  const asOfMs = parseInstant(asOf);
  const items: DueItem[] = [];
  for (const { childId, childName, evaluation } of rows) {
    for (const m of evaluation.meetings) {
      const what = shortMeetingLabel(m.label);
      const d = deadlineFields(m.dueBy, m.deadlineAt, asOfMs);
      items.push({
        key: `${childId}|meeting|${m.kind}|${m.stageLevel ?? ''}|${m.episodeIds[0] ?? ''}|${m.arisesAt}`,
        childId,
        childName,
        kind: 'meeting',
        what,
        text: d.phrase === null ? `${what} (${m.deadlineWords ?? 'no deadline set'})` : `${what} ${d.phrase}`,
        dueBy: m.dueBy,
        deadlineAt: d.deadlineAt,
        overdue: d.overdue,
        reason: m.reason,
        episodeIds: m.episodeIds,
        chair: m.chair,
        role: null,
        ruleId: null,
        source: m.source,
        escalationKey: null,
      });
    }
    for (const n of evaluation.notifications) {
      const what = `Inform ${n.role}`;
      const d = deadlineFields(n.at, n.deadlineAt, asOfMs);
      items.push({
        key: `${childId}|notification|${n.episodeId ?? n.subjectId ?? ''}|${n.ruleId}|${n.role}`,
        childId,
        childName,
        kind: 'notification',
        what,
        text: `${what} (${d.phrase ?? ''})`,
        dueBy: n.at,
        deadlineAt: d.deadlineAt,
        overdue: d.overdue,
        reason: n.reason,
        episodeIds: n.episodeId === null ? [] : [n.episodeId],
        subjectId: n.subjectId,
        chair: null,
        role: n.role,
        ruleId: n.ruleId,
        source: n.source,
        escalationKey: null,
      });
    }
    for (const r of evaluation.returnInterviews) {
      const d = deadlineFields(r.dueBy, r.deadlineAt, asOfMs);
      items.push({
        key: `${childId}|return-interview|${r.episodeId}`,
        childId,
        childName,
        kind: 'return-interview',
        what: r.shortName,
        text: `${r.shortName} ${d.phrase ?? ''}`,
        dueBy: r.dueBy,
        deadlineAt: d.deadlineAt,
        overdue: d.overdue,
        reason: `${r.name} after the child returned`,
        episodeIds: [r.episodeId],
        chair: null,
        role: null,
        ruleId: null,
        source: null,
        escalationKey: null,
      });
      // 'by' steps while the interview is outstanding; of the escalations, only the latest one reached, until it is
      // recorded as escalated in the child's log.
      const escalation = r.steps.filter((s) => s.type === 'escalate-at' && s.reached).at(-1);
      for (const step of r.steps) {
        if (step.type === 'escalate-at' && (step !== escalation || step.escalated)) continue;
        const stepWhat = `${step.role}: ${step.action}`;
        const sd = deadlineFields(step.dueBy, step.deadlineAt, asOfMs);
        items.push({
          key: `${childId}|return-step|${r.episodeId}|${step.id}`,
          childId,
          childName,
          kind: 'return-step',
          what: stepWhat,
          text: `${stepWhat} (${sd.phrase ?? ''})`,
          dueBy: step.dueBy,
          deadlineAt: sd.deadlineAt,
          overdue: sd.overdue,
          reason: `${r.shortName} not yet held or recorded (${step.source})`,
          episodeIds: [r.episodeId],
          chair: null,
          role: step.role,
          ruleId: null,
          source: step.source,
          escalationKey: step.type === 'escalate-at' ? returnStepEscalationKey(r.episodeId, step.id) : null,
        });
      }
    }
    for (const e of evaluation.escalations) {
      const d = deadlineFields(e.at, e.deadlineAt, asOfMs);
      items.push({
        key: `${childId}|${e.key}`,
        childId,
        childName,
        kind: 'escalation',
        what: e.what,
        text: `${e.what} (${d.phrase ?? ''})`,
        dueBy: e.at,
        deadlineAt: d.deadlineAt,
        overdue: d.overdue,
        reason: e.reason,
        episodeIds: e.episodeId === null ? [] : [e.episodeId],
        chair: null,
        role: e.role,
        ruleId: null,
        source: e.source,
        escalationKey: e.key,
      });
    }
    items.push(...promptItems(childId, childName, evaluation, asOfMs));
  }
  return items.sort(compareDueItems);
}

/**
 * What the protocol says to consider, with its section: long-term missing (W-CP 2.0), "consider a MIM from the third
 * day" (ST 13.23) and the prompts from recorded facts (ST 13.3, 10.4, 23.3). Most have no deadline, so they sort
 * after the dated items.
 */
function promptItems(
  childId: string,
  childName: string,
  evaluation: DueEvaluation,
  asOfMs: number,
): DueItem[] {
  const base = {
    childId,
    childName,
    kind: 'prompt' as const,
    chair: null,
    role: null,
    ruleId: null,
    escalationKey: null,
  };
  const items: DueItem[] = [];
  for (const l of evaluation.longTermMissing) {
    items.push({
      ...base,
      key: `${childId}|prompt|long-term-missing|${l.episodeId}`,
      what: 'Long-term missing',
      text: `Long-term missing: day ${l.days + 1} of the episode`,
      dueBy: null,
      deadlineAt: null,
      overdue: false,
      reason: `Long-term missing since ${formatTimeAndDay(parseInstant(l.since), asOfMs)} (${l.source})`,
      episodeIds: [l.episodeId],
      source: l.source,
    });
  }
  for (const c of evaluation.considerations) {
    items.push({
      ...base,
      key: `${childId}|prompt|consider-mim|${c.episodeId}`,
      what: 'Consider a MIM',
      text: c.reason,
      dueBy: null,
      deadlineAt: null,
      overdue: false,
      // The source already says why (e.g. 'ST 13.23 (extended episode: from the third day)').
      reason: c.source,
      episodeIds: [c.episodeId],
      source: c.source,
    });
  }
  for (const p of evaluation.prompts) {
    const d = deadlineFields(p.dueBy, p.deadlineAt, asOfMs);
    items.push({
      ...base,
      key: `${childId}|prompt|${p.kind}|${p.episodeId ?? ''}`,
      what: p.what,
      text: d.phrase === null ? p.what : `${p.what} ${d.phrase}`,
      dueBy: p.dueBy,
      deadlineAt: d.deadlineAt,
      overdue: d.overdue,
      reason: p.reason,
      episodeIds: p.episodeId === null ? [] : [p.episodeId],
      chair: p.chair,
      source: p.source,
    });
  }
  return items;
}

export function compareDueItems(a: DueItem, b: DueItem): number {
  const da = a.deadlineAt ?? Infinity;
  const db = b.deadlineAt ?? Infinity;
  if (da !== db) return da < db ? -1 : 1;
  if (a.childName !== b.childName) return a.childName < b.childName ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
