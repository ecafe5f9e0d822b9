import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type ClientRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { createBus, type ChangeBus } from '../../../electron/server/live/bus';
import { createLiveHub, type LiveHub } from '../../../electron/server/live/hub';
import { startBrowserMode, type BrowserModeServer } from '../../../electron/server/server';
import { freshDatabase } from '../support/backend';

/** One Homeward server process as `npm run serve` runs it: a backend, its bus and hub, the HTTP server. */
export interface LiveProcess {
  backend: Backend;
  bus: ChangeBus;
  hub: LiveHub;
  server: BrowserModeServer;
}

/**
 * `count` server processes on ONE real database: on PostgreSQL each has its own backend, its own LISTEN connection
 * and its own HTTP server; on SQLite (one process per file) the one process is returned `count` times.
 */
export async function processesOnOneDatabase(count: number, token = 'live-test-token') {
  const { dir, databaseUrl } = await freshDatabase();
  const staticDir = mkdtempSync(join(tmpdir(), 'homeward-static-'));
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Homeward</title>');
  const started: LiveProcess[] = [];
  const now = () => new Date('2026-11-20T10:00:00.000Z');
  for (let i = 0; i < (databaseUrl ? count : 1); i++) {
    const bus = await createBus(databaseUrl);
    const hub = createLiveHub({ bus });
    const backend = await createBackend({ dataDir: dir, databaseUrl, now, logError: () => undefined });
    const server = await startBrowserMode({ backend, staticDir, live: hub, token });
    started.push({ backend, bus, hub, server });
  }
  const all = Array.from({ length: count }, (_, i) => started[Math.min(i, started.length - 1)]!);
  return {
    all,
    token,
    async close() {
      for (const p of started) {
        await p.server.close();
        p.hub.close();
        await p.bus.close();
        await p.backend.close();
      }
      rmSync(dir, { recursive: true, force: true });
      rmSync(staticDir, { recursive: true, force: true });
    },
  };
}

export interface Frame {
  id?: string;
  event: string;
  data: unknown;
}

/** An open `GET /api/events` stream, parsed into frames as they arrive. */
export interface EventStream {
  frames: Frame[];
  comments: string[];
  /** Resolves with the first frame (already received or still to come) that matches. */
  next(match: (f: Frame) => boolean): Promise<Frame>;
  close(): void;
}

export function openStream(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; stream: EventStream }>((done, fail) => {
    const frames: Frame[] = [];
    const comments: string[] = [];
    const waiters: Array<{ match: (f: Frame) => boolean; resolve: (f: Frame) => void }> = [];
    let req: ClientRequest | undefined = undefined;
    const stream: EventStream = {
      frames,
      comments,
      next: (match) =>
        new Promise((resolve) => {
          const seen = frames.find(match);
          if (seen) resolve(seen);
          else waiters.push({ match, resolve });
        }),
      close: () => req?.destroy(),
    };
    req = request(
      { host: '127.0.0.1', port, path, method: 'GET', headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const frame: Frame = { event: 'message', data: undefined };
            let isFrame = false;
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) comments.push(line.slice(1).trim());
              else if (line.startsWith('id: ')) frame.id = line.slice(4);
              else if (line.startsWith('event: ')) frame.event = line.slice(7);
              else if (line.startsWith('data: ')) {
                frame.data = JSON.parse(line.slice(6));
                isFrame = true;
              }
            }
            if (!isFrame) continue;
            frames.push(frame);
            for (const w of waiters.filter((x) => x.match(frame))) {
              waiters.splice(waiters.indexOf(w), 1);
              w.resolve(frame);
            }
          }
        });
        res.on('error', () => undefined);
        done({ status: res.statusCode ?? 0, stream });
      },
    );
    req.on('error', fail);
    req.end();
  });
}

/** POSTs to a server's API with the token, as the renderer's HTTP adapter does. */
export async function post(
  server: BrowserModeServer,
  path: string,
  body: unknown,
  extra: Record<string, string> = {},
) {
  const res = await fetch(`http://127.0.0.1:${server.port}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}`, ...extra },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } },
  };
}

export async function ticketFor(server: BrowserModeServer): Promise<string> {
  const { body } = await post(server, '/api/events/ticket', {});
  return (body.value as { ticket: string }).ticket;
}
