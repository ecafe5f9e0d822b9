import type { ChildInput, LegalStatus, PlacementType } from '../../../shared/domain/child';
import { isoInstant } from '../../../shared/domain/child';
import type {
  EpisodeCategory,
  EpisodeInput,
  MissingFrom,
  PoliceRisk,
  PushPullFactor,
  ReturnInterview,
  ReturnInterviewOutcome,
  ReturnMethod,
} from '../../../shared/domain/episode';
import type { FactorCode } from '../../../shared/domain/factors';
import { FACTORS } from '../../../shared/domain/factors';
import type { Council } from './pools';
import {
  COUNCILS,
  EPISODE_NOTES,
  FACTOR_DETAILS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  NOT_OFFERED_ABSENT,
  NOT_OFFERED_AWAY,
  NOT_OFFERED_REASONS,
  OFFERED_BY,
  OTHER_FACTOR_DETAILS,
  TEAMS,
  WHERE_FOUND,
  WORKER_SURNAMES,
} from './pools';
import { Rng } from './random';

/**
 * Deterministic generator of obviously fictional children and missing episodes, for the demo mode, screenshots,
 * training and the benchmark. Pure: no database, no clock, no Math.random, so the same options always give the
 * same records byte for byte, and the lead engineer's loader decides how to insert them.
 *
 * All arithmetic is in whole minutes since the epoch: minutes are what a chronology shows, and integer minutes make
 * "not before" / "not after" comparisons exact with no millisecond noise.
 */

export interface DemoChild extends ChildInput {
  id: string;
}

/** childId refers to DemoChild.id. */
export interface DemoEpisode extends EpisodeInput {
  id: string;
}

export interface DemoOptions {
  /** The "now" of the demo set, an ISO instant; nothing generated is later than it. */
  asOf: string;
  seed?: number;
  children?: number;
  episodes?: number;
}

export interface DemoSet {
  children: DemoChild[];
  episodes: DemoEpisode[];
}

export const DEMO_DEFAULTS = { seed: 1, children: 40, episodes: 600 } as const;

/** About 18 months: the span the default chronologies cover. */
export const DEMO_WINDOW_DAYS = 548;

/** With this many episodes or more, the set starts with "heavy" children (the first has 500) for the benchmark. */
const HEAVY_FROM_EPISODES = 20_000;
const HEAVY_FIRST_COUNT = 500;
const MAX_HEAVY_CHILDREN = 5;
/** Guard against option values that cannot make a believable chronology (or would take minutes to lay out). */
const MAX_MEAN_EPISODES_PER_CHILD = 150;

const HOUR = 60;
const DAY = 24 * HOUR;
const RHI_DUE = 72 * HOUR;

type RhiVariant = 'on-time' | 'late' | 'declined' | 'not-engaged' | 'not-offered' | 'none' | 'booked';

/** What a scenario pins down about one episode; anything left out is rolled at random. */
interface EpisodePlan {
  category?: EpisodeCategory;
  risk?: PoliceRisk;
  riskLatest?: PoliceRisk;
  rhi?: RhiVariant;
  /** Put both of the child's theme factors on the episode, so the recurring theme is certain, not likely. */
  alwaysTheme?: boolean;
}

/** `count` episodes laid out between `fromDay` and `toDay` days before asOf, each inside its own time slot. */
interface SpreadBlock {
  kind: 'spread';
  fromDay: number;
  toDay: number;
  count: number;
  plan?: (i: number) => EpisodePlan;
}

/** One episode at exact times relative to asOf: how "missing now" and "returned yesterday" are made certain. */
interface FixedBlock {
  kind: 'fixed';
  reportedAgo: number;
  /** null: still missing at asOf. */
  foundAgo: number | null;
  plan: EpisodePlan;
}

type Block = SpreadBlock | FixedBlock;

interface ChildShape {
  legalStatus?: LegalStatus;
  placementType?: PlacementType;
  outOfArea?: boolean;
  minAge?: number;
  council?: Council;
  /** Leave protocolProfileId null so the settings' default profile applies. */
  defaultProfile?: boolean;
  theme?: { push: FactorCode; pull: FactorCode };
  blocks: Block[];
}

const spread = (
  fromDay: number,
  toDay: number,
  count: number,
  plan?: (i: number) => EpisodePlan,
): SpreadBlock =>
  plan ? { kind: 'spread', fromDay, toDay, count, plan } : { kind: 'spread', fromDay, toDay, count };
const missing = (): EpisodePlan => ({ category: 'missing' });

/**
 * The scripted children that make every screen state certain in any set big enough to hold them, whatever the
 * seed: children missing now, exact 90-day threshold counts, each return interview outcome, recent and overdue
 * interviews, absent and away episodes. Blocks are in time order and never share time, so the episodes cannot
 * overlap. Threshold children have only 'missing' episodes in their last 90 days, so the count is the same
 * whether a screen counts all categories or only missing ones; their older block ends 100 days back.
 */
function scenarioShapes(): ChildShape[] {
  const c = (i: number): Council => COUNCILS[i % COUNCILS.length] as Council;
  const rhiMix: RhiVariant[] = [
    'on-time',
    'late',
    'declined',
    'not-engaged',
    'not-offered',
    'on-time',
    'late',
  ];
  const categoryMix: EpisodeCategory[] = [
    'away',
    'absent',
    'missing',
    'away',
    'absent',
    'missing',
    'away',
    'missing',
  ];
  return [
    // Missing over 72 hours (so over 24 hours too), risk raised to high since the report; placed out of area.
    {
      legalStatus: 'child-in-care',
      placementType: 'childrens-home',
      outOfArea: true,
      council: c(0),
      blocks: [
        spread(540, 8, 7),
        {
          kind: 'fixed',
          reportedAgo: 100 * HOUR,
          foundAgo: null,
          plan: { category: 'missing', risk: 'medium', riskLatest: 'high' },
        },
      ],
    },
    // Missing now at high risk, reported 5 hours ago.
    {
      legalStatus: 'child-in-care',
      placementType: 'foster-care',
      council: c(1),
      blocks: [
        spread(530, 3, 6),
        {
          kind: 'fixed',
          reportedAgo: 5 * HOUR,
          foundAgo: null,
          plan: { category: 'missing', risk: 'high', riskLatest: 'high' },
        },
      ],
    },
    // Missing over 24 hours but under 72, living at home on a child protection plan.
    {
      legalStatus: 'child-protection-plan',
      council: c(2),
      blocks: [
        spread(500, 4, 5),
        {
          kind: 'fixed',
          reportedAgo: 30 * HOUR,
          foundAgo: null,
          plan: { category: 'missing', risk: 'medium', riskLatest: 'medium' },
        },
      ],
    },
    // Exactly 3 missing in 90 days (stage 1 everywhere); an older absent episode from home.
    {
      legalStatus: 'child-in-need',
      council: c(3),
      blocks: [
        spread(540, 100, 4, (i) => (i === 1 ? { category: 'absent' } : {})),
        spread(85, 5, 3, missing),
      ],
    },
    // Exactly 5 (stage 2 in Staffordshire and Stoke-on-Trent).
    {
      legalStatus: 'child-in-care',
      placementType: 'childrens-home',
      outOfArea: true,
      council: c(4),
      blocks: [spread(540, 100, 3), spread(86, 3, 5, missing)],
    },
    // Exactly 6 (stage 2 in Warwickshire); 16+ so supported accommodation is believable.
    {
      legalStatus: 'child-in-care',
      placementType: 'supported-accommodation',
      minAge: 16,
      outOfArea: true,
      council: c(5),
      blocks: [spread(540, 100, 5), spread(87, 3, 6, missing)],
    },
    // Exactly 9 (escalation), a third of them high risk.
    {
      legalStatus: 'child-in-care',
      placementType: 'childrens-home',
      council: c(6),
      blocks: [
        spread(540, 100, 6),
        spread(88, 2, 9, (i) => (i % 3 === 0 ? { category: 'missing', risk: 'high' } : missing())),
      ],
    },
    // Returned 20 hours ago, no interview recorded yet: due, not overdue.
    {
      legalStatus: 'early-help',
      council: c(7),
      blocks: [
        spread(520, 6, 5),
        {
          kind: 'fixed',
          reportedAgo: 29 * HOUR,
          foundAgo: 20 * HOUR,
          plan: { category: 'missing', rhi: 'none' },
        },
      ],
    },
    // Returned 50 hours ago, interview offered and accepted but not yet held.
    {
      legalStatus: 'child-in-care',
      placementType: 'foster-care',
      council: c(8),
      blocks: [
        spread(500, 6, 4),
        {
          kind: 'fixed',
          reportedAgo: 58 * HOUR,
          foundAgo: 50 * HOUR,
          plan: { category: 'missing', rhi: 'booked' },
        },
      ],
    },
    // Overdue: returned 6 days ago with nothing recorded, and an older overdue one too.
    {
      legalStatus: 'child-protection-plan',
      council: c(9),
      blocks: [
        spread(540, 14, 5, (i) => (i === 4 ? { category: 'missing', rhi: 'none' } : {})),
        {
          kind: 'fixed',
          reportedAgo: 6 * DAY + 10 * HOUR,
          foundAgo: 6 * DAY,
          plan: { category: 'missing', rhi: 'none' },
        },
      ],
    },
    // Every interview outcome once: on time, late, declined, not engaged, not offered (with a reason).
    {
      legalStatus: 'child-in-care',
      placementType: 'kinship-care',
      council: c(10),
      blocks: [spread(540, 20, 7, (i) => ({ category: 'missing', rhi: rhiMix[i] ?? 'on-time' }))],
    },
    // A recurring theme a meeting should spot: criminal exploitation pulling, placement difficulty pushing.
    {
      legalStatus: 'child-in-care',
      placementType: 'childrens-home',
      outOfArea: true,
      council: c(11),
      theme: { push: 'placement-difficulty', pull: 'criminal-exploitation' },
      blocks: [spread(540, 15, 9, () => ({ category: 'missing', rhi: 'on-time', alwaysTheme: true }))],
    },
    // Absent and away from placement as well as missing; no profile of its own, so the default applies.
    {
      legalStatus: 'child-in-care',
      placementType: 'foster-care',
      council: c(12),
      defaultProfile: true,
      blocks: [spread(540, 8, 8, (i) => ({ category: categoryMix[i] ?? 'missing' }))],
    },
  ];
}

const countOf = (shape: ChildShape): number =>
  shape.blocks.reduce((n, b) => n + (b.kind === 'spread' ? b.count : 1), 0);

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const iso = (minute: number): string => new Date(minute * 60_000).toISOString();

const PUSH_CODES = FACTORS.filter((f) => f.usual === 'push').map((f) => f.code);
const PULL_CODES = FACTORS.filter((f) => f.usual === 'pull').map((f) => f.code);

/** State that runs across the whole set: the police reference counter. */
interface Counters {
  police: number;
}

interface ChildContext {
  childId: string;
  inCare: boolean;
  theme: { push: FactorCode; pull: FactorCode };
  asOf: number;
}

function validate(options: DemoOptions): { asOf: number; seed: number; children: number; episodes: number } {
  if (!isoInstant.safeParse(options.asOf).success) {
    throw new RangeError(`asOf must be an ISO instant with a time zone, got ${JSON.stringify(options.asOf)}`);
  }
  const seed = options.seed ?? DEMO_DEFAULTS.seed;
  const children = options.children ?? DEMO_DEFAULTS.children;
  const episodes = options.episodes ?? DEMO_DEFAULTS.episodes;
  for (const [name, value] of [
    ['seed', seed],
    ['children', children],
    ['episodes', episodes],
  ] as const) {
    if (!Number.isSafeInteger(value) || (name !== 'seed' && value < 0)) {
      throw new RangeError(`${name} must be a whole number${name === 'seed' ? '' : ' of zero or more'}`);
    }
  }
  if (children === 0 && episodes > 0) throw new RangeError('episodes need at least one child');
  if (children > 0 && episodes / children > MAX_MEAN_EPISODES_PER_CHILD) {
    throw new RangeError(`at most ${MAX_MEAN_EPISODES_PER_CHILD} episodes per child on average`);
  }
  return { asOf: Math.floor(Date.parse(options.asOf) / 60_000), seed, children, episodes };
}

/**
 * Decides how many episodes each child gets and how they are laid out: heavy children first (large sets only),
 * then the scripted scenarios when the set is big enough for all of them, then ordinary children sharing the
 * rest with a skew, because in practice a few children account for most episodes.
 */
function planShapes(rng: Rng, children: number, episodes: number): ChildShape[] {
  const shapes: ChildShape[] = [];
  let episodesLeft = episodes;

  if (episodes >= HEAVY_FROM_EPISODES) {
    const heavy = Math.min(MAX_HEAVY_CHILDREN, Math.floor(episodes / HEAVY_FROM_EPISODES), children - 1);
    for (let i = 0; i < heavy; i++) {
      const count = HEAVY_FIRST_COUNT - 10 * i;
      shapes.push({
        legalStatus: 'child-in-care',
        placementType: 'childrens-home',
        blocks: [spread(540, 1, count)],
      });
      episodesLeft -= count;
    }
  }

  const scenarios = scenarioShapes();
  const scenarioEpisodes = scenarios.reduce((n, s) => n + countOf(s), 0);
  // All or nothing: a partial script would make coverage depend on the option values in a way nobody expects.
  if (children - shapes.length > scenarios.length && episodesLeft >= scenarioEpisodes) {
    shapes.push(...scenarios);
    episodesLeft -= scenarioEpisodes;
  }

  const generic = children - shapes.length;
  const weights: number[] = [];
  let total = 0;
  for (let i = 0; i < generic; i++) {
    const w = 0.3 + 4 * rng.next() ** 3;
    weights.push(w);
    total += w;
  }
  const counts = weights.map((w) => Math.floor((episodesLeft * w) / total));
  let remainder = episodesLeft - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; remainder > 0; i = (i + 1) % generic, remainder--) counts[i] = (counts[i] ?? 0) + 1;
  for (const count of counts) shapes.push({ blocks: [spread(DEMO_WINDOW_DAYS - 1, 0.25, count)] });
  return shapes;
}

function buildChild(rng: Rng, index: number, id: string, shape: ChildShape, asOf: number): DemoChild {
  const legalStatus =
    shape.legalStatus ??
    rng.weighted<LegalStatus>([
      ['child-in-care', 62],
      ['child-in-need', 12],
      ['child-protection-plan', 10],
      ['early-help', 12],
      ['not-known', 4],
    ]);
  const inCare = legalStatus === 'child-in-care';
  const minAge = shape.minAge ?? 11;
  // Whole days between (minAge years + 3 weeks) and (17 years + 11 months): every child is 11-17 at asOf.
  const ageDays = rng.int(Math.ceil(minAge * 365.25) + 21, Math.floor(17 * 365.25) + 335);
  const dateOfBirth = iso(asOf - ageDays * DAY).slice(0, 10);
  const ageYears = ageDays / 365.25;

  let placementType: PlacementType = 'home';
  if (inCare) {
    placementType =
      shape.placementType ??
      rng.weighted<PlacementType>([
        ['foster-care', 45],
        ['childrens-home', 28],
        ['kinship-care', 12],
        // Supported accommodation is for 16 and 17 year olds only.
        [ageYears >= 16 ? 'supported-accommodation' : 'foster-care', 10],
        ['other', 3],
        ['secure', 2],
      ]);
  }

  const council = shape.council ?? rng.weighted(COUNCILS.map((c) => [c, c.weight] as const));
  const outOfArea = inCare && (shape.outOfArea ?? rng.chance(0.3));
  const hostAuthority = outOfArea ? rng.pick(COUNCILS.filter((c) => c.name !== council.name)).name : null;

  const worker =
    legalStatus === 'not-known'
      ? null
      : `Worker ${String.fromCharCode(65 + rng.int(0, 25))}. ${rng.pick(WORKER_SURNAMES)}`;
  const team = inCare
    ? rng.pick([TEAMS[2], TEAMS[3]])
    : legalStatus === 'early-help'
      ? TEAMS[4]
      : rng.pick([TEAMS[0], TEAMS[1]]);

  return {
    id,
    givenName: rng.pick(GIVEN_NAMES),
    familyName: rng.pick(FAMILY_NAMES),
    dateOfBirth,
    gender: rng.weighted([
      ['female', 48],
      ['male', 45],
      ['non-binary', 3],
      ['not-recorded', 4],
    ] as const),
    caseReference: `DEMO-${pad(index + 1, 6)}`,
    legalStatus,
    placingAuthority: council.name,
    hostAuthority,
    placementType,
    allocatedWorker: worker,
    team,
    // Scripted children decide for themselves; about one in seven others leave it to the default setting.
    protocolProfileId: (shape.council ? !shape.defaultProfile : rng.chance(0.85)) ? council.profile : null,
    unaccompaniedAsylumSeeking: false,
    placementStartedOn: null,
    placementArrangement: null,
    placementMissingRisk: false,
  };
}

/**
 * Splits [from, to) into `count` consecutive slots of random length (exponential, so episodes cluster the way
 * real ones do) with a floor so every slot can hold an episode. One episode lives entirely inside one slot,
 * interview included, which is what rules out overlaps by construction.
 */
function slots(rng: Rng, from: number, to: number, count: number): Array<[number, number]> {
  const span = to - from;
  if (span < count * 60) throw new RangeError('too many episodes for one child in the time available');
  const floor = Math.min(4 * HOUR, Math.floor(span / count / 2));
  const free = span - floor * count;
  const draws: number[] = [];
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const d = -Math.log(1 - rng.next()) + 0.05;
    draws.push(d);
    sum += d;
  }
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = 0; i < count; i++) {
    const end = i === count - 1 ? to : start + floor + Math.floor((free * (draws[i] ?? 0)) / sum);
    out.push([start, end]);
    start = end;
  }
  return out;
}

function rollCategory(rng: Rng, inCare: boolean): EpisodeCategory {
  // "Away from placement" only exists for children in care (WG 7).
  return inCare
    ? rng.weighted<EpisodeCategory>([
        ['missing', 74],
        ['absent', 11],
        ['away', 15],
      ])
    : rng.weighted<EpisodeCategory>([
        ['missing', 86],
        ['absent', 14],
      ]);
}

/** How long the child was gone, in minutes. Most missing episodes last hours; a few run to days. */
function rollDuration(rng: Rng, category: EpisodeCategory): number {
  if (category === 'absent') return rng.int(45, 8 * HOUR);
  if (category === 'away') return rng.int(3 * HOUR, 36 * HOUR);
  const band = rng.weighted([
    [0, 55],
    [1, 30],
    [2, 11],
    [3, 4],
  ] as const);
  if (band === 0) return rng.int(90, 12 * HOUR);
  if (band === 1) return rng.int(12 * HOUR, 30 * HOUR);
  if (band === 2) return rng.int(30 * HOUR, 3 * DAY);
  return rng.int(3 * DAY, 10 * DAY);
}

function rollRisk(
  rng: Rng,
  category: EpisodeCategory,
  plan: EpisodePlan,
  open: boolean,
): [PoliceRisk | null, PoliceRisk | null] {
  if (category === 'away') return [null, null]; // whereabouts known: not reported to the police
  if (category === 'absent') {
    return ['no-apparent-risk', open || rng.chance(0.85) ? 'no-apparent-risk' : 'low'];
  }
  // Police never grade a new missing report Low (ST 6), so the first grading is High or Medium.
  const atReport = plan.risk ?? (rng.chance(0.12) ? 'high' : 'medium');
  if (plan.riskLatest) return [atReport, plan.riskLatest];
  if (open) return [atReport, atReport];
  const latest =
    atReport === 'high'
      ? rng.chance(0.5)
        ? 'high'
        : 'medium'
      : rng.weighted<PoliceRisk>([
          ['medium', 70],
          ['low', 25],
          ['high', 5],
        ]);
  return [atReport, latest];
}

function rollVariant(rng: Rng, category: EpisodeCategory): RhiVariant {
  if (category === 'missing') {
    return rng.weighted<RhiVariant>([
      ['on-time', 45],
      ['late', 10],
      ['declined', 14],
      ['not-engaged', 9],
      ['not-offered', 7],
      ['none', 15],
    ]);
  }
  return rng.weighted<RhiVariant>([
    ['not-offered', 65],
    ['on-time', 15],
    ['declined', 10],
    ['none', 10],
  ]);
}

const NO_INTERVIEW: ReturnInterview = {
  offeredAt: null,
  offeredBy: null,
  outcome: null,
  notOfferedReason: null,
  heldAt: null,
};

/**
 * The return interview for a closed episode. `limit` is the last minute it may use: asOf, or the end of the
 * episode's slot when the child's next episode follows. An interview that would fall after asOf becomes what a
 * worker would see today (not yet held, or not yet offered); one squeezed by the next episode is held sooner, or
 * not offered because the child went missing again.
 */
function interview(
  rng: Rng,
  variant: RhiVariant,
  category: EpisodeCategory,
  found: number,
  limit: number,
  asOf: number,
): ReturnInterview {
  const by = rng.pick(OFFERED_BY);
  if (variant === 'none') return NO_INTERVIEW;
  if (variant === 'not-offered') {
    const reason =
      category === 'absent'
        ? NOT_OFFERED_ABSENT
        : category === 'away'
          ? NOT_OFFERED_AWAY
          : rng.pick(NOT_OFFERED_REASONS);
    return { ...NO_INTERVIEW, outcome: 'not-offered', notOfferedReason: reason };
  }

  const offered =
    variant === 'late'
      ? found + rng.int(10 * HOUR, 48 * HOUR)
      : found + rng.int(HOUR, variant === 'on-time' ? 24 * HOUR : 48 * HOUR);
  const held =
    variant === 'on-time'
      ? found + rng.int(offered - found + HOUR, 70 * HOUR)
      : variant === 'late'
        ? found + rng.int(RHI_DUE + HOUR, 160 * HOUR)
        : null;
  const outcome: ReturnInterviewOutcome =
    variant === 'declined' || variant === 'not-engaged' ? variant : 'accepted';

  if (offered <= limit && (held === null || held <= limit)) {
    return {
      offeredAt: iso(offered),
      offeredBy: by,
      outcome,
      notOfferedReason: null,
      heldAt: held === null ? null : iso(held),
    };
  }
  if (limit === asOf) {
    // Not happened yet as of asOf: a booked interview, or nothing recorded (due or overdue, by the 72-hour clock).
    return offered <= asOf
      ? { offeredAt: iso(offered), offeredBy: by, outcome: 'accepted', notOfferedReason: null, heldAt: null }
      : NO_INTERVIEW;
  }
  const room = limit - found;
  if (room < 90) {
    return { ...NO_INTERVIEW, outcome: 'not-offered', notOfferedReason: NOT_OFFERED_REASONS[0] };
  }
  const squeezedOffer = found + 30 + Math.floor(room / 3);
  return {
    offeredAt: iso(squeezedOffer),
    offeredBy: by,
    outcome,
    notOfferedReason: null,
    heldAt: held === null ? null : iso(found + 30 + Math.floor((2 * room) / 3)),
  };
}

function factor(rng: Rng, direction: 'push' | 'pull', code: FactorCode): PushPullFactor {
  const pool = FACTOR_DETAILS[code];
  let detail: string | null = null;
  // 'other' must say what it is; elsewhere a quoted detail is occasional, as in real interview records.
  if (code === 'other') detail = rng.pick(OTHER_FACTOR_DETAILS);
  else if (pool && rng.chance(0.25)) detail = rng.pick(pool);
  return { direction, code, detail };
}

function factorsFor(rng: Rng, ctx: ChildContext, always: boolean): PushPullFactor[] {
  const out: PushPullFactor[] = [];
  if (always || rng.chance(0.8)) out.push(factor(rng, 'pull', ctx.theme.pull));
  if (always || rng.chance(0.55)) out.push(factor(rng, 'push', ctx.theme.push));
  if (rng.chance(0.3)) {
    const extra = rng.pick(FACTORS);
    if (extra.code !== ctx.theme.pull && extra.code !== ctx.theme.push) {
      const direction = extra.usual === 'either' ? (rng.chance(0.5) ? 'push' : 'pull') : extra.usual;
      out.push(factor(rng, direction, extra.code));
    }
  }
  if (out.length === 0) out.push(factor(rng, 'pull', ctx.theme.pull));
  return out;
}

function buildEpisode(
  rng: Rng,
  ctx: ChildContext,
  counters: Counters,
  id: string,
  plan: EpisodePlan,
  times: { lastSeen: number | null; reported: number; found: number | null; limit: number },
): DemoEpisode {
  const category = plan.category ?? rollCategory(rng, ctx.inCare);
  const open = times.found === null;
  const [risk, riskLatest] = rollRisk(rng, category, plan, open);
  const policeReference =
    category === 'away'
      ? null
      : `DEMO/${pad(new Date(times.reported * 60_000).getUTCFullYear() % 100, 2)}/${pad(++counters.police, 6)}`;
  const missingFrom: MissingFrom =
    category === 'away'
      ? 'placement'
      : rng.weighted<MissingFrom>([
          [ctx.inCare ? 'placement' : 'home', 80],
          ['school', 11],
          ['other', 9],
        ]);

  let returnInterview = NO_INTERVIEW;
  let factors: PushPullFactor[] = [];
  let whereFound: string | null = null;
  let returnMethod: ReturnMethod | null = null;
  if (times.found !== null) {
    whereFound = rng.chance(0.85) ? rng.pick(WHERE_FOUND) : null;
    returnMethod = rng.weighted<ReturnMethod>([
      ['own-accord', 50],
      ['police', 25],
      ['carer', 12],
      ['family', 10],
      ['other', 3],
    ]);
    const variant = plan.rhi ?? rollVariant(rng, category);
    returnInterview = interview(rng, variant, category, times.found, times.limit, ctx.asOf);
    // Factors come mostly from held interviews; now and then from the police check or the carer instead.
    const held = returnInterview.heldAt !== null;
    if (plan.alwaysTheme || (held ? rng.chance(0.9) : rng.chance(0.12))) {
      factors = factorsFor(rng, ctx, plan.alwaysTheme === true);
    }
  }

  return {
    id,
    childId: ctx.childId,
    category,
    reportedAt: iso(times.reported),
    lastSeenAt: times.lastSeen === null ? null : iso(times.lastSeen),
    foundAt: times.found === null ? null : iso(times.found),
    policeRiskAtReport: risk,
    policeRiskLatest: riskLatest,
    policeReference,
    missingFrom,
    whereFound,
    returnMethod,
    returnInterview,
    factors,
    notes: rng.chance(0.08) ? rng.pick(EPISODE_NOTES) : null,
    // Not drawn at random: a change here would reshuffle every demo child the tests pin.
    traffickingConcern: false,
  };
}

/** Minutes from last seen to the report: carers look and ring round before calling the police. */
const rollLead = (rng: Rng, category: EpisodeCategory): number =>
  category === 'absent'
    ? rng.int(20, 2 * HOUR)
    : category === 'away'
      ? rng.int(HOUR, 10 * HOUR)
      : rng.int(30, 5 * HOUR);

/**
 * Builds the demo set as of `options.asOf`: `children` children (default 40) and exactly `episodes` episodes
 * (default 600) over the 18 months before it, grouped by child in time order. With 14 or more children and enough
 * episodes the scripted scenarios are included (see scenarioShapes); with 20,000 episodes or more the first few
 * children are heavy (the first has 500). Throws RangeError for options it cannot honour.
 */
export function generateDemo(options: DemoOptions): DemoSet {
  const { asOf, seed, children, episodes } = validate(options);
  const rng = new Rng(seed);
  const counters: Counters = { police: 0 };
  const childWidth = Math.max(4, String(children).length);
  const episodeWidth = Math.max(6, String(episodes).length);
  const outChildren: DemoChild[] = [];
  const outEpisodes: DemoEpisode[] = [];

  const shapes = planShapes(rng, children, episodes);
  shapes.forEach((shape, index) => {
    const child = buildChild(rng, index, `demo-child-${pad(index + 1, childWidth)}`, shape, asOf);
    outChildren.push(child);
    const ctx: ChildContext = {
      childId: child.id,
      inCare: child.legalStatus === 'child-in-care',
      theme: shape.theme ?? { push: rng.pick(PUSH_CODES), pull: rng.pick(PULL_CODES) },
      asOf,
    };
    const nextId = () => `demo-ep-${pad(outEpisodes.length + 1, episodeWidth)}`;

    shape.blocks.forEach((block, b) => {
      if (block.kind === 'fixed') {
        const plan = block.plan;
        const category = plan.category ?? 'missing';
        // Up to 59 minutes of jitter so the times do not all sit on asOf's minute; every stated bound still holds.
        const reported = asOf - block.reportedAgo - rng.int(0, 59);
        const found = block.foundAgo === null ? null : asOf - block.foundAgo - rng.int(0, 59);
        const lastSeen = reported - rollLead(rng, category);
        // Fixed episodes are always a child's last, so nothing but asOf bounds their interview.
        outEpisodes.push(
          buildEpisode(
            rng,
            ctx,
            counters,
            nextId(),
            { ...plan, category },
            { lastSeen, reported, found, limit: asOf },
          ),
        );
        return;
      }
      const lastBlock = b === shape.blocks.length - 1;
      const list = slots(
        rng,
        asOf - Math.round(block.fromDay * DAY),
        asOf - Math.round(block.toDay * DAY),
        block.count,
      );
      list.forEach(([start, end], i) => {
        const plan = block.plan?.(i) ?? {};
        // Roll the category here, not in buildEpisode, because the duration depends on it.
        const category = plan.category ?? rollCategory(rng, ctx.inCare);
        let lead = rollLead(rng, category);
        let duration = rollDuration(rng, category);
        // The episode itself takes at most 60% of its slot, leaving the rest for the return interview.
        const room = Math.floor((end - start) * 0.6);
        if (lead + duration > room) {
          const f = room / (lead + duration);
          lead = Math.max(1, Math.floor(lead * f));
          duration = Math.max(1, Math.floor(duration * f));
        }
        const slack = end - start - 2 - lead - duration;
        const lastSeen = start + 1 + Math.floor(rng.next() * Math.max(0, slack) * 0.5);
        const reported = lastSeen + lead;
        const found = reported + duration;
        const knownLastSeen = rng.chance(0.06) ? null : lastSeen;
        outEpisodes.push(
          buildEpisode(
            rng,
            ctx,
            counters,
            nextId(),
            { ...plan, category },
            {
              lastSeen: knownLastSeen,
              reported,
              found,
              // The child's last episode has no next one to make room for: only asOf bounds its interview.
              limit: lastBlock && i === list.length - 1 ? asOf : end - 1,
            },
          ),
        );
      });
    });
  });

  return { children: outChildren, episodes: outEpisodes };
}
