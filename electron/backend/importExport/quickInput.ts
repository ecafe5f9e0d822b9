import { MAX_ID_LENGTH, stripBidiControls } from '../../../shared/api/text';
import {
  GENDERS,
  ISO_DATE_FORM,
  ISO_INSTANT_FORM,
  LEGAL_STATUSES,
  PLACEMENT_TYPES,
  childInputSchema,
  isRealIsoDate,
  isRealIsoInstant,
  type ChildInput,
} from '../../../shared/domain/child';
import {
  EPISODE_CATEGORIES,
  MISSING_FROM,
  POLICE_RISKS,
  RETURN_METHODS,
  episodeInputSchema,
  type EpisodeInput,
} from '../../../shared/domain/episode';

// The import checks every row with the forms' zod schemas; for the 100,000-row file that was a second of its time.
// Most rows are plain: every text already trimmed, every optional field blank. For those, these functions give what
// the schema's parse gives (defaults filled, in the schema's key order); for any other row they answer null and the
// row goes through the schema, so every refusal and its message still come from zod itself. The test
// (test/unit/importExport/quick-input.test.ts) holds the two equal over random rows.

// Each reader answers the value zod would give, or MISS where the schema must decide. Written out field by field
// (not a loop over a table of readers), since a table's dynamic calls cost as much as zod did.
const MISS = Symbol('not plain');
type Quick<T> = T | typeof MISS;

const oneOf = <T extends string>(values: readonly T[]) => {
  const set: ReadonlySet<string> = new Set(values);
  return (v: unknown): Quick<T> => (typeof v === 'string' && set.has(v) ? (v as T) : MISS);
};
const nullableOneOf = <T extends string>(values: readonly T[]) => {
  const plain = oneOf(values);
  return (v: unknown): Quick<T | null> => (v === undefined || v === null ? null : plain(v));
};

/** `z.string().trim().max(max)` (with `.min(1)` when required) on a string that trimming leaves as it is. */
const plainText = (v: unknown, max: number, required: boolean): Quick<string> =>
  typeof v === 'string' && v.length <= max && (!required || v.length > 0) && v.trim() === v ? v : MISS;
const nullableText = (v: unknown, max: number): Quick<string | null> =>
  v === undefined || v === null ? null : plainText(v, max, false);

/** `identifierText(max)`, non-empty: a string with no bidi control and nothing to trim. */
const plainIdentifier = (v: unknown, max: number): Quick<string> =>
  typeof v === 'string' && v.length > 0 && v.length <= max && v.trim() === v && stripBidiControls(v) === v
    ? v
    : MISS;

const PRINTABLE_ASCII = /^[\x21-\x7E]+$/;
const apiId = (v: unknown): Quick<string> =>
  typeof v === 'string' && v.length <= MAX_ID_LENGTH && PRINTABLE_ASCII.test(v) ? v : MISS;

const isoDate = (v: unknown): Quick<string> =>
  typeof v === 'string' && ISO_DATE_FORM.test(v) && isRealIsoDate(v) ? v : MISS;
const isoInstant = (v: unknown): Quick<string> =>
  typeof v === 'string' && ISO_INSTANT_FORM.test(v) && isRealIsoInstant(v) ? v : MISS;
const nullableInstant = (v: unknown): Quick<string | null> =>
  v === undefined || v === null ? null : isoInstant(v);
const flag = (v: unknown): Quick<boolean> => (v === undefined ? false : typeof v === 'boolean' ? v : MISS);
const blank = (v: unknown): Quick<null> => (v === undefined || v === null ? null : MISS);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every key of `v` is one the schema reads (zod drops any other silently; such a value goes to zod). */
function onlyKeys(v: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  for (const k in v) if (!keys.has(k)) return false;
  return true;
}

const gender = oneOf(GENDERS);
const legalStatus = oneOf(LEGAL_STATUSES);
const placementType = oneOf(PLACEMENT_TYPES);
// The keys the schema reads, from the schema itself, so a field added to the form cannot be dropped here.
const CHILD_KEYS: ReadonlySet<string> = new Set(Object.keys(childInputSchema.shape));

/** `childInputSchema.parse(v)` for a plain child; null where the schema must decide. */
export function quickChildInput(v: unknown): ChildInput | null {
  if (!isRecord(v) || !onlyKeys(v, CHILD_KEYS)) return null;
  // In the schema's key order (shared/domain/child.ts childInputSchema), as its parse gives them.
  const out = {
    givenName: plainText(v.givenName, 100, true),
    familyName: plainText(v.familyName, 100, true),
    dateOfBirth: isoDate(v.dateOfBirth),
    gender: gender(v.gender),
    caseReference: plainIdentifier(v.caseReference, 40),
    legalStatus: legalStatus(v.legalStatus),
    placingAuthority: plainText(v.placingAuthority, 100, true),
    hostAuthority: nullableText(v.hostAuthority, 100),
    placementType: placementType(v.placementType),
    allocatedWorker: nullableText(v.allocatedWorker, 100),
    team: nullableText(v.team, 100),
    // A profile or an arrangement comes from the form, not a file: any goes to the schema.
    protocolProfileId: blank(v.protocolProfileId),
    unaccompaniedAsylumSeeking: flag(v.unaccompaniedAsylumSeeking),
    placementStartedOn:
      v.placementStartedOn === undefined || v.placementStartedOn === null
        ? null
        : isoDate(v.placementStartedOn),
    placementArrangement: blank(v.placementArrangement),
    placementMissingRisk: flag(v.placementMissingRisk),
  };
  for (const k in out) if (out[k as keyof typeof out] === MISS) return null;
  return out as ChildInput;
}

const RETURN_INTERVIEW_KEYS: ReadonlySet<string> = new Set([
  'offeredAt',
  'offeredBy',
  'outcome',
  'notOfferedReason',
  'heldAt',
]);

/** The return interview's default, or an object of blanks only (zod fills each blank with null). */
function blankReturnInterview(v: unknown): Quick<EpisodeInput['returnInterview']> {
  if (v !== undefined) {
    if (!isRecord(v) || !onlyKeys(v, RETURN_INTERVIEW_KEYS)) return MISS;
    for (const k in v) if (v[k] !== undefined && v[k] !== null) return MISS;
  }
  return { offeredAt: null, offeredBy: null, outcome: null, notOfferedReason: null, heldAt: null };
}

const category = oneOf(EPISODE_CATEGORIES);
const policeRisk = nullableOneOf(POLICE_RISKS);
const missingFrom = nullableOneOf(MISSING_FROM);
const returnMethod = nullableOneOf(RETURN_METHODS);
const EPISODE_KEYS: ReadonlySet<string> = new Set(Object.keys(episodeInputSchema.shape));

/** `episodeInputSchema.parse(v)` for a plain episode; null where the schema must decide. */
export function quickEpisodeInput(v: unknown): EpisodeInput | null {
  if (!isRecord(v) || !onlyKeys(v, EPISODE_KEYS)) return null;
  const { factors } = v;
  if (!(factors === undefined || (Array.isArray(factors) && factors.length === 0))) return null;
  // In the schema's key order (shared/domain/episode.ts episodeInputSchema), as its parse gives them.
  const out = {
    childId: apiId(v.childId),
    category: category(v.category),
    reportedAt: isoInstant(v.reportedAt),
    lastSeenAt: nullableInstant(v.lastSeenAt),
    foundAt: nullableInstant(v.foundAt),
    policeRiskAtReport: policeRisk(v.policeRiskAtReport),
    policeRiskLatest: policeRisk(v.policeRiskLatest),
    policeReference:
      v.policeReference === undefined || v.policeReference === null
        ? null
        : plainIdentifier(v.policeReference, 40),
    missingFrom: missingFrom(v.missingFrom),
    whereFound: nullableText(v.whereFound, 200),
    returnMethod: returnMethod(v.returnMethod),
    returnInterview: blankReturnInterview(v.returnInterview),
    factors: [],
    notes: nullableText(v.notes, 4000),
    traffickingConcern: flag(v.traffickingConcern),
  };
  for (const k in out) if (out[k as keyof typeof out] === MISS) return null;
  return out as EpisodeInput;
}
