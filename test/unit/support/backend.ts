import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api';
import type { ChildInput } from '../../../shared/domain/child';
import { createBackend, type Backend } from '../../../electron/backend/backend';

const open: Array<{ backend: Backend; dir: string }> = [];

afterEach(() => {
  for (const { backend, dir } of open.splice(0)) {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A backend on a fresh, real SQLite file in a throw-away folder; closed and removed after the test. */
export function freshBackend(now = '2026-11-20T10:00:00.000Z'): Backend & { dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-test-'));
  const backend = createBackend({ dataDir: dir, now: () => new Date(now), logError: () => undefined });
  open.push({ backend, dir });
  return Object.assign(backend, { dir });
}

/** Calls a method and returns its value; fails the test with the backend's message otherwise. */
export async function must<K extends ApiMethod>(
  b: Backend,
  method: K,
  input: ApiInput<K>,
): Promise<ApiOutput<K>> {
  const result = await b.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value as ApiOutput<K>;
}

export const sampleChild = (over: Partial<ChildInput> = {}): ChildInput => ({
  givenName: 'Testy',
  familyName: 'Samplewood',
  dateOfBirth: '2011-05-04',
  gender: 'not-recorded',
  caseReference: 'TEST-0001',
  legalStatus: 'child-in-care',
  placingAuthority: 'Warwickshire',
  hostAuthority: null,
  placementType: 'foster-care',
  allocatedWorker: 'Worker A. Example',
  team: 'Test Team',
  protocolProfileId: null,
  ...over,
});
