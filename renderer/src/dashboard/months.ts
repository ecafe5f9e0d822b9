import { DateTime } from 'luxon';
import { LONDON } from '../../../shared/time/london';

export interface MonthOption {
  value: string;
  label: string;
}

/** The London month of an instant, `YYYY-MM`: the dashboard opens on the month the backend's clock is in. */
export const londonMonthOf = (iso: string): string =>
  DateTime.fromISO(iso, { zone: LONDON }).toFormat('yyyy-MM');

/** The current month and the `count - 1` before it, newest first. */
export function monthOptions(current: string, count = 25): MonthOption[] {
  const first = DateTime.fromFormat(current, 'yyyy-MM', { zone: LONDON });
  return Array.from({ length: count }, (_, i) => {
    const m = first.minus({ months: i });
    return { value: m.toFormat('yyyy-MM'), label: m.setLocale('en-GB').toFormat('LLLL yyyy') };
  });
}
