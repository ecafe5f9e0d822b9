import type { PushPullFactor } from '../../../shared/domain/episode';
import { FACTOR_CODES, type FactorCode } from '../../../shared/domain/factors';
import { quoted, type Read } from './fieldReaders';

/**
 * Push and pull factors in one cell: `push:conflict-at-home;pull:other=met older males`. Entries are separated by
 * `;`; an entry is direction `:` code, then optionally `=` and the detail. In a detail, `\;` is a semicolon and `\\`
 * a backslash, so any text survives the round trip.
 */
export function writeFactors(factors: readonly PushPullFactor[]): string {
  return factors
    .map(
      (f) =>
        `${f.direction}:${f.code}${f.detail ? `=${f.detail.replace(/\\/g, '\\\\').replace(/;/g, '\\;')}` : ''}`,
    )
    .join(';');
}

/** Splits on `;` not escaped by a backslash, and removes the escapes. */
function splitEntries(text: string): string[] {
  const entries: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '\\' && (next === ';' || next === '\\')) {
      current += next;
      i++;
    } else if (c === ';') {
      entries.push(current);
      current = '';
    } else current += c;
  }
  entries.push(current);
  return entries.map((e) => e.trim()).filter(Boolean);
}

const CODES = new Map(FACTOR_CODES.map((c) => [c.toLowerCase(), c]));
const ENTRY = /^(push|pull)\s*:\s*([a-z-]+)\s*(?:=(.*))?$/is;

export function readFactors(text: string): Read<PushPullFactor[]> {
  const factors: PushPullFactor[] = [];
  for (const [i, entry] of splitEntries(text).entries()) {
    const m = ENTRY.exec(entry);
    const code: FactorCode | undefined = m ? CODES.get(m[2]!.toLowerCase()) : undefined;
    if (!m || !code) {
      return {
        ok: false,
        message:
          `entry ${i + 1} (${quoted(entry)}) must be push:code or pull:code, optionally followed by =detail; ` +
          `codes: ${FACTOR_CODES.join(', ')}.`,
      };
    }
    const detail = m[3]?.trim() || null;
    factors.push({ direction: m[1]!.toLowerCase() as PushPullFactor['direction'], code, detail });
  }
  return { ok: true, value: factors };
}
