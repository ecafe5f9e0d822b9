import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ApiInput, ApiMethod } from '../../../shared/api';
import { apiSchemas } from '../../../shared/api';
import type { MeetingRecord } from '../../../shared/domain/meeting';
import { freshBackend, must } from '../support/backend';
import { mimInput } from '../meetings/fixtures';

// Walks every method of the contract on a database with the demo children, and fails for any answer that shows a
// child's name without an audit row, written by that call, naming the child (in child_id or audit_children).

/** The text a person would read in an answer: every string, each child object's full name, files' contents. */
function readable(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) readable(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.givenName === 'string' && typeof o.familyName === 'string')
      out.push(`${o.givenName} ${o.familyName}`);
    if (typeof o.base64 === 'string' && typeof o.fileName === 'string') {
      const bytes = Buffer.from(o.base64, 'base64');
      if (o.fileName.endsWith('.docx')) {
        for (const [name, data] of Object.entries(unzipSync(bytes)))
          if (name.startsWith('word/') && name.endsWith('.xml'))
            out.push(
              [
                ...Buffer.from(data)
                  .toString('utf8')
                  .matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g),
              ]
                .map((m) => m[1])
                .join(''),
            );
      } else {
        // A CSV: its cells joined by spaces, so adjacent given and family names read as a full name.
        for (const line of bytes.toString('utf8').split(/\r?\n/))
          out.push(
            line
              .split(',')
              .map((c) => c.replace(/^"|"$/g, ''))
              .join(' '),
          );
      }
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'base64') readable(v, out);
  }
  return out;
}

/** A saved record as the input that would save it again: without the fields the backend sets. */
function withoutRecordFields<T extends { id: string; createdAt: string; updatedAt: string }>(
  r: T,
): Omit<T, 'id' | 'createdAt' | 'updatedAt'> {
  const copy: Partial<T> = { ...r };
  delete copy.id;
  delete copy.createdAt;
  delete copy.updatedAt;
  return copy as Omit<T, 'id' | 'createdAt' | 'updatedAt'>;
}

/** Refused on demo data for a reason that is not about auditing: each says why. */
const REFUSED: Partial<Record<ApiMethod, string>> = {
  'app.loadDemo': 'demo data loads only into an empty database',
  'meetings.removeAction': 'the walk’s second meeting reviews the action, so it can only be marked dropped',
  'settings.setLetterhead': 'a letterhead must be a Word template with placeholders; it holds no child',
  'meetings.amend': 'amendments are for approved minutes; the walk’s meeting is in progress',
  'escalations.saveHostMinutes':
    'minutes go to the host authority once a meeting is held; the walk’s meeting is in progress',
  'accounts.list':
    'accounts belong to a team server; this walk is local mode, and the team-mode walk is test/unit/backend/roles.test.ts',
  'accounts.create':
    'accounts belong to a team server; this walk is local mode, and the team-mode walk is test/unit/backend/roles.test.ts',
  'accounts.update':
    'accounts belong to a team server; this walk is local mode, and the team-mode walk is test/unit/backend/roles.test.ts',
  'accounts.resetPassword':
    'accounts belong to a team server; this walk is local mode, and the team-mode walk is test/unit/backend/roles.test.ts',
  'children.restrict':
    'accounts belong to a team server; this walk is local mode, and the team-mode walk is test/unit/backend/roles.test.ts',
  'exports.minutesExtract':
    'an extract is of a meeting about several children; the walk’s meeting is about one',
};

describe('every API method that shows a child audits it', () => {
  it('no answer names a child without an audit row, from the same call, naming that child', async () => {
    const b = await freshBackend();
    await must(b, 'app.loadDemo', {});
    const db = b.context.db;
    const children = await db.selectFrom('children').select(['id', 'given_name', 'family_name']).execute();
    const byName = new Map<string, string[]>();
    for (const c of children) {
      const name = `${c.given_name} ${c.family_name}`;
      byName.set(name, [...(byName.get(name) ?? []), c.id]);
    }
    const withEpisodes = await db
      .selectFrom('episodes')
      .select('child_id')
      .groupBy('child_id')
      .orderBy('child_id')
      .execute();
    const childId = withEpisodes[0]!.child_id;
    const open = await db.selectFrom('episodes').select('child_id').where('found_at', 'is', null).execute();
    const quietChild = children.find((c) => !open.some((e) => e.child_id === c.id))!.id;
    const record = await must(b, 'children.get', { id: childId });
    const episode = record.episodes[0]!;
    const returned = record.episodes.find((e) => e.foundAt !== null)!;
    const meeting: MeetingRecord = await must(b, 'meetings.create', mimInput(childId));
    const meetingId = meeting.meeting.id;
    const item = meeting.items.find((i) => i.key === 'plan-of-action') ?? meeting.items[0]!;
    const attendee = meeting.attendees[0]!;
    const action = await must(b, 'meetings.addAction', {
      meetingId,
      itemId: item.id,
      action: { what: 'Offer a return interview', owner: 'Worker A. Example' },
    });
    const homewardCsv = await must(b, 'importExport.exportHomeward', {});
    // Today's Daily Review, started before the walk (its own start then joins it), and a child not on it to add.
    const review = (await must(b, 'dailyReview.start', {})).record;
    const notReviewed = children.find((c) => !review.meeting.childIds.includes(c.id))!.id;
    const episodeInput = withoutRecordFields(episode);
    const childInput = withoutRecordFields(record.child);
    const profileId = (await must(b, 'protocol.profiles', {})).profiles[0]!.id;
    const profile = await must(b, 'protocol.getProfile', { id: profileId });
    const templates = await must(b, 'agendaTemplates.list', {});
    const missingEpisode = await db
      .selectFrom('episodes')
      .select('id')
      .where('category', '=', 'missing')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const onePixelPng =
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    // A Staffordshire child graded High: ST 6 asks for children's services to be told (the demo's profiles may not).
    const toldChild = await must(b, 'children.create', {
      ...childInput,
      caseReference: 'WALK-TOLD',
      protocolProfileId: 'staffordshire',
    });
    const toldEpisode = await must(b, 'episodes.create', {
      childId: toldChild.id,
      category: 'missing',
      reportedAt: '2026-11-19T21:00:00Z',
      policeRiskAtReport: 'high',
    });
    const riskInput = {
      assessedOn: '2026-11-19',
      careProviderLevel: 'medium' as const,
      socialWorkerLevel: 'high' as const,
      plan: {
        reportAfterHours: 2,
        actions: [{ description: 'Agree coming-in times', owner: 'Worker A. Example' }],
      },
      agreements: {
        carer: { name: 'Carer A. Example', agreedOn: '2026-11-19' },
        socialWorker: { name: 'Worker A. Example', agreedOn: '2026-11-19' },
      },
    };
    // Another child's, so the walk's own create (a new version for childId) does not supersede it before its update.
    const risk = await must(b, 'riskAssessments.create', { childId: quietChild, assessment: riskInput });

    // An import job for the progress and cancel methods to follow (a one-row file: it adds nothing twice).
    const job = await must(b, 'importExport.startImport', {
      fileName: 'one.csv',
      content: 'CHILD,DOB,MISSING,MIS_START,MIS_END\r\nWALK-JOB,01/01/2012,M,01/03/2026,02/03/2026\r\n',
    });

    const logged = await must(b, 'escalations.add', {
      childId,
      fromWho: 'Team Leader A. Example',
      toWho: 'Operations Manager B. Example',
      about: 'Disagreement about the police risk grading',
      escalatedAt: '2026-11-19T10:00:00Z',
    });

    // Typed over the whole contract: a new method without a payload here is a compile error.
    const payloads: { [K in ApiMethod]: () => ApiInput<K> } = {
      'app.status': () => ({}),
      'app.loadDemo': () => ({}),
      'settings.get': () => ({}),
      'app.backupStatus': () => ({}),
      'app.whoAmI': () => ({}),
      'accounts.list': () => ({}),
      'accounts.create': () => ({
        username: 'walker',
        displayName: 'Walker A. Example',
        role: 'read-only',
        password: 'a long enough passphrase',
      }),
      'accounts.update': () => ({ id: 'no-such-account', displayName: 'Walker B. Example' }),
      'accounts.resetPassword': () => ({ id: 'no-such-account', password: 'another long passphrase' }),
      'children.restriction': () => ({ childId }),
      'children.restrict': () => ({ childId: quietChild, accountIds: [] }),
      'settings.update': () => ({ organisation: 'Exampleshire County Council' }),
      'children.list': () => ({}),
      'children.get': () => ({ id: childId }),
      'children.create': () => ({ ...childInput, givenName: 'Walkerly', caseReference: 'WALK-0001' }),
      'children.update': () => ({ id: childId, baseRevision: record.child.revision, child: childInput }),
      'children.seenBy': () => ({ childId }),
      'episodes.create': () => ({
        childId: quietChild,
        category: 'missing',
        reportedAt: '2026-11-19T20:00:00Z',
      }),
      'episodes.update': () => ({ id: episode.id, baseRevision: episode.revision, episode: episodeInput }),
      'exports.chronology': () => ({ childId }),
      'exports.minutesExtract': () => ({ meetingId, caseReference: record.child.caseReference }),
      'exports.minutes': () => ({ meetingId }),
      'exports.actionPlan': () => ({ meetingId }),
      'settings.setLetterhead': () => ({ fileName: 'letterhead.docx', base64: 'eA==' }),
      'settings.clearLetterhead': () => ({}),
      'protocol.profiles': () => ({}),
      'protocol.getProfile': () => ({ id: profileId }),
      'protocol.saveProfile': () => ({ profile: { ...profile, id: 'walk-profile', name: 'Walk profile' } }),
      'protocol.deleteProfile': () => ({ id: 'walk-profile' }),
      'protocol.child': () => ({ childId }),
      'protocol.due': () => ({}),
      'notifications.record': () => ({
        childId: toldChild.id,
        episodeId: toldEpisode.id,
        ruleId: 'high-risk-children-services',
        role: 'Children’s services',
        toldWho: 'Duty officer A. Example',
        toldAt: toldEpisode.reportedAt,
      }),
      'escalations.listForChild': () => ({ childId }),
      'escalations.add': () => ({
        childId,
        fromWho: 'Social worker C. Example',
        toWho: 'Team manager D. Example',
        about: 'No return interview offered',
        escalatedAt: '2026-11-19T11:00:00Z',
      }),
      'escalations.update': () => ({
        id: logged.id,
        baseRevision: logged.revision,
        outcome: 'Agreed to offer the interview',
        outcomeAt: '2026-11-19T12:00:00Z',
      }),
      'escalations.export': () => ({ childId }),
      'escalations.hostMinutes': () => ({ meetingId }),
      'statutoryReviews.listForChild': () => ({ childId }),
      'statutoryReviews.add': () => ({ childId, heldOn: '2026-11-18', iroName: 'IRO E. Example' }),
      'escalations.saveHostMinutes': () => ({ meetingId, baseRevision: null, sentTo: 'Host MCS' }),
      'agendaTemplates.list': () => ({}),
      'agendaTemplates.update': () => ({ ...templates[0]!, baseRevision: templates[0]!.revision }),
      'meetings.create': () => mimInput(childId),
      'meetings.get': () => ({ meetingId }),
      'meetings.getOutcome': () => ({ meetingId }),
      'meetings.setOutcome': () => ({ meetingId, outcome: { riskLevel: 'medium' } }),
      'meetings.list': () => ({}),
      'meetings.listForChild': () => ({ childId }),
      'meetings.pack': () => ({ meetingId }),
      'meetings.update': () => ({
        meetingId,
        baseRevision: meeting.meeting.revision,
        details: { ...mimInput(childId), venue: 'Room 3' },
      }),
      'meetings.transition': () => ({ meetingId, to: 'in-progress' }),
      'meetings.saveItemMinutes': () => ({
        meetingId,
        itemId: item.id,
        minutes: 'Discussed.',
        baseRevision: 0,
      }),
      'meetings.saveItemDecisions': () => ({ meetingId, itemId: item.id, decisions: ['Agreed a plan.'] }),
      'meetings.addAttendee': () => ({ meetingId, attendee: { role: 'police', name: 'Officer C. Example' } }),
      'meetings.updateAttendee': () => ({
        meetingId,
        attendeeId: attendee.id,
        baseRevision: attendee.revision,
        attendee: { ...attendee },
      }),
      'meetings.removeAttendee': () => ({ meetingId, attendeeId: attendee.id }),
      'meetings.addAction': () => ({
        meetingId,
        itemId: item.id,
        action: { what: 'Call school', owner: 'Worker' },
      }),
      'meetings.updateAction': () => ({
        meetingId,
        actionId: action.id,
        baseRevision: action.revision,
        action: { what: 'Call the school', owner: 'Worker' },
      }),
      'meetings.removeAction': () => ({ meetingId, actionId: action.id }),
      'meetings.amend': () => ({ meetingId, itemId: item.id, minutes: 'Amended.', reason: 'Typo' }),
      'meetings.arrangeNext': () => ({ meetingId, scheduledAt: '2030-01-15T10:00:00Z', venue: 'Room 3' }),
      'meetings.addItem': () => ({ meetingId, title: 'Any other business' }),
      'meetings.moveItem': () => ({ meetingId, itemId: item.id, direction: 'up' }),
      'actions.list': () => ({}),
      // meetings.updateAction, walked just before it, moved the action on one revision.
      'actions.update': () => ({ id: action.id, baseRevision: action.revision + 1, status: 'done' }),
      'importExport.import': () => ({
        fileName: homewardCsv.fileName,
        content: Buffer.from(homewardCsv.base64, 'base64').toString('utf8'),
      }),
      'importExport.startImport': () => ({
        fileName: homewardCsv.fileName,
        content: Buffer.from(homewardCsv.base64, 'base64').toString('utf8'),
      }),
      'importExport.importProgress': () => ({ jobId: job.jobId }),
      'importExport.cancelImport': () => ({ jobId: job.jobId }),
      'importExport.export903': () => ({}),
      'importExport.exportAnnexA': () => ({}),
      'importExport.exportHomeward': () => ({}),
      'dailyReview.board': () => ({}),
      'dailyReview.start': () => ({}),
      'dailyReview.addChild': () => ({
        meetingId: review.meeting.id,
        childId: notReviewed,
        reason: 'Seen by the police last night',
        baseRevision: review.meeting.revision,
      }),
      // The walk runs in the contract's order: the child added just before goes again, one revision on.
      'dailyReview.removeChild': () => ({
        meetingId: review.meeting.id,
        childId: notReviewed,
        reason: 'Added in error',
        baseRevision: review.meeting.revision + 1,
      }),
      'dashboard.month': () => ({ month: '2026-11' }),
      'dashboard.exportDocx': () => ({ month: '2026-11' }),
      'dashboard.exportCsv': () => ({ month: '2026-11' }),
      'returnInterviews.get': () => ({ episodeId: returned.id }),
      'returnInterviews.listForChild': () => ({ childId }),
      'returnInterviews.save': () => ({
        interview: {
          episodeId: returned.id,
          offered: true,
          independent: true,
          outcome: 'declined',
          outcomeReason: 'Did not want to talk about it.',
        },
        baseRevision: null,
      }),
      'returnInterviews.exportWord': () => ({ episodeId: returned.id }),
      'philomena.get': () => ({ childId }),
      'philomena.save': () => ({ childId, part1: { description: 'Slim build' }, part2: [] }),
      'philomena.recordShare': () => ({
        childId,
        share: { sharedOn: '2026-11-19', sharedWith: 'PCSO D. Example' },
      }),
      'philomena.setPhoto': () => ({ childId, mimeType: 'image/png', base64: onePixelPng }),
      'philomena.removePhoto': () => ({ childId }),
      'philomena.photo': () => ({ childId }),
      'philomena.getIncident': () => ({ episodeId: missingEpisode.id }),
      'philomena.saveIncident': () => ({ episodeId: missingEpisode.id, part3: { clothing: 'Blue coat' } }),
      'philomena.export': () => ({ episodeId: missingEpisode.id }),
      'riskAssessments.list': () => ({ childId }),
      'riskAssessments.create': () => ({ childId, assessment: riskInput }),
      'riskAssessments.update': () => ({ id: risk.id, baseRevision: risk.revision, assessment: riskInput }),
      'riskAssessments.export': () => ({ id: risk.id }),
    };

    const unaudited: string[] = [];
    const refused: string[] = [];
    let showedSomeone = 0;
    for (const method of Object.keys(apiSchemas) as ApiMethod[]) {
      const before =
        (
          await db
            .selectFrom('audit')
            .select((eb) => eb.fn.max('id').as('id'))
            .executeTakeFirst()
        )?.id ?? 0;
      const result = await b.call(method, payloads[method]());
      if (!result.ok) {
        if (!REFUSED[method]) refused.push(`${method}: ${result.error.message}`);
        continue;
      }
      const text = readable(result.value).join('\n');
      // Demo names repeat (two children can share one), so a name shown must be borne by a child the call audited.
      const shown = [...byName.keys()].filter((name) => text.includes(name));
      if (shown.length === 0) continue;
      showedSomeone += 1;
      const named = new Set<string>();
      const rows = await db
        .selectFrom('audit')
        .select(['id', 'child_id'])
        .where('id', '>', Number(before))
        .execute();
      for (const r of rows) if (r.child_id) named.add(r.child_id);
      // Merged into the index by child or still beside the view (migration 0040).
      const links = await db
        .selectFrom('audit_children')
        .select('child_id')
        .where('audit_id', '>', Number(before))
        .union(
          db.selectFrom('audit_children_recent').select('child_id').where('audit_id', '>', Number(before)),
        )
        .execute();
      for (const l of links) named.add(l.child_id);
      const missing = shown.filter((name) => !byName.get(name)!.some((id) => named.has(id)));
      if (missing.length)
        unaudited.push(`${method}: ${missing.length} of ${shown.length} children shown unaudited`);
    }
    expect(refused, 'methods refused on demo data (the walk must reach them)').toEqual([]);
    expect(unaudited).toEqual([]);
    // The walk did meet child data: the lists, boards, records and exports.
    expect(showedSomeone).toBeGreaterThan(15);
  });
});
