/** Windows refuses paths over 260 characters and mail systems truncate long attachment names: a bound well under. */
export const MAX_FILE_NAME = 100;

// Characters Windows forbids in file names, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * "2026-11-20 Minutes Missing Intervention Meeting EX-000101.docx": the meeting's date first, so a folder sorts by
 * meeting; then what it is; then the case references (never names: file names travel in mail). When the references do
 * not fit in 100 characters, as many as fit are kept and the rest are counted ("and 14 more").
 */
export function exportFileName(
  date: string,
  what: string,
  references: readonly string[],
  extension = 'docx',
): string {
  const safe = (s: string) => s.replace(UNSAFE, '-').replace(/\s+/g, ' ').trim();
  const tail = `.${extension}`;
  const head = safe(`${date} ${what}`).slice(0, MAX_FILE_NAME - tail.length);
  const refs = references.map(safe).filter((r) => r !== '');
  for (let kept = refs.length; kept >= 0; kept--) {
    const more = refs.length - kept;
    const parts = [head, ...refs.slice(0, kept), ...(more > 0 ? [`and ${more} more`] : [])];
    const name = `${parts.join(' ')}${tail}`;
    if (name.length <= MAX_FILE_NAME) return name;
  }
  return `${head}${tail}`;
}
