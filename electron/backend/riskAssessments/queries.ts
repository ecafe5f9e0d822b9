import type { RiskAssessment } from '../../../shared/api/riskAssessments';
import type { ActionStatus } from '../../../shared/domain/meeting';
import {
  agreementsSchema,
  circumstancesSchema,
  concernsSchema,
  overallLevel,
  patternSchema,
  planSchema,
  type PlanAction,
  type RiskAssessmentInput,
  type RiskLevel,
} from '../../../shared/domain/riskAssessment';
import type { Db, RiskAssessmentsTable } from '../db/schema';
import { newId } from '../ids';
import type { Selectable } from 'kysely';

type Row = Selectable<RiskAssessmentsTable>;

/** The JSON columns: the plan without its actions (rows of their own), the two levels beside the grid. */
const columns = (a: RiskAssessmentInput) => ({
  assessed_on: a.assessedOn,
  overall_level: overallLevel(a.careProviderLevel, a.socialWorkerLevel),
  pattern: JSON.stringify(a.pattern),
  concerns: JSON.stringify({ ...a.concerns, levels: [a.careProviderLevel, a.socialWorkerLevel] }),
  circumstances: JSON.stringify(a.circumstances),
  plan: JSON.stringify({ ...a.plan, actions: [] }),
  agreements: JSON.stringify(a.agreements),
});

async function toAssessment(db: Db, r: Row, latest: boolean): Promise<RiskAssessment> {
  const actions = await db
    .selectFrom('risk_plan_actions')
    .selectAll()
    .where('assessment_id', '=', r.id)
    .orderBy('position')
    .execute();
  const concerns = JSON.parse(r.concerns) as { levels: [RiskLevel, RiskLevel] };
  return {
    id: r.id,
    childId: r.child_id,
    version: r.version,
    latest,
    assessedOn: r.assessed_on,
    careProviderLevel: concerns.levels[0],
    socialWorkerLevel: concerns.levels[1],
    overallLevel: r.overall_level as RiskLevel,
    // Parsed against the schema, so a row written by an older form reads with today's defaults.
    pattern: patternSchema.parse(JSON.parse(r.pattern)),
    concerns: concernsSchema.parse(concerns),
    circumstances: circumstancesSchema.parse(JSON.parse(r.circumstances)),
    plan: {
      ...planSchema.parse(JSON.parse(r.plan)),
      actions: actions.map((x) => ({
        id: x.id,
        description: x.description,
        owner: x.owner,
        agency: x.agency,
        dueOn: x.due_on,
        status: x.status as ActionStatus,
      })),
    },
    agreements: agreementsSchema.parse(JSON.parse(r.agreements)),
    revision: r.revision,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

/** Every version for the child, newest first. */
export async function listAssessments(db: Db, childId: string): Promise<RiskAssessment[]> {
  const rows = await db
    .selectFrom('risk_assessments')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('version', 'desc')
    .execute();
  return Promise.all(rows.map((r, i) => toAssessment(db, r, i === 0)));
}

export async function readAssessment(db: Db, id: string): Promise<RiskAssessment | undefined> {
  const row = await db.selectFrom('risk_assessments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const newest = await db
    .selectFrom('risk_assessments')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('child_id', '=', row.child_id)
    .executeTakeFirst();
  return toAssessment(db, row, Number(newest?.v ?? 0) === row.version);
}

/** Writes the plan's actions in the order given, keeping the ids of the ones that were there. */
async function writeActions(
  db: Db,
  assessmentId: string,
  childId: string,
  actions: readonly PlanAction[],
): Promise<void> {
  const kept = new Set(
    (
      await db
        .selectFrom('risk_plan_actions')
        .select('id')
        .where('assessment_id', '=', assessmentId)
        .execute()
    ).map((r) => r.id),
  );
  await db.deleteFrom('risk_plan_actions').where('assessment_id', '=', assessmentId).execute();
  if (actions.length === 0) return;
  await db
    .insertInto('risk_plan_actions')
    .values(
      actions.map((a, position) => ({
        id: a.id !== null && kept.has(a.id) ? a.id : newId(),
        assessment_id: assessmentId,
        child_id: childId,
        position,
        description: a.description,
        owner: a.owner,
        agency: a.agency,
        due_on: a.dueOn,
        status: a.status,
      })),
    )
    .execute();
}

/** A new version: the next number for the child, the one before left as it was. */
export async function insertAssessment(
  db: Db,
  childId: string,
  a: RiskAssessmentInput,
  at: string,
  by: string,
): Promise<string> {
  const newest = await db
    .selectFrom('risk_assessments')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('child_id', '=', childId)
    .executeTakeFirst();
  const id = newId();
  await db
    .insertInto('risk_assessments')
    .values({
      id,
      child_id: childId,
      version: Number(newest?.v ?? 0) + 1,
      ...columns(a),
      created_at: at,
      created_by: by,
      updated_at: at,
      updated_by: by,
    })
    .execute();
  // A review carries no action ids over: its actions are the new plan's, the old plan's stay with it.
  await writeActions(
    db,
    id,
    childId,
    a.plan.actions.map((x) => ({ ...x, id: null })),
  );
  return id;
}

export async function updateAssessment(
  db: Db,
  id: string,
  childId: string,
  a: RiskAssessmentInput,
  at: string,
  by: string,
): Promise<void> {
  await db
    .updateTable('risk_assessments')
    .set({ ...columns(a), updated_at: at, updated_by: by })
    .where('id', '=', id)
    .execute();
  await writeActions(db, id, childId, a.plan.actions);
}

/** What the protocol engine reads: the dates of every version, per child (WG appendix a's due rule). */
export async function assessedOnByChild(
  db: Db,
  childIds?: readonly string[],
): Promise<Map<string, string[]>> {
  let q = db.selectFrom('risk_assessments').select(['child_id', 'assessed_on']).orderBy('assessed_on');
  if (childIds !== undefined) {
    if (childIds.length === 0) return new Map();
    q = q.where('child_id', 'in', [...childIds]);
  }
  const out = new Map<string, string[]>();
  for (const r of await q.execute()) {
    const list = out.get(r.child_id) ?? [];
    list.push(r.assessed_on);
    out.set(r.child_id, list);
  }
  return out;
}

export interface OpenPlanAction {
  id: string;
  childId: string;
  childName: string;
  assessmentId: string;
  description: string;
  owner: string;
  agency: string;
  dueOn: string | null;
}

/** The open actions of each child's latest plan: what Due lists (a superseded plan's actions are its own history). */
export async function listOpenPlanActions(db: Db, childIds?: readonly string[]): Promise<OpenPlanAction[]> {
  let q = db
    .selectFrom('risk_plan_actions as a')
    .innerJoin('risk_assessments as r', 'r.id', 'a.assessment_id')
    .innerJoin('children as c', 'c.id', 'a.child_id')
    .select([
      'a.id',
      'a.child_id',
      'a.assessment_id',
      'a.description',
      'a.owner',
      'a.agency',
      'a.due_on',
      'c.given_name',
      'c.family_name',
    ])
    .where('a.status', '=', 'open')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('risk_assessments as newer')
            .select('newer.id')
            .whereRef('newer.child_id', '=', 'r.child_id')
            .whereRef('newer.version', '>', 'r.version'),
        ),
      ),
    )
    .orderBy('a.child_id')
    .orderBy('a.position');
  if (childIds !== undefined) q = q.where('a.child_id', 'in', [...childIds]);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    childId: r.child_id,
    childName: `${r.given_name} ${r.family_name}`,
    assessmentId: r.assessment_id,
    description: r.description,
    owner: r.owner,
    agency: r.agency,
    dueOn: r.due_on,
  }));
}

/** Each child's latest version, its date and overall level: what the meeting pack shows. */
export async function latestLevels(
  db: Db,
  childIds: readonly string[],
): Promise<Map<string, { id: string; version: number; assessedOn: string; overallLevel: RiskLevel }>> {
  const out = new Map<string, { id: string; version: number; assessedOn: string; overallLevel: RiskLevel }>();
  if (childIds.length === 0) return out;
  const rows = await db
    .selectFrom('risk_assessments')
    .select(['id', 'child_id', 'version', 'assessed_on', 'overall_level'])
    .where('child_id', 'in', [...childIds])
    .orderBy('version')
    .execute();
  for (const r of rows)
    out.set(r.child_id, {
      id: r.id,
      version: r.version,
      assessedOn: r.assessed_on,
      overallLevel: r.overall_level as RiskLevel,
    });
  return out;
}
