import { randomBytes } from 'node:crypto';
import type { Caller } from '../../backend/accounts/caller';
import { changeVisibility } from '../../backend/accounts/events';
import { json } from '../http';
import type { LiveHub } from '../live/hub';
import { issueTicket, verifyTicket } from '../live/ticket';
import type { TeamRequestScope, TeamRoute } from './server';
import { refusal } from './server';

/**
 * The live channel on the team server: the same hub as browser mode (electron/server/live/), behind the session
 * cookie. The ticket is checked as well as the cookie, so an event stream is opened only by the account the
 * ticket was issued to; the ticket secret is this process's own, since a window asks the process it then streams
 * from (a reconnect asks again). Change events carry tables and ids, never a child's details, and each stream hears
 * only the changes its account may know of (accounts/events.ts: role, restricted records, a minute-taker's meetings).
 */
export function liveRoutes(
  hub: LiveHub,
  { readJson, backend }: Pick<TeamRequestScope, 'readJson' | 'backend'>,
): TeamRoute[] {
  const secret = randomBytes(32).toString('hex');
  const name = (caller: Caller) => ({ name: caller.displayName });
  return [
    {
      method: 'POST',
      path: '/api/events/ticket',
      handle(req, res, caller) {
        req.resume();
        json(res, 200, { ok: true, value: { ticket: issueTicket(secret, caller.accountId) } });
      },
    },
    {
      method: 'GET',
      path: '/api/events',
      handle(req, res, caller) {
        const ticket = new URL(req.url ?? '/', 'http://server').searchParams.get('ticket') ?? '';
        if (verifyTicket(secret, ticket) !== caller.accountId) {
          req.resume();
          return json(res, 401, refusal('forbidden', 'The event stream needs a fresh ticket.'));
        }
        hub.stream(req, res, { ...name(caller), tell: changeVisibility(backend.context, caller) });
      },
    },
    {
      method: 'POST',
      path: '/api/presence',
      async handle(req, res, caller) {
        const body = await readJson(req, res);
        if (body === undefined) return;
        json(res, 200, await hub.presence(body, name(caller)));
      },
    },
  ];
}
