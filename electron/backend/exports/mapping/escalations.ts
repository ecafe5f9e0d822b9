import type { EscalationEntry } from '../../../../shared/api/escalations';
import type { DocumentEscalation } from '../../../../shared/exports/escalationLog';

/** An escalation log entry in the documents' words; `child` only where the document covers several children. */
export const toDocumentEscalation = (e: EscalationEntry, child: string | null): DocumentEscalation => ({
  child,
  escalatedAt: e.escalatedAt,
  fromWho: e.fromWho,
  toWho: e.toWho,
  about: e.about,
  section: e.section,
  outcome: e.outcome,
  outcomeAt: e.outcomeAt,
  recordedBy: e.recordedBy,
});
