/** An instant as a London date and time, e.g. "20/11/2026, 10:15". */
export const formatInstant = (iso: string): string =>
  new Date(iso).toLocaleString('en-GB', {
    timeZone: 'Europe/London',
    dateStyle: 'short',
    timeStyle: 'short',
  });
