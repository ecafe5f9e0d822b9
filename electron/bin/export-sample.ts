import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FileToSave } from '../../shared/api';
import { extractAuthorities, minutesExtract } from '../../shared/exports/extract';
import { exportFileName } from '../../shared/exports/fileName';
import { createBackend, type Backend } from '../backend/backend';
import { buildChronologyDocx, buildMinutesDocx } from '../backend/exports/docx';
import { buildLetterheadTemplate } from '../backend/exports/docx/sampleLetterhead';
import {
  sample150Chronology,
  sampleMultiAuthorityDailyReview,
} from '../backend/exports/docx/sampleScenarios';

// `npm run export:sample -- <dir>`: writes a sample of each Word document from the demo data, so a council can
// preview the output (and its letterhead) before using Homeward, and so the tests can read back the documents a
// chair would send: approved minutes with an amendment, a follow-up meeting reviewing previous actions (a draft), a
// 150-episode chronology, a Daily Review of several authorities' children with each authority's extract, and the
// minutes in a letterhead whose first page differs, and the child's escalation log. Uses a throw-away database, never the user's.
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
    displayRole: 'Team Manager',
    organisation: 'Exampleshire County Council (sample)',
  });
  const childId = 'demo-child-0038';
  // The school the minutes print is held on the Philomena Part 1 record.
  const profile = await must<{ part1: Record<string, string>; part2: unknown[] }>(backend, 'philomena.get', {
    childId,
  });
  await must(backend, 'philomena.save', {
    childId,
    part1: { ...profile.part1, school: profile.part1.school || 'Example Academy, Year 11' },
    part2: profile.part2,
  });
  // Two entries in the child's escalation log (W-CP 5.0), one resolved, one open: the minutes print them too.
  await must(backend, 'escalations.add', {
    childId,
    fromWho: 'Missing Children Practitioner A. Example',
    toWho: 'Team Manager B. Example',
    about:
      'The return interview after the second episode was not held within 72 hours: no interviewer was free.',
    escalatedAt: '2026-11-10T09:00:00.000Z',
    outcome: 'An independent interviewer was allocated; the interview was held the next day.',
    outcomeAt: '2026-11-11T15:00:00.000Z',
  });
  await must(backend, 'escalations.add', {
    childId,
    fromWho: 'Allocated Social Worker A. Example',
    toWho: 'Head of Service C. Example',
    about: 'The host authority has not confirmed it received the minutes of the last meeting.',
    escalatedAt: '2026-11-17T12:00:00.000Z',
  });
  const record = await must<{
    meeting: { id: string };
    items: Array<{ id: string; revision: number; title: string }>;
    attendees: Array<{
      id: string;
      name: string;
      role: string;
      agency: string;
      isChair: boolean;
      isMinuteTaker: boolean;
      revision: number;
    }>;
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
  // Attendance recorded, as it must be before approval: unrecorded would print "Not recorded".
  for (const a of record.attendees.filter((x) => x.name.trim() !== '')) {
    await must(backend, 'meetings.updateAttendee', {
      meetingId,
      attendeeId: a.id,
      baseRevision: a.revision,
      attendee: { ...a, status: 'attended' },
    });
  }
  await must(backend, 'meetings.addAttendee', {
    meetingId,
    attendee: {
      name: 'Officer D. Example',
      role: 'police',
      agency: 'Exampleshire Police',
      status: 'attended',
      information:
        'Three reports in 90 days; the second was graded high risk after the child was seen with older males near the bus station.\n\nNo offences recorded against the child. A Child Abduction Warning Notice is being considered.',
    },
  });
  // An agency that sent a report with its apologies: its section is printed from what it sent.
  await must(backend, 'meetings.addAttendee', {
    meetingId,
    attendee: {
      name: 'Teacher E. Example',
      role: 'education',
      agency: 'Example Academy',
      status: 'apologies',
      information:
        'Attendance this term is 71%; the child was absent on the mornings after two of the episodes.',
    },
  });
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
    // A chair reading the sample sees why each decision and action was made (issue 14).
    decisions: [
      {
        decision: 'Refer to the exploitation panel.',
        rationale: 'Older associates, a second phone and unexplained cash point to criminal exploitation.',
      },
    ],
  });
  for (const [what, owner, agency, rationale] of [
    [
      'Offer a return interview within 72 hours of the next return',
      'Worker A. Example',
      'Children’s Services',
      'The last return interview was offered late and the child declined it.',
    ],
    [
      'Consider a Child Abduction Warning Notice',
      'Officer D. Example',
      'Police',
      'The same older associate was seen at two of the three episodes.',
    ],
    ['Update the placement plan with the missing risk', 'Worker A. Example', 'Children’s Services', ''],
  ] as const) {
    await must(backend, 'meetings.addAction', {
      meetingId,
      itemId: planItem.id,
      action: { what, owner, agency, dueOn: '2026-12-04', rationale },
    });
  }
  await must(backend, 'meetings.setOutcome', {
    meetingId,
    outcome: {
      attendanceComments: 'The school sent a written report with its apologies.',
      riskLevel: 'high',
      riskRationale: 'Three episodes in 90 days, one graded high risk, with older associates seen.',
    },
  });
  await must(backend, 'meetings.transition', { meetingId, to: 'concluded' });
  await must(backend, 'meetings.transition', { meetingId, to: 'approved' });
  // A correction after approval: the minutes print the approved text and the correction, marked.
  const amended = record.items[1] ?? record.items[0]!;
  await must(backend, 'meetings.amend', {
    meetingId,
    itemId: amended.id,
    minutes: `Sample minutes for “${amended.title}”, corrected: the child was found at 11:30, not 09:30. This text is fictional.`,
    reason: 'The police log shows the child was found at 11:30, not 09:30.',
  });

  mkdirSync(resolve(outDir), { recursive: true });
  const write = (what: string, fileName: string, bytes: Buffer) => {
    const path = resolve(outDir, `Sample ${fileName}`);
    writeFileSync(path, bytes);
    console.log(`Wrote the sample ${what}: ${path}`);
  };
  const exported = async (what: string, method: string, input: unknown) => {
    const file = await must<FileToSave>(backend, method, input);
    write(what, file.fileName, Buffer.from(file.base64, 'base64'));
  };
  await exported('approved minutes with an amendment', 'exports.minutes', { meetingId });
  await exported('action plan', 'exports.actionPlan', { meetingId });
  await exported('chronology', 'exports.chronology', { childId });
  await exported('escalation log', 'escalations.export', { childId });

  // A Strategy Meeting the same day: the MIM's open actions are carried into its review of previous actions.
  const actions = await must<Array<{ id: string; what: string; revision: number }>>(backend, 'actions.list', {
    meetingId,
    childId: null,
    status: null,
    overdue: false,
    limit: 50,
  });
  const followUp = await must<{ meeting: { id: string } }>(backend, 'meetings.create', {
    kind: 'strategy',
    stageLevel: null,
    childIds: [childId],
    reason: 'Missing again and graded high risk: a strategy meeting to decide on a section 47 enquiry.',
    chairRole: 'Team Manager',
    chairName: 'Chair B. Example',
    minuteTaker: 'Minute-taker C. Example',
    scheduledAt: '2026-11-20T09:55:00.000Z',
    venue: 'Video call',
  });
  const [first, second] = actions;
  if (first)
    await must(backend, 'actions.update', { id: first.id, baseRevision: first.revision, status: 'done' });
  if (second)
    await must(backend, 'actions.update', {
      id: second.id,
      baseRevision: second.revision,
      status: 'dropped',
      reason: 'The police decided a warning notice is not needed while the child is at home.',
    });
  await must(backend, 'meetings.transition', { meetingId: followUp.meeting.id, to: 'in-progress' });
  // The strategy meeting's outcome, and the decision behind it with why (issue 14), as its minutes print them.
  await must(backend, 'meetings.setOutcome', {
    meetingId: followUp.meeting.id,
    outcome: { strategyOutcome: 'section-47' },
  });
  const followUpRecord = await must<{ items: Array<{ id: string; key: string }> }>(backend, 'meetings.get', {
    meetingId: followUp.meeting.id,
  });
  const decidedUnder =
    followUpRecord.items.find((i) => i.key !== 'previous-actions') ?? followUpRecord.items[0]!;
  await must(backend, 'meetings.saveItemDecisions', {
    meetingId: followUp.meeting.id,
    itemId: decidedUnder.id,
    decisions: [
      {
        decision: 'Begin a section 47 enquiry.',
        rationale: 'The child is likely to suffer significant harm: exploitation by older associates.',
      },
    ],
  });
  await must(backend, 'meetings.transition', { meetingId: followUp.meeting.id, to: 'concluded' });
  await exported('follow-up meeting with previous actions (draft)', 'exports.minutes', {
    meetingId: followUp.meeting.id,
  });

  // The same approved minutes in a letterhead whose first page has its own header and footer.
  const letterhead = await buildLetterheadTemplate({
    firstPage: 'first-page-only',
    templateProperties: true,
  });
  await must(backend, 'settings.setLetterhead', {
    fileName: 'first-page-letterhead.docx',
    base64: letterhead.toString('base64'),
  });
  const inLetterhead = await must<FileToSave>(backend, 'exports.minutes', { meetingId });
  write(
    'minutes in a letterhead whose first page differs',
    inLetterhead.fileName.replace(/\.docx$/, ' letterhead.docx'),
    Buffer.from(inLetterhead.base64, 'base64'),
  );

  // Models for what the demo data does not hold: 150 episodes, a Daily Review across three authorities.
  write(
    '150-episode chronology',
    exportFileName('2026-11-20', 'Chronology 150 episodes', [sample150Chronology.child.caseReference]),
    await buildChronologyDocx(sample150Chronology),
  );
  const dr = sampleMultiAuthorityDailyReview;
  const refs = dr.children.map((c) => c.caseReference);
  write(
    'multi-child Daily Review',
    exportFileName('2026-11-20', 'Minutes Daily Review', refs),
    await buildMinutesDocx(dr),
  );
  for (const authority of extractAuthorities(dr)) {
    const extract = minutesExtract(dr, authority);
    write(
      `Daily Review extract for ${authority}`,
      exportFileName(
        '2026-11-20',
        `Minutes Daily Review extract ${authority}`,
        extract.children.map((c) => c.caseReference),
      ),
      await buildMinutesDocx(extract),
    );
  }
} finally {
  await backend.close();
  rmSync(dataDir, { recursive: true, force: true });
}
