import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { ApiResult } from '../../../shared/api';
import type { ChangeEvent } from '../../../shared/api/invalidation';
import { SECURITY_HEADERS } from '../http';
import type { BusMessage, ChangeBus, PresencePing } from './bus';

/** Who is asking, as the server that mounts the hub knows them (browser mode: the installation's display name). */
export interface LiveCaller {
  name: string;
}

export interface LiveHubOptions {
  bus: ChangeBus;
  /** A comment line this often keeps proxies from closing an idle stream; default 15 s. */
  heartbeatMs?: number;
  /** How many recent change events a reconnecting window can be replayed; older gaps mean "refresh everything". */
  replay?: number;
}

export interface LiveHub {
  /** `GET /api/events` for a caller the server has already authenticated: a text/event-stream until closed. */
  stream(req: IncomingMessage, res: ServerResponse, caller: LiveCaller): void;
  /** `POST /api/presence`: a window says its user is typing (or has stopped) in an item. */
  presence(body: unknown, caller: LiveCaller): Promise<ApiResult<{ ok: true }>>;
  /** Publishes a committed change (the backend's onChange). */
  publishChange(event: ChangeEvent): void;
  close(): void;
}

const presenceSchema = z.object({
  meetingId: z.string().min(1).max(64),
  itemId: z.string().min(1).max(64),
  itemNumber: z.number().int().min(1).max(999),
  session: z.string().min(8).max(64),
  typing: z.boolean(),
});

/**
 * The live side of one server process: every bus message goes to every open event stream of this process.
 * Change events carry an id `<process>-<sequence>`; a window reconnecting with the last id it saw (Last-Event-ID, or
 * `?last=` when it opens a new stream itself) is replayed what it missed if this process still has it, else told
 * to refresh everything (another process, or too long away).
 */
export function createLiveHub(options: LiveHubOptions): LiveHub {
  const boot = randomBytes(6).toString('base64url');
  const capacity = options.replay ?? 500;
  const recent: Array<{ seq: number; event: ChangeEvent }> = [];
  let seq = 0;
  const streams = new Set<ServerResponse>();

  const write = (res: ServerResponse, text: string) => {
    if (!res.writableEnded) res.write(text);
  };
  const frame = (name: string, data: unknown, id?: string) =>
    `${id ? `id: ${id}\n` : ''}event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
  const broadcast = (text: string) => streams.forEach((res) => write(res, text));

  const unsubscribe = options.bus.subscribe((m: BusMessage) => {
    if (m.kind === 'change') {
      seq += 1;
      recent.push({ seq, event: m.event });
      if (recent.length > capacity) recent.shift();
      broadcast(frame('change', m.event, `${boot}-${seq}`));
    } else if (m.kind === 'presence') {
      broadcast(frame('presence', m.presence));
    } else {
      broadcast(frame('invalidate', {}));
    }
  });

  const heartbeat = setInterval(() => broadcast(': heartbeat\n\n'), options.heartbeatMs ?? 15_000);
  heartbeat.unref();

  /** What a window that last saw `last` missed: the events after it, or null when this process cannot say. */
  function missed(last: string): Array<{ seq: number; event: ChangeEvent }> | null {
    const [from, n] = last.split('-');
    const lastSeq = Number(n);
    if (from !== boot || !Number.isSafeInteger(lastSeq) || lastSeq > seq) return null;
    if (lastSeq === seq) return [];
    const oldest = recent[0]?.seq ?? seq + 1;
    return lastSeq + 1 >= oldest ? recent.filter((r) => r.seq > lastSeq) : null;
  }

  return {
    stream(req, res) {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        // Proxies (nginx) must pass each event on as it comes, not buffer the stream.
        'X-Accel-Buffering': 'no',
      });
      res.flushHeaders();
      const url = new URL(req.url ?? '/', 'http://localhost');
      const last = req.headers['last-event-id']?.toString() ?? url.searchParams.get('last') ?? '';
      write(res, `retry: 2000\n\n`);
      if (last) {
        const gap = missed(last);
        if (gap === null) write(res, frame('invalidate', {}));
        else for (const r of gap) write(res, frame('change', r.event, `${boot}-${r.seq}`));
      }
      // Where this stream starts, so a window that has seen no change yet can still resume from here.
      write(res, frame('hello', { id: `${boot}-${seq}` }, `${boot}-${seq}`));
      streams.add(res);
      req.on('close', () => streams.delete(res));
    },
    async presence(body, caller) {
      const parsed = presenceSchema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return {
          ok: false,
          error: {
            code: 'invalid',
            message: `${issue?.path.join('.') || 'presence'}: ${issue?.message ?? 'invalid'}`,
          },
        };
      }
      const presence: PresencePing = { ...parsed.data, name: caller.name };
      await options.bus.publish({ kind: 'presence', presence });
      return { ok: true, value: { ok: true } };
    },
    publishChange(event) {
      // A lost NOTIFY is not a lost save (the save is committed); windows catch up at their next reconnect.
      options.bus.publish({ kind: 'change', event }).catch(() => undefined);
    },
    close() {
      clearInterval(heartbeat);
      unsubscribe();
      for (const res of streams) res.end();
      streams.clear();
    },
  };
}
