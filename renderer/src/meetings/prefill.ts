import { MEETING_KINDS, type MeetingKind } from '../../../shared/domain/meeting';
import { shortMeetingLabel, type DueItem, type RequiredMeeting } from '../../../shared/protocol';

/** What a new meeting starts from: a due item's requirement, or a chair's choice on the child's page. */
export interface MeetingPrefill {
  kind: MeetingKind;
  stageLevel: number | null;
  children: Array<{ id: string; name: string }>;
  chairRole: string;
  reason: string;
  dueBy: string | null;
  /** The episodes that called the meeting (the protocol's episodeIds). */
  trigger: string[];
}

export const isMeetingKind = (kind: string): kind is MeetingKind =>
  (MEETING_KINDS as readonly string[]).includes(kind);

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * The requirement a Due row stands for. The row carries the short label and the episodes, not the kind or stage,
 * so it is matched against the child's evaluation: same short label and episodes, then the label alone.
 */
export function requirementFor(item: DueItem, meetings: readonly RequiredMeeting[]): RequiredMeeting | null {
  const sameLabel = meetings.filter((m) => shortMeetingLabel(m.label) === item.what);
  return (
    sameLabel.find((m) => sameIds(m.episodeIds, item.episodeIds) && m.dueBy === item.dueBy) ??
    sameLabel.find((m) => sameIds(m.episodeIds, item.episodeIds)) ??
    sameLabel[0] ??
    null
  );
}

export function prefillFromRequirement(
  item: Pick<DueItem, 'childId' | 'childName'>,
  m: RequiredMeeting,
): MeetingPrefill | null {
  if (!isMeetingKind(m.kind)) return null;
  return {
    kind: m.kind,
    stageLevel: m.kind === 'mim' ? (m.stageLevel ?? 1) : null,
    children: [{ id: item.childId, name: item.childName }],
    chairRole: m.chair ?? '',
    reason: m.reason,
    dueBy: m.dueBy,
    trigger: m.episodeIds,
  };
}
