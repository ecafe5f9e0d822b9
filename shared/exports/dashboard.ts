import type { DocumentIssuer, IsoInstant } from './documents';

/**
 * The monthly missing dashboard as the Word export prints it (and the CSV writes it): every figure already a string,
 * every table with its columns, so the builder makes no decisions about wording. Pure types.
 */

export interface DashboardColumn {
  header: string;
  /** Share of the page width in percent; a table's columns add up to 100. */
  width: number;
}

export interface DashboardTable {
  /** e.g. "Return interviews"; a heading in Word, a section title in the CSV. */
  title: string;
  /** What the table counts and its denominator, e.g. "34 episodes ended in the month: every percentage is of these." */
  intro: string | null;
  columns: DashboardColumn[];
  rows: string[][];
  /** Printed instead of the table when it has no rows. */
  emptyText: string;
}

export interface DashboardDocument {
  issuer: DocumentIssuer;
  /** "November 2026". */
  monthLabel: string;
  /** "Episodes reported from Sun 1 Nov 2026 to Mon 30 Nov 2026 (UK time)". */
  period: string;
  producedAt: IsoInstant;
  /** Set when the month is not over, e.g. "The month is not over: figures run to Fri 20 Nov 2026, 10:00." */
  partialNote: string | null;
  /** A few sentences a chair can read out. */
  summary: string[];
  tables: DashboardTable[];
  definitions: Array<{ term: string; definition: string }>;
}
