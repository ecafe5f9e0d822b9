import { describe, expect, it } from 'vitest';
import { episodeInputSchema } from '../../../shared/domain/episode';
import {
  convertToPdf,
  normalise,
  pdfText,
  renderPagePng,
  requireTools,
  saveResult,
} from '../exports/readBack';
import { freshBackend, must, sampleChild, testEngine } from '../support/backend';

// The return interview in Word, read back by LibreOffice and pdftotext (readers we did not write), in the minutes'
// marked layout, and rendered to PNG under test-results/docx to be looked at.

describe('the return interview exported to Word', () => {
  it('prints the form’s sections, the child’s answers, the factors found and the marking, readable by LibreOffice', async () => {
    requireTools('soffice', 'pdftotext', 'pdftoppm');
    const b = await freshBackend('2026-11-20T10:00:00.000Z');
    const child = await must(
      b,
      'children.create',
      sampleChild({
        caseReference: 'TEST-7001',
        placingAuthority: 'Derby City Council',
        hostAuthority: 'Leicestershire',
      }),
    );
    const episode = await must(
      b,
      'episodes.create',
      episodeInputSchema.parse({
        childId: child.id,
        category: 'missing',
        reportedAt: '2026-11-15T20:00:00Z',
        foundAt: '2026-11-16T08:00:00Z',
        policeReference: 'PO-1254689',
      }),
    );
    await must(b, 'returnInterviews.save', {
      interview: {
        episodeId: episode.id,
        offered: true,
        independent: true,
        outcome: 'accepted',
        heldAt: '2026-11-17T15:00:00Z',
        place: 'Youth centre, Example Street',
        coordinatedBy: 'Worker D. Example',
        answers: { 'peer-pressure': { answer: true, comments: 'Older friends asked them out.' } },
        factors: [{ direction: 'pull', code: 'peer-pressure', detail: 'older friends' }],
        concerns: 'Worried about a group at the park.',
        sentToPlacingAt: '2026-11-18T10:00:00Z',
        sentTo: 'Missing Children Lead, Derby',
        authorisedBy: 'Manager E. Example',
        authorisedOn: '2026-11-18',
      },
      baseRevision: null,
    });
    const file = await must(b, 'returnInterviews.exportWord', { episodeId: episode.id });
    const docx = saveResult(`return-interview-${testEngine}.docx`, Buffer.from(file.base64, 'base64'));
    const [pdf] = convertToPdf([docx]);
    const text = normalise(pdfText(pdf!));
    for (const expected of [
      'Return Interview',
      'Testy Samplewood',
      'PO-1254689',
      'Why?',
      'When out',
      'Returning',
      'Peer pressure? Yes Older friends asked them out.',
      'Pull Peer pressure or friends encouraged older friends',
      'Worried about a group at the park.',
      'Held within 72 hours of the return',
      'Missing Children Lead, Derby',
      'Manager E. Example',
    ])
      expect(text).toContain(expected);
    // The marking the minutes carry, on every page (pdfText takes it out as page furniture; the raw text has it).
    expect(normalise(pdfText(pdf!, []))).toMatch(/OFFICIAL-SENSITIVE/);
    for (const page of [1, 2, 3, 4]) renderPagePng(pdf!, page, 80);
  }, 180_000);
});
