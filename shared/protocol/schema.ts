import { z } from 'zod';
import { LEGAL_STATUSES } from '../domain/child';
import { EPISODE_CATEGORIES, POLICE_RISKS, RETURN_INTERVIEW_OUTCOMES } from '../domain/episode';
import { MEETING_KINDS } from '../domain/meeting';
import { escalationRulesSchema } from './escalationSchema';

/**
 * A protocol profile: one council's missing-children protocol as data. Every rule carries `source`, the section
 * of the protocol text it comes from, so an administrator who duplicates a profile for another council can see
 * what each number stands for. The backend stores edited profiles as JSON and validates them with this schema.
 */

/** Section reference in the protocol text, e.g. 'ST 13.17-13.20'. */
const source = z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters');
const words = z.string().trim().min(1, 'is required').max(500, 'must be at most 500 characters');
const slug = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. stoke-on-trent')
  .max(60, 'must be at most 60 characters');
const hours = z
  .number()
  .min(0, 'must not be negative')
  .max(24 * 366, 'must be at most a year');
const stageLevel = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const categories = z
  .array(z.enum(EPISODE_CATEGORIES))
  .min(1, 'must name at least one episode category')
  .refine((list) => new Set(list).size === list.length, 'must not repeat a category');
const legalStatuses = z.array(z.enum(LEGAL_STATUSES)).min(1, 'must name at least one legal status');

/** Who chairs: a default, then the first rule matching the child's legal status (and Early Help plan) wins. */
export const chairRuleSchema = z.object({
  legalStatuses,
  /** Stoke (ST 13.18): the Early Help Manager may chair only where the Early Help plan works and parents engage. */
  earlyHelpPlanWorking: z.boolean().nullable().default(null),
  chair: words,
  source,
});

export const chairSchema = z.object({
  default: words,
  rules: z.array(chairRuleSchema).max(20).default([]),
  source,
});

export const stageTriggerSchema = z.discriminatedUnion('type', [
  /** Reached when this many counting episodes fall inside the rolling window. */
  z.object({ type: z.literal('count'), threshold: z.number().int().min(1).max(100) }),
  /**
   * Reached when a counting episode in the window follows the meeting held for the stage below, while that stage
   * still stands: Wigan's "continues to be reported missing beyond this level" (WG 11), East Midlands' "missing
   * episodes continue to escalate" (EM).
   */
  z.object({ type: z.literal('continued-after-meeting') }),
]);

export const stageSchema = z.object({
  level: stageLevel,
  /** In the protocol's words, e.g. "Stage 1 Missing Intervention Meeting". */
  label: words,
  /** The meeting this stage calls: 'mim' for a Missing Intervention Meeting, or another kind for an escalation. */
  meetingKind: slug,
  trigger: stageTriggerSchema,
  chair: chairSchema,
  source,
});

export const windowSchema = z.object({
  length: z.number().int().min(1).max(366),
  /** 'months' are calendar months in London local time (Wigan: "a 1 month period", WG 11). */
  unit: z.enum(['days', 'months']),
  source,
});

export const meetingDeadlineSchema = z.discriminatedUnion('type', [
  /** Held within n working days of the London calendar day the stage was reached (ST 13.17). */
  z.object({ type: z.literal('working-days'), days: z.number().int().min(0).max(60), source }),
  /** No deadline in the protocol; `words` says what it does say, e.g. "at the earliest opportunity" (WG 11). */
  z.object({ type: z.literal('none'), words, source }),
]);

/** One long episode reaches a stage on its own (Wigan: "1 period exceeding 24 hours", WG 11). */
export const singleEpisodeTriggerSchema = z.object({
  overHours: hours.refine((h) => h > 0, 'must be more than 0'),
  stageLevel,
  source,
});

/** Which open episodes a clock runs for; null means every one. */
export const clockConditionSchema = z.object({
  policeRisks: z.array(z.enum(POLICE_RISKS)).min(1).nullable().default(null),
  /** A child whose legal status is not recorded is included: better an extra notification than a missed one. */
  legalStatuses: legalStatuses.nullable().default(null),
});

export const notifyRoleSchema = z.object({
  role: words,
  /** ST 14.1: "the responsibility for notifying the more senior manager lies with the manager below". */
  notifiedBy: words.nullable().default(null),
});

/**
 * Who must be told when an episode starts or ends, and by when (issue 16): EM's carer informing the placing
 * authority, ST 6's high-risk report, WG 10's responsible authority. A task until someone records who was told and
 * when. `afterHours` 0 is "immediately": due, and overdue, from the moment of the report or the return.
 */
export const notificationRuleSchema = z.object({
  id: slug,
  /** 'report': counted from the missing report; 'return': from the return (EM: "when the child has returned"). */
  from: z.enum(['report', 'return']),
  afterHours: hours.default(0),
  /** Episode categories the rule speaks of (EM: "Absent and Missing from placement episodes"). */
  categories,
  /** Only episodes graded with one of these (the latest grading, else the grading at report); null: any. */
  policeRisks: z.array(z.enum(POLICE_RISKS)).min(1).nullable().default(null),
  /** A child whose legal status is not recorded is included: better an extra notification than a missed one. */
  legalStatuses: legalStatuses.nullable().default(null),
  /** Only a child placed in the area by another authority (EM, WG 10): a host authority differing from the placing. */
  placedChildrenOnly: z.boolean().default(false),
  notify: z.array(notifyRoleSchema).min(1, 'must name someone to tell').max(10),
  description: words,
  /** The protocol's own sentence this rule stands for, so the reader can check the reading. */
  quote: z.string().trim().min(1, 'is required').max(1000, 'must be at most 1000 characters'),
  source,
});

export const clockMeetingSchema = z.object({
  kind: slug,
  label: words,
  chair: words.nullable().default(null),
  /** Hours after the report by which the meeting is due (the first time, for a recurring one). */
  dueAfterHours: hours,
  /** A standing meeting that must review the child again every so many hours while missing (W-KC daily review). */
  recurEveryHours: hours
    .refine((h) => h > 0, 'must be more than 0')
    .nullable()
    .default(null),
});

/** A clock that runs while an episode is open, counted in elapsed hours from the report. */
export const durationClockSchema = z
  .object({
    id: slug,
    afterHours: hours,
    when: clockConditionSchema.default({ policeRisks: null, legalStatuses: null }),
    notify: z.array(notifyRoleSchema).max(10).default([]),
    meeting: clockMeetingSchema.nullable().default(null),
    /** What the protocol says, in plain words: shown as the reason. */
    description: words,
    source,
  })
  .refine((c) => c.notify.length > 0 || c.meeting !== null, 'must notify someone or call a meeting')
  .refine(
    (c) => c.meeting === null || c.meeting.dueAfterHours >= c.afterHours,
    'a meeting cannot be due before its clock starts',
  );

/** A step after the child returns, counted in elapsed hours from the return. */
export const returnStepSchema = z.object({
  id: slug,
  afterHours: hours,
  /** 'by': do this by then (WG 9 social worker visit). 'escalate-at': if still no interview or update, escalate (EM). */
  type: z.enum(['by', 'escalate-at']),
  role: words,
  action: words,
  legalStatuses: legalStatuses.nullable().default(null),
  /** Only for a child placed by another authority (EM: host and placing authority differ). */
  placedChildrenOnly: z.boolean().default(false),
  source,
});

export const returnInterviewRulesSchema = z.object({
  /** The protocol's name: "Return Home Interview"; Warwickshire now says "Return Conversation" (W-KC). */
  name: words,
  shortName: z.string().trim().min(1).max(40),
  dueWithinHours: hours,
  source,
  steps: z.array(returnStepSchema).max(20).default([]),
  /**
   * Before an interview counts as "not engaged with": how many contacts, and whether by different methods (the
   * carers' pack: "a minimum of three times, usually by three different methods"). null: the protocol sets none.
   */
  engagementAttempts: z
    .object({ contacts: z.number().int().min(1).max(10), differentMethods: z.boolean(), source })
    .nullable()
    .default(null),
});

/** The protocol's own words a rule rests on, quoted so a chair can check the reading. */
const quote = z.string().trim().min(1, 'is required').max(600, 'must be at most 600 characters');

/**
 * A rule about how an episode is graded or categorised (ST 6, W-CP 3.2, WG appendix a). Homeward records what the
 * police graded; none of the texts forbids recording a grading that breaks the rule, so each is a warning at entry.
 */
export const gradingRuleSchema = z.discriminatedUnion('type', [
  /** Gradings the police grading at report must not be (ST 6: "Low Risk ... not to be used for initial reports"). */
  z.object({
    type: z.literal('risk-at-report'),
    notAllowed: z.array(z.enum(POLICE_RISKS)).min(1),
    message: words,
    quote,
    source,
  }),
  /** Categories an episode must not be recorded as, optionally only for a child under an age on the day reported. */
  z.object({
    type: z.literal('category'),
    notAllowed: categories,
    underAge: z.number().int().min(1).max(25).nullable().default(null),
    message: words,
    quote,
    source,
  }),
]);

/** Where in the protocol's text the episode categories of one kind of rule come from. */
const categorySourceSchema = z.object({ quote, source });

/**
 * A prompt: something the protocol says to consider or do once a recorded fact is there, shown on Due and the child
 * page with the section. Not a requirement the engine can close; the chair decides.
 */
export const promptRuleSchema = z.discriminatedUnion('type', [
  /** ST 13.3: a pattern of going missing developing; read as this many counting episodes in the profile's window. */
  z.object({
    type: z.literal('pattern-developing'),
    episodes: z.number().int().min(2).max(100),
    action: words,
    reading: words,
    quote,
    source,
  }),
  /** ST 10.4, 23.3: an episode with a trafficking concern recorded. */
  z.object({ type: z.literal('trafficking-concern'), actions: z.array(words).min(1).max(5), quote, source }),
  /** ST 23.3: a long-term missing unaccompanied asylum-seeking child is reviewed every so many months until found or 18. */
  z.object({
    type: z.literal('uasc-review'),
    everyMonths: z.number().int().min(1).max(24),
    chair: words.nullable().default(null),
    action: words,
    quote,
    source,
  }),
  /**
   * ST 13.18: a child not open to social care who goes missing more often than the last threshold the protocol
   * names a chair for is referred for a social work assessment. `moreThan` counting episodes in the window.
   */
  z.object({
    type: z.literal('referral-above-count'),
    moreThan: z.number().int().min(1).max(100),
    /** Legal statuses that are "open": the referral is for a child not yet open. */
    openStatuses: z.array(z.enum(LEGAL_STATUSES)).max(10),
    action: words,
    quote,
    source,
  }),
  /**
   * W-KC: a multi-agency review for a child persistently not engaging in return conversations; read as the last
   * `consecutive` return interviews all ending in one of `outcomes`, until a meeting of `clearedBy` is held after.
   */
  z.object({
    type: z.literal('non-engagement-review'),
    consecutive: z.number().int().min(2).max(20),
    outcomes: z.array(z.enum(RETURN_INTERVIEW_OUTCOMES)).min(1).max(4),
    clearedBy: z.enum(MEETING_KINDS),
    action: words,
    reading: words,
    quote,
    source,
  }),
  /** W-CP 2.0: a label, not a task: "repeat missing" is more than `moreThan` reports in the previous `months`. */
  z.object({
    type: z.literal('repeat-missing'),
    moreThan: z.number().int().min(1).max(100),
    months: z.number().int().min(1).max(60),
    quote,
    source,
  }),
  /**
   * WG appendix a: the Missing From Care Risk Assessment and Action Plan, for children looked after, after the first
   * episode, before a planned placement or within N working days of an emergency one, after each MIM and at least
   * every N months. `noticeDays` is Homeward's, not the text's: how early the review shows on Due.
   */
  z.object({
    type: z.literal('risk-assessment'),
    lookedAfterOnly: z.boolean(),
    emergencyPlacementWorkingDays: z.number().int().min(0).max(20),
    reviewEveryMonths: z.number().int().min(1).max(24),
    noticeDays: z.number().int().min(0).max(60),
    action: words,
    reviewAction: words,
    quote,
    source,
  }),
]);

/**
 * ST 17.4: after each statutory review of a child living out of area, the IRO's report of the missing episodes since
 * the review before (and of the adequacy of the responses). A task for the review, not an episode, and only where
 * there were episodes of `categories` to report. The text gives no deadline; `withinWorkingDays` is the profile's,
 * with `reading` saying why.
 */
export const statutoryReviewReportSchema = z.object({
  id: slug,
  /** Who is told: the one `notify` entry of this rule. */
  role: words,
  notifiedBy: words,
  /** "a child living out of area": a child whose host authority is not the placing authority. */
  placedChildrenOnly: z.boolean(),
  categories,
  withinWorkingDays: z.number().int().min(0).max(60),
  description: words,
  reading: words,
  quote,
  source,
});

/**
 * EM: the placing authority tells the host authority's Missing Children lead when it places a child at risk of going
 * missing or of CSE, "prior to the young person being placed or within 24 hours of the placement being made". The
 * record holds the placement's day, not its hour, so the hours run from the end of that day (`reading`).
 */
export const placementNoticeSchema = z.object({
  id: slug,
  role: words,
  notifiedBy: words,
  withinHours: hours,
  description: words,
  reading: words,
  quote,
  source,
});

export const protocolProfileSchema = z
  .object({
    id: slug,
    name: words,
    council: words,
    /** The protocol documents, e.g. { code: 'ST', title: '...', date: 'January 2022' }. */
    documents: z
      .array(
        z.object({
          code: z.string().trim().min(1).max(12),
          title: words,
          date: z.string().max(40).nullable(),
        }),
      )
      .min(1),
    /** Episode categories that count toward thresholds (missing only: absent and away do not, WG 7). */
    countingCategories: categories,
    /** Episode categories that start the clocks while open. */
    clockCategories: categories,
    /** Children under this age; Warwickshire also keeps care leavers in (W-KC). */
    scope: z.object({ underAge: z.number().int().min(1).max(25), careLeaversIncluded: z.boolean(), source }),
    window: windowSchema,
    stages: z.array(stageSchema).min(1).max(3),
    singleEpisodeTriggers: z.array(singleEpisodeTriggerSchema).max(5).default([]),
    meetingDeadline: meetingDeadlineSchema,
    /** Who should attend a Missing Intervention Meeting (ST 13.21). */
    mimAttendees: z.array(words).max(30).default([]),
    /** "Consider" a MIM during a long open episode (ST 13.23: "from the third day"); advisory, not a requirement. */
    mimConsideration: z.object({ fromHours: hours, source }).nullable().default(null),
    durationClocks: z.array(durationClockSchema).max(30).default([]),
    returnInterview: returnInterviewRulesSchema,
    longTermMissing: z.object({ afterDays: z.number().int().min(1).max(366), source }),
    notes: z.array(words).max(20).default([]),
    /** Who must be told of an episode, and when: tasks until recorded as done (issue 16). */
    notificationRules: z.array(notificationRuleSchema).max(30).default([]),
    /**
     * Each kind of category rule from the protocol's own text. A profile stored before these existed keeps the old
     * behaviour: a return interview after every episode, the counting and clock categories as listed above.
     */
    returnInterviewCategories: categories.default(['missing', 'absent', 'away']),
    categorySources: z
      .object({
        counting: categorySourceSchema,
        clocks: categorySourceSchema,
        returnInterview: categorySourceSchema,
      })
      .nullable()
      .default(null),
    gradingRules: z.array(gradingRuleSchema).max(10).default([]),
    prompts: z.array(promptRuleSchema).max(10).default([]),
    /** A refused return interview (W-CP 7.0) and minutes not received (EM): tasks until recorded as escalated. */
    escalations: escalationRulesSchema,
    /** ST 17.4: the IRO's report after each statutory review of a child living out of area. */
    statutoryReviewReport: statutoryReviewReportSchema.nullable().default(null),
    /** EM: the notice to the host authority before (or within 24 hours of) placing a child at risk. */
    placementNotice: placementNoticeSchema.nullable().default(null),
  })
  .superRefine((profile, ctx) => {
    const levels = profile.stages.map((s) => s.level);
    levels.forEach((level, i) => {
      const previous = levels[i - 1];
      if (previous !== undefined && level <= previous) {
        ctx.addIssue({ code: 'custom', path: ['stages', i, 'level'], message: 'stages must rise in level' });
      }
    });
    let lastThreshold = 0;
    let seenContinued = false;
    profile.stages.forEach((stage, i) => {
      if (stage.trigger.type === 'count') {
        if (seenContinued) {
          ctx.addIssue({
            code: 'custom',
            path: ['stages', i, 'trigger'],
            message: 'a count stage cannot follow a continued-after-meeting stage',
          });
        }
        if (stage.trigger.threshold <= lastThreshold) {
          ctx.addIssue({
            code: 'custom',
            path: ['stages', i, 'trigger', 'threshold'],
            message: 'thresholds must rise from stage to stage',
          });
        }
        lastThreshold = stage.trigger.threshold;
      } else {
        seenContinued = true;
        if (i === 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['stages', 0, 'trigger'],
            message: 'the first stage must be reached by a count of episodes',
          });
        }
      }
    });
    profile.singleEpisodeTriggers.forEach((trigger, i) => {
      const stage = profile.stages.find((s) => s.level === trigger.stageLevel);
      if (stage === undefined || stage.trigger.type !== 'count') {
        ctx.addIssue({
          code: 'custom',
          path: ['singleEpisodeTriggers', i, 'stageLevel'],
          message: 'must name a stage reached by a count of episodes',
        });
      }
    });
    // A record names its rule by id: a clock, a notification rule and the two notices may not share one.
    const ruleIds = [
      ...profile.notificationRules.map((r) => r.id),
      ...[profile.statutoryReviewReport, profile.placementNotice].flatMap((r) => (r ? [r.id] : [])),
    ];
    if (new Set(ruleIds).size !== ruleIds.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['notificationRules'],
        message: 'notification rule ids must be unique',
      });
    }
    const ids = profile.durationClocks.map((c) => c.id);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: 'custom', path: ['durationClocks'], message: 'clock ids must be unique' });
    }
  });

export type ProtocolProfile = z.output<typeof protocolProfileSchema>;
/** A profile as typed by hand or stored as JSON, before defaults are filled in. */
export type ProtocolProfileInput = z.input<typeof protocolProfileSchema>;
export type ProtocolStage = ProtocolProfile['stages'][number];
export type DurationClock = ProtocolProfile['durationClocks'][number];
export type ReturnStep = ProtocolProfile['returnInterview']['steps'][number];
export type ChairRule = z.output<typeof chairRuleSchema>;
export type NotificationRule = ProtocolProfile['notificationRules'][number];
export type GradingRule = z.output<typeof gradingRuleSchema>;
export type PromptRule = z.output<typeof promptRuleSchema>;
export type StatutoryReviewReportRule = z.output<typeof statutoryReviewReportSchema>;
export type PlacementNoticeRule = z.output<typeof placementNoticeSchema>;
