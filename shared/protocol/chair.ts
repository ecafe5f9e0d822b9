import type { ProtocolStage } from './schema';
import type { ChildFacts } from './types';

/**
 * Who chairs a stage's meeting for this child: the first rule matching the child's legal status (and, for Stoke,
 * whether an Early Help plan is working: ST 13.18), else the stage's default chair.
 */
export function chairFor(stage: ProtocolStage, child: ChildFacts): string {
  const status = child.legalStatus ?? null;
  if (status === null) return stage.chair.default;
  const planWorking = child.earlyHelpPlanWorking ?? null;
  const rule = stage.chair.rules.find(
    (r) =>
      r.legalStatuses.includes(status) &&
      (r.earlyHelpPlanWorking === null || r.earlyHelpPlanWorking === planWorking),
  );
  return rule?.chair ?? stage.chair.default;
}
