import { describe, expect, it } from 'vitest';
import { DocumentModelError } from '../../../electron/backend/exports/docx/errors';
import {
  formatDate,
  formatDateTime,
  formatDayDate,
  formatDuration,
  formatTimeRange,
} from '../../../electron/backend/exports/docx/format';

describe('dates in exported documents', () => {
  it('print in UK style on London winter time', () => {
    expect(formatDateTime('2026-01-06T14:30:00Z')).toBe('Tue 6 Jan 2026, 14:30');
  });

  it('print London summer time, an hour ahead of UTC', () => {
    expect(formatDateTime('2026-07-07T08:45:00Z')).toBe('Tue 7 Jul 2026, 09:45');
  });

  it('print the London day for a late-evening UTC instant in summer', () => {
    expect(formatDateTime('2025-06-21T23:30:00Z')).toBe('Sun 22 Jun 2025, 00:30');
  });

  it('read an offset given in the value', () => {
    expect(formatDateTime('2026-01-06T15:30:00+01:00')).toBe('Tue 6 Jan 2026, 14:30');
  });

  it('spell September "Sep" whatever the ICU data says', () => {
    expect(formatDateTime('2025-09-14T20:00:00Z')).toBe('Sun 14 Sep 2025, 21:00');
  });

  it('print dates of birth without a weekday and due dates with one', () => {
    expect(formatDate('2011-03-04')).toBe('4 Mar 2011');
    expect(formatDayDate('2026-01-16')).toBe('Fri 16 Jan 2026');
  });

  it('print a meeting on one day as a start and an end time', () => {
    expect(formatTimeRange('2026-01-06T14:30:00Z', '2026-01-06T16:00:00Z')).toBe(
      'Tue 6 Jan 2026, 14:30 to 16:00',
    );
    expect(formatTimeRange('2026-01-06T23:30:00Z', '2026-01-07T00:30:00Z')).toBe(
      'Tue 6 Jan 2026, 23:30 to Wed 7 Jan 2026, 00:30',
    );
  });

  it('refuse an instant without an offset, which could be either side of a clock change', () => {
    expect(() => formatDateTime('2026-03-29T01:30:00')).toThrow(DocumentModelError);
  });

  it('refuse a calendar date that does not exist', () => {
    expect(() => formatDate('2026-02-30')).toThrow(DocumentModelError);
  });
});

describe('durations in exported documents', () => {
  it('are written out in words', () => {
    expect(formatDuration('2025-12-20T19:05:00Z', '2025-12-22T11:30:00Z')).toBe('1 day 16 hours 25 minutes');
    expect(formatDuration('2026-01-06T10:00:00Z', '2026-01-06T12:00:00Z')).toBe('2 hours');
    expect(formatDuration('2026-01-06T10:00:00Z', '2026-01-06T10:00:30Z')).toBe('Under a minute');
  });

  it('count real elapsed time across the spring clock change', () => {
    // 00:00 GMT to 03:00 BST on 30 Mar 2025 is two hours, not three.
    expect(formatDuration('2025-03-30T00:00:00Z', '2025-03-30T02:00:00Z')).toBe('2 hours');
  });

  it('refuse a period that ends before it starts', () => {
    expect(() => formatDuration('2026-01-06T12:00:00Z', '2026-01-06T10:00:00Z')).toThrow(DocumentModelError);
  });
});
