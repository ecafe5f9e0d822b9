import { z } from 'zod';

/**
 * Text hygiene at the API boundary. Three faults the review found: a lone UTF-16 surrogate (half an emoji, from a
 * cut-off paste) was stored and came back as invalid UTF-8; a right-to-left override (U+202E) in a case reference
 * reached an export's file name, where "Minutes ABC\u202Excod.exe" reads as something else; and ids had no bound.
 */

/** An unpaired high or low surrogate. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Bidirectional embedding, override and isolate controls (U+202A-202E, U+2066-2069). They reorder how the text
 * around them is shown, so in an identifier or a file name they make it read as something it is not.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Replaces each lone surrogate with U+FFFD, as a UTF-8 encoder would, so what is stored is valid Unicode. */
export const wellFormed = (text: string): string => text.replace(LONE_SURROGATE, '\uFFFD');

export const stripBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');

/** Every string anywhere in a value made well-formed; other values as they are. */
export function wellFormedDeep<T>(value: T): T {
  if (typeof value === 'string') return wellFormed(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => wellFormedDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = wellFormedDeep(v);
    return out as T;
  }
  return value;
}

export const MAX_ID_LENGTH = 100;

/**
 * An id sent by the client (a UUID the backend made, or a shipped profile's slug): bounded, and printable ASCII
 * only, so no control, bidi or invisible character can ride on it into a query, a log line or the audit.
 */
export const apiId = z
  .string()
  .min(1, 'is required')
  .max(MAX_ID_LENGTH, 'is not an id')
  .regex(/^[\x21-\x7E]+$/, 'is not an id');

/** A human identifier typed by a user (case reference, police reference): bidi controls are dropped. */
export const identifierText = (max: number) =>
  z
    .string()
    .transform((s) => stripBidiControls(s).trim())
    .pipe(z.string().max(max, `must be at most ${max} characters`));

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
/** C0 and C1 controls, and characters Windows, macOS or Linux refuse or treat as paths in a file name. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const UNSAFE_IN_FILE_NAME = /[\u0000-\u001F\u007F-\u009F<>:"/\\|?*]/g;
const MAX_FILE_NAME = 200;

/**
 * The one place a file name for the user's disk is made safe: every export (Word and CSV) and the save dialog go
 * through it. Drops bidi controls and lone surrogates, replaces path and reserved characters with "-", trims the
 * dots and spaces Windows drops, and keeps the extension when it has to shorten.
 */
export function safeFileName(name: string, fallback = 'Homeward export'): string {
  let s = stripBidiControls(name).replace(LONE_SURROGATE, '');
  s = s
    .replace(UNSAFE_IN_FILE_NAME, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (s.length > MAX_FILE_NAME) {
    const dot = s.lastIndexOf('.');
    const ext = dot > 0 && s.length - dot <= 10 ? s.slice(dot) : '';
    // Cutting may split a surrogate pair; the half left over is dropped.
    s = (
      s
        .slice(0, MAX_FILE_NAME - ext.length)
        .replace(LONE_SURROGATE, '')
        .trimEnd() + ext
    ).trim();
  }
  if (!s) s = fallback;
  return WINDOWS_RESERVED.test(s) ? `_${s}` : s;
}

/**
 * The revision a form's record was read at, sent back with its update: a save based on an older one is refused with
 * 'conflict' and nothing is overwritten (lost updates, issue 11).
 */
export const baseRevision = z
  .number({ error: 'is required: reload the record' })
  .int('must be a whole number')
  .min(1, 'must be 1 or more')
  .max(2_000_000_000, 'is too large');
