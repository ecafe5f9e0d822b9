import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { freshBackend, must, sampleChild } from '../support/backend';
import { auditRows } from '../support/db';

const PNG = readFileSync(resolve(import.meta.dirname, '../../../resources/icon.png'));

async function childWithMissingEpisode(b: Backend) {
  const child = await must(b, 'children.create', sampleChild({ caseReference: 'PHIL-0001' }));
  await must(b, 'episodes.create', {
    childId: child.id,
    category: 'away',
    reportedAt: '2026-09-01T20:00:00Z',
    foundAt: '2026-09-02T08:00:00Z',
    whereFound: 'Friend’s flat, Sampleton',
  });
  const episode = await must(b, 'episodes.create', {
    childId: child.id,
    category: 'missing',
    reportedAt: '2026-11-20T07:00:00Z',
    policeReference: 'LOG-0042',
    policeRiskAtReport: 'medium',
  });
  return { child, episode };
}

const part2 = [
  {
    kind: 'associate' as const,
    name: 'Associate B. Example',
    details: '07700 900123',
    risk: 'high' as const,
    riskNotes: 'Older male, suspected of exploitation',
  },
  { kind: 'hotspot' as const, name: 'Sampleton bus station', risk: 'medium' as const },
];

describe('Philomena Protocol Parts 1 and 2', () => {
  it('a saved profile reads back whole, is a review, and both the save and the read are on the audit trail', async () => {
    const b = await freshBackend();
    const { child } = await childWithMissingEpisode(b);
    const saved = await must(b, 'philomena.save', {
      childId: child.id,
      part1: { description: 'Slim build, 160 cm, short dark hair', medication: 'Inhaler (salbutamol)' },
      part2,
    });
    expect(saved.reviewedAt).toBe('2026-11-20T10:00:00.000Z');
    expect(saved.reviewDueOn).toBe('2027-05-20');
    const read = await must(b, 'philomena.get', { childId: child.id });
    expect(read.part1.description).toBe('Slim build, 160 cm, short dark hair');
    expect(read.part2.map((e) => [e.name, e.risk])).toEqual([
      ['Associate B. Example', 'high'],
      ['Sampleton bus station', 'medium'],
    ]);
    // Previous missing history comes from the chronology, newest first, never typed.
    expect(read.previousEpisodes.map((e) => e.category)).toEqual(['missing', 'away']);
    const rows = (await auditRows(b)).filter((r) => r.entity === 'philomena');
    expect(rows.map((r) => [r.action, r.child_id])).toEqual([
      ['update', child.id],
      ['view', child.id],
    ]);
    // The audit names the parts, never what was written.
    expect(rows.map((r) => r.detail).join(' ')).not.toContain('Slim');
  });

  it('a Part 2 entry without its risk is refused naming the entry and field, and nothing saved changes', async () => {
    const b = await freshBackend();
    const { child } = await childWithMissingEpisode(b);
    await must(b, 'philomena.save', { childId: child.id, part1: { school: 'Example Academy' }, part2 });
    const r = await b.call('philomena.save', {
      childId: child.id,
      part1: { school: 'Another School' },
      part2: [...part2, { kind: 'address', name: '12 Example Road' } as never],
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.issues).toContainEqual({
        field: 'part2.2.risk',
        message: 'is required: high, medium or low',
      });
    const read = await must(b, 'philomena.get', { childId: child.id });
    expect(read.part1.school).toBe('Example Academy');
    expect(read.part2).toHaveLength(2);
  });

  it('records when and with whom the profile was shared with the police SPOC, and refuses a date to come', async () => {
    const b = await freshBackend();
    const { child } = await childWithMissingEpisode(b);
    const shared = await must(b, 'philomena.recordShare', {
      childId: child.id,
      share: { sharedOn: '2026-11-18', sharedWith: 'PCSO D. Example, missing SPOC' },
    });
    expect(shared.shares).toMatchObject([
      { sharedOn: '2026-11-18', sharedWith: 'PCSO D. Example, missing SPOC' },
    ]);
    const future = await b.call('philomena.recordShare', {
      childId: child.id,
      share: { sharedOn: '2026-11-21', sharedWith: 'PCSO D. Example' },
    });
    expect(future.ok || future.error.issues).toEqual([
      { field: 'share.sharedOn', message: 'Shared on is in the future.' },
    ]);
    const empty = await b.call('philomena.recordShare', {
      childId: child.id,
      share: { sharedOn: '2026-11-18', sharedWith: ' ' },
    });
    expect(empty.ok || empty.error.issues?.[0]).toEqual({
      field: 'share.sharedWith',
      message: 'is required',
    });
    expect((await must(b, 'philomena.get', { childId: child.id })).shares).toHaveLength(1);
  });
});

describe('the Philomena photograph', () => {
  it('is stored in the database as a blob, not as a file in the data folder, and reads back byte for byte', async () => {
    const b = await freshBackend();
    const { child } = await childWithMissingEpisode(b);
    const before = readdirSync(b.dir, { recursive: true, encoding: 'utf8' });
    const saved = await must(b, 'philomena.setPhoto', {
      childId: child.id,
      mimeType: 'image/png',
      base64: PNG.toString('base64'),
    });
    expect(saved.photo).toMatchObject({ mimeType: 'image/png', byteSize: PNG.length });
    const row = await b.context.db.selectFrom('philomena_photos').select('content').executeTakeFirstOrThrow();
    expect(Buffer.from(row.content).equals(PNG)).toBe(true);
    expect(
      readdirSync(b.dir, { recursive: true, encoding: 'utf8' }).filter(
        (f) => !before.includes(f) && /\.(png|jpe?g)$/i.test(String(f)),
      ),
    ).toEqual([]);
    const photo = await must(b, 'philomena.photo', { childId: child.id });
    expect(photo && Buffer.from(photo.base64, 'base64').equals(PNG)).toBe(true);
  });

  it('refuses a file that is not JPEG or PNG, one that lies about its type, and one over 5 MB, naming the photograph', async () => {
    const b = await freshBackend();
    const { child } = await childWithMissingEpisode(b);
    const tries = [
      {
        mimeType: 'image/gif',
        base64: Buffer.from('GIF89a....').toString('base64'),
        says: 'must be a JPEG or PNG image, not image/gif',
      },
      {
        mimeType: 'image/jpeg',
        base64: Buffer.from('%PDF-1.7 not a photo').toString('base64'),
        says: 'is not a JPEG or PNG image',
      },
      {
        mimeType: 'image/jpeg',
        base64: PNG.toString('base64'),
        says: 'says it is image/jpeg but its contents are image/png',
      },
      {
        mimeType: 'image/png',
        base64: Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]).toString('base64'),
        says: 'the largest it can be is 5.0 MB',
      },
    ];
    for (const t of tries) {
      const r = await b.call('philomena.setPhoto', {
        childId: child.id,
        mimeType: t.mimeType,
        base64: t.base64,
      });
      expect(r.ok ? null : r.error.issues?.[0]?.field, t.says).toBe('photo');
      expect(r.ok ? null : r.error.message, t.says).toContain(t.says);
    }
    expect(await b.context.db.selectFrom('philomena_photos').selectAll().execute()).toEqual([]);
  });
});

describe('Philomena Part 3, for a missing episode', () => {
  it('a check marked done without who or when is refused naming each field; a whole one saves', async () => {
    const b = await freshBackend();
    const { episode } = await childWithMissingEpisode(b);
    const bad = await b.call('philomena.saveIncident', {
      episodeId: episode.id,
      part3: { clothing: 'Black puffer jacket', checks: [{ code: 'room', done: true }] },
    });
    expect(bad.ok || bad.error.issues).toEqual([
      { field: 'part3.checks.0.by', message: 'Bedroom searched: say who made the check.' },
      { field: 'part3.checks.0.at', message: 'Bedroom searched: say when the check was made.' },
    ]);
    expect((await must(b, 'philomena.getIncident', { episodeId: episode.id })).updatedAt).toBeNull();
    const saved = await must(b, 'philomena.saveIncident', {
      episodeId: episode.id,
      part3: {
        lastSeenAt: '2026-11-20T06:30:00Z',
        clothing: 'Black puffer jacket',
        mayBeWith: 'Associate B. Example',
        checks: [
          {
            code: 'room',
            done: true,
            by: 'Carer E. Example',
            at: '2026-11-20T06:45:00Z',
            findings: 'Phone charger gone',
          },
        ],
      },
    });
    // Every check in the protocol's order comes back; the one made is filled in.
    expect(saved.part3.checks.map((c) => c.code)).toEqual([
      'room',
      'grounds',
      'belongings',
      'friends-associates',
      'places-visited',
      'social-media',
    ]);
    expect(saved.part3.checks[0]).toMatchObject({
      done: true,
      by: 'Carer E. Example',
      at: '2026-11-20T06:45:00.000Z',
    });
  });

  it('is refused for an episode that is not missing (whereabouts known)', async () => {
    const b = await freshBackend();
    const { child } = await childWithMissingEpisode(b);
    const away = (await must(b, 'children.get', { id: child.id })).episodes.find(
      (e) => e.category === 'away',
    )!;
    const r = await b.call('philomena.saveIncident', { episodeId: away.id, part3: {} });
    expect(r.ok || r.error.issues?.[0]?.field).toBe('episodeId');
  });
});

describe('exporting the Philomena profile from a missing episode', () => {
  it('writes Parts 1 to 3 with the photograph into one Word file named by case reference, and audits the export', async () => {
    const b = await freshBackend();
    const { child, episode } = await childWithMissingEpisode(b);
    await must(b, 'philomena.save', {
      childId: child.id,
      part1: { distinguishingMarks: 'Scar above left eyebrow' },
      part2,
    });
    await must(b, 'philomena.setPhoto', {
      childId: child.id,
      mimeType: 'image/png',
      base64: PNG.toString('base64'),
    });
    await must(b, 'philomena.saveIncident', {
      episodeId: episode.id,
      part3: {
        clothing: 'Black puffer jacket',
        checks: [{ code: 'social-media', done: true, by: 'Carer E. Example', at: '2026-11-20T07:10:00Z' }],
      },
    });
    const file = await must(b, 'philomena.export', { episodeId: episode.id });
    expect(file.fileName).toBe('2026-11-20 Philomena profile PHIL-0001.docx');
    const dir = mkdtempSync(join(tmpdir(), 'homeward-philomena-'));
    const path = join(dir, 'profile.docx');
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    const listing = execFileSync('unzip', ['-l', path], { encoding: 'utf8' });
    expect(listing).toMatch(/word\/media\/\S+\.png/);
    const xml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' });
    for (const text of [
      'Part 1: the child',
      'Scar above left eyebrow',
      'Part 2: known associates',
      'Associate B. Example',
      'Part 3: this missing episode',
      'Black puffer jacket',
      'LOG-0042',
    ])
      expect(xml).toContain(text);
    const exported = (await auditRows(b, 'export')).filter((r) => r.entity === 'philomena');
    expect(exported.map((r) => [r.entity_id, r.child_id, r.detail])).toEqual([
      [episode.id, child.id, 'docx parts 1-3'],
    ]);
  });
});

describe('a Part 1 not reviewed in 6 months', () => {
  it('shows on Due as a Philomena review, overdue, and leaves it once saved again', async () => {
    let now = '2026-05-01T09:00:00.000Z';
    const b = await freshBackend(now, { now: () => new Date(now) });
    const child = await must(b, 'children.create', sampleChild({ caseReference: 'PHIL-0002' }));
    await must(b, 'philomena.save', { childId: child.id, part1: { school: 'Example Academy' }, part2: [] });
    const reviews = async () =>
      (await must(b, 'protocol.due', {})).items.filter((i) => i.kind === 'philomena-review');
    now = '2026-10-10T09:00:00.000Z';
    expect(await reviews()).toEqual([]);
    now = '2026-11-20T09:00:00.000Z';
    expect(await reviews()).toMatchObject([
      { childId: child.id, dueBy: '2026-11-01', overdue: true, what: 'Philomena Part 1 review' },
    ]);
    await must(b, 'philomena.save', { childId: child.id, part1: { school: 'Example Academy' }, part2: [] });
    expect(await reviews()).toEqual([]);
  });
});
