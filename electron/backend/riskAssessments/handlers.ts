import { riskAssessmentProblems } from '../../../shared/domain/riskAssessment';
import { audit } from '../audit/audit';
import { getChild } from '../children/queries';
import type { BackendContext } from '../context';
import { DomainError, invalid, notFound } from '../errors';
import { toDocumentChild } from '../exports/mapping/child';
import { issuerFor } from '../exports/issuer';
import { letterheadOption, londonDay, meetingDocxFile } from '../exports/minutesModel';
import type { Handlers } from '../handler';
import { londonToday } from '../meetings/guard';
import { mutation } from '../mutation';
import { claimRevision } from '../revision';
import { buildRiskAssessmentDocx } from './document';
import { insertAssessment, listAssessments, readAssessment, updateAssessment } from './queries';

type Methods =
  'riskAssessments.list' | 'riskAssessments.create' | 'riskAssessments.update' | 'riskAssessments.export';

async function requireChild(ctx: BackendContext, childId: string) {
  const child = await getChild(ctx.db, childId);
  if (!child) throw notFound('The child');
  return child;
}

async function requireAssessment(ctx: BackendContext, id: string) {
  const a = await readAssessment(ctx.db, id);
  if (!a) throw notFound('The risk assessment');
  return a;
}

/**
 * The Missing From Care Risk Assessment and Action Plan (WG appendix a). Reads are views of the child on the audit
 * trail, saves are creates and updates naming the version, never what was written. Its date is what the protocol
 * engine reads, so the audited save re-evaluates the child (protocol/state/marks.ts).
 */
export const riskAssessmentsHandlers: Handlers<Methods> = {
  'riskAssessments.list': ({ childId }, ctx) =>
    mutation(ctx, async (tx) => {
      await requireChild(tx, childId);
      await audit(tx, 'view', 'risk-assessment', childId, childId);
      return listAssessments(tx.db, childId);
    }),

  'riskAssessments.create': ({ childId, assessment }, ctx) =>
    mutation(ctx, async (tx) => {
      await requireChild(tx, childId);
      const problems = riskAssessmentProblems(assessment, londonToday(tx));
      if (problems.length > 0) throw invalid(problems);
      const id = await insertAssessment(tx.db, childId, assessment, tx.now().toISOString(), tx.user());
      const saved = await requireAssessment(tx, id);
      await audit(tx, 'create', 'risk-assessment', id, childId, `version ${saved.version}`);
      tx.changed('risk_assessments');
      return saved;
    }),

  'riskAssessments.update': ({ id, baseRevision, assessment }, ctx) =>
    mutation(ctx, async (tx) => {
      const before = await requireAssessment(tx, id);
      // A superseded version is the record of what was agreed then: a change is a review, a new version.
      if (!before.latest)
        throw new DomainError(
          'invalid',
          `Version ${before.version} has been superseded by a review; it stays as it was agreed. Start a review to change the assessment.`,
          [{ field: 'id', message: 'is a superseded version' }],
        );
      const problems = riskAssessmentProblems(assessment, londonToday(tx));
      if (problems.length > 0) throw invalid(problems);
      await claimRevision(tx, 'risk_assessments', id, baseRevision);
      await updateAssessment(tx.db, id, before.childId, assessment, tx.now().toISOString(), tx.user());
      await audit(tx, 'update', 'risk-assessment', id, before.childId, `version ${before.version}`);
      tx.changed('risk_assessments');
      return requireAssessment(tx, id);
    }),

  'riskAssessments.export': async ({ id }, ctx) => {
    const assessment = await requireAssessment(ctx, id);
    const child = await requireChild(ctx, assessment.childId);
    const bytes = await buildRiskAssessmentDocx(
      {
        issuer: await issuerFor(ctx, child.placingAuthority),
        child: toDocumentChild(child),
        producedAt: ctx.now().toISOString(),
        assessment,
      },
      await letterheadOption(ctx),
    );
    await mutation(ctx, (tx) =>
      audit(tx, 'export', 'risk-assessment', id, child.id, `docx version ${assessment.version}`),
    );
    return meetingDocxFile(
      londonDay(ctx.now().toISOString()),
      'Risk assessment',
      [child.caseReference],
      bytes,
    );
  },
};
