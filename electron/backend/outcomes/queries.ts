import type { MeetingOutcome, MeetingOutcomeInput } from '../../../shared/api/outcomes';
import type { Db } from '../db/schema';

const EMPTY: MeetingOutcome = {
  attendanceComments: '',
  riskLevel: null,
  riskRationale: '',
  strategyOutcome: null,
  familyReceives: false,
  updatedAt: null,
  updatedBy: null,
};

export async function readOutcome(db: Db, meetingId: string): Promise<MeetingOutcome> {
  const r = await db
    .selectFrom('meeting_outcomes')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  if (!r) return EMPTY;
  return {
    attendanceComments: r.attendance_comments,
    riskLevel: r.risk_level as MeetingOutcome['riskLevel'],
    riskRationale: r.risk_rationale,
    strategyOutcome: r.strategy_outcome as MeetingOutcome['strategyOutcome'],
    familyReceives: r.family_receives === 1,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export async function writeOutcome(
  db: Db,
  meetingId: string,
  o: MeetingOutcomeInput,
  at: string,
  by: string,
): Promise<void> {
  const row = {
    attendance_comments: o.attendanceComments,
    risk_level: o.riskLevel,
    risk_rationale: o.riskRationale,
    strategy_outcome: o.strategyOutcome,
    family_receives: o.familyReceives ? 1 : 0,
    updated_at: at,
    updated_by: by,
  };
  await db
    .insertInto('meeting_outcomes')
    .values({ meeting_id: meetingId, ...row })
    .onConflict((c) => c.column('meeting_id').doUpdateSet(row))
    .execute();
}
