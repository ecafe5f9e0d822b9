import type { ImportFormat } from '../../../shared/api/importExport';

/** The SSDA903 Missing table, as the DfE return specifies it. Every column must be there; MIS_END may be blank. */
export const COLUMNS_903 = ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'] as const;

/** Homeward's own episodes file: what the export writes and the import reads. Order is the export's order. */
export const HOMEWARD_COLUMNS = [
  'case_reference',
  'given_name',
  'family_name',
  'date_of_birth',
  'gender',
  'legal_status',
  'placing_authority',
  'host_authority',
  'placement_type',
  'allocated_worker',
  'team',
  'category',
  'reported_at',
  'last_seen_at',
  'found_at',
  'police_risk_at_report',
  'police_risk_latest',
  'police_reference',
  'missing_from',
  'where_found',
  'return_method',
  'ri_offered_at',
  'ri_offered_by',
  'ri_outcome',
  'ri_not_offered_reason',
  'ri_held_at',
  'trafficking_concern',
  'factors',
  'notes',
] as const;
export type HomewardColumn = (typeof HOMEWARD_COLUMNS)[number];
export const HOMEWARD_REQUIRED: readonly HomewardColumn[] = [
  'case_reference',
  'date_of_birth',
  'category',
  'reported_at',
];

interface FormatSpec {
  format: Exclude<ImportFormat, 'unrecognised'>;
  label: string;
  columns: readonly string[];
  required: readonly string[];
}

const SPECS: readonly FormatSpec[] = [
  { format: '903', label: 'a 903 Missing table', columns: COLUMNS_903, required: COLUMNS_903 },
  {
    format: 'homeward',
    label: 'a Homeward episodes file',
    columns: HOMEWARD_COLUMNS,
    required: HOMEWARD_REQUIRED,
  },
];

/** Header cells are matched without regard to case, spaces or hyphens: "Case reference" reads as case_reference. */
const normalise = (header: string): string =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

export type Detected =
  | { ok: true; format: FormatSpec['format']; position: ReadonlyMap<string, number>; width: number }
  | { ok: false; format: ImportFormat; message: string };

const list = (names: readonly string[]): string => names.join(', ');

const neither = (shown: string): string =>
  `The header row matches neither file Homeward imports. Expected the 903 Missing table columns ${list(COLUMNS_903)}, ` +
  `or a Homeward episodes file with at least ${list(HOMEWARD_REQUIRED)} (optional: ` +
  `${list(HOMEWARD_COLUMNS.filter((c) => !HOMEWARD_REQUIRED.includes(c)))}). Found: ${shown}.`;

/** What is wrong with a header meant as `spec`; empty when nothing is. */
function problems(spec: FormatSpec, found: readonly string[], names: readonly string[]): string[] {
  const known = new Set(spec.columns.map((c) => c.toLowerCase()));
  const missing = spec.required.filter((c) => !names.includes(c.toLowerCase()));
  // A blank header cell is ignored: spreadsheets add one for a trailing comma, and its values have no meaning.
  const unknown = found.filter((h, i) => h !== '' && !known.has(names[i]!));
  const repeated = found.filter((h, i) => h !== '' && names.indexOf(names[i]!) !== i);
  return [
    missing.length ? `Missing: ${list(missing)}.` : '',
    unknown.length ? `Not expected: ${list(unknown)}.` : '',
    repeated.length ? `More than once: ${list(repeated)}.` : '',
  ].filter(Boolean);
}

/**
 * Decides the file's format from its header row. The format sharing most columns with the header is the one meant;
 * a header that has missing or unknown columns is refused with both lists, because a misspelt optional column would
 * otherwise be dropped without a word.
 */
export function detectFormat(header: readonly string[]): Detected {
  const found = header.map((h) => h.trim());
  const names = header.map(normalise);
  const shown = found.length ? list(found.map((h) => h || '(blank)')) : '(nothing)';
  const score = (spec: FormatSpec) => spec.columns.filter((c) => names.includes(c.toLowerCase())).length;
  const spec = [...SPECS].sort((a, b) => score(b) - score(a))[0];
  if (!spec || score(spec) === 0) return { ok: false, format: 'unrecognised', message: neither(shown) };

  const wrong = problems(spec, found, names);
  if (wrong.length) {
    const expected =
      spec.format === '903'
        ? `the columns ${list(COLUMNS_903)}`
        : `at least ${list(HOMEWARD_REQUIRED)}, and only columns from ${list(HOMEWARD_COLUMNS)}`;
    return {
      ok: false,
      format: spec.format,
      message: `The header row looks like ${spec.label} but is not one: it must have ${expected}. ${wrong.join(' ')} Found: ${shown}. No rows were imported.`,
    };
  }
  const position = new Map<string, number>();
  for (const column of spec.columns) {
    const at = names.indexOf(column.toLowerCase());
    if (at >= 0) position.set(column, at);
  }
  return { ok: true, format: spec.format, position, width: header.length };
}
