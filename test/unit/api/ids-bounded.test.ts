import { describe, expect, it } from 'vitest';
import { apiSchemas } from '../../../shared/api';
import { MAX_ID_LENGTH } from '../../../shared/api/text';

// "Bound every id in the API schemas" (issue 11): walks every method's input schema, finds every field named as an
// id (id, childId, accountIds...) at any depth, and fails for any that takes an over-long value or lets a bidi
// control or a control character through. A method added with a bare z.string() id fails here by its path.

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  options?: Schema[];
  left?: Schema;
  right?: Schema;
  valueType?: Schema;
  getter?: () => Schema;
}
interface Schema {
  _zod: { def: Def };
  safeParse(v: unknown): { success: boolean; data?: unknown };
}

const ID_NAME = /^(id|[a-z][A-Za-z]*Ids?)$/;

/** The schemas a value at this point passes through, wrappers (optional, default, pipe...) looked inside. */
function children(s: Schema): Schema[] {
  const d = s._zod.def;
  return [
    d.element,
    d.innerType,
    d.in,
    d.out,
    d.left,
    d.right,
    d.valueType,
    ...(d.options ?? []),
    ...(d.getter ? [d.getter()] : []),
  ].filter((c): c is Schema => c !== undefined);
}

/** Every id-named field under a schema: its path and its schema. */
function idFields(s: Schema, path: string, out: Array<[string, Schema]>, seen = new Set<Schema>()) {
  if (seen.has(s)) return out;
  seen.add(s);
  const d = s._zod.def;
  if (d.type === 'object' && d.shape)
    for (const [key, field] of Object.entries(d.shape)) {
      if (ID_NAME.test(key)) out.push([`${path}.${key}`, field]);
      idFields(field, `${path}.${key}`, out, seen);
    }
  for (const c of children(s)) idFields(c, path, out, seen);
  return out;
}

/** The strings an id field holds (itself, or an array's or a nullable's string). */
function stringsIn(s: Schema, out: Schema[] = []): Schema[] {
  if (s._zod.def.type === 'string') out.push(s);
  else if (s._zod.def.type !== 'object') for (const c of children(s)) stringsIn(c, out);
  return out;
}

const fields = Object.entries(apiSchemas).flatMap(([method, schema]) =>
  idFields(schema as unknown as Schema, method, []),
);

describe('every id in the API schemas is bounded', () => {
  it('the walk finds the ids of the contract (so the checks below are not of nothing)', () => {
    const paths = fields.map(([p]) => p);
    expect(paths).toContain('children.get.id');
    expect(paths).toContain('meetings.updateAttendee.attendeeId');
    expect(paths).toContain('meetings.create.childIds');
    expect(paths.length).toBeGreaterThan(60);
  });

  it('refuses an over-long id, and one carrying a bidi override or a control, at every id field', () => {
    const unbounded: string[] = [];
    for (const [path, field] of fields) {
      const strings = stringsIn(field);
      // An id that is an enum (a fixed list of codes) is bounded by its list.
      if (strings.length === 0) continue;
      for (const s of strings) {
        const long = s.safeParse('a'.repeat(MAX_ID_LENGTH + 1));
        if (long.success) unbounded.push(`${path}: takes ${MAX_ID_LENGTH + 1} characters`);
        for (const bad of ['ab\u202Ecd', 'ab\u0000cd', 'ab\u200Bcd']) {
          const r = s.safeParse(bad);
          if (r.success && typeof r.data === 'string' && r.data === bad)
            unbounded.push(`${path}: takes ${JSON.stringify(bad)}`);
        }
      }
    }
    expect(unbounded).toEqual([]);
  });
});
