import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiSchemas } from '../../../shared/api';
import {
  AUDITED_QUERIES,
  CHANGE_TABLES,
  isQueryMethod,
  MUTATION_INVALIDATES,
  QUERY_METHODS,
  queriesForTables,
  TABLE_FEEDS,
  touches,
} from '../../../shared/api/invalidation';
import { VIEWED_METHODS } from '../../../electron/backend/audit/viewed';

const backendDir = resolve(import.meta.dirname, '../../../electron/backend');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });

describe('the invalidation map', () => {
  it('every method of the contract is either a cached query or a command with an entry, never both', () => {
    for (const method of Object.keys(apiSchemas)) {
      const asCommand = Object.hasOwn(MUTATION_INVALIDATES, method);
      expect(isQueryMethod(method) !== asCommand, `${method}: a query or a command`).toBe(true);
    }
    // And nothing in the map names a method the contract no longer has.
    for (const m of [...QUERY_METHODS, ...Object.keys(MUTATION_INVALIDATES)])
      expect(apiSchemas).toHaveProperty([m]);
  });

  it('every command that writes a table the screens read makes at least one query stale', () => {
    // Commands answering files change nothing on screen; every other command must name what it makes stale.
    const fileCommands = Object.keys(MUTATION_INVALIDATES).filter((m) => /\.export|^exports\./.test(m));
    const foldedByTheMeetingPage = [
      'meetings.saveItemMinutes',
      'meetings.saveItemDecisions',
      // Both answer the agenda in its new order, which the page folds into its record.
      'meetings.addItem',
      'meetings.moveItem',
    ];
    // An import job commits after these answer: its screen refreshes everything when the job reports done, and
    // the commit's change event reaches other windows (importExport/jobs.ts).
    const importJob = [
      'importExport.startImport',
      'importExport.importProgress',
      'importExport.cancelImport',
    ];
    for (const [m, stale] of Object.entries(MUTATION_INVALIDATES)) {
      if (fileCommands.includes(m) || foldedByTheMeetingPage.includes(m) || importJob.includes(m))
        expect(stale, m).toEqual([]);
      else expect(stale.length, `${m} makes nothing stale`).toBeGreaterThan(0);
    }
  });

  it('every table the backend marks changed feeds the queries that read it', () => {
    const marked = new Set<string>();
    for (const file of sources(backendDir)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\.changed\('([a-z_]+)'\)/g)) marked.add(m[1]!);
    }
    expect(marked.size).toBeGreaterThan(5);
    expect([...marked].sort()).toEqual([...CHANGE_TABLES].sort());
    for (const t of CHANGE_TABLES) expect(TABLE_FEEDS[t].length, t).toBeGreaterThan(0);
  });

  it('a minutes save elsewhere refreshes that meeting only, not another meeting nor a child’s audited record', () => {
    const event = { tables: ['meeting_items'], meetingId: 'm1' };
    expect(touches(event, 'meetings.get', { meetingId: 'm1' })).toBe(true);
    expect(touches(event, 'meetings.get', { meetingId: 'm2' })).toBe(false);
    expect(touches(event, 'children.get', { id: 'c1' })).toBe(false);
    expect(queriesForTables(event.tables)).toEqual(new Set(['meetings.get']));
  });

  it('an episode recorded for one child refreshes the Due list and that child, not other children’s records', () => {
    const event = { tables: ['episodes'], childIds: ['c1'] };
    expect(touches(event, 'protocol.due', {})).toBe(true);
    expect(touches(event, 'children.get', { id: 'c1' })).toBe(true);
    expect(touches(event, 'children.get', { id: 'c2' })).toBe(false);
    // Without a child named, any child's record may be stale.
    expect(touches({ tables: ['episodes'] }, 'children.get', { id: 'c2' })).toBe(true);
  });

  it('names the audited reads, and they are all cached queries', () => {
    // One record's view audits itself; every list that names children is audited as a view (audit/viewed.ts).
    expect([...AUDITED_QUERIES].sort()).toEqual(
      [
        'children.get',
        'meetings.get',
        'meetings.pack',
        'returnInterviews.get',
        'returnInterviews.listForChild',
        // The Philomena Protocol's reads of one child or episode audit themselves too.
        'philomena.get',
        'philomena.photo',
        'philomena.getIncident',
        // So does the risk assessment's list of versions.
        'riskAssessments.list',
        // The escalation log is a child's record, audited as a view.
        'escalations.listForChild',
        // So are a child's statutory reviews (ST 17.4).
        'statutoryReviews.listForChild',
        ...VIEWED_METHODS,
      ].sort(),
    );
  });
});
