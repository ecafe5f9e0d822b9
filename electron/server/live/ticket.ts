import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a ticket opens the event stream: long enough to open it, short enough that a leaked URL is soon useless. */
export const TICKET_TTL_MS = 60_000;

const sign = (secret: string, body: string) =>
  createHmac('sha256', secret).update(`events|${body}`).digest('base64url');

/**
 * A short-lived ticket for `GET /api/events`: EventSource cannot send an Authorization header, and the access token
 * itself should not travel in a URL (addresses end up in logs). It is signed, not stored, so any server process
 * sharing the secret accepts it; it names the subject (the caller) it was issued to.
 */
export function issueTicket(secret: string, subject: string, now = Date.now()): string {
  const body = `${Buffer.from(subject).toString('base64url')}.${(now + TICKET_TTL_MS).toString(36)}`;
  return `${body}.${sign(secret, body)}`;
}

/** The subject a valid, unexpired ticket was issued to; null for anything else. */
export function verifyTicket(secret: string, ticket: string, now = Date.now()): string | null {
  const parts = ticket.split('.');
  if (parts.length !== 3) return null;
  const [subject, expires, mac] = parts as [string, string, string];
  const expected = Buffer.from(sign(secret, `${subject}.${expires}`));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (parseInt(expires, 36) < now) return null;
  return Buffer.from(subject, 'base64url').toString();
}
