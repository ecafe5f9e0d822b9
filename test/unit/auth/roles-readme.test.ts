import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS, ROLE_LABELS, ROLES } from '../../../shared/auth/roles';

// The README's roles table is what a council's information-governance team reads: it must say what the map the
// server checks says, so a method added to the contract (and to the map) shows up in the counts.
const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');

describe('the README’s roles table', () => {
  it('gives, for each role, the number of API methods the role map lets it call', () => {
    const all = Object.values(PERMISSIONS);
    for (const role of ROLES) {
      const plain = all.filter((p) => p.roles.includes(role)).length;
      const invited = all.filter((p) => !p.roles.includes(role) && (p.invited ?? []).includes(role)).length;
      const said = invited
        ? `${plain} (+${invited} in meetings naming them) of ${all.length}`
        : `${plain} of ${all.length}`;
      const row = readme.split('\n').find((l) => l.startsWith(`| ${ROLE_LABELS[role]} `));
      expect(row, ROLE_LABELS[role]).toBeDefined();
      expect(row!.split('|')[3]!.trim(), ROLE_LABELS[role]).toBe(said);
    }
  });
});
