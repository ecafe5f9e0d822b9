import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryBus } from '../../../electron/server/live/bus';
import { createLiveHub, type LiveHub } from '../../../electron/server/live/hub';
import { startTeamServer, type TeamServer } from '../../../electron/server/team/server';
import { accountAs, firstAdministrator, TEST_PASSWORD } from '../support/accounts';
import { freshBackend, sampleChild } from '../support/backend';

// Live updates on the real team server: a window signed in as one person hears, over its event stream, the save
// another person makes through the API; the stream opens only with the session cookie and a ticket issued to that
// same account. (The PostgreSQL bus between processes is tested in live-events.test.ts.)

let server: TeamServer | undefined;
let hub: LiveHub | undefined;
afterEach(async () => {
  await server?.close();
  hub?.close();
  server = hub = undefined;
});

async function start() {
  const backend = await freshBackend();
  const staticDir = mkdtempSync(join(tmpdir(), 'homeward-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Homeward</title>');
  hub = createLiveHub({ bus: memoryBus(), heartbeatMs: 60_000 });
  server = await startTeamServer({
    backend,
    staticDir,
    config: { host: '127.0.0.1', port: 0, idleMinutes: 30 },
    live: hub,
  });
  const base = `http://127.0.0.1:${server.port}`;
  const post = (path: string, body: unknown, cookie: string) =>
    fetch(base + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: base, Cookie: cookie },
      body: JSON.stringify(body),
    });
  const signIn = async (username: string) => {
    const res = await post('/auth/sign-in', { username, password: TEST_PASSWORD }, '');
    expect(res.status, `${username} signs in`).toBe(200);
    return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const ticketFor = async (cookie: string) =>
    ((await (await post('/api/events/ticket', {}, cookie)).json()) as { value: { ticket: string } }).value
      .ticket;
  return { backend, base, post, signIn, ticketFor };
}

/** Reads an event stream until a frame of the named event arrives; answers its data. */
async function nextEvent(res: Response, name: string): Promise<unknown> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the stream ended before a ${name} event`);
    text += decoder.decode(value, { stream: true });
    for (const frame of text.split('\n\n')) {
      const lines = frame.split('\n');
      if (lines.includes(`event: ${name}`)) {
        await reader.cancel();
        return JSON.parse(lines.find((l) => l.startsWith('data: '))!.slice(6));
      }
    }
  }
}

describe('live updates on the team server', () => {
  it('a chair’s open window hears the child a co-ordinator adds, without reloading', async () => {
    const { backend, base, post, signIn, ticketFor } = await start();
    const admin = await firstAdministrator(backend);
    await accountAs(backend, admin, 'chair', 'chair.c');
    await accountAs(backend, admin, 'co-ordinator', 'coord.d');
    const chair = await signIn('chair.c');
    const coordinator = await signIn('coord.d');

    const stream = await fetch(`${base}/api/events?ticket=${await ticketFor(chair)}`, {
      headers: { Cookie: chair },
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const heard = nextEvent(stream, 'change');

    const saved = (await (await post('/api/children.create', sampleChild(), coordinator)).json()) as {
      ok: boolean;
    };
    expect(saved.ok).toBe(true);
    const event = (await heard) as { tables: string[] };
    expect(event.tables).toContain('children');
  });

  it('opens the stream only with the session and a ticket issued to the same account', async () => {
    const { backend, base, signIn, ticketFor } = await start();
    const admin = await firstAdministrator(backend);
    await accountAs(backend, admin, 'chair', 'chair.c');
    await accountAs(backend, admin, 'read-only', 'reader.r');
    const chair = await signIn('chair.c');
    const reader = await signIn('reader.r');
    const chairsTicket = await ticketFor(chair);

    expect((await fetch(`${base}/api/events?ticket=${chairsTicket}`)).status).toBe(401);
    const borrowed = await fetch(`${base}/api/events?ticket=${chairsTicket}`, {
      headers: { Cookie: reader },
    });
    expect(borrowed.status).toBe(401);
    const none = await fetch(`${base}/api/events`, { headers: { Cookie: chair } });
    expect(none.status).toBe(401);
  });
});
