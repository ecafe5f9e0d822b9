import type { FieldIssue } from '../../../shared/api/result';
import { ApiCallError } from '../api/client';

/** A failed save's problems by field (e.g. `part2.0.risk`), and one line for the alert above the form. */
export function saveProblems(e: unknown, label: (field: string) => string) {
  const issues: readonly FieldIssue[] = e instanceof ApiCallError ? (e.error.issues ?? []) : [];
  const byField = Object.fromEntries(issues.map((i) => [i.field, i.message]));
  const first = issues[0];
  const summary = first
    ? `${/^[A-Z]/.test(first.message) ? first.message : `${label(first.field)} ${first.message}.`}${
        issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
      }`
    : e instanceof Error
      ? e.message
      : 'The save failed.';
  return { byField, summary };
}
