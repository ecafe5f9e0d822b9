import { z } from 'zod';
import {
  riskAssessmentInputSchema,
  type Agreements,
  type Circumstances,
  type Concerns,
  type Pattern,
  type Plan,
  type PlanAction,
  type RiskLevel,
} from '../domain/riskAssessment';
import { apiId, baseRevision } from './text';
import type { FileToSave } from './index';

/** One version of a child's Missing From Care Risk Assessment and Action Plan (WG appendix a). */
export interface RiskAssessment {
  id: string;
  childId: string;
  /** 1 for the first assessment; each review is the next. */
  version: number;
  /** False once a review has superseded it: it stays readable as it was agreed, and is no longer edited. */
  latest: boolean;
  assessedOn: string;
  careProviderLevel: RiskLevel;
  socialWorkerLevel: RiskLevel;
  /** The higher of the two ("in case of disagreement ... considered as being at higher risk"). */
  overallLevel: RiskLevel;
  pattern: Pattern;
  concerns: Concerns;
  circumstances: Circumstances;
  plan: Plan & { actions: Array<PlanAction & { id: string }> };
  agreements: Agreements;
  revision: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export const riskAssessmentsSchemas = {
  /** Every version for the child, newest first. */
  'riskAssessments.list': z.object({ childId: apiId }),
  /** A first assessment, or a review: a new version, the previous one kept as it was. */
  'riskAssessments.create': z.object({ childId: apiId, assessment: riskAssessmentInputSchema }),
  /** Corrects the latest version (from the revision the form was opened on). */
  'riskAssessments.update': z.object({ id: apiId, baseRevision, assessment: riskAssessmentInputSchema }),
  /** One version as a Word document in the minutes' layout. */
  'riskAssessments.export': z.object({ id: apiId }),
};

export interface RiskAssessmentsOutputs {
  'riskAssessments.list': RiskAssessment[];
  'riskAssessments.create': RiskAssessment;
  'riskAssessments.update': RiskAssessment;
  'riskAssessments.export': FileToSave;
}
