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
  /**
   * What this caller may hear of a change: the event as it may be told to them (ids they may not read taken out),
   * or null for nothing at all (team mode: their role, restricted records, a minute-taker's own meetings).
   * Absent: they hear everything (one-user browser mode).
   */
  tell?: (event: ChangeEvent) => Promise<ChangeEvent | null> | ChangeEvent | null;
}

export interface LiveHubOptions {
  bus: ChangeBus;
  /** A comment line this often keeps proxies from closing an idle stream; default 15 s. */
  heartbeatMs?: number;
  /** How many recent change events a reconnecting window can be replayed; older gaps mean "refresh everything". */
  replay?: number;
  /** This process's part of the event ids; random unless given (a test gives one with a '-' in it). */
  processId?: string;
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
 * A change event's id, `<process>-<sequence>`, read back. The process part is base64url, which has '-' in its
 * alphabet (about one process in eight), so the sequence is what follows the LAST '-'. Splitting at the first one
 * made such a process answer every reconnect with "refresh everything" instead of the replay (the flaky test).
 */
export function parseEventId(id: string): { process: string; seq: number } | null {
  const at = id.lastIndexOf('-');
  const digits = id.slice(at + 1);
  if (at <= 0 || !/^\d{1,15}$/.test(digits)) return null;
  return { process: id.slice(0, at), seq: Number(digits) };
}

/** The scope of a presence ping, to ask a caller's `sees` as for a change to that meeting's items. */
const presenceScope = (p: PresencePing): ChangeEvent => ({
  tables: ['meeting_items'],
  meetingId: p.meetingId,
});

/**
 * The live side of one server process: every bus message goes to every open event stream of this process.
 * Change events carry an id `<process>-<sequence>`; a window reconnecting with the last id it saw (Last-Event-ID, or
 * `?last=` when it opens a new stream itself) is replayed what it missed if this process still has it, else told
 * to refresh everything (another process, or too long away).
 */
export function createLiveHub(options: LiveHubOptions): LiveHub {
  const boot = options.processId ?? randomBytes(6).toString('base64url');
  const capacity = options.replay ?? 500;
  const recent: Array<{ seq: number; event: ChangeEvent }> = [];
  let seq = 0;
  /**
   * One open stream. Whether its caller may hear a frame can take a database read, so its frames go out through
   * its own queue, one after another, in the order the bus delivered them: a quick answer never overtakes a slow one.
   */
  interface Listener {
    res: ServerResponse;
    caller: LiveCaller;
    queue: Promise<void>;
  }
  const streams = new Set<Listener>();

  const write = (res: ServerResponse, text: string) => {
    if (!res.writableEnded) res.write(text);
  };
  const frame = (name: string, data: unknown, id?: string) =>
    `${id ? `id: ${id}\n` : ''}event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
  /**
   * Queues one frame for one stream. A frame with a scope goes only if the caller may hear of that scope; a change
   * goes as the caller may be told it. No scope (hello, invalidate, heartbeat): everyone hears it.
   */
  const send = (l: Listener, text: string | ((told: ChangeEvent) => string), scope?: ChangeEvent) => {
    const tell = l.caller.tell;
    l.queue = l.queue
      .then(async () => {
        const told = scope && tell ? await tell(scope) : scope;
        if (scope && !told) return;
        write(l.res, typeof text === 'string' ? text : text(told!));
      })
      // A failed check tells nothing: the window catches up at its next reconnect.
      .catch(() => undefined);
  };
  const broadcast = (text: string | ((told: ChangeEvent) => string), scope?: ChangeEvent) =>
    streams.forEach((l) => send(l, text, scope));
  const change = (id: string) => (told: ChangeEvent) => frame('change', told, id);

  const unsubscribe = options.bus.subscribe((m: BusMessage) => {
    if (m.kind === 'change') {
      seq += 1;
      recent.push({ seq, event: m.event });
      if (recent.length > capacity) recent.shift();
      broadcast(change(`${boot}-${seq}`), m.event);
    } else if (m.kind === 'presence') {
      broadcast(frame('presence', m.presence), presenceScope(m.presence));
    } else {
      broadcast(frame('invalidate', {}));
    }
  });

  const heartbeat = setInterval(() => broadcast(': heartbeat\n\n'), options.heartbeatMs ?? 15_000);
  heartbeat.unref();

  /** What a window that last saw `last` missed: the events after it, or null when this process cannot say. */
  function missed(last: string): Array<{ seq: number; event: ChangeEvent }> | null {
    const parsed = parseEventId(last);
    if (!parsed || parsed.process !== boot || parsed.seq > seq) return null;
    const lastSeq = parsed.seq;
    if (lastSeq === seq) return [];
    const oldest = recent[0]?.seq ?? seq + 1;
    return lastSeq + 1 >= oldest ? recent.filter((r) => r.seq > lastSeq) : null;
  }

  return {
    stream(req, res, caller) {
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
      const l: Listener = { res, caller, queue: Promise.resolve() };
      send(l, `retry: 2000\n\n`);
      if (last) {
        const gap = missed(last);
        if (gap === null) send(l, frame('invalidate', {}));
        // A copy: what a caller may hear of it is read afresh now, not taken from when it was first sent.
        else for (const r of gap) send(l, change(`${boot}-${r.seq}`), { ...r.event });
      }
      // Where this stream starts, so a window that has seen no change yet can still resume from here.
      send(l, frame('hello', { id: `${boot}-${seq}` }, `${boot}-${seq}`));
      streams.add(l);
      // The response's close, not the request's: a request read to its end may close before the stream does.
      res.on('close', () => streams.delete(l));
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
      for (const l of streams) l.res.end();
      streams.clear();
    },
  };
}
