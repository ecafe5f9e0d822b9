import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FileToSave } from '../../shared/api';
import { createBackend, type Backend } from '../backend/backend';

// `npm run export:sample -- <dir>`: writes a sample of each Word document from the demo data, so a council can
// preview the output (and its letterhead) before using Homeward. Uses a throw-away database, never the user's.
const outDir = process.argv[2];
if (!outDir) {
  console.error('Usage: npm run export:sample -- <folder to write the sample documents into>');
  process.exit(2);
}

async function must<T>(b: Backend, method: string, input: unknown): Promise<T> {
  const r = await b.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

const dataDir = mkdtempSync(join(tmpdir(), 'homeward-sample-'));
const backend = await createBackend({
  dataDir,
  now: () => new Date('2026-11-20T10:00:00.000Z'),
  logError: () => undefined,
});
try {
  await must(backend, 'app.loadDemo', {});
  await must(backend, 'settings.update', {
    displayName: 'Chair B. Example',
    organisation: 'Exampleshire County Council (sample)',
  });
  const childId = 'demo-child-0038';
  const record = await must<{
    meeting: { id: string };
    items: Array<{ id: string; revision: number; title: string }>;
  }>(backend, 'meetings.create', {
    kind: 'mim',
    stageLevel: 1,
    childIds: [childId],
    reason: 'Three missing episodes in 90 days (ST 13.17)',
    chairRole: 'Allocated Social Worker',
    chairName: 'Chair B. Example',
    minuteTaker: 'Minute-taker C. Example',
    scheduledAt: '2026-11-20T09:30:00.000Z',
    venue: 'Room 2, Example House, Exampletown',
  });
  const meetingId = record.meeting.id;
  await must(backend, 'meetings.transition', { meetingId, to: 'in-progress' });
  for (const item of record.items.slice(0, 4)) {
    await must(backend, 'meetings.saveItemMinutes', {
      meetingId,
      itemId: item.id,
      minutes: `Sample minutes for “${item.title}”. Everyone present shared what they knew; this text is fictional.\n\nA second paragraph shows how longer minutes read.`,
      baseRevision: item.revision,
    });
  }
  const planItem = record.items.find((i) => /plan of action/i.test(i.title)) ?? record.items[0]!;
  await must(backend, 'meetings.saveItemDecisions', {
    meetingId,
    itemId: planItem.id,
    decisions: ['Refer to the exploitation panel.'],
  });
  for (const [what, owner, agency] of [
    [
      'Offer a return interview within 72 hours of the next return',
      'Worker A. Example',
      'Children’s Services',
    ],
    ['Consider a Child Abduction Warning Notice', 'Officer D. Example', 'Police'],
    ['Update the placement plan with the missing risk', 'Worker A. Example', 'Children’s Services'],
  ] as const) {
    await must(backend, 'meetings.addAction', {
      meetingId,
      itemId: planItem.id,
      action: { what, owner, agency, dueOn: '2026-12-04' },
    });
  }
  await must(backend, 'meetings.transition', { meetingId, to: 'concluded' });
  await must(backend, 'meetings.transition', { meetingId, to: 'approved' });

  const files: Array<[string, string, unknown]> = [
    ['minutes', 'exports.minutes', { meetingId }],
    ['action plan', 'exports.actionPlan', { meetingId }],
    ['chronology', 'exports.chronology', { childId }],
  ];
  mkdirSync(resolve(outDir), { recursive: true });
  for (const [what, method, input] of files) {
    const file = await must<FileToSave>(backend, method, input);
    const path = resolve(outDir, `Sample ${file.fileName}`);
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    console.log(`Wrote the sample ${what}: ${path}`);
  }
} finally {
  await backend.close();
  rmSync(dataDir, { recursive: true, force: true });
}
