import type { RiskKey } from '../../../shared/api/dashboard';
import { POLICE_RISK_LABELS, POLICE_RISKS } from '../../../shared/domain/episode';

/** As the Word and CSV exports print it: one decimal place, and a dash when there is nothing to divide by. */
export const percentText = (percent: number | null): string =>
  percent === null ? '—' : `${percent.toFixed(1)}%`;

export const RISK_KEYS: readonly RiskKey[] = [...POLICE_RISKS, 'not-graded'];
export const RISK_LABELS: Record<RiskKey, string> = { ...POLICE_RISK_LABELS, 'not-graded': 'Not graded' };
