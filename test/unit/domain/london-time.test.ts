import { describe, expect, it } from 'vitest';
import { ageAt, formatDuration, formatUkDateTime, parseUkDateTime } from '../../../shared/time/london';

describe('UK date and time entry (Europe/London)', () => {
  it('reads a winter time as GMT', () => {
    expect(parseUkDateTime('04/01/2026 18:30')).toEqual({ ok: true, iso: '2026-01-04T18:30:00.000Z' });
  });

  it('reads a summer time as BST, an hour ahead of UTC', () => {
    expect(parseUkDateTime('04/07/2026 18:30')).toEqual({ ok: true, iso: '2026-07-04T17:30:00.000Z' });
  });

  it('refuses 01:30 on the night the clocks go forward (it never happened)', () => {
    const r = parseUkDateTime('29/03/2026 01:30');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/clocks went forward/);
  });

  it('takes 01:30 on the night the clocks go back as the first (BST) one', () => {
    expect(parseUkDateTime('25/10/2026 01:30')).toEqual({ ok: true, iso: '2026-10-25T00:30:00.000Z' });
  });

  it('refuses 31 February and American order', () => {
    expect(parseUkDateTime('31/02/2026 10:00').ok).toBe(false);
    expect(parseUkDateTime('2026-02-01 10:00').ok).toBe(false);
    expect(parseUkDateTime('13/13/2026').ok).toBe(false);
  });

  it('shows a stored instant back in London time', () => {
    expect(formatUkDateTime('2026-07-04T17:30:00.000Z')).toBe('04/07/2026 18:30');
    expect(formatUkDateTime('2026-01-04T18:30:00.000Z')).toBe('04/01/2026 18:30');
  });

  it('counts age in whole years, turning on the birthday', () => {
    expect(ageAt('2012-11-20', '2026-11-19T23:00:00Z')).toBe(13);
    expect(ageAt('2012-11-20', '2026-11-20T00:30:00Z')).toBe(14);
  });

  it('says how long in hours under three days and in days and hours beyond', () => {
    expect(formatDuration(31 * 3_600_000)).toBe('31 h');
    expect(formatDuration(100 * 3_600_000)).toBe('4 d 4 h');
    expect(formatDuration(20 * 60_000)).toBe('20 min');
  });
});
