import type { FieldIssue } from '../../../../shared/api/result';
import type {
  Episode,
  EpisodeCategory,
  EpisodeInput,
  MissingFrom,
  PoliceRisk,
  PushPullFactor,
  ReturnInterviewOutcome,
  ReturnMethod,
} from '../../../../shared/domain/episode';
import { FACTORS, type FactorCode } from '../../../../shared/domain/factors';
import { formatUkDateTime, parseUkDateTime } from '../../../../shared/time/london';

/**
 * The episode form as typed: dates as UK text, choices as '' until made. It is only turned into an EpisodeInput on
 * save, so a failed save never loses what was typed.
 */
export interface FactorDraft {
  /** Stable React key: rows can be removed from the middle. */
  key: number;
  direction: PushPullFactor['direction'];
  code: FactorCode | '';
  detail: string;
}

export interface ReturnInterviewDraft {
  offeredAt: string;
  offeredBy: string;
  outcome: ReturnInterviewOutcome | '';
  notOfferedReason: string;
  heldAt: string;
}

export interface EpisodeDraft {
  category: EpisodeCategory | '';
  reportedAt: string;
  lastSeenAt: string;
  foundAt: string;
  policeRiskAtReport: PoliceRisk | '';
  policeRiskLatest: PoliceRisk | '';
  policeReference: string;
  missingFrom: MissingFrom | '';
  whereFound: string;
  returnMethod: ReturnMethod | '';
  returnInterview: ReturnInterviewDraft;
  factors: FactorDraft[];
  notes: string;
  traffickingConcern: boolean;
}

/** Messages by API field path ("reportedAt", "returnInterview.heldAt", "factors.0.detail"). */
export type FieldErrors = Partial<Record<string, string>>;

export type SetField = <K extends keyof EpisodeDraft>(key: K, value: EpisodeDraft[K]) => void;
export type SetInterviewField = <K extends keyof ReturnInterviewDraft>(
  key: K,
  value: ReturnInterviewDraft[K],
) => void;

/** Field labels as the form shows them; also used to turn a bare "is required" into a sentence. */
export const FIELD_LABELS: Record<string, string> = {
  category: 'Category',
  reportedAt: 'Reported',
  lastSeenAt: 'Last seen',
  foundAt: 'Found / returned',
  policeRiskAtReport: 'Police risk at report',
  policeRiskLatest: 'Police risk (latest)',
  policeReference: 'Police reference',
  missingFrom: 'Where from',
  whereFound: 'Where found',
  returnMethod: 'How returned',
  'returnInterview.offeredAt': 'Return interview offered',
  'returnInterview.offeredBy': 'Offered by',
  'returnInterview.outcome': 'Return interview outcome',
  'returnInterview.notOfferedReason': 'Reason not offered',
  'returnInterview.heldAt': 'Return interview held',
  notes: 'Notes',
  traffickingConcern: 'Trafficking suspected',
};

let nextFactorKey = 1;
export const newFactorDraft = (): FactorDraft => ({
  key: nextFactorKey++,
  direction: 'push',
  code: '',
  detail: '',
});

export const emptyDraft = (): EpisodeDraft => ({
  category: '',
  reportedAt: '',
  lastSeenAt: '',
  foundAt: '',
  policeRiskAtReport: '',
  policeRiskLatest: '',
  policeReference: '',
  missingFrom: '',
  whereFound: '',
  returnMethod: '',
  returnInterview: { offeredAt: '', offeredBy: '', outcome: '', notOfferedReason: '', heldAt: '' },
  factors: [],
  notes: '',
  traffickingConcern: false,
});

export const draftFromEpisode = (e: Episode): EpisodeDraft => ({
  category: e.category,
  reportedAt: formatUkDateTime(e.reportedAt),
  lastSeenAt: formatUkDateTime(e.lastSeenAt),
  foundAt: formatUkDateTime(e.foundAt),
  policeRiskAtReport: e.policeRiskAtReport ?? '',
  policeRiskLatest: e.policeRiskLatest ?? '',
  policeReference: e.policeReference ?? '',
  missingFrom: e.missingFrom ?? '',
  whereFound: e.whereFound ?? '',
  returnMethod: e.returnMethod ?? '',
  returnInterview: {
    offeredAt: formatUkDateTime(e.returnInterview.offeredAt),
    offeredBy: e.returnInterview.offeredBy ?? '',
    outcome: e.returnInterview.outcome ?? '',
    notOfferedReason: e.returnInterview.notOfferedReason ?? '',
    heldAt: formatUkDateTime(e.returnInterview.heldAt),
  },
  factors: e.factors.map((f) => ({
    key: nextFactorKey++,
    direction: f.direction,
    code: f.code,
    detail: f.detail ?? '',
  })),
  notes: e.notes ?? '',
  traffickingConcern: e.traffickingConcern,
});

/** The direction a factor usually has, so picking one sets a sensible default. */
export const usualDirection = (code: FactorCode): PushPullFactor['direction'] | null => {
  const usual = FACTORS.find((f) => f.code === code)?.usual;
  return usual === 'push' || usual === 'pull' ? usual : null;
};

export type DraftResult =
  { ok: true; input: EpisodeInput } | { ok: false; errors: FieldErrors; messages: string[] };

const orNull = (s: string) => (s.trim() ? s.trim() : null);
const choice = <T extends string>(v: T | '') => (v === '' ? null : v);

/** Checks what only the form can (required choices, date formats), then builds the API payload. */
export function draftToInput(d: EpisodeDraft, childId: string): DraftResult {
  const errors: FieldErrors = {};
  const messages: string[] = [];
  const fail = (field: string, message: string) => {
    errors[field] = message;
    messages.push(message);
  };
  const instant = (field: string, text: string): string | null => {
    if (!text.trim()) return null;
    const parsed = parseUkDateTime(text);
    if (parsed.ok) return parsed.iso;
    fail(field, `${FIELD_LABELS[field] ?? field} ${parsed.message}.`);
    return null;
  };

  if (!d.category) fail('category', 'Category is required: missing, absent or away from placement.');
  if (!d.reportedAt.trim()) fail('reportedAt', 'Reported is required.');
  const reportedAt = instant('reportedAt', d.reportedAt);
  const lastSeenAt = instant('lastSeenAt', d.lastSeenAt);
  const foundAt = instant('foundAt', d.foundAt);
  const offeredAt = instant('returnInterview.offeredAt', d.returnInterview.offeredAt);
  const heldAt = instant('returnInterview.heldAt', d.returnInterview.heldAt);
  const factors: PushPullFactor[] = [];
  d.factors.forEach((f, i) => {
    if (!f.code) fail(`factors.${i}.code`, `Factor ${i + 1}: choose a factor, or remove the row.`);
    else factors.push({ direction: f.direction, code: f.code, detail: orNull(f.detail) });
  });

  if (messages.length || !d.category || !reportedAt) return { ok: false, errors, messages };
  const outcome = choice(d.returnInterview.outcome);
  return {
    ok: true,
    input: {
      childId,
      category: d.category,
      reportedAt,
      lastSeenAt,
      foundAt,
      policeRiskAtReport: choice(d.policeRiskAtReport),
      policeRiskLatest: choice(d.policeRiskLatest),
      policeReference: orNull(d.policeReference),
      missingFrom: choice(d.missingFrom),
      whereFound: orNull(d.whereFound),
      returnMethod: choice(d.returnMethod),
      returnInterview: {
        offeredAt,
        offeredBy: orNull(d.returnInterview.offeredBy),
        outcome,
        // The reason field is only shown for "Not offered"; a hidden leftover is not sent.
        notOfferedReason: outcome === 'not-offered' ? orNull(d.returnInterview.notOfferedReason) : null,
        heldAt,
      },
      factors,
      notes: orNull(d.notes),
      traffickingConcern: d.traffickingConcern,
    },
  };
}

/**
 * The backend's issues, keyed by form field. Updates are validated as `{ id, episode }`, so a schema issue may
 * arrive as "episode.reportedAt"; fragments such as "is required" get the field's label in front.
 */
export function issuesToErrors(issues: readonly FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.field.replace(/^episode\./, '');
    const label = FIELD_LABELS[field];
    const message = /^[a-z]/.test(issue.message) && label ? `${label} ${issue.message}` : issue.message;
    errors[field] = errors[field] ? `${errors[field]} ${message}` : message;
  }
  return errors;
}

/** Errors without the ones for a field just edited (and, for a factor row, its sub-fields). */
export function withoutErrors(errors: FieldErrors, prefix: string): FieldErrors {
  const keep = Object.entries(errors).filter(
    ([field]) => field !== prefix && !field.startsWith(`${prefix}.`),
  );
  return keep.length === Object.keys(errors).length ? errors : Object.fromEntries(keep);
}
