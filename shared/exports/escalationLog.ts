import type { DocumentChild, DocumentIssuer, IsoInstant } from './documents';

/**
 * A child's escalation and conflict resolution log as the Word documents print it (W-CP 5.0; issue 17): on its own,
 * and as a section of the minutes. Resolved for display like the other document models.
 */
export interface DocumentEscalation {
  /** The child it concerns, by name: only printed when the document covers more than one child. */
  child: string | null;
  escalatedAt: IsoInstant;
  fromWho: string;
  toWho: string;
  about: string;
  /** The protocol's section for one of its own escalations, e.g. "W-CP 7.0"; null for one entered by hand. */
  section: string | null;
  /** Empty while no outcome is recorded. */
  outcome: string;
  outcomeAt: IsoInstant | null;
  /** Who recorded it, as the record names them. */
  recordedBy: string;
}

export interface EscalationLogDocument {
  issuer: DocumentIssuer;
  child: DocumentChild;
  producedAt: IsoInstant;
  /** Every entry, oldest first. */
  entries: DocumentEscalation[];
}
