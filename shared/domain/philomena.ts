import { z } from 'zod';
import { describeDeadlineAt, deadlineMs } from '../protocol/format';
import type { DueItem } from '../protocol/dueList';
import {
  dayFromIsoDate,
  isoDateFromDay,
  londonDay,
  parseInstant,
  plusLondonMonths,
} from '../protocol/london';
import { formatUkDate } from '../time/london';
import { isoDate, isoInstant } from './child';

// The Philomena Protocol (W-CP 4.1 and the carers' pack, ST 8.3, 8.8, 16.3): what a care provider holds so that,
// the moment a child's whereabouts are not known, the police get a description, a photograph and where to look.
// Part 1 is the child's profile, Part 2 the risk-assessed associates, addresses and hotspots, Part 3 the incident
// form for one missing episode.

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).default('');
const requiredText = (max: number) =>
  z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

/** Part 1, completed by the care provider and kept up to date. Previous missing history comes from the chronology. */
export const philomenaPart1Schema = z.object({
  /** Height, build, hair, eyes, ethnicity as the police would describe the child. */
  description: text(2000),
  distinguishingMarks: text(1000),
  phoneNumbers: text(500),
  socialMedia: text(1000),
  medicalNeeds: text(2000),
  medication: text(1000),
  school: text(200),
});
export type PhilomenaPart1 = z.infer<typeof philomenaPart1Schema>;

export const PART2_KINDS = ['associate', 'address', 'hotspot'] as const;
export type Part2Kind = (typeof PART2_KINDS)[number];
export const PART2_KIND_LABELS: Record<Part2Kind, string> = {
  associate: 'Known associate',
  address: 'Address',
  hotspot: 'Hotspot',
};

/** Each associate, address and hotspot is risk-assessed by the agencies (ST 16.3), so carers know where to check. */
export const PART2_RISKS = ['high', 'medium', 'low'] as const;
export type Part2Risk = (typeof PART2_RISKS)[number];
export const PART2_RISK_LABELS: Record<Part2Risk, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export const MAX_PART2_ENTRIES = 60;

export const part2EntrySchema = z.object({
  kind: z.enum(PART2_KINDS, { error: 'must be a known associate, an address or a hotspot' }),
  /** The person's name, or the place's name. */
  name: requiredText(200),
  /** Address, phone number, how the child knows them. */
  details: text(1000),
  risk: z.enum(PART2_RISKS, { error: 'is required: high, medium or low' }),
  riskNotes: text(1000),
});
export type Part2Entry = z.infer<typeof part2EntrySchema>;

export const part2Schema = z
  .array(part2EntrySchema)
  .max(MAX_PART2_ENTRIES, `can hold at most ${MAX_PART2_ENTRIES} entries`)
  .default([]);

/** When and with whom a profile was shared with the police single point of contact (ST 16.3). */
export const profileShareSchema = z.object({
  sharedOn: isoDate,
  sharedWith: requiredText(200),
});
export type ProfileShare = z.infer<typeof profileShareSchema>;

/** The checks a carer makes before reporting a child missing (ST 8.3), in the protocol's order. */
export const PART3_CHECKS = [
  'room',
  'grounds',
  'belongings',
  'friends-associates',
  'places-visited',
  'social-media',
] as const;
export type Part3CheckCode = (typeof PART3_CHECKS)[number];
export const PART3_CHECK_LABELS: Record<Part3CheckCode, string> = {
  room: 'Bedroom searched',
  grounds: 'House, grounds, outbuildings and vehicles searched',
  belongings: 'Belongings missing (clothing, cash, phone, medication)',
  'friends-associates': 'Friends, relatives and Part 2 associates called',
  'places-visited': 'Part 2 addresses and hotspots visited',
  'social-media': 'Social media checked',
};

export const part3CheckSchema = z.object({
  code: z.enum(PART3_CHECKS),
  done: z.boolean().default(false),
  by: text(100),
  at: isoInstant.nullable().default(null),
  findings: text(1000),
});
export type Part3Check = z.infer<typeof part3CheckSchema>;

/** Part 3, completed when the child's whereabouts are not known: one per missing episode. */
export const philomenaPart3Schema = z.object({
  lastSeenAt: isoInstant.nullable().default(null),
  lastSeenWhere: text(300),
  clothing: text(1000),
  mayBeWith: text(1000),
  checks: z.array(part3CheckSchema).max(PART3_CHECKS.length).default([]),
});
export type PhilomenaPart3 = z.infer<typeof philomenaPart3Schema>;

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * What the schema cannot see: a check marked done says who did it and when, nothing happened after `now`, and each
 * check appears once. Messages are whole sentences naming the field as the form labels it.
 */
export function part3Problems(p: PhilomenaPart3, now: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const nowMs = parseInstant(now);
  if (p.lastSeenAt !== null && parseInstant(p.lastSeenAt) > nowMs)
    problems.push({ field: 'part3.lastSeenAt', message: 'Last seen is in the future.' });
  const seen = new Set<Part3CheckCode>();
  p.checks.forEach((c, i) => {
    const label = PART3_CHECK_LABELS[c.code];
    if (seen.has(c.code))
      problems.push({ field: `part3.checks.${i}.code`, message: `${label} is listed twice.` });
    seen.add(c.code);
    if (c.done && c.by === '')
      problems.push({ field: `part3.checks.${i}.by`, message: `${label}: say who made the check.` });
    if (c.done && c.at === null)
      problems.push({ field: `part3.checks.${i}.at`, message: `${label}: say when the check was made.` });
    if (c.at !== null && parseInstant(c.at) > nowMs)
      problems.push({ field: `part3.checks.${i}.at`, message: `${label}: the time is in the future.` });
  });
  return problems;
}

/** Every check in the protocol's order, the recorded ones filled in: what the form and the export show. */
export function allChecks(checks: readonly Part3Check[]): Part3Check[] {
  return PART3_CHECKS.map(
    (code) => checks.find((c) => c.code === code) ?? { code, done: false, by: '', at: null, findings: '' },
  );
}

/** The photograph: JPEG or PNG, checked by its first bytes, not by what the file calls itself. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];
/** A phone photo resized for a form; enough for a police briefing, small enough to send by secure email. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

export function photoTypeOf(bytes: Uint8Array): PhotoType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((b, i) => bytes[i] === b)) return 'image/png';
  return null;
}

/** Part 1 is reviewed at least every 6 months; the Due list shows it from a fortnight before. */
export const REVIEW_MONTHS = 6;
export const REVIEW_NOTICE_DAYS = 14;

/** The London date a Part 1 last reviewed at `reviewedAt` is next due for review. */
export const reviewDueOn = (reviewedAt: string): string =>
  isoDateFromDay(londonDay(plusLondonMonths(parseInstant(reviewedAt), REVIEW_MONTHS)));

export interface ReviewRow {
  childId: string;
  childName: string;
  reviewedAt: string;
}

/** Due items for Part 1 profiles whose 6-monthly review falls within the notice period or has passed. */
export function philomenaReviewDueItems(rows: readonly ReviewRow[], asOf: string): DueItem[] {
  const asOfMs = parseInstant(asOf);
  const noticeDay = londonDay(asOfMs) + REVIEW_NOTICE_DAYS;
  return rows.flatMap((r) => {
    const dueOn = reviewDueOn(r.reviewedAt);
    if (dayFromIsoDate(dueOn) > noticeDay) return [];
    const deadlineAt = deadlineMs(dueOn);
    const what = 'Philomena Part 1 review';
    return [
      {
        key: `${r.childId}|philomena-review|${dueOn}`,
        childId: r.childId,
        childName: r.childName,
        kind: 'philomena-review' as const,
        what,
        text: `${what} ${describeDeadlineAt(deadlineAt, true, asOfMs)}`,
        dueBy: dueOn,
        deadlineAt,
        overdue: asOfMs >= deadlineAt,
        reason: `Part 1 profile last reviewed ${formatUkDate(r.reviewedAt)}; reviewed at least every ${REVIEW_MONTHS} months`,
        episodeIds: [],
        chair: null,
        role: 'Care provider',
        ruleId: null,
        // The texts ask for the profile to be kept up to date (W-CP 4.1, the carers' pack); the 6 months is ours.
        source: null,
        escalationKey: null,
      },
    ];
  });
}
